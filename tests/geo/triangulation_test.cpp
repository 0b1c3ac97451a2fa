#include "geo/triangulation.hpp"

#include <cmath>

#include <gtest/gtest.h>

using namespace wm;

TEST(Triangulation, CoversAPolygonWithAHoleExactly) {
  // A 10 × 10 square with a 2 × 2 hole: 96 square units in triangles that avoid the hole.
  geo::GeometryStore s;
  s.beginFeature(geo::GeomKind::Polygon);
  s.beginPart(geo::PartRole::OuterRing);
  for (auto [x, y] : {std::pair{0.0, 0.0}, {10.0, 0.0}, {10.0, 10.0}, {0.0, 10.0}, {0.0, 0.0}}) s.addVertex(x, y);
  s.endPart();
  s.beginPart(geo::PartRole::InnerRing);
  for (auto [x, y] : {std::pair{4.0, 4.0}, {4.0, 6.0}, {6.0, 6.0}, {6.0, 4.0}, {4.0, 4.0}}) s.addVertex(x, y);
  s.endPart();
  s.endFeature();
  std::vector<double> xy;
  std::size_t n = geo::triangulatePolygon(s, 0, xy);
  ASSERT_EQ(xy.size(), n * 6);
  double area = 0;
  for (std::size_t t = 0; t < n; ++t) {
    const double* v = &xy[t * 6];
    area += std::abs((v[2] - v[0]) * (v[5] - v[1]) - (v[4] - v[0]) * (v[3] - v[1])) / 2;
    double cx = (v[0] + v[2] + v[4]) / 3, cy = (v[1] + v[3] + v[5]) / 3;
    EXPECT_FALSE(cx > 4 && cx < 6 && cy > 4 && cy < 6) << "a triangle inside the hole";
  }
  EXPECT_NEAR(area, 96.0, 1e-9);
  EXPECT_EQ(n, 8u);  // n vertices and h holes give n + 2h − 2 triangles: 8 + 2 − 2
}
