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
