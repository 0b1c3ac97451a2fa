// Period mode on real pixels (Mesa llvmpipe under Xvfb): only works completed within the period are drawn, in
// the completed colour, by the vector geometry and by the coverage rasters alike (shaders/status.glsl,
// wm_mapStatus); with overdue only, the late completions alone. Uniforms only: nothing is rebuilt.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/date.hpp"
#include "render/pixel_checks.hpp"
#include "scene/coverage_layer.hpp"
#include "scene/map_scene.hpp"

using namespace wm;

namespace {

constexpr double kX = 500000, kY = 3200000;  // the centre of the fixture's extent: the scene's origin

core::Date day(int y, int m, int d) { return *core::Date::fromYmd(y, m, d); }

// Four 100 m square parks in a row, centred 300 m and 100 m west and 100 m and 300 m east of the origin:
//   A completed 2022-06-30, planned 2022-12-31 (on time)
//   B completed 2021-11-30, before the period 2022
//   C completed 2022-09-15, planned 2022-06-30 (late)
//   D recorded completed without a completion date
// Drawn at 2 m a pixel in 400 × 100 pixels, their centres are at x 50, 150, 250 and 350 on row 50.
domain::Catalog parks() {
  domain::Catalog c;
  domain::Layer layer;
  layer.info.role = domain::LayerRole::Works;
  for (double centre : {-300.0, -100.0, 100.0, 300.0})
    test::addRectangle(layer.geometry, kX + centre - 50, kY - 50, kX + centre + 50, kY + 50);
  c.layers.push_back(std::move(layer));
  struct Dates {
    std::optional<core::Date> planDone, done;
  };
  const Dates dates[] = {{day(2022, 12, 31), day(2022, 6, 30)},
                         {std::nullopt, day(2021, 11, 30)},
                         {day(2022, 6, 30), day(2022, 9, 15)},
                         {std::nullopt, std::nullopt}};
  for (std::uint32_t i = 0; i < 4; ++i) {
    domain::Project p;
    p.kind = domain::Kind::Park;
    p.recorded = domain::RecordedStatus::Completed;
    p.start = day(2021, 3, 1);
    p.planDone = dates[i].planDone;
    p.done = dates[i].done;
    p.feature = i;
    c.projects.push_back(p);
  }
  return c;
}

// Solid fills, so a pixel inside a park is its status colour exactly.
domain::MapStyle solidParks() {
  domain::MapStyle s = domain::builtInMapStyle();
  s.kinds[static_cast<std::size_t>(domain::Kind::Park)].fill = domain::FillPattern::Solid;
  return s;
}

// What each park's centre shows: its status colour, or the background where it is not drawn.
std::vector<test::Rgb> centres(const render::RgbaImage& image) {
  std::vector<test::Rgb> out;
  for (int x : {50, 150, 250, 350}) out.push_back(test::pixel(image, x, 50));
  return out;
}

void expectCentres(const render::RgbaImage& image, const std::vector<test::Rgb>& expected) {
  ASSERT_EQ(image.width, 400);
  std::vector<test::Rgb> actual = centres(image);
  for (std::size_t i = 0; i < expected.size(); ++i) {
    SCOPED_TRACE("park " + std::string(1, static_cast<char>('A' + i)));
    test::expectNear(actual[i], expected[i]);
  }
}

}  // namespace

TEST(PeriodRender, OnlyWorksCompletedInThePeriodAreDrawnAsVectorsAndAsRasters) {
  const domain::Catalog c = parks();
  const domain::MapStyle style = solidParks();
  const test::Rgb done = test::rgb(style.status[2]), none = test::kBackground;
  scene::MapScene::DetailSettings rasters;  // every map "large", rasters from 1 m a pixel
  rasters.eagerFeatureLimit = 0;
  rasters.rasterFromMetresPerPixel = 1;
  for (bool asRasters : {false, true}) {
    SCOPED_TRACE(asRasters ? "rasters" : "vectors");
    auto built =
        asRasters ? std::make_unique<scene::MapScene>(c, style, rasters) : std::make_unique<scene::MapScene>(c, style);
    scene::MapScene& map = *built;
    map.setAsOf(day(2023, 1, 1));
    // Out of period mode every park is completed by 2023.
    expectCentres(test::drawMap(map, 400, 100, 400, 100), {done, done, done, done});
    if (asRasters) {
      ASSERT_NE(map.coverage(), nullptr);
      EXPECT_GT(map.coverage()->stats().drawn, 0u) << "the rasters drew this view";
    }
    const std::size_t geometries = map.geometries().size();
    // The year 2022: A and C, not B (completed in 2021) nor D (no date).
    map.setPeriod(true, day(2022, 1, 1), day(2022, 12, 31));
    expectCentres(test::drawMap(map, 400, 100, 400, 100), {done, none, done, none});
    // A period ending the day before A's completion: only B's …
    map.setPeriod(true, day(2021, 11, 30), day(2022, 6, 29));
    expectCentres(test::drawMap(map, 400, 100, 400, 100), {none, done, none, none});
    // … and one starting on it (both days count): A and C.
    map.setPeriod(true, day(2022, 6, 30), day(2022, 9, 15));
    expectCentres(test::drawMap(map, 400, 100, 400, 100), {done, none, done, none});
    // Overdue only in period mode: the late completion C alone.
    map.setOverdueOnly(true);
    expectCentres(test::drawMap(map, 400, 100, 400, 100), {none, none, done, none});
    map.setOverdueOnly(false);
    // Period mode off: the as-of date decides again.
    map.setPeriod(false, day(2022, 6, 30), day(2022, 9, 15));
    expectCentres(test::drawMap(map, 400, 100, 400, 100), {done, done, done, done});
    EXPECT_EQ(map.geometries().size(), geometries) << "a period is uniforms, not geometry";
  }
}
