// Levels of detail with a real cull under Xvfb: a large map (here forced by a zero eager limit) builds only the
// level each view needs, and the picture at overview scale still shows the works.
#include <gtest/gtest.h>

#include "render/pixel_checks.hpp"
#include "scene/detail_levels.hpp"
#include "scene/map_scene.hpp"

using namespace wm;

namespace {

// 40 copies of a 2 km road with a vertex every 10 m, east-west through the origin (500000, 3200000).
domain::Catalog roads() {
  domain::Catalog c;
  domain::Layer layer;
  layer.info.role = domain::LayerRole::Works;
  for (int i = 0; i < 40; ++i) {
    layer.geometry.beginFeature(geo::GeomKind::Line);
    layer.geometry.beginPart(geo::PartRole::Line);
    for (int x = -1000; x <= 1000; x += 10) layer.geometry.addVertex(500000 + x, 3200000);
    layer.geometry.endPart();
    layer.geometry.endFeature();
    domain::Project p;
    p.feature = static_cast<std::uint32_t>(i);
    p.kind = domain::Kind::Road;
    p.recorded = domain::RecordedStatus::Completed;
    c.projects.push_back(p);
  }
  c.layers.push_back(std::move(layer));
  return c;
}

scene::DetailTile* onlyTile(scene::MapScene& map) { return map.tiles().size() == 1 ? map.tiles()[0].get() : nullptr; }

}  // namespace

TEST(DetailRender, ALargeMapBuildsOnlyTheLevelItDraws) {
  auto c = roads();
  scene::MapScene::DetailSettings large;
  large.eagerFeatureLimit = 0;
  large.rasterFeaturesPerPixel = 0;  // vectors at every scale (scene/coverage_layer.hpp is tested apart)
  scene::MapScene map(c, domain::builtInMapStyle(), large);
  scene::DetailTile* tile = onlyTile(map);
  ASSERT_NE(tile, nullptr);
  ASSERT_EQ(tile->snaps(), (std::vector<double>{0, 2, 8}));  // 2 km across: grids up to 8 m
  EXPECT_FALSE(tile->built(0));
  // 200 × 100 pixels over 4 km × 2 km: 20 m a pixel, so the 8 m grid (≤ 30 m) is drawn.
  auto overview = test::drawMap(map, 200, 100, 2000, 1000);
  ASSERT_EQ(overview.width, 200);
  EXPECT_EQ(tile->lastDrawnLevel(), 2u);
  EXPECT_TRUE(tile->built(2));
  EXPECT_FALSE(tile->built(0));
  EXPECT_FALSE(tile->built(1));
  // The road is there at overview scale, in the completed colour, across the image's middle row.
  test::expectNear(test::pixel(overview, 100, 50), test::rgb(test::style().status[2]));
  // Zoomed in to 0.5 m a pixel: full detail.
  auto close = test::drawMap(map, 200, 100, 50, 25);
  EXPECT_EQ(tile->lastDrawnLevel(), 0u);
  EXPECT_TRUE(tile->built(0));
  test::expectNear(test::pixel(close, 100, 50), test::rgb(test::style().status[2]));
}
