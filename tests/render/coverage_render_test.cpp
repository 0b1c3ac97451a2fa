// Coverage rasters under Xvfb: a large map draws its works as rasters from a ground size of a pixel on, coloured
// per texel by the same date and filter uniforms as the vector map, and hands over to vectors closer in.
#include <utility>

#include <gtest/gtest.h>

#include "core/date.hpp"
#include "render/gl_compile.hpp"
#include "render/pixel_checks.hpp"
#include "scene/coverage_layer.hpp"
#include "scene/detail_levels.hpp"
#include "scene/map_scene.hpp"

using namespace wm;

namespace {

constexpr double kX = 500000, kY = 3200000;  // the scene's origin: the centre of the fixture's extent

core::Date day(int y, int m, int d) { return *core::Date::fromYmd(y, m, d); }

// A park 400 m square around the origin (built 2021-03-01 … 2022-06-30), a road east-west through it (completed
// 2020-05-01) and a sewer point 600 m east and 150 m south, under construction since 1998 (a date before 2000:
// negative days) with no planned date.
// The extent (±1000 m by ±200 m) is centred on (kX, kY), the scene's origin.
domain::Catalog works() {
  domain::Catalog c;
  domain::Layer parks, lines;
  parks.info.role = lines.info.role = domain::LayerRole::Works;
  test::addRectangle(parks.geometry, kX - 200, kY - 200, kX + 200, kY + 200);
  lines.geometry.beginFeature(geo::GeomKind::Line);
  lines.geometry.beginPart(geo::PartRole::Line);
  lines.geometry.addVertex(kX - 1000, kY);
  lines.geometry.addVertex(kX + 1000, kY);
  lines.geometry.endPart();
  lines.geometry.endFeature();
  lines.geometry.beginFeature(geo::GeomKind::Point);
  lines.geometry.beginPart(geo::PartRole::Point);
  lines.geometry.addVertex(kX + 600, kY - 150);
  lines.geometry.endPart();
  lines.geometry.endFeature();
  c.layers.push_back(std::move(parks));
  c.layers.push_back(std::move(lines));
  domain::Project park;
  park.kind = domain::Kind::Park;
  park.recorded = domain::RecordedStatus::Completed;
  park.start = day(2021, 3, 1);
  park.planDone = day(2022, 12, 31);
  park.done = day(2022, 6, 30);
  domain::Project road;
  road.kind = domain::Kind::Road;
  road.recorded = domain::RecordedStatus::Completed;
  road.start = day(2019, 6, 1);
  road.done = day(2020, 5, 1);
  road.layer = 1;
  domain::Project sewer;
  sewer.kind = domain::Kind::Sewer;
  sewer.recorded = domain::RecordedStatus::UnderConstruction;
  sewer.start = day(1998, 3, 1);
  sewer.layer = 1;
  sewer.feature = 1;
  c.projects = {park, road, sewer};
  return c;
}

// Every map is "large" (no eager levels) and draws rasters from 5 m a pixel.
scene::MapScene::DetailSettings rasterFrom5m() {
  scene::MapScene::DetailSettings d;
  d.eagerFeatureLimit = 0;
  d.rasterFromMetresPerPixel = 5;
  return d;
}

// Whether any vector tile has a level built.
bool anyLevelBuilt(const scene::MapScene& map) {
  for (const auto& tile : map.tiles())
    for (std::size_t l = 0; l < tile->snaps().size(); ++l)
      if (tile->built(l)) return true;
  return false;
}

}  // namespace

