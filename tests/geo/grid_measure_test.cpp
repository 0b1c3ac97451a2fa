// Lengths and areas from transverse Mercator grid coordinates (geo::GridMeasure) against PROJ's geodesic
// (geo::Geodesic) on random road- and park-shaped features across whole zones: within 1 mm per km and 1 m² per km².
#include "geo/grid_measure.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numbers>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "geo/transformer.hpp"

using namespace wm;

namespace {

// Only to shape features in lon/lat: every figure compared comes from PROJ or from the grid.
constexpr double kMetresPerDegree = 111320.0;
constexpr double kDegree = std::numbers::pi / 180.0;
// PROJ's geodesic area of a ring is a sum of per-side terms on the scale of the ellipsoid, each rounded at double
// precision: for a park of 100 m² drawn with a few hundred short sides it moves by up to 5e-4 m² when each side is
// split at its middle (compareAcross prints it), more than 1 m² per km² of so small an area. The comparison allows
// that much on top; GridMeasure's own figure, from moments about the ring's first vertex, has no such floor.
constexpr double kProjAreaRounding = 1e-3;

struct Zone {
  std::string lonLat;      ///< where features are made and PROJ measures them
  std::string grid;        ///< the transverse Mercator CRS they are projected into
  double centralMeridian;  ///< degrees
  double halfWidth;        ///< degrees either side of it
};

struct Shape {
  std::vector<double> lon, lat;  ///< as made
  std::vector<double> x, y;      ///< in the zone's grid
};

struct Worst {
  double lengthPerKm = 0;  ///< the largest |grid − PROJ| in mm per km of length
  double areaPerKm2 = 0;   ///< the largest |grid − PROJ| in m² per km² of area, parks of a hectare or more
  double smallParks = 0;   ///< the largest |grid − PROJ| in m², parks under 1,000 m²
  double projSelf = 0;     ///< the largest change of PROJ's area of such a park with each side split in two
};

double uniform(std::mt19937& rng, double from, double to) { return std::uniform_real_distribution(from, to)(rng); }

// A road: from a random place in the zone, steps of 10–300 m that turn gently, `length` metres in all.
Shape road(std::mt19937& rng, const Zone& z, double length) {
  Shape s;
  double lon = z.centralMeridian + uniform(rng, -z.halfWidth, z.halfWidth), lat = uniform(rng, 18, 53);
  double heading = uniform(rng, 0, 2 * std::numbers::pi), done = 0;
  s.lon.push_back(lon), s.lat.push_back(lat);
  while (done < length) {
    const double step = std::min(uniform(rng, 10, 300), length - done);
    heading += uniform(rng, -0.4, 0.4);
    lat += step * std::sin(heading) / kMetresPerDegree;
    lon += step * std::cos(heading) / (kMetresPerDegree * std::cos(lat * kDegree));
    s.lon.push_back(lon), s.lat.push_back(lat);
    done += step;
  }
  return s;
}

// A park or a district: a closed ring of 12–300 vertices around a random place in the zone, its radius wavering
// ±35 %, stretched up to 3 times along a random axis, about `area` square metres.
Shape park(std::mt19937& rng, const Zone& z, double area) {
  Shape s;
  const double lon0 = z.centralMeridian + uniform(rng, -z.halfWidth, z.halfWidth), lat0 = uniform(rng, 18, 53);
  const int vertices = static_cast<int>(uniform(rng, 12, 300));
  const double stretch = std::sqrt(uniform(rng, 1, 3)), axis = uniform(rng, 0, std::numbers::pi);
  const double radius = std::sqrt(area / std::numbers::pi), wave = uniform(rng, 0, 6), lobes = uniform(rng, 2, 7);
  for (int i = 0; i <= vertices; ++i) {
    const double t = 2 * std::numbers::pi * (i % vertices) / vertices;
    const double r = radius * (1 + 0.25 * std::sin(lobes * t + wave) + 0.1 * std::sin(3.7 * lobes * t));
    const double u = r * std::cos(t) * stretch, v = r * std::sin(t) / stretch;
    const double east = u * std::cos(axis) - v * std::sin(axis), north = u * std::sin(axis) + v * std::cos(axis);
    s.lat.push_back(lat0 + north / kMetresPerDegree);
    s.lon.push_back(lon0 + east / (kMetresPerDegree * std::cos(s.lat.back() * kDegree)));
  }
  return s;
}

void project(Shape& s, const geo::Transformer& toGrid) {
  s.x = s.lon, s.y = s.lat;
  toGrid.transform(s.x.data(), s.y.data(), s.x.size());
}

// `count` roads of 50 m–20 km and `count` parks of 100 m²–50 km² (both log-uniform) across the zone, each measured
// both ways; every difference within 1 mm per km and 1 m² per km². Returns the worst seen.
Worst compareAcross(const Zone& z, int count, unsigned seed) {
  auto lonLat = geo::Crs::fromDefinition(z.lonLat);
  auto grid = geo::Crs::fromDefinition(z.grid);
  auto toGrid = geo::Transformer::create(z.lonLat, z.grid);
  EXPECT_TRUE(lonLat && grid && toGrid) << z.grid;
  if (!lonLat || !grid || !toGrid) return {};
  const auto measure = geo::GridMeasure::of(*grid);
  EXPECT_TRUE(measure) << z.grid;
  if (!measure) return {};
  const geo::Geodesic geodesic(lonLat->ellipsoid());
  std::mt19937 rng(seed);
  Worst worst;
  for (int i = 0; i < count; ++i) {
    Shape line = road(rng, z, std::exp(uniform(rng, std::log(50.0), std::log(20000.0))));
    project(line, *toGrid);
    const double expected = geodesic.lineLength(line.lon.data(), line.lat.data(), line.lon.size());
    const auto length = measure->lineLength(line.x.data(), line.y.data(), line.x.size());
    EXPECT_TRUE(length) << z.grid << " road " << i;
    if (!length) continue;
    const double perKm = std::fabs(*length - expected) * 1000 / (expected / 1000);  // mm per km
    EXPECT_LE(perKm, 1.0) << z.grid << " road " << i << ": " << *length << " m, PROJ " << expected << " m";
    worst.lengthPerKm = std::max(worst.lengthPerKm, perKm);

    Shape ring = park(rng, z, std::exp(uniform(rng, std::log(100.0), std::log(5e7))));
    project(ring, *toGrid);
    const double expectedArea = geodesic.ringArea(ring.lon.data(), ring.lat.data(), ring.lon.size());
    const auto area = measure->ringArea(ring.x.data(), ring.y.data(), ring.x.size());
    EXPECT_TRUE(area) << z.grid << " park " << i;
    if (!area) continue;
    const double off = std::fabs(*area - expectedArea);
    EXPECT_LE(off, expectedArea * 1e-6 + kProjAreaRounding)
        << z.grid << " park " << i << ": " << *area << " m², PROJ " << expectedArea << " m²";
    if (expectedArea >= 1e4) worst.areaPerKm2 = std::max(worst.areaPerKm2, off / (expectedArea / 1e6));
    if (expectedArea < 1e3) {  // PROJ against itself: the same ring with each side split at its middle
      std::vector<double> lon, lat;
      for (std::size_t v = 0; v + 1 < ring.lon.size(); ++v) {
        lon.push_back(ring.lon[v]), lat.push_back(ring.lat[v]);
        lon.push_back((ring.lon[v] + ring.lon[v + 1]) / 2), lat.push_back((ring.lat[v] + ring.lat[v + 1]) / 2);
      }
      lon.push_back(ring.lon.back()), lat.push_back(ring.lat.back());
      const double again = geodesic.ringArea(lon.data(), lat.data(), lon.size());
      worst.projSelf = std::max(worst.projSelf, std::fabs(again - expectedArea));
      worst.smallParks = std::max(worst.smallParks, off);
    }
  }
  return worst;
}

}  // namespace

