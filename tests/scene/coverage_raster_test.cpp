// Coverage rasters on the CPU: which texels a polygon, a line and a point cover, counted by hand.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "scene/coverage_raster.hpp"

using namespace wm;
using scene::CoverageGrid;
using scene::kCoverageEdge;
using scene::kCoverageIndexMask;
using scene::kCoverageOutline;

namespace {

void addRing(geo::GeometryStore& g, geo::PartRole role, double x0, double y0, double x1, double y1) {
  g.beginPart(role);
  for (auto [x, y] : {std::pair{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}}) g.addVertex(x, y);
  g.endPart();
}

// One works layer; each feature is its own project (project i = feature i).
struct Works {
  domain::Catalog catalog;
  geo::GeometryStore& g() { return catalog.layers[0].geometry; }
  Works() {
    catalog.layers.emplace_back();
    catalog.layers[0].info.role = domain::LayerRole::Works;
  }
  void project() {
    domain::Project p;
    p.feature = static_cast<std::uint32_t>(catalog.projects.size());
    catalog.projects.push_back(p);
  }
  void square(double x0, double y0, double x1, double y1) {
    g().beginFeature(geo::GeomKind::Polygon);
    addRing(g(), geo::PartRole::OuterRing, x0, y0, x1, y1);
    g().endFeature();
    project();
  }
  void line(double x0, double y0, double x1, double y1) {
    g().beginFeature(geo::GeomKind::Line);
    g().beginPart(geo::PartRole::Line);
    g().addVertex(x0, y0);
    g().addVertex(x1, y1);
    g().endPart();
    g().endFeature();
    project();
  }
  void point(double x, double y) {
    g().beginFeature(geo::GeomKind::Point);
    g().beginPart(geo::PartRole::Point);
    g().addVertex(x, y);
    g().endPart();
    g().endFeature();
    project();
  }
  std::vector<scene::WorksFeature> all() const {
    std::vector<scene::WorksFeature> out;
    for (std::uint32_t i = 0; i < catalog.projects.size(); ++i)
      out.push_back({0, i, i, catalog.layers[0].geometry.featureExtent(i)});
    return out;
  }
};

std::size_t count(const std::vector<std::uint32_t>& texels, std::uint32_t value, std::uint32_t mask = ~0u) {
  return static_cast<std::size_t>(
      std::count_if(texels.begin(), texels.end(), [&](auto v) { return (v & mask) == value; }));
}

}  // namespace

TEST(CoverageRaster, APolygonFillsTheTexelsWhoseCentresItCoversWithItsHoleLeftOut) {
  Works w;
  // A 10 m square with a 4 m hole, on a 1 m grid from (100, 200): 100 - 16 = 84 texels filled.
  w.g().beginFeature(geo::GeomKind::Polygon);
  addRing(w.g(), geo::PartRole::OuterRing, 102, 203, 112, 213);
  addRing(w.g(), geo::PartRole::InnerRing, 105, 206, 109, 210);
  w.g().endFeature();
  w.project();
  CoverageGrid grid(100, 200, 1, 32);
  scene::rasterizeWorks(w.catalog, w.all(), {}, grid);
  EXPECT_EQ(count(grid.fill, 1), 84u);
  EXPECT_EQ(grid.fill[3 * 32 + 2], 1u);    // texel (2, 3): the square's south-west corner
  EXPECT_EQ(grid.fill[6 * 32 + 5], 0u);    // texel (5, 6): in the hole
  EXPECT_EQ(grid.fill[12 * 32 + 11], 1u);  // texel (11, 12): the north-east corner
  EXPECT_EQ(grid.fill[13 * 32 + 12], 0u);  // beyond it
  // Its outline (1 texel wide: centres within half a texel of a ring) is a line marked as an outline.
  EXPECT_GT(count(grid.top, 1 | kCoverageOutline), 0u);
  EXPECT_EQ(count(grid.top, 1), 0u);
}

