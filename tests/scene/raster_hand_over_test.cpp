// The hand-over from vector tiles to coverage rasters on a large map: set by the works' density, and moved to
// finer pixels where the tiles in view nearest the camera would hold more vertices than the budget.
#include <gtest/gtest.h>

#include <osg/Matrixd>

#include "scene/coverage_layer.hpp"
#include "scene/detail_levels.hpp"
#include "scene/map_scene.hpp"

using namespace wm;

namespace {

constexpr double kX = 500000, kY = 3200000;  // the south-west corner of the works

// 80 × 80 short lines, one in each 10 m square of an 800 m square: 6,400 works of 2 vertices. Tiles of 256
// features on a 5 × 5 grid of their centres: 25 tiles of 16 × 16 lines, 160 m a side, 512 vertices each.
domain::Catalog lineGrid() {
  domain::Catalog c;
  domain::Layer works;
  works.info.role = domain::LayerRole::Works;
  for (int j = 0; j < 80; ++j)
    for (int i = 0; i < 80; ++i) {
      works.geometry.beginFeature(geo::GeomKind::Line);
      works.geometry.beginPart(geo::PartRole::Line);
      works.geometry.addVertex(kX + 10 * i + 1, kY + 10 * j + 5);
      works.geometry.addVertex(kX + 10 * i + 9, kY + 10 * j + 5);
      works.geometry.endPart();
      works.geometry.endFeature();
      domain::Project p;
      p.kind = domain::Kind::Road;
      p.feature = static_cast<std::uint32_t>(c.projects.size());
      c.projects.push_back(p);
    }
  c.layers.push_back(std::move(works));
  return c;
}

// Rasters from 8 m a pixel (so from 2 m at the finest hand-over), tiles built on demand.
scene::MapScene::DetailSettings settings(std::size_t budget) {
  scene::MapScene::DetailSettings d;
  d.eagerFeatureLimit = 0;
  d.rasterFromMetresPerPixel = 8;
  d.vectorWorksBudget = budget;
  return d;
}

std::vector<const scene::DetailTile*> tiles(const scene::MapScene& map) {
  std::vector<const scene::DetailTile*> out;
  for (const auto& tile : map.tiles()) out.push_back(tile.get());
  return out;
}

constexpr int kPixels = 400;

// Straight down at the works' centre, `metresPerPixel` a pixel (scene-local metres: the origin is the centre).
std::pair<osg::Matrixd, osg::Matrixd> plan(double metresPerPixel) {
  double half = kPixels * metresPerPixel / 2;
  return {osg::Matrixd::identity(), osg::Matrixd::ortho(-half, half, -half, half, -1000, 1000)};
}

// From 700 m south of the works' southern edge and 300 m up, looking at their centre, 60° field of view: the
// whole square in view, its near edge about 2.2 m a pixel, its far edge about 4.4 m.
std::pair<osg::Matrixd, osg::Matrixd> tilted() {
  return {osg::Matrixd::lookAt(osg::Vec3d(0, -1100, 300), osg::Vec3d(0, 0, 0), osg::Vec3d(0, 0, 1)),
          osg::Matrixd::perspective(60, 1, 10, 10000)};
}

std::size_t vectorTiles(const scene::MapScene& map, const std::pair<osg::Matrixd, osg::Matrixd>& camera) {
  std::size_t n = 0;
  for (const scene::DetailTile* t : tiles(map)) n += !t->drawnAsRaster(camera.first, camera.second, kPixels);
  return n;
}

}  // namespace

TEST(RasterHandOver, UnderTheBudgetTheDensityDecides) {
  auto c = lineGrid();
  scene::MapScene map(c, domain::builtInMapStyle(), settings(1'000'000));
  ASSERT_EQ(tiles(map).size(), 25u);
  auto camera = plan(2);
  map.prepare(camera.first, camera.second, kPixels);
  EXPECT_DOUBLE_EQ(map.coverage()->rasterFrom(), 8.0);
  EXPECT_EQ(vectorTiles(map, camera), 25u);  // 2 m a pixel: finer than 8, all vectors
}

TEST(RasterHandOver, APlanViewOverTheBudgetGoesToRastersDownToAQuarterOfTheDensityScale) {
  auto c = lineGrid();
  scene::MapScene map(c, domain::builtInMapStyle(), settings(2600));  // five tiles' worth (5 × 512 = 2,560)
  // 3 m a pixel: all 25 tiles in view at the same scale, 12,800 vertices: the hand-over comes down to 3 m (just
  // under, so that every tile at that scale goes), and the rasters draw everything.
  auto camera = plan(3);
  map.prepare(camera.first, camera.second, kPixels);
  EXPECT_NEAR(map.coverage()->rasterFrom(), 3.0, 1e-3);
  EXPECT_LT(map.coverage()->rasterFrom(), 3.0);
  EXPECT_EQ(vectorTiles(map, camera), 0u);
  EXPECT_GT(map.coverage()->stats().built, 0u);
  // 1 m a pixel, under the finest hand-over (8 / 4 = 2 m): vectors, however many.
  camera = plan(1);
  map.prepare(camera.first, camera.second, kPixels);
  EXPECT_DOUBLE_EQ(map.coverage()->rasterFrom(), 2.0);
  EXPECT_EQ(vectorTiles(map, camera), 25u);
}

