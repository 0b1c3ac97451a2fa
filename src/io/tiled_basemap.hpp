#pragma once
// Tiled basemaps: an MBTiles file or a local {z}/{x}/{y} tile folder in Web Mercator (EPSG:3857), as offices
// keep imagery for use without the internet. Opened once when the workspace loads; then each view reads only
// the tiles of one zoom level under it (the level that matches its pixel size) and resamples them into the
// working CRS, never the whole pyramid. Source files are only read.
#include <memory>
#include <optional>
#include <string>

#include "core/diagnostic.hpp"
#include "domain/basemap_source.hpp"
#include "geo/crs.hpp"
#include "geo/extent.hpp"
#include "geo/web_datum.hpp"

namespace wm::io {

/// Whether a workspace's `basemap` names a tile set (a file ending in .mbtiles, or a folder) rather than one
/// raster (read by raster_reader's readBasemap).
bool isTiledBasemap(const std::string& path);

/// The most tiles one view reads. A view needing more (zoomed far out of a tile set that lacks shallow levels)
/// reads none, and says so once. (Where the screen's pixels are coarser than the shallowest level's, its tiles
/// are read at a half, a quarter … of their size, so such a view still costs about its own pixels.)
inline constexpr long long kMaxTilesPerView = 2048;

struct TiledBasemapOpen {
  std::shared_ptr<domain::BasemapSource> source;  ///< null when the tile set cannot be used
  /// An Error naming the file when it cannot be used (missing, not MBTiles, no tiles, vector tiles, not Web
  /// Mercator, nowhere near the data); else an Info saying what was found (kind, zoom levels, format).
  core::Diagnostics problems;
};

/// Opens the tile set at `path` for views in `workingCrs`. `dataExtent` (working CRS): the tile set must
/// overlap it, grown by 10 % (no check when empty). `datum`: the imagery is drawn in GCJ-02 web-map coordinates
/// (Amap, Tencent) and is shifted onto WGS 84 as it is read; none: decided from the file's and folder's names
/// ("高德", "gcj02" …, noted); BD-09 (Baidu) tiles cannot be used. Reads one tile to learn the tile size.
TiledBasemapOpen openTiledBasemap(const std::string& path, const geo::Crs& workingCrs, const geo::Extent& dataExtent,
                                  const std::optional<geo::WebDatum>& datum = std::nullopt);

}  // namespace wm::io