TEST(CoverageRaster, ALineCoversTexelsWithinHalfItsWidthAndMarksItsEdges) {
  Works w;
  // Along y = 10 from x = 2 to 20 (texel units: the grid starts at 0), 4 texels wide (radius 2).
  w.line(2, 10, 20, 10);
  CoverageGrid grid(0, 0, 1, 32);
  scene::CoverageWidths widths;
  widths.line = 4;
  scene::rasterizeWorks(w.catalog, w.all(), widths, grid);
  // Rows 9 and 10 (centres 0.5 from the line): x within 2 - √3.75 … 20 + √3.75 → texels 0…21, 22 each.
  // Rows 8 and 11 (1.5 away): within 2 - √1.75 … 20 + √1.75 → texels 1…20, 20 each. 84 in all.
  EXPECT_EQ(count(grid.top, 1, kCoverageIndexMask), 84u);
  // Edges: beyond half the radius (1): rows 8 and 11 whole (40), and the cap texels 0 and 21 of rows 9 and 10.
  EXPECT_EQ(count(grid.top, 1 | kCoverageEdge), 44u);
  EXPECT_EQ(grid.top[9 * 32 + 0], 1u | kCoverageEdge);
  EXPECT_EQ(grid.top[9 * 32 + 1], 1u);
  EXPECT_EQ(grid.top[12 * 32 + 10], 0u);
  EXPECT_EQ(count(grid.fill, 0), grid.fill.size());
}

TEST(CoverageRaster, LaterFeaturesCoverEarlierOnesAndTinyPolygonsBecomeBlots) {
  Works w;
  w.square(0, 0, 10, 10);            // project 0 → value 1
  w.square(5, 5, 15, 15);            // project 1 → value 2, over the first where they overlap (5×5 texels)
  w.square(20.2, 20.2, 21.2, 21.2);  // 1 m across: a blot of 6 texels centred on (20.7, 20.7)
  CoverageGrid grid(0, 0, 1, 32);
  scene::rasterizeWorks(w.catalog, w.all(), {}, grid);
  EXPECT_EQ(count(grid.fill, 1), 75u);
  EXPECT_EQ(count(grid.fill, 2), 100u);
  EXPECT_EQ(grid.fill[7 * 32 + 7], 2u);
  // The blot: texel centres within 3 of (20.7, 20.7), counted by hand over i, j in 18…23: 28 texels.
  EXPECT_EQ(count(grid.top, 3), 28u);
  EXPECT_EQ(count(grid.fill, 3), 0u);
}

TEST(CoverageRaster, AFeatureWhollyUnderLaterOnesLeavesNoTexel) {
  Works w;
  // Three lines along y = 2 across a 4×4 grid, 4 texels wide: each covers all 16 texels (rows 0 and 3 are
  // 1.5 from the line: edge; rows 1 and 2 core). Only the last shows.
  for (int i = 0; i < 3; ++i) w.line(-10, 2, 14, 2);
  CoverageGrid grid(0, 0, 1, 4);
  scene::rasterizeWorks(w.catalog, w.all(), {}, grid);
  EXPECT_EQ(count(grid.top, 3, kCoverageIndexMask), 16u);
  EXPECT_EQ(count(grid.top, 3 | kCoverageEdge), 8u);
}

TEST(CoverageRaster, ALineTurningBackOverItselfKeepsTheCoreOfEitherPass) {
  Works w;
  // Out along y = 2 and back along y = 0.5, 4 texels wide, on a 4×4 grid. Out: all 16 texels, rows 0 and 3
  // (1.5 away) edge. Back: rows 0 and 1 (0 and 1 away) core, row 2 (2 away) edge. A texel is core if either
  // pass made it so: only row 3 stays edge. (The grid is full after the first pass: the second must still be
  // painted, since it is the same feature.)
  w.g().beginFeature(geo::GeomKind::Line);
  w.g().beginPart(geo::PartRole::Line);
  for (auto [x, y] : {std::pair{-10.0, 2.0}, {14.0, 2.0}, {14.0, 0.5}, {-10.0, 0.5}}) w.g().addVertex(x, y);
  w.g().endPart();
  w.g().endFeature();
  w.project();
  CoverageGrid grid(0, 0, 1, 4);
  scene::rasterizeWorks(w.catalog, w.all(), {}, grid);
  EXPECT_EQ(count(grid.top, 1, kCoverageIndexMask), 16u);
  EXPECT_EQ(count(grid.top, 1 | kCoverageEdge), 4u);
  EXPECT_EQ(grid.top[0], 1u);
  EXPECT_EQ(grid.top[3 * 4], 1u | kCoverageEdge);
}