TEST(RasterHandOver, ATiltedViewKeepsVectorsForTheNearestTilesWithinTheBudget) {
  auto c = lineGrid();
  scene::MapScene map(c, domain::builtInMapStyle(), settings(2600));
  auto camera = tilted();
  map.prepare(camera.first, camera.second, kPixels);
  // The nearest row of five tiles (2,560 vertices) keeps vectors; the sixth tile would pass the budget, so the
  // hand-over is the finest pixel of the second row, and the four rows beyond are drawn as rasters.
  double handOver = map.coverage()->rasterFrom();
  EXPECT_GT(handOver, 2.0);
  EXPECT_LT(handOver, 4.5);
  EXPECT_EQ(vectorTiles(map, camera), 5u);
  for (const scene::DetailTile* t : tiles(map)) {
    // Local metres: the southern row's lines are at y = -395 … -245.
    if (!t->drawnAsRaster(camera.first, camera.second, kPixels)) {
      EXPECT_LT(t->box().yMax(), -240);
    }
  }
  // Without a budget the density decides: everything is finer than 8 m a pixel.
  scene::MapScene unlimited(c, domain::builtInMapStyle(), settings(1'000'000));
  unlimited.prepare(camera.first, camera.second, kPixels);
  EXPECT_EQ(vectorTiles(unlimited, camera), 25u);
}

// A flight's views listed ahead (presentation mode warms the next flight while the presenter speaks): the 25
// tiles' level at 2 m a pixel (the whole 800 m square in the 400 px view) and the raster blocks of a 12 m a
// pixel overview are built by warm(), a few at a time, and drawing those views afterwards builds nothing more.
TEST(MapWarmup, BuildsAheadWhatAFlightsViewsWouldBuildAndLeavesNothingForThem) {
  auto c = lineGrid();
  scene::MapScene map(c, domain::builtInMapStyle(), settings(1'000'000));
  const auto overview = plan(12), close = plan(2);
  const double handOver = map.coverage()->rasterFrom();
  scene::MapScene::Warmup warmup =
      map.planWarmup({{overview.first, overview.second, kPixels}, {close.first, close.second, kPixels}});
  EXPECT_DOUBLE_EQ(map.coverage()->rasterFrom(), handOver);  // the view drawn now keeps its hand-over
  ASSERT_EQ(warmup.levels.size(), 25u);                      // every tile, once, at the level 2 m a pixel draws
  ASSERT_GT(warmup.blocks.size(), 0u);
  EXPECT_EQ(map.buildStats().levels, 0u);
  EXPECT_EQ(map.coverage()->stats().built, 0u);
  // Planned again, the same: nothing is listed twice, and planning builds nothing.
  EXPECT_EQ(map.planWarmup({{close.first, close.second, kPixels}}).levels.size(), 25u);

  std::size_t turns = 0;
  while (map.warm(warmup, 4)) ++turns;
  ++turns;
  EXPECT_EQ(turns, (warmup.levels.size() + warmup.blocks.size() + 3) / 4);
  EXPECT_EQ(map.buildStats().levels, 25u);
  EXPECT_EQ(map.coverage()->stats().built, warmup.blocks.size());
  EXPECT_TRUE(warmup.done());

  map.prepare(overview.first, overview.second, kPixels);
  map.prepare(close.first, close.second, kPixels);
  EXPECT_EQ(map.buildStats().levels, 25u);
  EXPECT_EQ(map.coverage()->stats().built, warmup.blocks.size());
  EXPECT_TRUE(
      map.planWarmup({{overview.first, overview.second, kPixels}, {close.first, close.second, kPixels}}).done());
}

// A flight draws what is built (MapScene::setStandIns): a tile whose wanted level is not built stands in with
// its nearest built one, and prepare() builds only tiles with none; stand-ins off, each view builds its own.
TEST(MapStandIns, TilesDrawTheirNearestBuiltLevelAndOnlyTilesWithNoneAreBuilt) {
  auto c = lineGrid();
  scene::MapScene map(c, domain::builtInMapStyle(), settings(1'000'000));
  const auto close = plan(2), closer = plan(0.25);
  map.setStandIns(true);
  map.prepare(close.first, close.second, kPixels);  // nothing built yet: every tile builds its level
  const std::size_t levels = map.buildStats().levels;
  ASSERT_EQ(levels, 25u);
  std::vector<std::size_t> wanted;
  for (const auto* tile : tiles(map)) {
    ASSERT_TRUE(tile->nearestBuilt(0));
    wanted.push_back(*tile->nearestBuilt(0));
  }
  map.prepare(closer.first, closer.second, kPixels);
  EXPECT_EQ(map.buildStats().levels, levels) << "a tile with a built level stood in with it";
  map.setStandIns(false);
  map.prepare(closer.first, closer.second, kPixels);
  EXPECT_GT(map.buildStats().levels, levels) << "without stand-ins the closer view builds its own levels";
  // The levels built for 2 m a pixel are still there (nothing over the budget), each its own nearest.
  for (std::size_t t = 0; t < wanted.size(); ++t) EXPECT_EQ(tiles(map)[t]->nearestBuilt(wanted[t]), wanted[t]);
}
