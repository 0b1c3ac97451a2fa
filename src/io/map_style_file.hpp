#pragma once
// Map style files (assets/styles/default.toml, a workspace's `style = "..."`): TOML in the schema described in
// docs/workspace.md ("Map style"), read over a base style so a file need only name what it changes.
#include <filesystem>
#include <string>
#include <string_view>

#include "core/diagnostic.hpp"
#include "domain/map_style.hpp"

namespace wm::io {

/// The assets/ folder: $WORKSMAP_ASSETS, else the installed copy, else the source tree's (core::findResourceDir).
std::string assetDirectory();
/// The bundled default style: assetDirectory()/styles/default.toml.
std::filesystem::path defaultStylePath();

/// A style and the problems met reading it. Problems name file and line in their arguments ({0} file, {1}
/// line, as the workspace's do); a bad key keeps the base's value.
struct StyleLoad {
  domain::MapStyle style;
  core::Diagnostics problems;
  bool read = false;  ///< false when the file could not be read or was not valid TOML (style = base then)
};

/// `text` (a style file's content) applied over `base`; `file` names it in messages. Never throws.
StyleLoad parseStyle(std::string_view text, const std::filesystem::path& file, const domain::MapStyle& base);
/// The same from a file; an unreadable file is an error naming it.
StyleLoad loadStyleFile(const std::filesystem::path& file, const domain::MapStyle& base);
/// defaultStylePath() over the built-in style; when it cannot be read, the built-in style and a warning.
StyleLoad loadDefaultStyle();

}  // namespace wm::io