TEST(CoverageRender, OverviewDrawsTheWorksAsRastersColouredByTheAsOfDate) {
  auto c = works();
  domain::MapStyle style = test::solidFillStyle();
  scene::MapScene map(c, style, rasterFrom5m());
  ASSERT_NE(map.coverage(), nullptr);
  map.setAsOf(day(2023, 1, 1));
  // 200 × 100 pixels over 2 km × 1 km: 10 m a pixel, rasters (texels of 8 m, 0.8 px).
  auto image = test::drawMap(map, 200, 100, 1000, 500);
  ASSERT_EQ(image.width, 200);
  EXPECT_FALSE(anyLevelBuilt(map)) << "no vector tile is drawn where rasters are";
  EXPECT_GT(map.coverage()->stats().drawn, 0u);
  EXPECT_EQ(map.coverage()->texelSize(map.coverage()->stats().finestDrawn), 8.0);
  // The park (10 px inside its edge, off the road) is completed; the road across the middle row too.
  test::expectNear(test::pixel(image, 100, 65), test::rgb(style.status[2]));
  test::expectNear(test::pixel(image, 30, 50), test::rgb(style.status[2]));
  // The sewer point (600 m east, 150 m south: x 160, y 65 from the top) is under construction.
  test::expectNear(test::pixel(image, 160, 65), test::rgb(style.status[1]));
  // Away from every work: the background.
  test::expectNear(test::pixel(image, 30, 20), test::kBackground);

  // Before the park's completion it is under construction: a uniform, no block built again.
  std::size_t built = map.coverage()->stats().built;
  map.setAsOf(day(2022, 1, 1));
  auto earlier = test::drawMap(map, 200, 100, 1000, 500);
  test::expectNear(test::pixel(earlier, 100, 65), test::rgb(style.status[1]));
  EXPECT_EQ(map.coverage()->stats().built, built);
  // Before the sewer's start in 1998 it is planned.
  map.setAsOf(day(1997, 1, 1));
  auto before2000 = test::drawMap(map, 200, 100, 1000, 500);
  test::expectNear(test::pixel(before2000, 160, 65), test::rgb(style.status[0]));
  map.setAsOf(day(2022, 1, 1));

  // Filtering the parks out leaves the background where only the park was, and the road where it crosses.
  map.setKindMask(~(1u << static_cast<unsigned>(domain::Kind::Park)));
  auto noParks = test::drawMap(map, 200, 100, 1000, 500);
  test::expectNear(test::pixel(noParks, 100, 65), test::kBackground);
  test::expectNear(test::pixel(noParks, 100, 50), test::rgb(style.status[2]));
  // Filtering the roads out shows the park under the road (each texel keeps its fill apart from its lines).
  map.setKindMask(~(1u << static_cast<unsigned>(domain::Kind::Road)));
  auto noRoads = test::drawMap(map, 200, 100, 1000, 500);
  test::expectNear(test::pixel(noRoads, 100, 50), test::rgb(style.status[1]));
  test::expectNear(test::pixel(noRoads, 30, 50), test::kBackground);
}

TEST(CoverageRender, CloserInTheVectorTilesDrawTheSameColours) {
  auto c = works();
  domain::MapStyle style = test::solidFillStyle();
  scene::MapScene map(c, style, rasterFrom5m());
  map.setAsOf(day(2023, 1, 1));
  // 1 m a pixel: under the 5 m hand-over, so the vector tiles draw and no raster block does.
  auto image = test::drawMap(map, 200, 100, 100, 50);
  EXPECT_TRUE(anyLevelBuilt(map));
  EXPECT_EQ(map.coverage()->stats().drawn, 0u);
  test::expectNear(test::pixel(image, 100, 80), test::rgb(style.status[2]));
}

TEST(CoverageRender, ADenseMapGetsRastersASparseOneDoesNot) {
  auto c = works();
  scene::MapScene::DetailSettings large;
  large.eagerFeatureLimit = 0;
  // Three works over 2 km²: sparse at any scale a screen can show (far above the county's extent per pixel).
  scene::MapScene sparse(c, domain::builtInMapStyle(), large);
  ASSERT_NE(sparse.coverage(), nullptr);
  EXPECT_GT(sparse.coverage()->rasterFrom(), 10.0);
  // A small map never builds rasters.
  scene::MapScene small(c, domain::builtInMapStyle());
  EXPECT_EQ(small.coverage(), nullptr);
}

TEST(CoverageRender, ALayerHiddenOrSeeThroughAsVectorsAndAsRasters) {
  auto c = works();  // layer 0: the park; layer 1: the road and the sewer point
  domain::MapStyle style = test::solidFillStyle();
  const test::Rgb park = test::rgb(style.status[2]);
  test::Rgb halfPark;  // half the park's colour over the background
  for (std::size_t i = 0; i < 3; ++i) halfPark[i] = (park[i] + test::kBackground[i] + 1) / 2;
  for (double metresPerPixel : {1.0, 10.0}) {  // vectors, then rasters
    SCOPED_TRACE(metresPerPixel);
    scene::MapScene map(c, style, rasterFrom5m());
    map.setAsOf(day(2023, 1, 1));
    const double halfW = 100 * metresPerPixel, halfH = 50 * metresPerPixel;
    // The park 10 px inside its south edge, off the road (y 65 of 100 at 10 m; at 1 m the park fills the view).
    const int parkY = metresPerPixel > 1 ? 65 : 80;
    auto shown = test::drawMap(map, 200, 100, halfW, halfH);
    test::expectNear(test::pixel(shown, 100, parkY), park);
    // The road's layer hidden: where the road crossed the park, the park (a raster texel keeps its fill apart
    // from its line).
    map.setLayerView(1, false, 1);
    auto noRoad = test::drawMap(map, 200, 100, halfW, halfH);
    test::expectNear(test::pixel(noRoad, 100, 50), park);
    // The park's layer at half opacity over the background.
    map.setLayerView(0, true, 0.5f);
    auto seeThrough = test::drawMap(map, 200, 100, halfW, halfH);
    test::expectNear(test::pixel(seeThrough, 100, parkY), halfPark);
    // Hidden: the background.
    map.setLayerView(0, false, 0.5f);
    auto none = test::drawMap(map, 200, 100, halfW, halfH);
    test::expectNear(test::pixel(none, 100, parkY), test::kBackground);
  }
}

