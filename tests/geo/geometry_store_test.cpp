// GeometryStore's planar helpers, on rings worked out by hand.
#include "geo/geometry_store.hpp"

#include <gtest/gtest.h>

using namespace wm;

TEST(GeometryStore, SignedRingAreaIsPositiveCounterClockwise) {
  geo::GeometryStore g;
  g.beginFeature(geo::GeomKind::Polygon);
  g.beginPart(geo::PartRole::OuterRing);  // 10 × 20, counter-clockwise: +200
  for (auto [x, y] : {std::pair{0.0, 0.0}, {10.0, 0.0}, {10.0, 20.0}, {0.0, 20.0}, {0.0, 0.0}}) g.addVertex(x, y);
  g.endPart();
  g.beginPart(geo::PartRole::InnerRing);  // a 2 × 3 hole, clockwise: -6
  for (auto [x, y] : {std::pair{1.0, 1.0}, {1.0, 4.0}, {3.0, 4.0}, {3.0, 1.0}, {1.0, 1.0}}) g.addVertex(x, y);
  g.endPart();
  g.endFeature();
  EXPECT_DOUBLE_EQ(g.signedRingArea(0), 200.0);
  EXPECT_DOUBLE_EQ(g.signedRingArea(1), -6.0);
}

TEST(GeometryStore, FeatureExtentsOnSeveralThreadsAreEachFeaturesExtent) {
  // 40,000 two-vertex lines, more than two tasks' worth: line i runs from (i, -i) to (2i, 3).
  geo::GeometryStore g;
  for (int i = 0; i < 40000; ++i) {
    g.beginFeature(geo::GeomKind::Line);
    g.beginPart(geo::PartRole::Line);
    g.addVertex(i, -i);
    g.addVertex(2 * i, 3);
    g.endPart();
    g.endFeature();
  }
  std::vector<geo::Extent> extents = g.featureExtents(3);
  ASSERT_EQ(extents.size(), 40000u);
  for (int i : {0, 1, 16383, 16384, 39999}) {
    const geo::Extent& e = extents[static_cast<std::size_t>(i)];
    EXPECT_EQ(e.minX, i);
    EXPECT_EQ(e.maxX, 2 * i);
    EXPECT_EQ(e.minY, std::min(-i, 3));
    EXPECT_EQ(e.maxY, 3);
  }
}
