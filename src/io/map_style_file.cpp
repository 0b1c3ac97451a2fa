#include "io/map_style_file.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>

#include <toml++/toml.h>

#include "core/resource_dir.hpp"
#include "core/text.hpp"
#include "io/style_reader.hpp"

namespace wm::io {
namespace {

using core::Msg;

// A regular file only: a workspace naming /dev/zero or a pipe as its style would otherwise never finish loading.
std::optional<std::string> readFile(const std::filesystem::path& file) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec)) return std::nullopt;
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::nullopt;
  std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return std::nullopt;
  return content;
}

}  // namespace

std::string assetDirectory() { return core::findResourceDir(core::Resource::Assets).path.string(); }

std::filesystem::path defaultStylePath() { return std::filesystem::path(assetDirectory()) / "styles" / "default.toml"; }

StyleLoad parseStyle(std::string_view text, const std::filesystem::path& file, const domain::MapStyle& base) {
  StyleLoad load{base, {}, false};
  std::string label = file.string();
  std::vector<std::pair<int, core::Diagnostic>> problems;  // listed by line at the end (toml++ visits by key)
  auto report = [&](Msg msg, int line, std::vector<std::string> details) {
    std::vector<std::string> args{label, std::to_string(line)};
    for (auto& detail : details) args.push_back(std::move(detail));
    problems.emplace_back(line, core::Diagnostic::error(msg, std::move(args)));
  };
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  if (!core::isValidUtf8(text)) {
    report(Msg::WorkspaceNotUtf8, 1, {});
  } else {
    try {
      toml::table root = toml::parse(text, label);
      StyleReader(report).apply(root, load.style);
      load.read = true;
    } catch (const toml::parse_error& e) {
      report(Msg::WorkspaceSyntax, static_cast<int>(e.source().begin.line), {std::string(e.description())});
    }
  }
  std::stable_sort(problems.begin(), problems.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto& [line, d] : problems) load.problems.add(std::move(d));
  return load;
}

StyleLoad loadStyleFile(const std::filesystem::path& file, const domain::MapStyle& base) {
  std::optional<std::string> text = readFile(file);
  if (!text) {
    StyleLoad load{base, {}, false};
    load.problems.add(core::Diagnostic::error(Msg::StyleFileUnreadable).inFile(file.string()));
    return load;
  }
  return parseStyle(*text, file, base);
}

StyleLoad loadDefaultStyle() {
  std::filesystem::path path = defaultStylePath();
  std::optional<std::string> text = readFile(path);
  if (!text) {
    StyleLoad load{domain::builtInMapStyle(), {}, false};
    load.problems.add(core::Diagnostic::warning(Msg::StyleDefaultMissing).inFile(path.string()));
    return load;
  }
  return parseStyle(*text, path, domain::builtInMapStyle());
}

}  // namespace wm::io
