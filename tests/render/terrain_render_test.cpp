// Terrain, draped works, extrusions and the basemap on real OpenGL (Mesa llvmpipe under Xvfb).
#include <cmath>

#include <gtest/gtest.h>

#include "render/perspective_view.hpp"
#include "render/pixel_checks.hpp"

using namespace wm;

namespace {

constexpr double kX0 = 500000, kY0 = 3200000;

// A county-corner fixture around (kX0, kY0), local metres: a 1 km boundary square (base layer, so the scene's
// origin is (kX0, kY0)); a 60 m square park centred at (−220, −300) and an 8-level car park at (220, −300), both
// planned; a DEM of 41 × 41 cells of 25 m (centres −500…500) with a round hill at (0, 150):
// 20 + 250·exp(−r²/(2·150²)) m, flat (20 m) at the blocks.
domain::Catalog hillFixture() {
  domain::Catalog c;
  domain::Layer base;
  base.info.role = domain::LayerRole::Base;
  base.geometry.beginFeature(geo::GeomKind::Line);
  base.geometry.beginPart(geo::PartRole::Line);
  for (auto [x, y] : {std::pair{-500.0, -500.0}, {500.0, -500.0}, {500.0, 500.0}, {-500.0, 500.0}, {-500.0, -500.0}})
    base.geometry.addVertex(kX0 + x, kY0 + y);
  base.geometry.endPart();
  base.geometry.endFeature();
  c.layers.push_back(std::move(base));
  domain::Layer works;
  works.info.role = domain::LayerRole::Works;
  for (double cx : {-220.0, 220.0}) {
    works.geometry.beginFeature(geo::GeomKind::Polygon);
    works.geometry.beginPart(geo::PartRole::OuterRing);
    for (auto [x, y] : {std::pair{-30.0, -30.0}, {30.0, -30.0}, {30.0, 30.0}, {-30.0, 30.0}, {-30.0, -30.0}})
      works.geometry.addVertex(kX0 + cx + x, kY0 - 300 + y);
    works.geometry.endPart();
    works.geometry.endFeature();
  }
  c.layers.push_back(std::move(works));
  domain::Project park, parking;
  park.kind = domain::Kind::Park;
  park.recorded = parking.recorded = domain::RecordedStatus::Planned;
  park.layer = parking.layer = 1;
  parking.kind = domain::Kind::Parking;
  parking.levels = 8;
  parking.feature = 1;
  c.projects = {park, parking};
  domain::HeightGrid g;
  g.west = kX0 - 512.5, g.north = kY0 + 512.5, g.cellSize = 25, g.width = g.height = 41;
  for (int r = 0; r < 41; ++r)
    for (int col = 0; col < 41; ++col) {
      double x = -500 + 25 * col, y = 500 - 25 * r - 150;
      g.heights.push_back(static_cast<float>(20 + 250 * std::exp(-(x * x + y * y) / (2 * 150.0 * 150.0))));
    }
  c.terrain = g;
  return c;
}

bool planned(const test::Rgb& p) { return p[2] > p[0] + 20 && p[2] > p[1] + 10; }  // the slate blue, lit or not

// Rows from the first to the last planned-coloured pixel within columns [x0, x1].
int plannedRows(const render::RgbaImage& image, int x0, int x1) {
  int top = image.height, bottom = -1;
  for (int y = 0; y < image.height; ++y)
    for (int x = std::max(x0, 0); x <= std::min(x1, image.width - 1); ++x)
      if (planned(test::pixel(image, x, y))) top = std::min(top, y), bottom = std::max(bottom, y);
  return bottom < 0 ? 0 : bottom - top + 1;
}

int brightness(const test::Rgb& p) { return p[0] + p[1] + p[2]; }

// Looking north from the south at 45°, about 560 m from the blocks.
const test::Perspective kView{{0, -650, 470}, {0, -200, 20}, 55};

}  // namespace

TEST(TerrainRender, HillIsShadedAndMultiStoreyCarParkStandsTallerThanThePark) {
  auto c = hillFixture();
  scene::MapScene map(c);
  auto image = test::drawPerspective(map, 400, 300, kView);
  ASSERT_EQ(image.width, 400);
  // The hill's flanks are terrain, not background; the west flank faces the north-west light and is brighter
  // than the east flank. At 110 m from the hill's centre the ground is 250·exp(−110²/(2·150²)) = 191 m up.
  const double flank = 250 * std::exp(-110.0 * 110.0 / (2 * 150.0 * 150.0));
  osg::Vec2d top = kView.toPixel({0, 40, flank}, 400, 300);
  osg::Vec2d west = kView.toPixel({-110, 150, flank}, 400, 300);
  osg::Vec2d east = kView.toPixel({110, 150, flank}, 400, 300);
  for (auto at : {top, west, east}) {
    ASSERT_TRUE(at.x() >= 0 && at.x() < 400 && at.y() >= 0 && at.y() < 300) << at.x() << "," << at.y();
    test::Rgb p = test::pixel(image, static_cast<int>(at.x()), static_cast<int>(at.y()));
    EXPECT_NE(p, test::kBackground) << at.x() << "," << at.y();
  }
  EXPECT_GT(brightness(test::pixel(image, static_cast<int>(west.x()), static_cast<int>(west.y()))),
            brightness(test::pixel(image, static_cast<int>(east.x()), static_cast<int>(east.y()))) + 30);
  // Both blocks sit on the ground at 20 m (local z 0); the car park's 24 m walls add to its screen height.
  int parkX = static_cast<int>(kView.toPixel({-220, -300, 0}, 400, 300).x());
  int parkingX = static_cast<int>(kView.toPixel({220, -300, 0}, 400, 300).x());
  int parkRows = plannedRows(image, parkX - 25, parkX + 25),
      parkingRows = plannedRows(image, parkingX - 25, parkingX + 25);
  EXPECT_GT(parkRows, 5);
  // The car park's walls alone project to `wall` rows; its roof's outline is the park's, raised.
  double wall = kView.toPixel({220, -330, 0}, 400, 300).y() - kView.toPixel({220, -330, 24}, 400, 300).y();
  EXPECT_GT(parkingRows, parkRows + 0.6 * wall)
      << "park " << parkRows << " rows, car park " << parkingRows << ", its walls " << wall;
  if (HasFailure()) (void)render::writePng(image, "terrain_actual.png");  // look at it
}