TEST(CoverageRaster, TopDownPaintingLeavesWhatEachTexelsLastFeatureDrewThere) {
  // 300 random squares, tiny squares (blots), zigzag lines and points, many overlapping, on a 64-texel grid.
  // Painting them all at once must leave in each texel, in each layer, exactly what the last feature (in order)
  // that reaches the texel leaves there when painted alone (markers after the rest): the bottom-up result,
  // whatever is skipped.
  Works w;
  std::mt19937 random(5);
  std::uniform_real_distribution<double> at(-8, 72), size(0.5, 20);
  for (int i = 0; i < 300; ++i) {
    double x = at(random), y = at(random);
    switch (i % 4) {
      case 0:
        w.square(x, y, x + size(random), y + size(random));
        break;
      case 1:
        w.square(x, y, x + 1.5, y + 1.5);  // under three texels: a blot
        break;
      case 2:
        w.g().beginFeature(geo::GeomKind::Line);
        w.g().beginPart(geo::PartRole::Line);
        for (int k = 0; k < 5; ++k) w.g().addVertex(x + k * 6, y + (k % 2 ? size(random) : 0));
        w.g().endPart();
        w.g().endFeature();
        w.project();
        break;
      default:
        w.point(x, y);
    }
  }
  CoverageGrid together(0, 0, 1, 64);
  scene::rasterizeWorks(w.catalog, w.all(), {}, together);
  // Markers (points, blots) go over every line and outline, as the vector map draws them: two rounds for the top.
  auto marker = [&](const scene::WorksFeature& f) {
    return w.g().featureKinds[f.feature] == geo::GeomKind::Point ||
           (f.extent.maxX - f.extent.minX < 3 && f.extent.maxY - f.extent.minY < 3);
  };
  CoverageGrid expected(0, 0, 1, 64);
  for (bool markers : {false, true})
    for (const scene::WorksFeature& f : w.all()) {
      if (marker(f) != markers) continue;
      CoverageGrid alone(0, 0, 1, 64);
      scene::rasterizeWorks(w.catalog, {f}, {}, alone);
      for (std::size_t t = 0; t < alone.top.size(); ++t) {
        if (alone.top[t]) expected.top[t] = alone.top[t];
        if (alone.fill[t]) expected.fill[t] = alone.fill[t];
      }
    }
  EXPECT_EQ(together.top, expected.top);
  EXPECT_EQ(together.fill, expected.fill);
  EXPECT_GT(count(together.fill, 0), 0u);  // not all covered: the comparison sees both kinds of texel
  EXPECT_LT(count(together.fill, 0), together.fill.size());
}

TEST(CoverageRaster, TheIndexFindsEachFeatureMeetingABoxOnceInCatalogOrder) {
  Works w;
  for (int i = 0; i < 100; ++i) w.square(i * 10.0, 0, i * 10.0 + 5, 5);  // a row of 5 m squares 10 m apart
  w.line(0, 2, 995, 2);                                                  // through all of them
  scene::WorksIndex index(w.catalog, {w.g().featureExtents(1)}, 4);
  auto found = index.query({12, 1, 37, 3});  // meets squares 1, 2, 3 (10–15, 20–25, 30–35) and the line
  ASSERT_EQ(found.size(), 4u);
  EXPECT_EQ(found[0].feature, 1u);
  EXPECT_EQ(found[1].feature, 2u);
  EXPECT_EQ(found[2].feature, 3u);
  EXPECT_EQ(found[3].feature, 100u);
  EXPECT_EQ(found[3].project, 100u);
  EXPECT_TRUE(index.query({2000, 0, 2100, 10}).empty());
  EXPECT_EQ(index.query({-10, -10, 1000, 10}).size(), 101u);
  EXPECT_GT(index.denseFeaturesPerM2(), 0.0);
}
