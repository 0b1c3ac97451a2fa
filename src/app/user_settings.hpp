#pragma once
// What the viewer remembers between runs, in the user's configuration directory: the desk's window layout
// (ImGui's ini file) and the sources last opened.
#include <filesystem>
#include <string>
#include <vector>

namespace wm::app {

/// $WORKSMAP_CONFIG_DIR, else $XDG_CONFIG_HOME/worksmap, else $HOME/.config/worksmap (relative values are
/// ignored, as the XDG rules say); empty when none applies, and then nothing is remembered. Not created here.
std::filesystem::path configDirectory();

/// The desk's layout file in `dir` (empty `dir`: empty path).
std::filesystem::path layoutFile(const std::filesystem::path& dir);

/// The sources last opened in the viewer (`dir`/last-sources, one a line, UTF-8), empty when there is no such
/// file or a file source in it no longer exists (connection strings such as PG: are kept as they are).
std::vector<std::string> lastSources(const std::filesystem::path& dir);

/// Remembers the sources, file paths made absolute; creates `dir` if needed. False when it cannot be written
/// (the viewer carries on: remembering is a convenience).
bool rememberSources(const std::filesystem::path& dir, const std::vector<std::string>& sources);

}  // namespace wm::app
