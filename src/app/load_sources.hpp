#pragma once
// Loading the command line's sources, and printing what went wrong, shared by every command.
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/translation.hpp"
#include "domain/catalog.hpp"
#include "domain/map_style.hpp"
#include "domain/slide.hpp"
#include "io/catalog_loader.hpp"

namespace wm::app {

struct Loaded {
  domain::Catalog catalog;
  core::Diagnostics problems;  ///< workspace and source problems, then the loader's, in that order
  bool anyUnreadable = false;
  std::string title;                  ///< the workspace's title, when one was given
  domain::MapStyle style;             ///< the map style: the base given, with the workspace's overrides
  std::vector<domain::Slide> slides;  ///< the workspace's briefing slides (none for plain data sources)
  std::string slidesFile;             ///< the workspace file they are from, for messages
  std::string workspaceText;          ///< that file's bytes as read (io::saveSlides refuses if it changed since)
  io::LoadRequest request;            ///< what was loaded (the desk's server roll-ups ask the same register)
};

/// `baseStyle`: what a workspace's style overrides; commands that draw the map pass io::loadDefaultStyle()'s.
/// `options`: what the loader computes besides the layers (io::LoadOptions: geodesic metrics, the district join).
Loaded loadSources(const std::vector<std::string>& sources,
                   const domain::MapStyle& baseStyle = domain::builtInMapStyle(), const io::LoadOptions& options = {});

/// loadSources, then its problems printed, and a line saying so when no layer could be read at all (the
/// result then has no layers; its problems say why). `forMap`: the command draws the map, so the bundled style
/// file is read (a problem with it is printed too).
Loaded loadAndReport(const std::vector<std::string>& sources, std::ostream& err, core::Lang lang, bool forMap = false,
                     const io::LoadOptions& options = {});

/// loadAndReport, or nothing when no layer could be read.
std::optional<Loaded> loadForCommand(const std::vector<std::string>& sources, std::ostream& err, core::Lang lang,
                                     bool forMap = false, const io::LoadOptions& options = {});

/// Prints problems one line each ("warning: FILE: layer L, feature F: message"); returns how many were
/// warnings or errors. Notes (Severity::Info) are printed only when asked for and are not counted.
std::size_t printProblems(const Loaded& loaded, std::ostream& out, core::Lang lang, bool includeNotes);
/// The same for problems met later (a basemap tile read while the map is shown).
std::size_t printDiagnostics(const core::Diagnostics& problems, std::ostream& out, core::Lang lang, bool includeNotes);

/// The map's title: the workspace's, else a name from the data — the one named feature of a county outline
/// (a layer named like 县界, 县域 or county) or of the district layer, else the first source's name without folders
/// and extension (区县界_area for /data/区县界_area.shp, 停车场 for 停车场.shp.zip) — never a path.
std::string mapTitle(const Loaded& loaded, const std::vector<std::string>& sources);

/// One line per layer: features read and skipped, role, CRS, text encoding and how it was decided.
void printLayerSummaries(const Loaded& loaded, std::ostream& out, core::Lang lang);

}  // namespace wm::app