// Presentation mode builds a flight's blocks ahead (MapScene::warm): over the budget, the blocks that frames have
// drawn go first, oldest first, and those built ahead for frames still to come stay, so a flight's own frames do
// not release what its later frames were given. At 6 m a pixel the blocks are 1024 m (4 m texels): the west view
// draws the two west of x = 0, the east view the two east of it; at 10 m a pixel, four blocks of 2048 m.
TEST(CoverageRender, OverItsBudgetTheRastersReleaseWhatWasDrawnBeforeWhatWasBuiltAhead) {
  auto c = works();
  auto program = scene::loadMapProgram(scene::shaderDirectory());
  ASSERT_TRUE(program);
  auto viewAt = [](double metresPerPixel, double centreX) {
    render::OffscreenView v;
    v.width = 200;
    v.height = 100;
    v.extent.add(centreX - 100 * metresPerPixel, -50 * metresPerPixel);
    v.extent.add(centreX + 100 * metresPerPixel, 50 * metresPerPixel);
    return v;
  };
  const render::OffscreenView west = viewAt(6, -700), east = viewAt(6, 700), whole = viewAt(10, 0);
  auto sample = [](const render::OffscreenView& v) {
    const render::MapCamera camera = render::cameraFor(v);
    return scene::MapScene::ViewSample{camera.viewMatrix(), camera.projectionMatrix(), v.width};
  };
  // Builds the west and whole views' blocks ahead, draws the west view twice (frames move on past the warm-up),
  // then the east one (new blocks: over a tight budget), then the whole one, built ahead.
  auto run = [&](scene::MapScene& map, std::size_t& heldAfterWarmup, std::size_t& builtForWhole) {
    map.useProgram(program->get());
    auto renderer = render::OffscreenRenderer::open(map.root(), west);
    ASSERT_TRUE(renderer);
    scene::MapScene::Warmup warmup = map.planWarmup({sample(west), sample(whole)});
    while (map.warm(warmup, 4)) continue;
    for (int i = 0; i < 2; ++i) ASSERT_TRUE((*renderer)->draw(west, program->get()));
    heldAfterWarmup = map.coverage()->stats().held;
    ASSERT_TRUE((*renderer)->draw(east, program->get()));
    const std::size_t built = map.coverage()->stats().built;
    ASSERT_TRUE((*renderer)->draw(whole, program->get()));
    builtForWhole = map.coverage()->stats().built - built;
  };
  scene::MapScene roomy(c, test::solidFillStyle(), rasterFrom5m());
  std::size_t held = 0, rebuilt = 0;
  run(roomy, held, rebuilt);
  ASSERT_EQ(held, 6u);
  EXPECT_EQ(roomy.coverage()->stats().released, 0u);
  EXPECT_EQ(rebuilt, 0u);
  // A budget of just what the warm-up built: the east view's blocks release the west view's, drawn already, not
  // the whole view's, built ahead.
  scene::MapScene::DetailSettings tight = rasterFrom5m();
  tight.rasterBudgetBytes =
      held * std::size_t(scene::CoverageLayer::kBlockTexels) * scene::CoverageLayer::kBlockTexels * 8;
  scene::MapScene map(c, test::solidFillStyle(), tight);
  std::size_t heldTight = 0;
  run(map, heldTight, rebuilt);
  EXPECT_EQ(heldTight, held);
  EXPECT_EQ(map.coverage()->stats().released, 2u);
  EXPECT_EQ(rebuilt, 0u) << "the blocks built ahead for the whole view were released";
}

