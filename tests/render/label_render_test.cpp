// Map labels drawn for real (Mesa llvmpipe under Xvfb): dark text pixels appear where the layout put a label and
// nowhere else; a project's name only once zoomed in.
#include <algorithm>
#include <cmath>
#include <iterator>

#include <gtest/gtest.h>

#include "render/pixel_checks.hpp"
#include "scene/map_labels.hpp"
#include "scene/map_scene.hpp"

using namespace wm;

namespace {

constexpr double kX = 500000, kY = 3200000;

void addSquare(geo::GeometryStore& g, double x0, double y0, double side) {
  g.beginFeature(geo::GeomKind::Polygon);
  g.beginPart(geo::PartRole::OuterRing);
  for (auto [x, y] : {std::pair{x0, y0}, {x0 + side, y0}, {x0 + side, y0 + side}, {x0, y0 + side}, {x0, y0}})
    g.addVertex(kX + x, kY + y);
  g.endPart();
  g.endFeature();
}

// The district 城区, a 4 km square centred on (2000, 2000), and the park 人民公园 (100 m square) 1.2 km south-west
// of its centre, completed in 2022.
domain::Catalog fixture() {
  domain::Catalog c;
  domain::Layer districts;
  districts.info.role = domain::LayerRole::Districts;
  addSquare(districts.geometry, 0, 0, 4000);
  districts.labels = {"城区"};
  domain::Layer works;
  works.info.role = domain::LayerRole::Works;
  addSquare(works.geometry, 750, 750, 100);
  c.layers = {districts, works};
  c.districtLayer = 0;
  c.districts = {{"城区", true, 0, 0}};
  domain::Project park;
  park.name = "人民公园";
  park.kind = domain::Kind::Park;
  park.recorded = domain::RecordedStatus::Completed;
  park.done = *core::Date::fromYmd(2022, 6, 30);
  park.areaM2 = 10000;
  park.layer = 1;
  c.projects = {park};
  return c;
}

// Text ink: the labels' navy and near-black, antialiased towards their white boxes: dark and about grey. The
// map's colours are lighter (the district boundary is 89, 89, 115) or coloured (the park's outline 16, 84, 38).
// `below`: how dark the brightest channel must be.
bool isInk(const render::RgbaImage& image, int x, int y, int below) {
  test::Rgb p = test::pixel(image, x, y);
  int hi = std::max({p[0], p[1], p[2]}), lo = std::min({p[0], p[1], p[2]});
  return hi < below && hi - lo < 60;
}

struct InkCount {
  int inside = 0;   // within the layout's label rectangles
  int outside = 0;  // anywhere else
};

InkCount countInk(const render::RgbaImage& image, const scene::LabelLayout& layout, int below = 110) {
  InkCount n;
  for (int row = 0; row < image.height; ++row)
    for (int x = 0; x < image.width; ++x) {
      if (!isInk(image, x, row, below)) continue;
      float y = static_cast<float>(image.height - row) - 0.5f;  // window y runs up from the bottom row
      bool in = false;
      for (const auto& l : layout.labels) in |= x + 0.5f >= l.x0 && x + 0.5f <= l.x1 && y >= l.y0 && y <= l.y1;
      (in ? n.inside : n.outside)++;
    }
  return n;
}

// Draws the fixture with its labels, showing [cx ± halfW] × [cy ± halfH] (fixture metres) in w × h pixels
// (the same aspect), after laying the labels out for that view. `view` gives the clear colour and tile size.
render::RgbaImage draw(scene::MapScene& map, scene::MapLabels& labels, int w, int h, double cx, double cy, double halfW,
                       double halfH, render::OffscreenView view = {}) {
  double ox = kX + cx - map.origin().x, oy = kY + cy - map.origin().y;  // the view's centre, scene-local
  scene::LabelFilter filter;
  filter.asOf = *core::Date::fromYmd(2023, 6, 30);
  map.setAsOf(filter.asOf);
  labels.update(osg::Matrixd::ortho(ox - halfW, ox + halfW, oy - halfH, oy + halfH, -1, 1), w, h, 2 * halfW / w,
                filter);
  auto program = scene::loadMapProgram(scene::shaderDirectory());
  EXPECT_TRUE(program);
  if (!program) return {};
  map.useProgram(program->get());
  osg::ref_ptr<osg::Group> top = new osg::Group;
  top->addChild(map.root());
  top->addChild(labels.node());
  view.width = w;
  view.height = h;
  view.extent.add(ox - halfW, oy - halfH);
  view.extent.add(ox + halfW, oy + halfH);
  view.pixelCameras = {labels.pixelCamera()};
  auto image = render::renderOffscreen(top.get(), view, program->get());
  EXPECT_TRUE(image) << (image ? "" : image.error().text(wm::core::Lang::En));
  return image ? *image : render::RgbaImage{};
}

std::vector<std::string> shown(const scene::MapLabels& labels) {
  std::vector<std::string> out;
  for (const auto& l : labels.layout().labels) out.push_back(labels.candidates().candidates[l.candidate].text);
  return out;
}

}  // namespace

