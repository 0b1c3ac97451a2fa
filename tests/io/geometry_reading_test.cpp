// Every geometry type OGR gives is flattened, reprojected and measured geodesically.
#include <cmath>
#include <numbers>

#include <gtest/gtest.h>

#include "io/catalog_loader.hpp"
#include "support/ellipsoid_area.hpp"
#include "support/fixture_writer.hpp"

using namespace wm;

namespace {

using test::kCgcs2000A;
using test::quadrangleArea;
using test::radians;

domain::Catalog loadWorks(const std::vector<test::FixtureFeature>& features) {
  test::ScopedDir dir;
  test::writeVector(dir.path / "works.gpkg", {{"works", 4490, {{"name"}, {"status"}}, features}});
  auto sources = io::requestFromSources({(dir.path / "works.gpkg").string()});
  return io::loadCatalog(sources.request);
}

}  // namespace

TEST(GeometryReading, LineOnTheEquatorHasTheLengthOfItsArc) {
  auto c = loadWorks({{"LINESTRING(114 0,114.01 0)", {"equator", "planned"}}});
  ASSERT_EQ(c.projects.size(), 1u);
  // The equator is a geodesic: length = a · Δλ = 6378137 m × 0.01° × π/180 = 1113.1949079 m. Measured in the
  // Gauss-Kruger grid (design.md §2.8) it may differ by 1 mm per km; in fact by 0.01 mm, about what PROJ's
  // projection near the central meridian (a series good to 0.1 mm) leaves in the grid coordinates.
  EXPECT_NEAR(c.projects[0].lengthM, 1113.1949079, 1e-4);
  EXPECT_DOUBLE_EQ(c.projects[0].areaM2, 0);
}

// Works are measured in the Gauss-Kruger grid with its scale factor (geo::GridMeasure), but a segment longer than
// it takes (10 km) sends the feature back to lon/lat and PROJ's geodesic: both give the equator's arc.
TEST(GeometryReading, ALineWithASegmentTooLongForTheGridIsMeasuredByProj) {
  auto c = loadWorks({{"LINESTRING(114 0,114.2 0)", {"long", "planned"}},
                      {"LINESTRING(114 0,114.05 0,114.1 0,114.15 0,114.2 0)", {"in steps", "planned"}}});
  ASSERT_EQ(c.projects.size(), 2u);
  // a · Δλ = 6378137 m × 0.2° × π/180 = 22,263.898159 m, one segment of 22 km.
  EXPECT_NEAR(c.projects[0].lengthM, 22263.898159, 1e-5);
  // In 5.6 km steps through the grid: within 1 mm per km (22 mm) of it, in fact far closer.
  EXPECT_NEAR(c.projects[1].lengthM, 22263.898159, 1e-3);
}

TEST(GeometryReading, PolygonWithAHoleMeasuresOuterMinusHole) {
  auto c =
      loadWorks({{"POLYGON((114 0,114.01 0,114.01 0.01,114 0.01,114 0),"
                  "(114.004 0.004,114.004 0.006,114.006 0.006,114.006 0.004,114.004 0.004))",
                  {"park", "planned"}}});
  ASSERT_EQ(c.projects.size(), 1u);
  double expected = quadrangleArea(114, 0, 114.01, 0.01) - quadrangleArea(114.004, 0.004, 114.006, 0.006);
  EXPECT_NEAR(c.projects[0].areaM2, expected, expected * 1e-6);  // about 1.2 km² less a 0.05 km² hole
  const auto& g = c.layers[0].geometry;
  ASSERT_EQ(g.partCount(), 2u);
  EXPECT_EQ(g.partRoles[0], geo::PartRole::OuterRing);
  EXPECT_EQ(g.partRoles[1], geo::PartRole::InnerRing);
}

TEST(GeometryReading, MultipartZAndCollectionsAreFlattenedTo2D) {
  auto c = loadWorks({{"MULTILINESTRING Z ((114 0 5,114.01 0 5),(114.02 0 7,114.03 0 7))", {"two parts", "planned"}},
                      {"GEOMETRYCOLLECTION(POINT(114 0),LINESTRING(114 0,114.01 0))", {"mixed", "planned"}},
                      {"MULTIPOINT((114 0),(114.01 0))", {"points", "planned"}}});
  ASSERT_EQ(c.projects.size(), 3u);
  EXPECT_NEAR(c.projects[0].lengthM, 2 * 1113.1949079, 2e-4);  // in the grid, as above
  EXPECT_NEAR(c.projects[1].lengthM, 1113.1949079, 1e-4);
  const auto& g = c.layers[0].geometry;
  EXPECT_EQ(g.featureKinds[0], geo::GeomKind::Line);
  EXPECT_EQ(g.featureKinds[1], geo::GeomKind::Line);
  EXPECT_EQ(g.featureKinds[2], geo::GeomKind::Point);
  EXPECT_EQ(g.endPartOf(0) - g.firstPart(0), 2u);
}

TEST(GeometryReading, CurvesAreLinearised) {
  // A half circle of radius 0.005° around (114.005, 0): about π × 556.6 m = 1748.6 m.
  auto c = loadWorks({{"CIRCULARSTRING(114 0,114.005 0.005,114.01 0)", {"arc", "planned"}}});
  ASSERT_EQ(c.projects.size(), 1u);
  double radius = kCgcs2000A * radians(0.005);
  EXPECT_NEAR(c.projects[0].lengthM, std::numbers::pi * radius, std::numbers::pi * radius * 0.005);
  EXPECT_GT(c.layers[0].geometry.vertexCount(), 10u);
}

TEST(GeometryReading, ReprojectsIntoTheGaussKrugerZoneOfTheData) {
  auto c = loadWorks({{"POINT(114 0)", {"origin", "planned"}}, {"POINT(114.5 29.1)", {"town", "planned"}}});
  EXPECT_EQ(c.workingCrs.epsg(), 4547);  // CGCS2000 / 3-degree Gauss-Kruger CM 114E
  const auto& g = c.layers[0].geometry;
  // On the central meridian at the equator: false easting 500 km, northing 0.
  EXPECT_NEAR(g.x[0], 500000.0, 1e-6);
  EXPECT_NEAR(g.y[0], 0.0, 1e-6);
  EXPECT_GT(g.x[1], 500000.0);
}
