// A tile-set basemap following the view: the ground a camera needs (with its margin, clipped to the tiles), when
// the image shown still serves, and the reads a moving view starts — none while the image serves, one once the
// view has rested, on a real tile folder read by io into a real map scene.
#include "app/basemap_follower.hpp"

#include <thread>

#include <gtest/gtest.h>
#include <osg/Texture2D>

#include "io/tiled_basemap.hpp"
#include "support/fixture_writer.hpp"
#include "support/tile_fixtures.hpp"

using namespace wm;
namespace fs = std::filesystem;

namespace {

const scene::SceneOrigin kOrigin{500000, 3380000};

// A plan view 400 × 300 pixels of 2 m around local (0, 0): x −400…400, y −300…300.
render::MapCamera planCamera() {
  render::MapCamera c;
  c.setViewport(400, 300);
  c.setCenter(0, 0);
  c.setMetresPerPixel(2);
  return c;
}

domain::BasemapView viewOf(double x0, double y0, double x1, double y1, int w, int h) {
  domain::BasemapView v;
  v.extent.add(x0, y0);
  v.extent.add(x1, y1);
  v.width = w, v.height = h;
  return v;
}

}  // namespace

TEST(BasemapView, PlanViewIsItsGroundGrownByTheMarginAtItsScale) {
  // 800 × 600 m grown by a quarter on each side: 1200 × 900 m, 600 × 450 pixels of 2 m.
  domain::BasemapView v = app::basemapViewFor(planCamera(), kOrigin, {}, 0.25, 4096);
  EXPECT_NEAR(v.extent.minX, 499400, 1e-6);
  EXPECT_NEAR(v.extent.maxX, 500600, 1e-6);
  EXPECT_NEAR(v.extent.minY, 3379550, 1e-6);
  EXPECT_NEAR(v.extent.maxY, 3380450, 1e-6);
  EXPECT_EQ(v.width, 600);
  EXPECT_EQ(v.height, 450);
  // At most 300 pixels a side: 4 m pixels.
  domain::BasemapView capped = app::basemapViewFor(planCamera(), kOrigin, {}, 0.25, 300);
  EXPECT_EQ(capped.width, 300);
  EXPECT_EQ(capped.height, 225);
}

TEST(BasemapView, ClippedToWhereTheTilesAre) {
  geo::Extent tiles;
  tiles.add(500100, 3300000);
  tiles.add(510000, 3400000);
  domain::BasemapView v = app::basemapViewFor(planCamera(), kOrigin, tiles, 0, 4096);
  EXPECT_NEAR(v.extent.minX, 500100, 1e-6);  // the view's west part has no tiles
  EXPECT_NEAR(v.extent.maxX, 500400, 1e-6);
  EXPECT_EQ(v.width, 150);
  EXPECT_EQ(v.height, 300);
  geo::Extent elsewhere;
  elsewhere.add(600000, 3300000);
  elsewhere.add(610000, 3310000);
  EXPECT_EQ(app::basemapViewFor(planCamera(), kOrigin, elsewhere, 0.25, 4096).width, 0);
}

TEST(BasemapView, ATiltedViewUpToTheHorizonTakesTheTilesAsFarAsTheyGo) {
  render::MapCamera c = planCamera();
  c.setTarget3d(true);
  c.finishTransition();
  c.setOrientation(0, 80);  // the top of the view looks past the horizon
  geo::Extent tiles;
  tiles.add(495000, 3375000);
  tiles.add(505000, 3395000);
  domain::BasemapView v = app::basemapViewFor(c, kOrigin, tiles, 0, 4096);
  EXPECT_NEAR(v.extent.maxY, 3395000, 1e-6);
  EXPECT_NEAR(v.extent.minX, 495000, 1e-6);
  EXPECT_LE(v.width, 4096);
}