// A flight draws what is built (MapScene::setStandIns): zoomed out from a view whose finer blocks are built, a
// view draws them in place of its own and builds none; without stand-ins it builds its own.
TEST(CoverageRender, WithStandInsAViewDrawsTheBuiltFinerBlocksAndBuildsNone) {
  auto c = works();
  domain::MapStyle style = test::solidFillStyle();
  scene::MapScene map(c, style, rasterFrom5m());
  map.setAsOf(day(2023, 1, 1));
  // 5.5 m a pixel over the whole extent (2 km × 400 m): texels of 4 m.
  auto close = test::drawMap(map, 400, 100, 1100, 275);
  ASSERT_EQ(close.width, 400);
  ASSERT_EQ(map.coverage()->texelSize(map.coverage()->stats().finestDrawn), 4.0);
  const std::size_t built = map.coverage()->stats().built;
  map.setStandIns(true);
  // 10 m a pixel: the view wants texels of 8 m and draws the 4 m ones instead.
  auto standingIn = test::drawMap(map, 200, 100, 1000, 500);
  EXPECT_EQ(map.coverage()->stats().built, built);
  EXPECT_GT(map.coverage()->stats().standIns, 0u);
  EXPECT_EQ(map.coverage()->texelSize(map.coverage()->stats().finestDrawn), 4.0);
  // The park, 10 px inside its edge, is completed; away from every work, the background.
  test::expectNear(test::pixel(standingIn, 100, 65), test::rgb(style.status[2]));
  test::expectNear(test::pixel(standingIn, 30, 20), test::kBackground);
  map.setStandIns(false);
  auto own = test::drawMap(map, 200, 100, 1000, 500);
  EXPECT_GT(map.coverage()->stats().built, built);
  EXPECT_EQ(map.coverage()->stats().standIns, 0u);
  EXPECT_EQ(map.coverage()->texelSize(map.coverage()->stats().finestDrawn), 8.0);
  test::expectNear(test::pixel(own, 100, 65), test::rgb(style.status[2]));
}

// What a warm-up built, uploaded between frames (render::compileGLObjects, as the window does), draws exactly as
// the same blocks built by the frame that draws them.
TEST(CoverageRender, BlocksBuiltAheadAndUploadedBetweenFramesDrawAsThoseBuiltByTheFrame) {
  auto c = works();
  auto program = scene::loadMapProgram(scene::shaderDirectory());
  ASSERT_TRUE(program);
  render::OffscreenView overview, close;
  overview.width = close.width = 200;
  overview.height = close.height = 100;
  overview.extent.add(-2000, -1000);
  overview.extent.add(2000, 1000);
  close.extent.add(-550, -275);  // 5.5 m a pixel: texels of 4 m, finer than the overview's 8 m
  close.extent.add(550, 275);
  const render::MapCamera closeCamera = render::cameraFor(close);
  auto draw = [&](bool ahead, std::size_t& builtByFrame, std::size_t& uploaded) {
    scene::MapScene map(c, test::solidFillStyle(), rasterFrom5m());
    map.setAsOf(day(2022, 1, 1));
    map.useProgram(program->get());
    auto renderer = render::OffscreenRenderer::open(map.root(), overview);
    EXPECT_TRUE(renderer);
    if (!renderer) return render::RgbaImage{};
    EXPECT_TRUE((*renderer)->draw(overview, program->get()));
    if (ahead) {
      scene::MapScene::Warmup warmup =
          map.planWarmup({{closeCamera.viewMatrix(), closeCamera.projectionMatrix(), close.width}});
      while (map.warm(warmup, 4)) continue;
      uploaded = warmup.built.size();
      render::compileGLObjects((*renderer)->context(), std::exchange(warmup.built, {}));
    }
    const std::size_t before = map.coverage()->stats().built;
    auto image = (*renderer)->draw(close, program->get());
    builtByFrame = map.coverage()->stats().built - before;
    EXPECT_TRUE(image);
    return image ? *image : render::RgbaImage{};
  };
  std::size_t builtAhead = 0, uploaded = 0, builtByFrame = 0, unused = 0;
  const render::RgbaImage warmed = draw(true, builtAhead, uploaded);
  const render::RgbaImage cold = draw(false, builtByFrame, unused);
  EXPECT_GT(uploaded, 0u);
  EXPECT_EQ(builtAhead, 0u) << "the frame built blocks the warm-up had built";
  EXPECT_GT(builtByFrame, 0u);
  ASSERT_EQ(warmed.width, cold.width);
  EXPECT_EQ(test::countDiffering(warmed, cold, 0), 0);
  test::expectNear(test::pixel(warmed, 100, 65), test::rgb(test::solidFillStyle().status[1]));
}