// The county's zone (CGCS2000 / 3-degree Gauss-Kruger CM 114E) from 18°N to 53°N, the whole 3° of it.
TEST(GridMeasure, RoadsAndParksAcrossAThreeDegreeZoneAreWithinAMillimetrePerKmOfProj) {
  const Worst worst = compareAcross({"EPSG:4490", "EPSG:4547", 114.0, 1.5}, 1500, 16);
  std::printf(
      "worst: %.4f mm per km, %.4f m² per km² (a hectare or more); under 1,000 m²: %.1e m² off, PROJ "
      "against itself %.1e m²\n",
      worst.lengthPerKm, worst.areaPerKm2, worst.smallParks, worst.projSelf);
  // Well inside the tolerance, not just under it (grid_measure.cpp bounds the method's error near 1e-7).
  EXPECT_LT(worst.lengthPerKm, 0.2);
  EXPECT_LT(worst.areaPerKm2, 0.3);
}

// The same zone with its zone number in the false easting (38,500,000 m), a 6° zone at its edges, and UTM's
// k0 = 0.9996 on WGS 84: the parameters come from the CRS.
TEST(GridMeasure, ZonePrefixSixDegreeZonesAndUtmToo) {
  compareAcross({"EPSG:4490", "EPSG:4526", 114.0, 1.5}, 200, 7);   // 3-degree zone 38
  compareAcross({"EPSG:4490", "EPSG:4498", 117.0, 3.0}, 200, 8);   // 6-degree zone 20 (CM 117E)
  compareAcross({"EPSG:4326", "EPSG:32650", 117.0, 3.0}, 200, 9);  // UTM 50N
}

