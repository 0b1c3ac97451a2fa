#include "core/diagnostic.hpp"

#include <algorithm>

namespace wm::core {

Diagnostic Diagnostic::error(Msg message, std::vector<std::string> arguments) {
  return Diagnostic(Severity::Error, message, std::move(arguments));
}

Diagnostic Diagnostic::warning(Msg message, std::vector<std::string> arguments) {
  return Diagnostic(Severity::Warning, message, std::move(arguments));
}

Diagnostic Diagnostic::info(Msg message, std::vector<std::string> arguments) {
  return Diagnostic(Severity::Info, message, std::move(arguments));
}

Diagnostic Diagnostic::of(Severity level, Msg message, std::vector<std::string> arguments) {
  return Diagnostic(level, message, std::move(arguments));
}

Diagnostic Diagnostic::of(Severity level, const Error& failure) { return Diagnostic(level, failure.msg, failure.args); }

Diagnostic Diagnostic::inFile(std::string path) && {
  file = std::move(path);
  return std::move(*this);
}

Diagnostic Diagnostic::inLayer(std::string path, std::string layerName) && {
  file = std::move(path);
  layer = std::move(layerName);
  return std::move(*this);
}

Diagnostic Diagnostic::atFeature(std::string path, std::string layerName, std::int64_t fid) && {
  file = std::move(path);
  layer = std::move(layerName);
  feature = fid;
  return std::move(*this);
}

std::string formatDiagnostic(const Diagnostic& d, Lang lang) {
  std::string message = trArgs(lang, d.msg, d.args);
  if (d.file.empty() && d.layer.empty()) return message;
  if (d.layer.empty()) return tr(lang, Msg::WhereFile, d.file, message);
  if (d.feature < 0) return tr(lang, Msg::WhereFileLayer, d.file, d.layer, message);
  return tr(lang, Msg::WhereFileLayerFeature, d.file, d.layer, d.feature, message);
}

std::size_t Diagnostics::count(Severity s) const {
  return static_cast<std::size_t>(
      std::count_if(_items.begin(), _items.end(), [s](const Diagnostic& d) { return d.severity == s; }));
}

bool Diagnostics::contains(Msg msg) const {
  return std::any_of(_items.begin(), _items.end(), [msg](const Diagnostic& d) { return d.msg == msg; });
}

}  // namespace wm::core
