#pragma once
// Problems found in data, kept as a message key plus arguments so they print in either language.
#include <cstdint>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "core/translation.hpp"

namespace wm::core {

enum class Severity { Info, Warning, Error };

/// One problem with one file, layer or feature. Made by a factory naming its severity and placed by the one
/// naming its context, e.g. `Diagnostic::warning(Msg::NullGeometry).atFeature(file, layer, fid)`; there is no
/// way to brace-initialise one. `feature` is the OGR feature id, or -1 when not about one.
struct Diagnostic {
  Severity severity;
  Msg msg;
  std::vector<std::string> args;
  std::string file;
  std::string layer;
  std::int64_t feature = -1;

  static Diagnostic error(Msg message, std::vector<std::string> arguments = {});
  static Diagnostic warning(Msg message, std::vector<std::string> arguments = {});
  static Diagnostic info(Msg message, std::vector<std::string> arguments = {});
  /// For a severity decided at run time.
  static Diagnostic of(Severity level, Msg message, std::vector<std::string> arguments = {});
  /// A failure of an operation (an Error's message and arguments) as a problem.
  static Diagnostic of(Severity level, const Error& failure);

  /// The same problem, about a file (a path or connection string as given) ...
  Diagnostic inFile(std::string path) &&;
  /// ... about one of its layers ...
  Diagnostic inLayer(std::string path, std::string layerName) &&;
  /// ... or about one feature of that layer.
  Diagnostic atFeature(std::string path, std::string layerName, std::int64_t fid) &&;

private:
  Diagnostic(Severity level, Msg message, std::vector<std::string> arguments)
      : severity(level), msg(message), args(std::move(arguments)) {}
};

/// "FILE: layer L, feature F: message" (or the shorter forms when layer or feature are not known).
std::string formatDiagnostic(const Diagnostic& d, Lang lang);

/// An append-only list of diagnostics, kept in the order added; each entry names its own file, layer and feature
/// (the list applies no context to what is added).
class Diagnostics {
public:
  void add(Diagnostic d) { _items.push_back(std::move(d)); }
  void append(const Diagnostics& other) { _items.insert(_items.end(), other._items.begin(), other._items.end()); }
  const std::vector<Diagnostic>& items() const { return _items; }
  std::size_t size() const { return _items.size(); }
  bool empty() const { return _items.empty(); }
  std::size_t count(Severity s) const;
  bool contains(Msg msg) const;

private:
  std::vector<Diagnostic> _items;
};

}  // namespace wm::core
