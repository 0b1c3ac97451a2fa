// Real OpenGL (Mesa llvmpipe under Xvfb in CI): the map shaders colour works by status at the as-of date and
// hide filtered kinds; pixels are read back and probed.
#include "render/offscreen.hpp"

#include <gtest/gtest.h>

#include "scene/map_overlay.hpp"
#include "scene/map_scene.hpp"
#include "scene/shader_program.hpp"

using namespace wm;

namespace {

core::Date day(int y, int m, int d) { return *core::Date::fromYmd(y, m, d); }

// A 100 m square park (started 2022-03-01, completed 2022-06-30) and a road south of it, in GK metres.
domain::Catalog fixture() {
  domain::Catalog c;
  domain::Layer layer;
  layer.info.role = domain::LayerRole::Works;
  auto& g = layer.geometry;
  g.beginFeature(geo::GeomKind::Polygon);
  g.beginPart(geo::PartRole::OuterRing);
  for (auto [x, y] : {std::pair{0.0, 0.0}, {100.0, 0.0}, {100.0, 100.0}, {0.0, 100.0}, {0.0, 0.0}})
    g.addVertex(500000 + x, 3200000 + y);
  g.endPart();
  g.endFeature();
  g.beginFeature(geo::GeomKind::Line);
  g.beginPart(geo::PartRole::Line);
  g.addVertex(500000, 3199960);
  g.addVertex(500100, 3199960);
  g.endPart();
  g.endFeature();
  c.layers.push_back(std::move(layer));
  domain::Project park;
  park.kind = domain::Kind::Park;
  park.recorded = domain::RecordedStatus::Completed;
  park.start = day(2022, 3, 1);
  park.done = day(2022, 6, 30);
  domain::Project road;
  road.kind = domain::Kind::Road;
  road.recorded = domain::RecordedStatus::Planned;
  road.feature = 1;
  c.projects = {park, road};
  return c;
}

struct Rendered {
  render::RgbaImage image;
  std::string error;
};

Rendered draw(scene::MapScene& map) {
  auto program = scene::loadMapProgram(scene::shaderDirectory());
  EXPECT_TRUE(program) << (program ? "" : program.error().message);
  map.useProgram(program->get());
  render::OffscreenView view;
  view.width = 200;
  view.height = 200;
  view.extent.add(-110, -110);  // local coordinates: the scene origin is the data's centre
  view.extent.add(110, 110);
  auto image = render::renderOffscreen(map.root(), view, program->get());
  if (!image) return {{}, image.error().message};
  return {*image, ""};
}

// Colour inside the park as 0-255 RGB: 22 m above the image centre (the park spans 30 m below to 70 m above).
std::array<int, 3> centre(const render::RgbaImage& image) {
  const std::uint8_t* p = image.at(image.width / 2, image.height / 2 - 20);
  return {p[0], p[1], p[2]};
}

std::array<int, 3> rgb(const osg::Vec4& c) {
  return {static_cast<int>(c.r() * 255 + 0.5f), static_cast<int>(c.g() * 255 + 0.5f), static_cast<int>(c.b() * 255 + 0.5f)};
}

void expectNear(std::array<int, 3> actual, std::array<int, 3> expected) {
  for (int i = 0; i < 3; ++i) EXPECT_NEAR(actual[i], expected[i], 2) << "channel " << i;
}

}  // namespace

TEST(OffscreenRender, CompletedParkHasTheCompletedColour) {
  auto c = fixture();
  scene::MapScene map(c);
  map.setAsOf(day(2022, 7, 1));
  auto r = draw(map);
  ASSERT_EQ(r.error, "");
  expectNear(centre(r.image), rgb(scene::kStatusColors[2]));
}

TEST(OffscreenRender, SameParkBeforeItsCompletionIsUnderConstruction) {
  auto c = fixture();
  scene::MapScene map(c);
  map.setAsOf(day(2022, 6, 29));
  auto r = draw(map);
  ASSERT_EQ(r.error, "");
  expectNear(centre(r.image), rgb(scene::kStatusColors[1]));
}

TEST(OffscreenRender, FilteredOutKindLeavesTheBackground) {
  auto c = fixture();
  scene::MapScene map(c);
  map.setAsOf(day(2022, 7, 1));
  map.setKindMask(1u << static_cast<int>(domain::Kind::Road));
  auto r = draw(map);
  ASSERT_EQ(r.error, "");
  expectNear(centre(r.image), {247, 247, 242});
  // The road is still drawn, in the planned colour. The scene origin is the data's centre (500050, 3200030), so
  // the road lies 70 m below the image centre: at 1.1 m a pixel, row 100 + 64.
  const std::uint8_t* road = r.image.at(100, 164);
  expectNear({road[0], road[1], road[2]}, rgb(scene::kStatusColors[0]));
}

