// Real OpenGL under Xvfb: images larger than a tile are put together from tiles without seams, and the 3D
// camera's perspective shows up in the pixels.
#include <gtest/gtest.h>

#include "render/map_camera.hpp"
#include "render/offscreen.hpp"
#include "render/pixel_checks.hpp"
#include "scene/map_overlay.hpp"
#include "scene/map_scene.hpp"
#include "scene/shader_program.hpp"

using namespace wm;

namespace {

// A 200 m square park, completed, and a diagonal road across the view, in GK metres.
domain::Catalog fixture() {
  domain::Catalog c;
  domain::Layer layer;
  layer.info.role = domain::LayerRole::Works;
  auto& g = layer.geometry;
  test::addRectangle(g, 500000 - 100, 3200000 - 100, 500000 + 100, 3200000 + 100);
  g.beginFeature(geo::GeomKind::Line);
  g.beginPart(geo::PartRole::Line);
  g.addVertex(500000 - 300, 3200000 - 200);
  g.addVertex(500000 + 300, 3200000 + 200);
  g.endPart();
  g.endFeature();
  c.layers.push_back(std::move(layer));
  domain::Project park;  // a road works polygon (a square): its kind's fill is solid, so every pixel is its colour
  park.kind = domain::Kind::Road;
  park.recorded = domain::RecordedStatus::Completed;
  domain::Project road;
  road.kind = domain::Kind::Road;
  road.recorded = domain::RecordedStatus::UnderConstruction;
  road.feature = 1;
  c.projects = {park, road};
  return c;
}

render::RgbaImage draw(scene::MapScene& map, render::OffscreenView view, osg::Camera* hud = nullptr) {
  auto program = scene::loadMapProgram(scene::shaderDirectory());
  EXPECT_TRUE(program);
  if (!program) return {};
  map.useProgram(program->get());
  osg::ref_ptr<osg::Group> top = new osg::Group;
  top->addChild(map.root());
  if (hud) top->addChild(hud);
  if (hud) view.pixelCameras.push_back(hud);
  auto image = render::renderOffscreen(top.get(), view, program->get());
  EXPECT_TRUE(image) << (image ? "" : image.error().text(wm::core::Lang::En));
  return image ? *image : render::RgbaImage{};
}

// How far along a row the park's colour reaches: its leftmost and rightmost column (-1 when absent).
std::pair<int, int> parkSpan(const render::RgbaImage& image, int row) {
  int first = -1, last = -1;
  const test::Rgb park = test::rgb(test::style().status[2]);
  for (int x = 0; x < image.width; ++x) {
    test::Rgb p = test::pixel(image, x, row);
    if (std::abs(p[0] - park[0]) < 6 && std::abs(p[1] - park[1]) < 6 && std::abs(p[2] - park[2]) < 6) {
      if (first < 0) first = x;
      last = x;
    }
  }
  return {first, last};
}

}  // namespace

TEST(CameraRender, TiledImageEqualsTheImageDrawnAtOnce) {
  auto c = fixture();
  scene::MapScene map(c);
  auto font = scene::findChineseFont();
  ASSERT_TRUE(font) << font.error().text(wm::core::Lang::En);
  scene::OverlayContent content;
  content.title = "分块";
  content.legend.push_back({"已完工", scene::toVec4(test::style().status[2])});
  content.metresPerPixel = 2.0;
  render::OffscreenView view;
  view.width = 330;
  view.height = 250;
  view.extent.add(-330, -250);
  view.extent.add(330, 250);
  auto whole = draw(map, view, scene::buildOverlay(content, 330, 250, *font).get());
  view.maxTile = 64;  // 6 × 4 tiles, the last column and row partly outside the image
  auto tiled = draw(map, view, scene::buildOverlay(content, 330, 250, *font).get());
  ASSERT_EQ(tiled.width, 330);
  ASSERT_EQ(tiled.height, 250);
  int differing = test::countDiffering(whole, tiled);
  // The road's and the text's edges may round differently at a tile seam; nothing else may differ.
  EXPECT_LT(differing, 330 * 250 / 500) << differing << " pixels differ";
  // The park fills the middle and the legend swatch sits at the bottom left in both.
  test::expectNear(test::pixel(tiled, 165, 140), test::rgb(test::style().status[2]));
  test::expectNear(test::pixel(tiled, 20, 250 - 20), test::rgb(test::style().status[2]));
}

TEST(CameraRender, TheTiltedViewDrawsASquareParkAsATrapezoid) {
  auto c = fixture();
  scene::MapScene map(c);
  render::OffscreenView view;
  view.width = 400;
  view.height = 300;
  render::MapCamera camera;
  camera.setViewport(400, 300);
  camera.setMetresPerPixel(1.0);
  camera.setTarget3d(true);
  camera.finishTransition();  // looking north, tilted 55°
  view.camera = camera;
  auto image = draw(map, view);
  ASSERT_EQ(image.width, 400);
  // Image rows go down: the park's near (south) edge is low in the image, its far edge high.
  int top = -1, bottom = -1;
  for (int y = 0; y < 300; ++y)
    if (parkSpan(image, y).first >= 0) {
      if (top < 0) top = y;
      bottom = y;
    }
  ASSERT_GT(bottom - top, 40);
  auto far = parkSpan(image, top + 5), near = parkSpan(image, bottom - 5);
  EXPECT_GT(near.second - near.first, far.second - far.first + 10);
  // Foreshortened: 200 m deep is drawn shorter than 200 m across at the same distance.
  auto middle = parkSpan(image, (top + bottom) / 2);
  EXPECT_LT(bottom - top, (middle.second - middle.first) * 0.9);
  // The same camera before the switch shows the plain square: as wide at its top as at its bottom.
  camera.setTarget3d(false);
  camera.finishTransition();
  view.camera = camera;
  auto plan = draw(map, view);
  ASSERT_EQ(plan.width, 400);
  auto planTop = parkSpan(plan, 60), planBottom = parkSpan(plan, 240);
  EXPECT_EQ(planTop, planBottom);
  EXPECT_NEAR(planTop.second - planTop.first, 200 - 4,
              2);  // 200 m at 1 m a pixel, less the 2 px of outline inside each edge
}
