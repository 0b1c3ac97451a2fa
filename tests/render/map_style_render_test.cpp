// The map style on real pixels (Mesa llvmpipe under Xvfb): fill hatching, rail ties, road widths by class, round
// joins of wide lines and road works' width on the ground. Images are 1 m a pixel around the data's centre unless
// a test says otherwise; image rows grow downwards.
#include <gtest/gtest.h>

#include "render/pixel_checks.hpp"

using namespace wm;

namespace {

void addLine(domain::Layer& layer, std::vector<std::pair<double, double>> pts) {
  auto& g = layer.geometry;
  g.beginFeature(geo::GeomKind::Line);
  g.beginPart(geo::PartRole::Line);
  for (auto [x, y] : pts) g.addVertex(500000 + x, 3200000 + y);
  g.endPart();
  g.endFeature();
}

domain::Layer baseLayer(const std::string& name) {
  domain::Layer layer;
  layer.info.role = domain::LayerRole::Base;
  layer.info.name = name;
  return layer;
}

bool isBackground(test::Rgb p) {
  for (int i = 0; i < 3; ++i)
    if (std::abs(p[i] - test::kBackground[i]) > 2) return false;
  return true;
}

bool near(test::Rgb a, test::Rgb b) {
  for (int i = 0; i < 3; ++i)
    if (std::abs(a[i] - b[i]) > 2) return false;
  return true;
}

// One completed works line of `kind`, 400 m east-west through the data's centre (500000, 3200000).
domain::Catalog oneWorksLine(domain::Kind kind) {
  domain::Catalog c;
  domain::Layer works;
  works.info.role = domain::LayerRole::Works;
  addLine(works, {{-200, 0}, {200, 0}});
  c.layers.push_back(std::move(works));
  domain::Project p;
  p.kind = kind;
  p.recorded = domain::RecordedStatus::Completed;
  c.projects = {p};
  return c;
}

// The drawn width of a horizontal line across the middle of a 200 × 120 image at `metresPerPixel`: the pixels
// of the middle column that are not background.
int drawnWidthPx(scene::MapScene& map, double metresPerPixel) {
  auto image = test::drawMap(map, 200, 120, 100 * metresPerPixel, 60 * metresPerPixel);
  if (image.width != 200) return -1;
  int rows = 0;
  for (int y = 0; y < 120; ++y) rows += isBackground(test::pixel(image, 100, y)) ? 0 : 1;
  return rows;
}

}  // namespace

TEST(MapStyleRender, HatchedParkShowsItsStatusColourAndLighterGaps) {
  // A completed 100 m square park: diagonal hatch of the completed colour on the colour lightened 60 % to white.
  domain::Catalog c;
  domain::Layer works;
  works.info.role = domain::LayerRole::Works;
  works.geometry.beginFeature(geo::GeomKind::Polygon);
  works.geometry.beginPart(geo::PartRole::OuterRing);
  for (auto [x, y] : {std::pair{0.0, 0.0}, {100.0, 0.0}, {100.0, 100.0}, {0.0, 100.0}, {0.0, 0.0}})
    works.geometry.addVertex(500000 + x, 3200000 + y);
  works.geometry.endPart();
  works.geometry.endFeature();
  c.layers.push_back(std::move(works));
  domain::Project park;
  park.kind = domain::Kind::Park;
  park.recorded = domain::RecordedStatus::Completed;
  c.projects = {park};
  scene::MapScene map(c);
  auto image = test::drawMap(map, 120, 120, 60, 60);
  ASSERT_EQ(image.width, 120);
  const domain::Rgba ink = test::style().status[2];
  const float t = test::style().patternTint;
  test::Rgb inkRgb = test::rgb(ink);
  test::Rgb gapRgb =
      test::rgb(domain::Rgba{ink.r + (1 - ink.r) * t, ink.g + (1 - ink.g) * t, ink.b + (1 - ink.b) * t, 1});
  int inkCount = 0, gapCount = 0, other = 0;
  for (int y = 30; y < 90; ++y)  // the interior, clear of the outline
    for (int x = 30; x < 90; ++x) {
      test::Rgb p = test::pixel(image, x, y);
      if (near(p, inkRgb))
        ++inkCount;
      else if (near(p, gapRgb))
        ++gapCount;
      else
        ++other;
    }
  // Hatch lines where (x + y) mod 8 < 2.5 at pixel centres, whose x + y is a whole number: 3 diagonals of
  // every 8 are ink (37.5 %), 5 are gaps.
  EXPECT_EQ(other, 0);
  EXPECT_NEAR(inkCount / 3600.0, 3.0 / 8, 0.01);
  EXPECT_NEAR(gapCount / 3600.0, 5.0 / 8, 0.01);
}

