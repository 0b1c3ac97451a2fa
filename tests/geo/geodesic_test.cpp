#include "geo/geodesic.hpp"

#include <gtest/gtest.h>

#include "geo/polygon_index.hpp"
#include "support/ellipsoid_area.hpp"

using namespace wm;

TEST(Geodesic, EquatorArcAndMeridianArc) {
  geo::Geodesic g(geo::Ellipsoid{});
  double lon[] = {114.0, 114.01}, lat[] = {0.0, 0.0};
  // The equator is a geodesic: a · Δλ = 6378137 × 0.01 × π/180.
  EXPECT_NEAR(g.lineLength(lon, lat, 2), 1113.1949079327, 1e-6);
  // Along the meridian from the equator to 30°N: the meridian arc, 3,320,113.398 m on GRS80.
  double mlon[] = {114.0, 114.0}, mlat[] = {0.0, 30.0};
  EXPECT_NEAR(g.lineLength(mlon, mlat, 2), 3320113.398, 0.01);
}

TEST(Geodesic, RingAreaMatchesTheQuadrangleFormulaInEitherOrientation) {
  geo::Geodesic g(geo::Ellipsoid{});
  double lon[] = {114.0, 114.01, 114.01, 114.0, 114.0}, lat[] = {0.0, 0.0, 0.01, 0.01, 0.0};
  double expected = test::quadrangleArea(114.0, 0.0, 114.01, 0.01);
  EXPECT_NEAR(g.ringArea(lon, lat, 5), expected, expected * 1e-7);
  double rlon[] = {114.0, 114.0, 114.01, 114.01}, rlat[] = {0.0, 0.01, 0.01, 0.0};  // clockwise, unclosed
  EXPECT_NEAR(g.ringArea(rlon, rlat, 4), expected, expected * 1e-7);
}

TEST(Geodesic, RingGivesTheAreaAndThePerimeterWithItsClosingSide) {
  geo::Geodesic g(geo::Ellipsoid{});
  // The 0.01° quadrangle at the equator: along the equator a · Δλ = 1,113.1949 m, the parallel at 0.01°N as
  // long to 0.02 mm (cos 0.01° = 1 − 1.5e-8), and each meridian side a(1 − e²) · Δφ = 1,105.7427 m (the
  // meridian's radius of curvature at the equator): 4,437.8753 m around. The ring is given unclosed: the
  // perimeter includes the closing side.
  double lon[] = {114.0, 114.01, 114.01, 114.0}, lat[] = {0.0, 0.0, 0.01, 0.01};
  geo::Geodesic::Ring ring = g.ring(lon, lat, 4);
  EXPECT_NEAR(ring.perimeterM, 4437.8753, 1e-3);
  EXPECT_DOUBLE_EQ(ring.areaM2, g.ringArea(lon, lat, 4));
  EXPECT_EQ(g.ring(lon, lat, 2).perimeterM, 0);  // two points are no ring
}

namespace {
geo::GeometryStore twoSquares() {
  geo::GeometryStore s;
  for (double x0 : {0.0, 10.0}) {
    s.beginFeature(geo::GeomKind::Polygon);
    s.beginPart(geo::PartRole::OuterRing);
    for (auto [x, y] : {std::pair{x0, 0.0}, {x0 + 10, 0.0}, {x0 + 10, 10.0}, {x0, 10.0}, {x0, 0.0}}) s.addVertex(x, y);
    s.endPart();
    s.endFeature();
  }
  return s;
}
}  // namespace

TEST(PolygonIndex, FindsTheCoveringPolygonBoundaryIncluded) {
  auto store = twoSquares();
  geo::PolygonIndex index(store);
  EXPECT_EQ(index.containing(5, 5), 0);
  EXPECT_EQ(index.containing(15, 5), 1);
  EXPECT_EQ(index.containing(10, 5), 0);  // on the shared edge: the lower-numbered polygon
  EXPECT_EQ(index.containing(25, 5), -1);
}

TEST(RepresentativePoint, HalfwayAlongALineAndInsideAPolygon) {
  geo::GeometryStore s;
  s.beginFeature(geo::GeomKind::Line);
  s.beginPart(geo::PartRole::Line);
  s.addVertex(0, 0);
  s.addVertex(10, 0);
  s.addVertex(10, 30);
  s.endPart();
  s.endFeature();
  auto p = geo::representativePoint(s, 0);  // 40 long: halfway is 10 up the second segment
  EXPECT_DOUBLE_EQ(p.x, 10);
  EXPECT_DOUBLE_EQ(p.y, 10);
  auto squares = twoSquares();
  auto q = geo::representativePoint(squares, 1);
  EXPECT_GT(q.x, 10);
  EXPECT_LT(q.x, 20);
}

TEST(InvalidityReason, NamesASelfIntersection) {
  geo::GeometryStore s;
  s.beginFeature(geo::GeomKind::Polygon);
  s.beginPart(geo::PartRole::OuterRing);
  for (auto [x, y] : {std::pair{0.0, 0.0}, {10.0, 10.0}, {10.0, 0.0}, {0.0, 10.0}, {0.0, 0.0}}) s.addVertex(x, y);
  s.endPart();
  s.endFeature();
  EXPECT_EQ(geo::invalidityReason(s, 0), "Self-intersection[5 5]");
  auto ok = twoSquares();
  EXPECT_EQ(geo::invalidityReason(ok, 0), "");
}

// In a plane of its own a feature is measured where it stands: a 3-4-5 line (5000 m) and a 100 × 60 m square
// ring with a 10 × 10 m hole (6000 − 100 = 5900 m²), in either ring orientation.
TEST(PlanarFeatureMetrics, EuclideanLengthsAndAreasWithHoles) {
  geo::GeometryStore s;
  s.beginFeature(geo::GeomKind::Line);
  s.beginPart(geo::PartRole::Line);
  s.addVertex(3000, 2000);
  s.addVertex(6000, 6000);
  s.endPart();
  s.endFeature();
  s.beginFeature(geo::GeomKind::Polygon);
  s.beginPart(geo::PartRole::OuterRing);
  using Ring = std::vector<std::pair<double, double>>;
  for (auto [x, y] : Ring{{0, 0}, {100, 0}, {100, 60}, {0, 60}, {0, 0}}) s.addVertex(x, y);
  s.endPart();
  s.beginPart(geo::PartRole::InnerRing);
  for (auto [x, y] : Ring{{50, 20}, {50, 30}, {60, 30}, {60, 20}, {50, 20}}) s.addVertex(x, y);
  s.endPart();
  s.endFeature();
  EXPECT_DOUBLE_EQ(geo::planarFeatureMetrics(s, 0).lengthM, 5000.0);
  EXPECT_DOUBLE_EQ(geo::planarFeatureMetrics(s, 0).areaM2, 0.0);
  EXPECT_DOUBLE_EQ(geo::planarFeatureMetrics(s, 1).areaM2, 5900.0);
}
