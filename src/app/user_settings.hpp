#pragma once
// What the viewer remembers between runs, in the user's configuration directory: the desk's window layout
// (ImGui's ini file), the sources last opened and the folder District progress last saved a report in.
#include <filesystem>
#include <string>
#include <vector>

#include "ui/district_panel.hpp"

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

/// The folder a report was last saved in (`dir`/report-folder, UTF-8), empty when there is none or it no longer
/// exists.
std::filesystem::path lastReportFolder(const std::filesystem::path& dir);

/// Remembers `folder` (made absolute) as the one to save reports in next; creates `dir` if needed. False when it
/// cannot be written.
bool rememberReportFolder(const std::filesystem::path& dir, const std::filesystem::path& folder);

/// District progress's Save report folder for the desk (ui::DeskServices::reportFolder): starts in the folder
/// remembered in `dir`, and remembers each folder a report is saved in there. Empty `dir`: nothing remembered.
ui::ReportFolder reportFolderSetting(const std::filesystem::path& dir);

}  // namespace wm::app
