// Maps stay whole at every scale (issue 13, item 1): a boundary shaped like real admin data — thousands of short,
// jagged segments — drawn at the whole-map view through the levels of detail must be one unbroken ring of line
// pixels (no gap wider than a pixel), solid or dashed, at several window sizes. The sample county never showed
// the gaps because its boundaries are long synthetic segments.
#include <cmath>
#include <deque>
#include <random>
#include <vector>

#include <gtest/gtest.h>

#include "render/pixel_checks.hpp"
#include "scene/map_scene.hpp"

using namespace wm;

namespace {

constexpr double kCx = 500000, kCy = 3200000;  // a Gauss-Krüger false easting and a northing in China
constexpr double kRadius = 25000;              // ~50 km across, like a county

// A closed county-like outline around (kCx, kCy): a lobed shape whose radius also random-walks, walked in steps of
// 10–50 m with a sideways jitter of a few metres at every vertex (as digitised boundaries zigzag). About 5,000
// segments. Seeded: the same ring every run.
std::vector<std::pair<double, double>> countyRing() {
  std::mt19937 random(13);
  std::uniform_real_distribution<double> step(10, 50), jitter(-8, 8), walk(-6, 6);
  std::vector<std::pair<double, double>> ring;
  double drift = 0;
  for (double theta = 0; theta < 2 * M_PI;) {
    double r =
        kRadius * (1 + 0.12 * std::sin(3 * theta + 1) + 0.06 * std::sin(7 * theta + 2) + 0.03 * std::sin(19 * theta)) +
        drift;
    ring.emplace_back(kCx + (r + jitter(random)) * std::cos(theta), kCy + (r + jitter(random)) * std::sin(theta));
    drift = std::clamp(drift + walk(random), -1500.0, 1500.0);
    theta += step(random) / r;
  }
  ring.push_back(ring.front());
  return ring;
}

domain::Catalog outlineCatalog(domain::LayerRole role) {
  domain::Catalog c;
  domain::Layer layer;
  layer.info.role = role;
  layer.info.name = role == domain::LayerRole::Districts ? "区县界_area" : "outline";  // the style's "other" rule
  auto& g = layer.geometry;
  g.beginFeature(geo::GeomKind::Polygon);
  g.beginPart(geo::PartRole::OuterRing);
  for (auto [x, y] : countyRing()) g.addVertex(x, y);
  g.endPart();
  g.endFeature();
  c.layers.push_back(std::move(layer));
  if (role == domain::LayerRole::Districts) {
    c.districtLayer = 0;
    c.districts.push_back({"青山镇", true, 0, 0});
  }
  return c;
}

bool isInk(const render::RgbaImage& image, int x, int y) {
  test::Rgb p = test::pixel(image, x, y);
  for (int k = 0; k < 3; ++k)
    if (std::abs(p[k] - test::kBackground[k]) > 24) return true;
  return false;
}

// Whether the line pixels, with every gap of one pixel closed (each pixel also inks its right and lower
// neighbours), shut the image's centre off from its border: 4-connected flood fill from the corner.
bool closedRingWithGapsUpTo(const render::RgbaImage& image, int gap) {
  int w = image.width, h = image.height;
  std::vector<char> wall(static_cast<std::size_t>(w) * h, 0);
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x)
      if (isInk(image, x, y))
        for (int dy = 0; dy <= gap; ++dy)
          for (int dx = 0; dx <= gap; ++dx)
            if (x + dx < w && y + dy < h) wall[static_cast<std::size_t>(y + dy) * w + x + dx] = 1;
  std::vector<char> seen(wall.size(), 0);
  std::deque<std::pair<int, int>> todo{{0, 0}};
  seen[0] = 1;
  while (!todo.empty()) {
    auto [x, y] = todo.front();
    todo.pop_front();
    for (auto [nx, ny] : {std::pair{x + 1, y}, {x - 1, y}, {x, y + 1}, {x, y - 1}}) {
      if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue;
      auto i = static_cast<std::size_t>(ny) * w + nx;
      if (wall[i] || seen[i]) continue;
      seen[i] = 1;
      todo.emplace_back(nx, ny);
    }
  }
  return !seen[static_cast<std::size_t>(h / 2) * w + w / 2];
}