TEST(MapStyleRender, RailLineShowsTiesAtTheirSpacing) {
  domain::Catalog c;
  domain::Layer rail = baseLayer("railway");
  addLine(rail, {{0, 0}, {180, 0}});
  c.layers.push_back(std::move(rail));
  scene::MapScene map(c);
  auto image = test::drawMap(map, 200, 100, 100, 50);
  ASSERT_EQ(image.width, 200);
  // The line runs between rows 49 and 50 (1.5 px wide: both rows); ties reach 3.5 px either side, so row 47
  // (2.5 px off) crosses them and row 44 (5.5 px off) does not.
  const test::Rgb railColour = test::rgb(test::style().baseRules[2].line);
  std::vector<int> tieColumns;
  for (int x = 20; x < 180; ++x) {
    EXPECT_TRUE(near(test::pixel(image, x, 49), railColour)) << x;
    EXPECT_TRUE(isBackground(test::pixel(image, x, 44))) << x;
    if (near(test::pixel(image, x, 47), railColour)) tieColumns.push_back(x);
  }
  // Ties 1.5 px thick every 10 px: 16 ties over these 160 columns, each 1 or 2 columns wide.
  ASSERT_GE(tieColumns.size(), 16u);
  ASSERT_LE(tieColumns.size(), 32u);
  int ties = 1;
  for (std::size_t i = 1; i < tieColumns.size(); ++i) {
    int gap = tieColumns[i] - tieColumns[i - 1];
    if (gap == 1) continue;  // the same tie
    EXPECT_TRUE(gap == 9 || gap == 10 || gap == 11) << "gap " << gap << " after column " << tieColumns[i - 1];
    ++ties;
  }
  EXPECT_EQ(ties, 16);
}

TEST(MapStyleRender, MotorwayClassIsWiderThanALocalRoad) {
  // Two roads 40.8 m apart: in local coordinates y = +20.4 (高速, motorway: 5 px) and y = -20.4 (支路, local:
  // 1.5 px). At 1 m a pixel the motorway covers the pixel centres 18.5 … 22.5 (5 rows), the local road only
  // -20.5 (1 row).
  domain::Catalog c;
  domain::Layer roads = baseLayer("roads");
  addLine(roads, {{0, 20.4}, {100, 20.4}});
  addLine(roads, {{0, -20.4}, {100, -20.4}});
  roads.classes = {"高速", "支路"};
  c.layers.push_back(std::move(roads));
  scene::MapScene map(c);
  auto image = test::drawMap(map, 120, 100, 60, 50);
  ASSERT_EQ(image.width, 120);
  const auto& classes = test::style().baseRules[3].classes;
  int motorway = 0, local = 0;
  for (int y = 0; y < 100; ++y) {
    test::Rgb p = test::pixel(image, 60, y);
    if (near(p, test::rgb(classes[0].line)))
      ++motorway;
    else if (near(p, test::rgb(classes[3].line)))
      ++local;
    else
      EXPECT_TRUE(isBackground(p)) << "row " << y;
  }
  EXPECT_EQ(motorway, 5);
  EXPECT_EQ(local, 1);
}

TEST(MapStyleRender, WideLineTurnsARightAngleWithoutANotch) {
  // A 20 px planned road: west-east to a corner, then north. Local coordinates (origin at the data's centre):
  // (-30,-30) → (30,-30) → (30,30); the corner is pixel (130, 130). Its outer side (south-east) is covered by
  // neither quad, only by the round caps: 6 px right of and below the corner (8.5 px from it) is road, 10 px
  // each way (14.1 px, beyond the 10 px half-width) is not.
  domain::Catalog c;
  domain::Layer works;
  works.info.role = domain::LayerRole::Works;
  addLine(works, {{0, 0}, {60, 0}, {60, 60}});
  c.layers.push_back(std::move(works));
  c.projects = {domain::Project{}};
  c.projects[0].kind = domain::Kind::Road;
  c.projects[0].recorded = domain::RecordedStatus::Planned;
  domain::MapStyle style = domain::builtInMapStyle();
  style.worksLineWidthPx = 20;
  scene::MapScene map(c, style);
  auto image = test::drawMap(map, 200, 200, 100, 100);
  ASSERT_EQ(image.width, 200);
  const test::Rgb planned = test::rgb(style.status[0]);
  test::expectNear(test::pixel(image, 130, 130), planned);
  test::expectNear(test::pixel(image, 136, 136), planned);
  test::expectNear(test::pixel(image, 140, 140), test::kBackground);
  // The inner side is filled by the quads themselves; the far ends are rounded too: 8 px beyond the west end
  // on the axis is road, 8 px beyond it and 8 px off the axis is not.
  test::expectNear(test::pixel(image, 124, 124), planned);
  test::expectNear(test::pixel(image, 62, 130), planned);
  test::expectNear(test::pixel(image, 62, 138), test::kBackground);
}

TEST(MapStyleRender, RoadWorksArePixelsWideZoomedOutAndTheirWidthInMetresZoomedIn) {
  const float px = test::style().worksLineWidthPx;                     // 4 px
  const float metres = test::style().kind(domain::Kind::Road).widthM;  // 12 m
  ASSERT_GT(metres, 0.0f);
  auto road = oneWorksLine(domain::Kind::Road);
  scene::MapScene roadMap(road);
  // 20 m a pixel: 12 m would be 0.6 px, so the style's 4 px; the line's centre is on the boundary between rows
  // 59 and 60, so exactly 4 rows.
  EXPECT_EQ(drawnWidthPx(roadMap, 20), static_cast<int>(px));
  // 0.25 m a pixel: 4 px a metre, 12 m → 48 px.
  EXPECT_NEAR(drawnWidthPx(roadMap, 0.25), metres * 4, 1);
  // A kind without a width on the ground stays 4 px when zoomed in.
  auto renovation = oneWorksLine(domain::Kind::Renovation);
  scene::MapScene renovationMap(renovation);
  EXPECT_EQ(drawnWidthPx(renovationMap, 0.25), static_cast<int>(px));
}