TEST(LabelRender, DistrictNameAtCountyScaleProjectNameOnlyZoomedIn) {
  auto c = fixture();
  scene::MapScene map(c);
  scene::MapLabels labels(c, map.origin(), core::Lang::En);
  ASSERT_FALSE(labels.problem()) << *labels.problem();

  // County scale: 6 km across 300 pixels (20 m a pixel) around the district's centre.
  auto county = draw(map, labels, 300, 240, 2000, 2000, 3000, 2400);
  ASSERT_EQ(county.width, 300);
  ASSERT_EQ(shown(labels), std::vector<std::string>{"城区"});
  const auto& rect = labels.layout().labels[0];
  // The label sits on the district's representative point, the image centre.
  EXPECT_NEAR((rect.x0 + rect.x1) / 2, 150, 1);
  EXPECT_NEAR((rect.y0 + rect.y1) / 2, 120, 1);
  InkCount ink = countInk(county, labels.layout());
  EXPECT_GT(ink.inside, 20) << "no dark text pixels where 城区 should be written";
  EXPECT_EQ(ink.outside, 0) << "dark pixels away from the label";

  // Zoomed to the park, 2 m a pixel: its name appears (and the district's, centred 1.2 km away, is out of view).
  auto town = draw(map, labels, 300, 240, 800, 800, 300, 240);
  ASSERT_EQ(shown(labels), std::vector<std::string>{"人民公园"});
  ink = countInk(town, labels.layout());
  EXPECT_GT(ink.inside, 40) << "no dark text pixels where 人民公园 should be written";
  EXPECT_EQ(ink.outside, 0);
}

// The fixture's district label on a mid-grey background: a light box exactly where the layout put the label, dark
// strokes of Chinese text inside it, the grey untouched around it.
TEST(LabelRender, DarkTextInsideALightBoxAtTheLayoutsPlace) {
  auto c = fixture();
  scene::MapScene map(c);
  scene::MapLabels labels(c, map.origin(), core::Lang::En);
  ASSERT_FALSE(labels.problem()) << *labels.problem();
  render::OffscreenView grey;
  std::fill(std::begin(grey.clear), std::end(grey.clear), 0.5f);
  grey.clear[3] = 1;
  auto image = draw(map, labels, 300, 240, 2000, 2000, 3000, 2400, grey);
  ASSERT_EQ(shown(labels), std::vector<std::string>{"城区"});
  const auto& r = labels.layout().labels[0];
  auto at = [&](float x, float y) {  // window pixels, y up
    return test::pixel(image, static_cast<int>(std::floor(x)), image.height - 1 - static_cast<int>(std::floor(y)));
  };
  // White at 0.85 over grey 128: about 236. Inside the box's 2 px margin, at each corner.
  for (auto [x, y] : {std::pair{r.x0 + 1, r.y0 + 1}, {r.x1 - 1, r.y0 + 1}, {r.x0 + 1, r.y1 - 1}, {r.x1 - 1, r.y1 - 1}})
    for (int k = 0; k < 3; ++k) EXPECT_NEAR(at(x, y)[k], 236, 8) << x << ", " << y;
  // Three pixels outside it on each side: the background.
  for (auto [x, y] : {std::pair{r.x0 - 3, (r.y0 + r.y1) / 2},
                      {r.x1 + 3, (r.y0 + r.y1) / 2},
                      {(r.x0 + r.x1) / 2, r.y0 - 3},
                      {(r.x0 + r.x1) / 2, r.y1 + 3}})
    for (int k = 0; k < 3; ++k) EXPECT_NEAR(at(x, y)[k], 128, 4) << x << ", " << y;
  // Two Hanzi of 20 px: a good many dark, greyish stroke pixels in each half of the box (both characters drawn).
  scene::LabelLayout left, right;
  left.labels = {{0, r.x0, r.y0, (r.x0 + r.x1) / 2, r.y1}};
  right.labels = {{0, (r.x0 + r.x1) / 2, r.y0, r.x1, r.y1}};
  EXPECT_GT(countInk(image, left, 150).inside, 25);
  EXPECT_GT(countInk(image, right, 150).inside, 25);
}

// An export larger than a tile: each tile draws its part of the labels laid out for the whole image.
TEST(LabelRender, TiledImageHasTheLabelsOfTheImageDrawnAtOnce) {
  auto c = fixture();
  scene::MapScene map(c);
  scene::MapLabels labels(c, map.origin(), core::Lang::En);
  ASSERT_FALSE(labels.problem()) << *labels.problem();
  auto whole = draw(map, labels, 300, 240, 2000, 2000, 3000, 2400);
  render::OffscreenView tiles;
  tiles.maxTile = 64;  // 5 × 4 tiles; the label (centred at 150, 120) straddles a seam
  auto tiled = draw(map, labels, 300, 240, 2000, 2000, 3000, 2400, tiles);
  ASSERT_EQ(tiled.width, 300);
  int differing = test::countDiffering(whole, tiled);
  EXPECT_LT(differing, 300 * 240 / 500) << differing << " pixels differ";
  InkCount ink = countInk(tiled, labels.layout());
  EXPECT_GT(ink.inside, 20);
  EXPECT_EQ(ink.outside, 0);
}