// The 8-connected runs of line pixels, by size.
std::vector<int> inkRuns(const render::RgbaImage& image) {
  int w = image.width, h = image.height;
  std::vector<char> seen(static_cast<std::size_t>(w) * h, 0);
  std::vector<int> runs;
  for (int y0 = 0; y0 < h; ++y0)
    for (int x0 = 0; x0 < w; ++x0) {
      if (seen[static_cast<std::size_t>(y0) * w + x0] || !isInk(image, x0, y0)) continue;
      int size = 0;
      std::vector<std::pair<int, int>> todo{{x0, y0}};
      seen[static_cast<std::size_t>(y0) * w + x0] = 1;
      while (!todo.empty()) {
        auto [x, y] = todo.back();
        todo.pop_back();
        ++size;
        for (int dy = -1; dy <= 1; ++dy)
          for (int dx = -1; dx <= 1; ++dx) {
            int nx = x + dx, ny = y + dy;
            if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue;
            auto i = static_cast<std::size_t>(ny) * w + nx;
            if (seen[i] || !isInk(image, nx, ny)) continue;
            seen[i] = 1;
            todo.emplace_back(nx, ny);
          }
      }
      runs.push_back(size);
    }
  return runs;
}

// The whole-map view of the ring (a 5 % margin), as `worksmap render` frames it.
render::RgbaImage wholeMap(scene::MapScene& map, int width, int height) {
  const double fit = 33000 * 1.05;  // the lobes and the drift reach at most ~32 km from the centre
  double aspect = static_cast<double>(width) / height;
  return test::drawMap(map, width, height, fit * std::max(aspect, 1.0), fit / std::min(aspect, 1.0));
}

domain::MapStyle styleWith(domain::LinePattern pattern, float widthPx) {
  domain::MapStyle style = domain::builtInMapStyle();
  for (auto& rule : style.baseRules)
    if (rule.name == "other") rule.pattern = pattern, rule.widthPx = widthPx;
  return style;
}

}  // namespace

TEST(WholeOutlineRender, ADenseCountyOutlineIsOneUnbrokenRingAtTheWholeMapView) {
  auto c = outlineCatalog(domain::LayerRole::Base);
  ASSERT_GT(c.layers[0].geometry.x.size(), 4000u);
  for (float widthPx : {1.2f, 0.8f}) {
    scene::MapScene map(c, styleWith(domain::LinePattern::Solid, widthPx));
    for (auto [w, h] : {std::pair{800, 600}, {1600, 1000}, {400, 300}}) {
      auto image = wholeMap(map, w, h);
      ASSERT_EQ(image.width, w);
      EXPECT_TRUE(closedRingWithGapsUpTo(image, 1)) << w << "×" << h << " at " << widthPx << " px: a gap over 1 px";
      if (::testing::Test::HasFailure()) render::writePng(image, "whole_outline_" + std::to_string(w) + ".png");
    }
  }
}

TEST(WholeOutlineRender, ADenseDistrictBoundaryIsWholeAndItsDashesRunOnAcrossVertices) {
  auto c = outlineCatalog(domain::LayerRole::Districts);
  scene::MapScene map(c);  // the built-in districts rule: dashed, 2 px (dash 14 px, gap 6 px)
  for (auto [w, h] : {std::pair{800, 600}, {1600, 1000}}) {
    auto image = wholeMap(map, w, h);
    ASSERT_EQ(image.width, w);
    // Dashes of 14 px with gaps of 6: closing gaps of 7 px shuts the ring; a dash restarting at every vertex
    // of 10–50 m (a pixel or less here) would instead leave speckle and longer holes.
    EXPECT_TRUE(closedRingWithGapsUpTo(image, 7)) << w << "×" << h;
    std::vector<int> runs = inkRuns(image);
    int crumbs = 0;
    for (int size : runs) crumbs += size < 8;  // a 14 px dash of a 2 px line is ~28 pixels
    EXPECT_GT(runs.size(), 30u);               // dashed, not solid
    EXPECT_LT(crumbs * 10, static_cast<int>(runs.size()))
        << w << "×" << h << ": " << crumbs << " crumbs of " << runs.size() << " runs";
    if (::testing::Test::HasFailure()) render::writePng(image, "whole_district_" + std::to_string(w) + ".png");
  }
}