TEST(OffscreenRender, HighlightedDistrictHasAWideDarkBoundary) {
  // Two 100 m district squares side by side (x 0-100 and 100-200), no works.
  domain::Catalog c;
  domain::Layer layer;
  layer.info.role = domain::LayerRole::Districts;
  for (double x0 : {0.0, 100.0}) {
    layer.geometry.beginFeature(geo::GeomKind::Polygon);
    layer.geometry.beginPart(geo::PartRole::OuterRing);
    for (auto [x, y] : {std::pair{x0, 0.0}, {x0 + 100, 0.0}, {x0 + 100, 100.0}, {x0, 100.0}, {x0, 0.0}})
      layer.geometry.addVertex(500000 + x, 3200000 + y);
    layer.geometry.endPart();
    layer.geometry.endFeature();
  }
  c.layers.push_back(std::move(layer));
  scene::MapScene map(c);
  map.setHighlightDistrict(1);
  auto program = scene::loadMapProgram(scene::shaderDirectory());
  ASSERT_TRUE(program);
  map.useProgram(program->get());
  render::OffscreenView view;
  view.width = 220;
  view.height = 110;
  view.extent.add(-110, -55);  // 1 m a pixel; the origin is the centre (500100, 3200050)
  view.extent.add(110, 55);
  auto image = render::renderOffscreen(map.root(), view, program->get());
  ASSERT_TRUE(image) << image.error().message;
  // District 1's right edge (x = 200 → column 210) is drawn 6 px wide: 2 px inside it is dark blue.
  const std::uint8_t* highlighted = image->at(208, 55);
  expectNear({highlighted[0], highlighted[1], highlighted[2]}, {38, 38, 140});
  // District 0's left edge (column 10) keeps its 2 px width: 2 px inside it is background.
  const std::uint8_t* plain = image->at(12, 55);
  expectNear({plain[0], plain[1], plain[2]}, {247, 247, 242});
}

TEST(OffscreenRender, OverlayDrawsLegendScaleBarAndChineseTitle) {
  auto c = fixture();
  scene::MapScene map(c);
  auto program = scene::loadMapProgram(scene::shaderDirectory());
  ASSERT_TRUE(program);
  map.useProgram(program->get());
  auto font = scene::findChineseFont();
  ASSERT_TRUE(font) << font.error().message;
  scene::OverlayContent content;
  content.title = "示例县城建项目";
  content.subtitle = "截至 2022-07-01";
  const char* names[] = {"规划", "在建", "已完工", "停工"};
  for (int i = 0; i < 4; ++i) content.legend.push_back({names[i], scene::kStatusColors[i]});
  content.metresPerPixel = 1.0;
  osg::ref_ptr<osg::Group> top = new osg::Group;
  top->addChild(map.root());
  top->addChild(scene::buildOverlay(content, 400, 300, *font));
  render::OffscreenView view;
  view.width = 400;
  view.height = 300;
  view.extent.add(-200, -150);
  view.extent.add(200, 150);
  auto image = render::renderOffscreen(top.get(), view, program->get());
  ASSERT_TRUE(image) << image.error().message;
  // Layout at 300 px high: unit = margin = 12 px, legend rows 15.6 px; the first swatch (planned) spans
  // y 61.9-71.5 px from the bottom, the third (completed) y 30.7-40.3; the scale bar y 12-15.6 at the right.
  auto pixel = [&](int x, int y) { const std::uint8_t* p = image->at(x, y); return std::array<int, 3>{p[0], p[1], p[2]}; };
  expectNear(pixel(20, 300 - 66), rgb(scene::kStatusColors[0]));
  expectNear(pixel(20, 300 - 35), rgb(scene::kStatusColors[2]));
  expectNear(pixel(383, 300 - 14), {31, 31, 36});
  // The title is drawn: dark glyph pixels in its band at the top left, none in an empty band below the panel.
  // (That the font has these characters at all is FontFinder's test: fontconfig's coverage of 城区道路停车场.)
  auto darkIn = [&](int y0, int y1) {
    int dark = 0;
    for (int y = y0; y < y1; ++y)
      for (int x = 12; x < 140; ++x) dark += image->at(x, y)[0] < 100;
    return dark;
  };
  EXPECT_GT(darkIn(12, 32), 80);
  EXPECT_EQ(darkIn(120, 140), 0);
}
