#pragma once
// The workspace file (*.worksmap.toml, described for users in docs/workspace.md): a bureau technician's
// hand-written list of data sources, how to read each one, the district layer, and the slides of a briefing.
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/diagnostic.hpp"
#include "domain/kind.hpp"
#include "domain/layer.hpp"
#include "domain/map_style.hpp"
#include "domain/slide.hpp"
#include "geo/web_datum.hpp"
#include "io/load_request.hpp"
#include "io/works_schema.hpp"

namespace wm::io {

/// One [[layer]] entry: a data source and how to read it. Empty strings mean "not set: decide from the data".
struct WorkspaceLayer {
  /// A file, directory or .zip path resolved against the workspace file's folder ('\' read as '/'), or a
  /// connection string ("PG:dbname=...", anything starting with two or more letters and ':') exactly as written.
  std::string source;
  std::string layerName;                     ///< one layer of the source; empty: every layer in it
  std::optional<domain::LayerRole> role;     ///< nothing: works with a status field, else base (docs/design.md §2.2)
  std::optional<domain::Kind> kind;          ///< the works kind for features whose own kind field is empty
  std::string encoding;                      ///< normalised text encoding override ("CP936", "UTF-8")
  std::string crs;                           ///< CRS text for a missing or wrong .prj ("EPSG:4547", WKT, PROJ string)
  bool visible = true;                       ///< shown when the viewer opens
  std::map<WorksField, std::string> fields;  ///< canonical field → the source's column name ("XMMC")
  /// `datum = "gcj02" | "bd09" | "none"`: the lon/lat are web-map coordinates to convert to WGS 84/CGCS2000;
  /// nothing: decided from hints in the file, layer and column names.
  std::optional<geo::WebDatum> datum;
  LedgerJoin join;  ///< `join_layer`, `join_by`, `join_field`: a ledger's geometry
  int line = 0;     ///< line of the [[layer]] header, for messages
};

/// The [districts] section: which layer holds the district polygons and which column names them.
struct WorkspaceDistricts {
  std::string layerName;  ///< empty: the layers io::isDistrictLayerName recognises (io/district_choice.hpp)
  std::string nameField;  ///< empty: a column name/名称 (isDistrictNameColumn)
  int line = 0;
};

struct Workspace {
  std::filesystem::path file;  ///< as given to loadWorkspace
  std::string title;           ///< empty: the app uses the file name
  std::string crs = "auto";    ///< working CRS text, validated by geo; "auto" picks the GK zone (docs/design.md §2.10)
  std::string dem;             ///< a DEM raster for 3D terrain, resolved like a source; empty: none
  std::string basemap;  ///< an orthophoto raster or a tile set drawn under the map, resolved like a source; empty: none
  /// `basemap_datum = "gcj02" | "bd09" | "none"`: the tile set's imagery is drawn in web-map coordinates (Amap,
  /// Tencent: GCJ-02) and is shifted back; none: decided from the tile set's name.
  std::optional<geo::WebDatum> basemapDatum;
  std::optional<WorkspaceDistricts> districts;
  std::vector<WorkspaceLayer> layers;
  std::vector<domain::Slide> slides;  ///< the [[slide]] tables, in order
  /// The map style: the base style given to the parser, then the file of `style = "..."` (or `[style]`'s
  /// `file`), then the keys of `[style]`.
  domain::MapStyle style;
  std::string styleFile;  ///< the style file named, resolved against the workspace's folder; empty if none
  /// The file's bytes as read (before any decoding): what saveSlides (io/workspace_save.hpp) compares the file
  /// on disk with, so that it never overwrites a change made after opening.
  std::string text;
};

/// What came of reading a workspace file. `workspace` is empty only when the file cannot be read or is not
/// valid TOML; other problems are Severity::Error entries, sorted by line, and the entry or key at fault is left
/// out (a [[layer]] without source) or left at its default. Diagnostics name file and line in their arguments
/// ({0} file, {1} line) and leave Diagnostic::file empty, so formatDiagnostic prints "FILE:LINE: message".
struct WorkspaceLoad {
  std::optional<Workspace> workspace;
  core::Diagnostics problems;
};

/// Reads and checks a workspace file. Never throws (std::bad_alloc aside); thread-safe. Its style overrides
/// `baseStyle` (the default style file, or the built-in style); problems in a style file it names are
/// reported with that file's name and lines.
WorkspaceLoad loadWorkspace(const std::filesystem::path& file,
                            const domain::MapStyle& baseStyle = domain::builtInMapStyle());

/// The same from text already in memory; `file` names it in messages and anchors relative sources.
WorkspaceLoad parseWorkspace(std::string_view text, const std::filesystem::path& file,
                             const domain::MapStyle& baseStyle = domain::builtInMapStyle());

/// Whether a command-line SOURCE is a workspace file rather than data: its name ends in .toml (any case).
bool looksLikeWorkspace(const std::filesystem::path& path);

/// Whether a source is a connection string ("PG:dbname=...": two or more letters and ':'), kept as written
/// rather than resolved as a path.
bool isConnectionString(std::string_view source);

}  // namespace wm::io