TEST(TerrainRender, HillHidesWhatIsBehindIt) {
  // A planned park north of the hill, on the flat behind it as seen from the south, low over the horizon.
  auto c = hillFixture();
  c.projects[0].feature = 0;
  auto& g = c.layers[1].geometry;
  g = geo::GeometryStore();
  g.beginFeature(geo::GeomKind::Polygon);
  g.beginPart(geo::PartRole::OuterRing);
  for (auto [x, y] : {std::pair{-40.0, 380.0}, {40.0, 380.0}, {40.0, 460.0}, {-40.0, 460.0}, {-40.0, 380.0}})
    g.addVertex(kX0 + x, kY0 + y);
  g.endPart();
  g.endFeature();
  c.projects.resize(1);
  scene::MapScene map(c);
  test::Perspective low{{0, -900, 150}, {0, 400, 20}};
  auto image = test::drawPerspective(map, 400, 300, low);
  ASSERT_EQ(image.width, 400);
  osg::Vec2d behind = low.toPixel({0, 420, 0}, 400, 300);
  EXPECT_FALSE(planned(test::pixel(image, static_cast<int>(behind.x()), static_cast<int>(behind.y()))));
  // Flattened (no exaggeration: a hill of 0 m) the park is in view there.
  map.setExaggeration(0.0f);
  auto flat = test::drawPerspective(map, 400, 300, low);
  ASSERT_EQ(flat.width, 400);
  EXPECT_TRUE(planned(test::pixel(flat, static_cast<int>(behind.x()), static_cast<int>(behind.y()))));
}

TEST(TerrainRender, BasemapIsDrawnUnderThe2dMap) {
  // A 4 × 2 pixel orthophoto over x −100…100, y −50…50 (metres from (kX0, kY0)): the west half red, the east
  // half blue. A planned park covers x 20…80, y −20…20. No DEM: the photo lies flat.
  domain::Catalog c;
  domain::Layer works;
  works.info.role = domain::LayerRole::Works;
  works.geometry.beginFeature(geo::GeomKind::Polygon);
  works.geometry.beginPart(geo::PartRole::OuterRing);
  for (auto [x, y] : {std::pair{20.0, -20.0}, {80.0, -20.0}, {80.0, 20.0}, {20.0, 20.0}, {20.0, -20.0}})
    works.geometry.addVertex(kX0 + x, kY0 + y);
  works.geometry.endPart();
  works.geometry.endFeature();
  c.layers.push_back(std::move(works));
  domain::Project park;
  park.kind = domain::Kind::Park;
  park.recorded = domain::RecordedStatus::Planned;
  c.projects = {park};
  domain::BasemapImage photo;
  photo.extent.add(kX0 - 100, kY0 - 50);
  photo.extent.add(kX0 + 100, kY0 + 50);
  photo.width = 4, photo.height = 2;
  for (int r = 0; r < 2; ++r)
    for (int col = 0; col < 4; ++col)
      for (std::uint8_t v : {col < 2 ? 255 : 0, 0, col < 2 ? 0 : 255, 255}) photo.rgba.push_back(v);
  c.basemap = photo;
  scene::MapScene map(c);
  auto terrain = scene::loadTerrainProgram(scene::shaderDirectory());
  ASSERT_TRUE(terrain);
  map.useTerrainProgram(terrain->get());
  // The data is the park, so the origin is (kX0 + 50, kY0); 1 m a pixel over local x −150…150: column = x + 100.
  auto image = test::drawMap(map, 300, 120, 150, 60);
  ASSERT_EQ(image.width, 300);
  test::expectNear(test::pixel(image, 25, 60), {255, 0, 0});                          // x −75: red photo
  test::expectNear(test::pixel(image, 150, 60), test::rgb(test::style().status[0]));  // x 50: the park
  test::expectNear(test::pixel(image, 190, 60), {0, 0, 255});                         // x 90: blue photo
  test::expectNear(test::pixel(image, 230, 60), test::kBackground);                   // x 130: beyond the photo
}