// Hand cases on the county's zone (GRS80: a = 6,378,137 m, 1/f = 298.257222101, e² = 0.006694380023).
TEST(GridMeasure, HandCasesOnAndOffTheCentralMeridian) {
  const auto measure = geo::GridMeasure::of(*geo::Crs::fromDefinition("EPSG:4547"));
  ASSERT_TRUE(measure);
  // On the central meridian the grid is true to scale: k = k0 = 1, and 1 km of grid northward is 1 km.
  EXPECT_DOUBLE_EQ(measure->scale(500000, 3320113.398), 1.0);
  const double x[] = {500000, 500000}, y[] = {3320113.398, 3321113.398};
  EXPECT_DOUBLE_EQ(*measure->lineLength(x, y, 2), 1000.0);
  // 100 km east of it where the footpoint latitude is 30° (northing 3,320,113.398 m, the meridian arc to 30°N):
  // ρν = a²(1 − e²) / (1 − e² sin² 30°)² = 4.0543895e13 m², q = x² / (2ρν) = 1.2332313e-4, so
  // k = 1 + q + q²/6 = 1.00012332567.
  EXPECT_NEAR(measure->scale(600000, 3320113.398), 1.00012332567, 1e-11);
  // The 1 km square centred on the meridian there: 1/k² takes 2c·I = 2.06e-3 m² off its 1,000,000 m², and its
  // north–south sides, geodesics bowing outwards, add (c/6) Σ x Δy s² = 2.06e-3 m² back: 1,000,000 m².
  const double sx[] = {499500, 500500, 500500, 499500, 499500};
  const double sy[] = {3319613.398, 3319613.398, 3320613.398, 3320613.398, 3319613.398};
  EXPECT_NEAR(*measure->ringArea(sx, sy, 5), 1e6, 1e-6);
  // PROJ agrees on both.
  auto back = geo::Transformer::create("EPSG:4547", "EPSG:4490");
  ASSERT_TRUE(back);
  std::vector<double> lon(sx, sx + 5), lat(sy, sy + 5);
  back->transform(lon.data(), lat.data(), 5);
  const geo::Geodesic geodesic(geo::Ellipsoid{});
  EXPECT_NEAR(geodesic.ringArea(lon.data(), lat.data(), 5), 1e6, 1e-4);
  std::vector<double> mlon(x, x + 2), mlat(y, y + 2);
  back->transform(mlon.data(), mlat.data(), 2);
  EXPECT_NEAR(geodesic.lineLength(mlon.data(), mlat.data(), 2), 1000.0, 1e-6);
}

