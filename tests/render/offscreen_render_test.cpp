// Real OpenGL (Mesa llvmpipe under Xvfb in CI): the map shaders colour works by status at the as-of date and
// hide filtered kinds; pixels are read back and probed.
#include "render/offscreen.hpp"

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "render/pixel_checks.hpp"
#include "scene/map_overlay.hpp"
#include "scene/map_scene.hpp"
#include "scene/shader_program.hpp"
#include "support/fixture_writer.hpp"

using namespace wm;

namespace {

core::Date day(int y, int m, int d) { return *core::Date::fromYmd(y, m, d); }

// A 100 m square park (started 2022-03-01, completed 2022-06-30) and a road south of it, in GK metres.
domain::Catalog fixture() {
  domain::Catalog c;
  domain::Layer layer;
  layer.info.role = domain::LayerRole::Works;
  auto& g = layer.geometry;
  test::addRectangle(g, 500000, 3200000, 500100, 3200100);
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

// Colour inside the park around 22 m above the image centre (the park spans 30 m below to 70 m above it): the
// darkest pixel of a 9 × 9 block, so the ink of its diagonal hatch (the status colour), not the lighter gaps.
test::Rgb insidePark(const render::RgbaImage& image) {
  test::Rgb darkest{255, 255, 255};
  for (int y = image.height / 2 - 24; y <= image.height / 2 - 16; ++y)
    for (int x = image.width / 2 - 4; x <= image.width / 2 + 4; ++x) {
      test::Rgb p = test::pixel(image, x, y);
      if (p[0] + p[1] + p[2] < darkest[0] + darkest[1] + darkest[2]) darkest = p;
    }
  return darkest;
}

// The fixture at 1.1 m a pixel: 200 × 200 pixels over 220 m around the data's centre.
render::RgbaImage drawFixture(scene::MapScene& map) { return test::drawMap(map, 200, 200, 110, 110); }

// The built-in style with road works drawn in pixels at every scale: at 1.1 m a pixel their 12 m on the ground
// (KindStyle::widthM) would be 10.9 px, wider than the overdue width in pixels that a test here measures.
domain::MapStyle pixelWidths() {
  domain::MapStyle style = domain::builtInMapStyle();
  style.kinds[static_cast<std::size_t>(domain::Kind::Road)].widthM = 0;
  return style;
}

}  // namespace

TEST(OffscreenRender, CompletedParkHasTheCompletedColour) {
  auto c = fixture();
  scene::MapScene map(c);
  map.setAsOf(day(2022, 7, 1));
  auto image = drawFixture(map);
  ASSERT_EQ(image.width, 200);
  test::expectNear(insidePark(image), test::rgb(test::style().status[2]));
}

TEST(OffscreenRender, SameParkBeforeItsCompletionIsUnderConstruction) {
  auto c = fixture();
  scene::MapScene map(c);
  map.setAsOf(day(2022, 6, 29));
  auto image = drawFixture(map);
  ASSERT_EQ(image.width, 200);
  test::expectNear(insidePark(image), test::rgb(test::style().status[1]));
}

TEST(OffscreenRender, FilteredOutKindLeavesTheBackground) {
  auto c = fixture();
  scene::MapScene map(c);
  map.setAsOf(day(2022, 7, 1));
  map.setKindMask(1u << static_cast<int>(domain::Kind::Road));
  auto image = drawFixture(map);
  ASSERT_EQ(image.width, 200);
  test::expectNear(insidePark(image), test::kBackground);
  // The road is still drawn, in the planned colour. The scene origin is the data's centre (500050, 3200030), so
  // the road lies 70 m below the image centre: at 1.1 m a pixel, row 100 + 64.
  test::expectNear(test::pixel(image, 100, 164), test::rgb(test::style().status[0]));
}

TEST(OffscreenRender, OverdueOnlyHidesWorksThatAreNotOverdue) {
  auto c = fixture();
  c.projects[0].planDone = day(2022, 5, 31);  // the park: under construction and overdue in June 2022
  scene::MapScene map(c);
  map.setOverdueOnly(true);
  map.setAsOf(day(2022, 6, 15));
  auto image = drawFixture(map);
  ASSERT_EQ(image.width, 200);
  test::expectNear(insidePark(image), test::rgb(test::style().status[1]));
  test::expectNear(test::pixel(image, 100, 164), test::kBackground);  // the road has no planned date: never overdue
  map.setAsOf(day(2022, 7, 1));                                       // completed (late), so no longer overdue
  image = drawFixture(map);
  test::expectNear(insidePark(image), test::kBackground);
}

TEST(OffscreenRender, HighlightedDistrictHasAWideDarkBoundary) {
  // Two 100 m district squares side by side (x 0-100 and 100-200), no works.
  domain::Catalog c;
  domain::Layer layer;
  layer.info.role = domain::LayerRole::Districts;
  for (double x0 : {0.0, 100.0}) test::addRectangle(layer.geometry, 500000 + x0, 3200000, 500100 + x0, 3200100);
  c.layers.push_back(std::move(layer));
  scene::MapScene map(c);
  map.setHighlightDistrict(1);
  auto image = test::drawMap(map, 220, 110, 110, 55);  // 1 m a pixel; the origin is the centre (500100, 3200050)
  ASSERT_EQ(image.width, 220);
  // District 1's right edge (x = 200 → column 210) is drawn 6 px wide: 2 px inside it is dark blue.
  test::expectNear(test::pixel(image, 208, 55), {38, 38, 140});
  // District 0's left edge (column 10) keeps its 2 px width: 2 px inside it is background.
  test::expectNear(test::pixel(image, 12, 55), test::kBackground);
}

TEST(OffscreenRender, OverlayDrawsLegendScaleBarAndChineseTitle) {
  auto c = fixture();
  scene::MapScene map(c);
  auto font = scene::findChineseFont();
  ASSERT_TRUE(font) << font.error().text(wm::core::Lang::En);
  scene::OverlayContent content;
  content.title = "示例县城建项目";
  content.subtitle = "截至 2022-07-01";
  const char* names[] = {"规划", "在建", "已完工", "停工"};
  for (int i = 0; i < 4; ++i) content.legend.push_back({names[i], scene::toVec4(test::style().status[i])});
  content.metresPerPixel = 1.0;
  auto image = test::drawMap(map, 400, 300, 200, 150, scene::buildOverlay(content, 400, 300, *font).get());
  ASSERT_EQ(image.width, 400);
  // Layout at 300 px high: unit = margin = 12 px, legend rows 15.6 px; the first swatch (planned) spans
  // y 61.9-71.5 px from the bottom, the third (completed) y 30.7-40.3; the scale bar y 12-15.6 at the right.
  test::expectNear(test::pixel(image, 20, 300 - 66), test::rgb(test::style().status[0]));
  test::expectNear(test::pixel(image, 20, 300 - 35), test::rgb(test::style().status[2]));
  test::expectNear(test::pixel(image, 383, 300 - 14), {31, 31, 36});
  // The title is drawn: dark glyph pixels in its band at the top left, none in an empty band below the panel.
  // (That the font has these characters at all is FontFinder's test: fontconfig's coverage of 城区道路停车场.)
  auto darkIn = [&](int y0, int y1) {
    int dark = 0;
    for (int y = y0; y < y1; ++y)
      for (int x = 12; x < 140; ++x) dark += image.at(x, y)[0] < 100;
    return dark;
  };
  EXPECT_GT(darkIn(12, 32), 80);
  EXPECT_EQ(darkIn(120, 140), 0);
}

TEST(OffscreenRender, OverdueLineHasADarkCasingAroundItsStatusColour) {
  auto c = fixture();
  c.projects[1].planDone = day(2022, 5, 31);  // the planned road should have been done by now: overdue
  scene::MapScene map(c, pixelWidths());
  map.setAsOf(day(2022, 7, 1));
  auto image = drawFixture(map);
  ASSERT_EQ(image.width, 200);
  // The road (local y = -70, row 163.6) is 4 × 1.8 = 7.2 px wide: its centre keeps the planned colour, its
  // edge rows (2-3 px off the centre, within the 3.6 px half-width) are the casing.
  test::expectNear(test::pixel(image, 100, 164), test::rgb(test::style().status[0]));
  test::expectNear(test::pixel(image, 100, 161), test::rgb(test::style().overdueCasing));
  test::expectNear(test::pixel(image, 100, 166), test::rgb(test::style().overdueCasing));
  // Without a planned date in the past the same road has no casing.
  c.projects[1].planDone.reset();
  scene::MapScene plain(c, pixelWidths());
  plain.setAsOf(day(2022, 7, 1));
  auto other = drawFixture(plain);
  test::expectNear(test::pixel(other, 100, 161), test::kBackground);
}

TEST(OffscreenRender, TheSelectedProjectHasTheStylesSelectionColour) {
  auto c = fixture();
  domain::MapStyle style = domain::builtInMapStyle();
  style.selection = {0.5f, 0.1f, 0.6f, 1};
  scene::MapScene map(c, style);
  map.setAsOf(day(2022, 7, 1));
  map.setSelectedProject(0);
  auto image = drawFixture(map);
  ASSERT_EQ(image.width, 200);
  test::expectNear(insidePark(image), test::rgb(style.selection));
}

// The shaders are built into the program: with a shader folder that holds nothing (a moved or installed binary
// without its share/ folder) the map draws as it does with the source tree's.
TEST(OffscreenRender, AnEmptyShaderFolderDrawsWithTheBuiltInShaders) {
  test::ScopedDir empty;
  auto c = fixture();
  scene::MapScene map(c);
  map.setAsOf(day(2022, 7, 1));
  auto image = test::drawMap(map, 200, 200, 110, 110, nullptr, empty.path.string());
  ASSERT_EQ(image.width, 200);
  test::expectNear(insidePark(image), test::rgb(test::style().status[2]));
  scene::MapScene again(c);
  again.setAsOf(day(2022, 7, 1));
  EXPECT_EQ(test::countDiffering(image, drawFixture(again), 0), 0);
}

// A shader file in the folder overrides the built-in one (here a fragment shader painting everything magenta,
// still including the shared part); the others stay built in.
TEST(OffscreenRender, AShaderFileOnDiskOverridesTheBuiltInOne) {
  test::ScopedDir folder;
  std::ofstream(folder.path / "map.frag") << "#version 330 compatibility\n#include \"map_shared.glsl\"\n"
                                             "void main() { gl_FragColor = vec4(1.0, 0.0, 1.0, 1.0); }\n";
  auto c = fixture();
  scene::MapScene map(c);
  map.setAsOf(day(2022, 7, 1));
  auto image = test::drawMap(map, 200, 200, 110, 110, nullptr, folder.path.string());
  ASSERT_EQ(image.width, 200);
  test::expectNear(insidePark(image), {255, 0, 255});
  test::expectNear(test::pixel(image, 100, 164), {255, 0, 255});  // the road too
  test::expectNear(test::pixel(image, 5, 5), test::kBackground);  // the map only
}