TEST(BasemapView, AnImageServesWhileItCoversTheViewAtAboutItsScale) {
  const domain::BasemapView read = viewOf(0, 0, 1200, 900, 600, 450);  // 2 m pixels
  EXPECT_TRUE(app::basemapStillServes(read, viewOf(100, 100, 900, 700, 400, 300)));
  EXPECT_FALSE(app::basemapStillServes(read, viewOf(500, 100, 1300, 700, 400, 300)));  // beyond its east edge
  EXPECT_FALSE(app::basemapStillServes(read, viewOf(200, 200, 600, 500, 400, 300)));   // 1 m pixels: would blur
  EXPECT_TRUE(app::basemapStillServes(read, viewOf(0, 0, 1080, 810, 400, 300)));       // 2.7 m: still 1.35×
  EXPECT_FALSE(app::basemapStillServes(domain::BasemapView{}, viewOf(0, 0, 10, 10, 5, 5)));
}

TEST(BasemapFollower, ReadsTheFirstViewAtOnceThenOnlyWhenTheViewLeavesTheImageAndRests) {
  // Zoom-14 tiles 13380-13383 × 6726-6729 near 114.03 E, 30.6 N (EPSG:4547), all one green.
  test::ScopedDir dir;
  std::vector<test::TileBytes> tiles;
  const std::string green = test::tileImage({30, 160, 60, 255});
  for (int x = 13380; x < 13384; ++x)
    for (int y = 6726; y < 6730; ++y) tiles.push_back({14, x, y, green});
  test::writeTileFolder(dir.path / "tiles", tiles);
  const geo::Crs gk = *geo::Crs::fromDefinition("EPSG:4547");
  domain::Catalog catalog;
  catalog.workingCrs = gk;
  catalog.basemapTiles = io::openTiledBasemap((dir.path / "tiles").string(), gk, {}).source;
  ASSERT_TRUE(catalog.basemapTiles);
  const geo::Extent cover = catalog.basemapTiles->coverage();
  domain::Layer layer;  // one point at the tiles' centre: the scene's origin
  layer.geometry.beginFeature(geo::GeomKind::Point);
  layer.geometry.beginPart(geo::PartRole::Point);
  layer.geometry.addVertex(cover.centerX(), cover.centerY());
  layer.geometry.endPart();
  layer.geometry.endFeature();
  catalog.layers.push_back(std::move(layer));
  scene::MapScene scene(catalog);
  app::BasemapFollower follower(catalog.basemapTiles, scene);

  render::MapCamera camera = planCamera();  // 800 × 600 m at the centre of the tiles
  using Clock = app::BasemapFollower::Clock;
  const Clock::time_point t0 = Clock::now();
  follower.viewChanged(camera, t0);
  follower.poll(t0);
  EXPECT_TRUE(follower.reading());  // the first view is read at once
  bool shown = false;
  for (int i = 0; i < 1000 && !shown; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    shown = follower.poll(Clock::now()).shown;
  }
  ASSERT_TRUE(shown);
  auto* texture = dynamic_cast<osg::Texture2D*>(
      scene.terrainNode()->getStateSet()->getTextureAttribute(scene::kBasemapUnit, osg::StateAttribute::TEXTURE));
  ASSERT_TRUE(texture && texture->getImage());
  EXPECT_EQ(texture->getImage()->s(), 600);  // the view and its margin at 2 m
  EXPECT_FALSE(follower.busy());

  camera.pan(200, 150, 150, 150);  // 100 m east: still within the image's margin
  follower.viewChanged(camera, Clock::now());
  EXPECT_FALSE(follower.busy());

  camera.pan(200, 150, -400, 150);  // 1200 m further: beyond it
  const Clock::time_point moved = Clock::now();
  follower.viewChanged(camera, moved);
  EXPECT_TRUE(follower.busy());
  follower.poll(moved + std::chrono::milliseconds(100));
  EXPECT_FALSE(follower.reading());  // the view has not rested yet
  follower.poll(moved + app::BasemapFollower::kQuiet);
  EXPECT_TRUE(follower.reading());
}