// The scale factor itself against PROJ's at random places in the zone: 100 m east–west of grid at each, measured
// by PROJ's geodesic, is 100 m / k.
TEST(GridMeasure, ScaleFactorMatchesProjAcrossTheZone) {
  const auto measure = geo::GridMeasure::of(*geo::Crs::fromDefinition("EPSG:4547"));
  auto toGrid = geo::Transformer::create("EPSG:4490", "EPSG:4547");
  auto back = geo::Transformer::create("EPSG:4547", "EPSG:4490");
  ASSERT_TRUE(measure && toGrid && back);
  const geo::Geodesic geodesic(geo::Ellipsoid{});
  std::mt19937 rng(3);
  for (int i = 0; i < 500; ++i) {
    double e = uniform(rng, 112.5, 115.5), n = uniform(rng, 18, 53);
    toGrid->transform(&e, &n, 1);
    double lon[] = {e - 50, e + 50}, lat[] = {n, n};
    back->transform(lon, lat, 2);
    const double k = 100.0 / geodesic.lineLength(lon, lat, 2);
    EXPECT_NEAR(measure->scale(e, n), k, 1e-8) << e << " " << n;
  }
}

TEST(GridMeasure, TakesTheProjectionsParametersFromTheCrs) {
  auto county = geo::GridMeasure::of(*geo::Crs::fromDefinition("EPSG:4547"));  // 3-degree GK CM 114E
  ASSERT_TRUE(county);
  EXPECT_DOUBLE_EQ(county->projection().centralMeridianDeg, 114.0);
  EXPECT_DOUBLE_EQ(county->projection().originLatitudeDeg, 0.0);
  EXPECT_DOUBLE_EQ(county->projection().scale, 1.0);
  EXPECT_DOUBLE_EQ(county->projection().falseEasting, 500000.0);
  EXPECT_DOUBLE_EQ(county->projection().falseNorthing, 0.0);
  auto zone38 = geo::GridMeasure::of(*geo::Crs::fromDefinition("EPSG:4526"));  // the zone number in the easting
  ASSERT_TRUE(zone38);
  EXPECT_DOUBLE_EQ(zone38->projection().falseEasting, 38500000.0);
  auto utm = geo::GridMeasure::of(*geo::Crs::fromDefinition("+proj=utm +zone=50 +datum=WGS84 +type=crs"));
  ASSERT_TRUE(utm);
  EXPECT_DOUBLE_EQ(utm->projection().centralMeridianDeg, 117.0);
  EXPECT_DOUBLE_EQ(utm->projection().scale, 0.9996);
}

TEST(GridMeasure, DeclinesWhatItCannotMeasureWellEnough) {
  // Lon/lat, web Mercator, and a transverse Mercator in US survey feet (the grid measures in metres).
  for (const char* other : {"EPSG:4490", "EPSG:3857", "EPSG:3424"})
    EXPECT_FALSE(geo::GridMeasure::of(*geo::Crs::fromDefinition(other))) << other;
  const auto measure = geo::GridMeasure::of(*geo::Crs::fromDefinition("EPSG:4547"));
  ASSERT_TRUE(measure);
  const double x[] = {500000, 512000}, y[] = {3300000, 3300000};  // a 12 km segment
  EXPECT_FALSE(measure->lineLength(x, y, 2));
  const double far[] = {900000, 900100};  // 400 km from the meridian
  EXPECT_FALSE(measure->lineLength(far, y, 2));
  // A ring 120 km wide and 5 km tall, in sides of 6 km and 5 km.
  std::vector<double> rx, ry;
  for (int i = 0; i <= 20; ++i) rx.push_back(440000 + 6000.0 * i), ry.push_back(3300000);
  for (int i = 20; i >= 0; --i) rx.push_back(440000 + 6000.0 * i), ry.push_back(3305000);
  rx.push_back(440000), ry.push_back(3300000);
  EXPECT_FALSE(measure->ringArea(rx.data(), ry.data(), rx.size()));
  geo::GeometryStore store;
  store.beginFeature(geo::GeomKind::Line);
  store.beginPart(geo::PartRole::Line);
  store.addVertex(x[0], y[0]);
  store.addVertex(x[1], y[1]);
  store.endPart();
  store.endFeature();
  EXPECT_FALSE(measure->featureMetrics(store, 0));
}
