// The Measure panel's geodesic figures (app::geodesicMeasure) in a CGCS2000 3-degree Gauss-Kruger CRS, checked
// against what the projection's scale factor says they must be, worked out by hand below.
#include "app/geodesic_measure.hpp"

#include <cmath>
#include <numbers>

#include <gtest/gtest.h>

using namespace wm;

namespace {

// EPSG:4547, CGCS2000 / 3-degree Gauss-Kruger CM 114E: false easting 500,000 m, scale 1 on the central meridian.
geo::Crs gaussKruger114() { return *geo::Crs::fromDefinition("EPSG:4547"); }

std::vector<ui::MapPoint> square(double west, double south, double side) {
  return {{west, south}, {west + side, south}, {west + side, south + side}, {west, south + side}};
}

// The Gauss-Kruger (transverse Mercator) point scale at a distance x (m) from the central meridian, as a
// function of the footpoint latitude φ: k = 1 + x²/(2ρν) + x⁴/(24ρ²ν²), with ρ and ν the ellipsoid's radii of
// curvature there (CGCS2000: a = 6378137, 1/f = 298.257222101).
double gaussKrugerScale(double x, double phiDegrees) {
  const double a = 6378137.0, f = 1 / 298.257222101, e2 = f * (2 - f);
  const double s = std::sin(phiDegrees * std::numbers::pi / 180), w = 1 - e2 * s * s;
  const double nu = a / std::sqrt(w), rho = a * (1 - e2) / (w * std::sqrt(w));
  return 1 + x * x / (2 * rho * nu) + std::pow(x, 4) / (24 * rho * rho * nu * nu);
}

// Northing 3,300,000 m: the meridian arc from the equator to 30°N is 3,320,113 m on this ellipsoid (see
// tests/geo/geodesic_test.cpp) and a degree of latitude there about 110,850 m, so the footpoint latitude is
// 30 − 20,113 / 110,850 ≈ 29.82°. (An error of 0.01° changes k − 1 by about 2e-6 of itself: nothing here.)
constexpr double kFootpointLatitude = 29.82;

}  // namespace

TEST(GeodesicMeasure, ASquareKilometreOnTheCentralMeridianIsOneSquareKilometre) {
  ui::MeasureGeodesic measure = app::geodesicMeasure(gaussKruger114());
  ASSERT_TRUE(measure);
  // Easting 499,500–500,500: the scale is 1 on the meridian and at most 1 + 500²/(2ρν) ≈ 1 + 3e-9 at the
  // square's sides, so the ground area is 1,000,000 m² to within a few hundredths of a m².
  std::optional<ui::MeasureFigures> f = measure(square(499500, 3299500, 1000));
  ASSERT_TRUE(f);
  EXPECT_TRUE(f->geodesic);
  EXPECT_NEAR(f->areaM2, 1e6, 0.1);
  EXPECT_NEAR(f->perimeterM, 4000, 1e-3);
  EXPECT_NEAR(f->lengthM, 3000, 1e-3);  // the open polyline: three sides
  EXPECT_NEAR(f->lastSegmentM, 1000, 1e-3);
}

TEST(GeodesicMeasure, AwayFromTheCentralMeridianTheGridIsScaledByTheGaussKrugerFactor) {
  ui::MeasureGeodesic measure = app::geodesicMeasure(gaussKruger114());
  ASSERT_TRUE(measure);
  // Centred 100 km east of the meridian: k = 1 + 10¹⁰ / (2 × 6,351,204 × 6,383,423) = 1.00012333, so a grid
  // square of 1 km² covers 10⁶ / k² = 999,753.4 m² on the ground and its perimeter is 4,000 / k = 3,999.507 m.
  // (k varies across the square by ±1.2e-6, linearly, which averages out.) The planar figure, 10⁶ m², is
  // 247 m² off: the tolerance tells them apart.
  const double k = gaussKrugerScale(100000, kFootpointLatitude);
  EXPECT_NEAR(k, 1.00012333, 1e-8);
  std::optional<ui::MeasureFigures> f = measure(square(599500, 3299500, 1000));
  ASSERT_TRUE(f);
  EXPECT_NEAR(f->areaM2, 1e6 / (k * k), 5);
  EXPECT_NEAR(f->perimeterM, 4000 / k, 0.01);
  EXPECT_GT(std::fabs(f->areaM2 - ui::planarFigures(square(599500, 3299500, 1000)).areaM2), 200);
  // A kilometre east-west on the same line of the grid: 1,000 / k = 999.877 m.
  std::optional<ui::MeasureFigures> line = measure({{599500, 3300000}, {600500, 3300000}});
  ASSERT_TRUE(line);
  EXPECT_NEAR(line->lengthM, 1000 / k, 0.005);
  EXPECT_EQ(line->areaM2, 0);  // two points enclose nothing
}

TEST(GeodesicMeasure, AlongTheCentralMeridianNorthingsAreTheMeridianArc) {
  ui::MeasureGeodesic measure = app::geodesicMeasure(gaussKruger114());
  ASSERT_TRUE(measure);
  // On the central meridian Gauss-Kruger's northing is the meridian arc from the equator (scale 1 there), and a
  // meridian is a geodesic: 10 km of northing are 10 km on the ground; in two legs, the last is 4 km.
  std::optional<ui::MeasureFigures> f = measure({{500000, 3300000}, {500000, 3306000}, {500000, 3310000}});
  ASSERT_TRUE(f);
  EXPECT_NEAR(f->lengthM, 10000, 0.001);
  EXPECT_NEAR(f->lastSegmentM, 4000, 0.001);
}

TEST(GeodesicMeasure, WithoutAValidCrsThereIsNoGeodesicMeasureAndThePanelFallsBackToPlanar) {
  EXPECT_FALSE(app::geodesicMeasure(geo::Crs{}));
  // measureFigures with no geodesic function: planar figures, said to be planar.
  ui::MeasureFigures planar = ui::measureFigures(square(599500, 3299500, 1000), {});
  EXPECT_FALSE(planar.geodesic);
  EXPECT_DOUBLE_EQ(planar.areaM2, 1e6);
}
