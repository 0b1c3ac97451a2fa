#pragma once
// The Web Mercator tile grid (EPSG:3857) that MBTiles files and XYZ/TMS tile folders share: at zoom z the
// square from −π·a to π·a (a = 6378137 m) is cut into 2^z × 2^z tiles. Columns run east from −π·a; rows here
// always run south from +π·a (XYZ order: the folders of web maps). TMS order (MBTiles' tile_row, gdal2tiles
// folders) counts rows north from the bottom: tmsRow flips between the two. Pure functions. Internal to io.
#include "geo/extent.hpp"

namespace wm::io {

/// Half the side of the Web Mercator square, metres: π · 6378137.
inline constexpr double kMercatorHalf = 20037508.342789244;
/// Deepest zoom level accepted (tiles of under 2 cm).
inline constexpr int kMaxTileZoom = 30;

/// Tiles z/x0..x1/y0..y1, both ends included, rows from the north. Empty when x1 < x0 or y1 < y0.
struct TileRange {
  int z = 0;
  int x0 = 0, y0 = 0, x1 = -1, y1 = -1;

  bool empty() const { return x1 < x0 || y1 < y0; }
  long long count() const { return empty() ? 0 : static_cast<long long>(x1 - x0 + 1) * (y1 - y0 + 1); }
};

/// The side of one tile at zoom z, in Web Mercator metres.
double tileSpan(int z);
/// The tile's square in Web Mercator metres.
geo::Extent tileExtent(int z, int x, int y);
/// The tiles at zoom z that the Web Mercator extent touches (edges exactly on a tile border do not reach into
/// the next tile), clipped to the grid.
TileRange tilesCovering(const geo::Extent& mercator, int z);
/// The same ground at another zoom: every tile of `r` at z covers 2^(z − r.z) × 2^(z − r.z) tiles (deeper) or
/// shares a tile with its neighbours (shallower).
TileRange rangeAtZoom(const TileRange& r, int z);
/// The overlap of two ranges of one zoom.
TileRange intersect(const TileRange& a, const TileRange& b);
/// XYZ row ↔ TMS row at zoom z (the same formula both ways).
inline int tmsRow(int z, int y) { return (1 << z) - 1 - y; }

/// The zoom level to read for a view whose pixels are `mercatorMetresPerPixel` Web Mercator metres: the
/// shallowest level whose tile pixels are no coarser than the screen's, allowing tiles up to 2^kZoomSlack
/// coarser (so that a view just past a level's scale does not read four times the tiles), clamped to
/// minZoom..maxZoom (a view closer than the deepest level magnifies its tiles).
int zoomForPixelSize(double mercatorMetresPerPixel, int tileSize, int minZoom, int maxZoom);
inline constexpr double kZoomSlack = 0.25;

}  // namespace wm::io
