// The Web Mercator tile grid: which tiles a place and a pixel size come to, worked out by hand.
#include "io/tile_grid.hpp"

#include <gtest/gtest.h>

using namespace wm;

TEST(TileGrid, TileOfAPlaceInHubei) {
  // 114.02 E, 30.6 N in EPSG:3857: x = 114.02·π/180·6378137 = 12692648.3 m, y = a·asinh(tan 30.6°) = 3580909.8 m.
  // At zoom 14 a tile is 2·π·a / 16384 = 2445.985 m: column (x + π·a) / 2445.985 = 13381.18, row
  // (π·a − y) / 2445.985 = 6728.005.
  geo::Extent point;
  point.add(12692648.34, 3580909.76);
  io::TileRange r = io::tilesCovering(point, 14);
  EXPECT_EQ(r.z, 14);
  EXPECT_EQ(r.x0, 13381);
  EXPECT_EQ(r.x1, 13381);
  EXPECT_EQ(r.y0, 6728);
  EXPECT_EQ(r.y1, 6728);
  EXPECT_NEAR(io::tileSpan(14), 2445.98490512564, 1e-8);
}

TEST(TileGrid, ATilesOwnSquareCoversOnlyThatTile) {
  geo::Extent e = io::tileExtent(14, 13381, 6728);
  EXPECT_NEAR(e.maxX - e.minX, 2445.98490512564, 1e-6);
  io::TileRange r = io::tilesCovering(e, 14);
  EXPECT_EQ(r.count(), 1);
  EXPECT_EQ(r.x0, 13381);
  EXPECT_EQ(r.y0, 6728);
  // One level up it is the north-east quarter of tile 6690/3364 (13381 = 2·6690 + 1, 6728 = 2·3364).
  io::TileRange up = io::tilesCovering(e, 13);
  EXPECT_EQ(up.x0, 6690);
  EXPECT_EQ(up.y0, 3364);
  EXPECT_EQ(up.count(), 1);
}

TEST(TileGrid, RangesMoveBetweenLevels) {
  io::TileRange r{14, 13381, 6728, 13382, 6729};
  io::TileRange shallower = io::rangeAtZoom(r, 12);  // 13381 >> 2 = 3345, 13382 >> 2 = 3345, 6728 >> 2 = 1682
  EXPECT_EQ(shallower.x0, 3345);
  EXPECT_EQ(shallower.x1, 3345);
  EXPECT_EQ(shallower.y0, 1682);
  EXPECT_EQ(shallower.y1, 1682);
  io::TileRange deeper = io::rangeAtZoom(r, 15);  // each tile is 2 × 2 there
  EXPECT_EQ(deeper.x0, 26762);
  EXPECT_EQ(deeper.x1, 26765);
  EXPECT_EQ(deeper.y0, 13456);
  EXPECT_EQ(deeper.y1, 13459);
  EXPECT_EQ(io::intersect(r, {14, 13382, 6700, 13390, 6728}).count(), 1);
  EXPECT_TRUE(io::intersect(r, {14, 13383, 6700, 13390, 6728}).empty());
  EXPECT_EQ(io::tmsRow(14, 6728), 9655);  // 16383 − 6728
}

TEST(TileGrid, ZoomFollowsThePixelSize) {
  // A zoom-14 tile pixel is 2445.985 / 256 = 9.5546 m.
  const double z14 = 9.554628535647032;
  EXPECT_EQ(io::zoomForPixelSize(z14, 256, 0, 20), 14);
  EXPECT_EQ(io::zoomForPixelSize(z14 * 1.6, 256, 0, 20), 14);  // tiles 1.6× finer than the screen: still 14
  EXPECT_EQ(io::zoomForPixelSize(z14 * 1.75, 256, 0, 20), 13);
  EXPECT_EQ(io::zoomForPixelSize(z14 / 1.15, 256, 0, 20), 14);  // up to 2^0.25 = 1.19× coarser
  EXPECT_EQ(io::zoomForPixelSize(z14 / 1.25, 256, 0, 20), 15);
  EXPECT_EQ(io::zoomForPixelSize(z14, 512, 0, 20), 13);    // 512-pixel tiles: one level shallower
  EXPECT_EQ(io::zoomForPixelSize(0.01, 256, 10, 16), 16);  // closer than the deepest level: magnified
  EXPECT_EQ(io::zoomForPixelSize(5000, 256, 10, 16), 10);  // farther than the shallowest
}
