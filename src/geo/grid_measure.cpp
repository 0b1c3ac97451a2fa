#include "geo/grid_measure.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <numbers>
#include <string>

#include <proj.h>

#include "geo/proj_handle.hpp"

// Why the figures hold (x: grid distance from the central meridian, c = 1 / (2 k0² ρ₁ν₁) with ρ₁, ν₁ the radii of
// curvature at the footpoint latitude of the northing, R² = ρ₁ν₁ ≥ a²(1 − e²) = (6,356.8 km)² anywhere):
//
// Scale. k = k0 (1 + q + q²/6) with q = c x² (Redfearn's point scale factor from grid coordinates,
// 1 + u²/2 + u⁴/24 with u² = x² / (k0² ρ₁ν₁)). The terms left out are of order e² u⁴ and u⁶: below 1e-8 in a 3°
// zone (x ≤ 170 km), below 5e-8 at kMaxOffset (350 km, a 6° zone at the equator).
//
// Lengths. A straight grid segment of length s from x_a to x_b stands for a stretch of ellipsoid ∫ ds / k long,
// 1/k = (1/k0)(1 − q + 5q²/6 − …). q's mean along the segment is exactly c (x_a² + x_a x_b + x_b²) / 3; taking
// 1/k at that mean errs by (5/6) of q's variance there, under ((2c|x| s)² / 12) (5/6) = 5e-10 of s for a
// kMaxSegment (10 km) side at kMaxOffset. The geodesic between the two ends is not that stretch but bows away from
// the central meridian with grid curvature κ = ∂ ln k / ∂n ≤ 2c|x| ≤ 1.1e-8 per metre: shorter by κ² s³ / 24,
// 5e-10 of s. With c taken again every kCurvatureStep of northing (ρ₁ν₁ changes by 2e-9 of itself per metre), q
// is off by at most 2e-5 of itself, 3e-8 of the length. All together, with the scale's truncation: under 1e-7,
// a tenth of 1 mm per km.
//
// Areas. The ellipsoid area inside a grid ring is ∫∫ g dA with g = 1/k²; expanded at the centroid x̄ it is
// A g(x̄) + g''(x̄) I / 2 (I = ∫∫ (x − x̄)² dA, both from the ring's moments), the next terms below
// (64 c² |x̄| / 6) (W/2)³ + c² W⁴ / 6 of A/k0² for a ring W wide: 7e-8 at kMaxRing (100 km) and kMaxOffset,
// 1e-10 for a 10 km district in a 3° zone. c varies with northing across the ring too, but only x–y cross terms
// remain at the centroid: below 1e-10. Each side of length s then stands for a geodesic that bows away from the
// central meridian by κ s² / 8 with κ = 2c x_m Δy / s (its grid curvature, x_m at the side's middle), which adds
// κ s³ / 12 = (c/6) x_m Δy s² of signed area (a parabola's segment; κ's change along the side is odd about the
// middle and cancels). Without it a 5 km side 170 km from the meridian would miss 44 m², 2 m² per km² of a
// 25 km² district. All together: under 3e-7 of the area, under a third of 1 m² per km².

namespace wm::geo {
namespace {

// Every kCurvatureStep of northing along a line, c is taken again at that point.
constexpr double kCurvatureStep = 10000.0;

// East and north axes in metres, in either order (a transformer gives x = easting whatever the CRS's order).
bool eastNorthMetres(PJ_CONTEXT* ctx, const PJ* crs) {
  PjPtr cs(proj_crs_get_coordinate_system(ctx, crs));
  if (!cs || proj_cs_get_type(ctx, cs.get()) != PJ_CS_TYPE_CARTESIAN || proj_cs_get_axis_count(ctx, cs.get()) != 2)
    return false;
  std::string directions;
  for (int i = 0; i < 2; ++i) {
    const char* direction = nullptr;
    double factor = 0;
    if (!proj_cs_get_axis_info(ctx, cs.get(), i, nullptr, nullptr, &direction, &factor, nullptr, nullptr, nullptr) ||
        !direction || factor != 1.0)
      return false;
    directions += std::string(direction) + " ";
  }
  return directions == "east north " || directions == "north east ";
}

// The parameters of a projected CRS whose conversion is EPSG's "Transverse Mercator" (method 9807), in degrees
// and metres; a bound CRS (a .prj with TOWGS84) is looked into.
std::optional<TransverseMercator> transverseMercatorOf(PJ_CONTEXT* ctx, const PJ* crs) {
  PjPtr source;
  if (proj_get_type(crs) == PJ_TYPE_BOUND_CRS) {
    source.reset(proj_get_source_crs(ctx, crs));
    crs = source.get();
  }
  if (!crs || proj_get_type(crs) != PJ_TYPE_PROJECTED_CRS || !eastNorthMetres(ctx, crs)) return std::nullopt;
  PjPtr conversion(proj_crs_get_coordoperation(ctx, crs));
  const char* auth = nullptr;
  const char* code = nullptr;
  if (!conversion || !proj_coordoperation_get_method_info(ctx, conversion.get(), nullptr, &auth, &code) || !auth ||
      !code || std::string(auth) != "EPSG" || std::string(code) != "9807")
    return std::nullopt;
  TransverseMercator tm;
  int found = 0;
  for (int i = 0; i < proj_coordoperation_get_param_count(ctx, conversion.get()); ++i) {
    const char* paramCode = nullptr;
    double value = 0, toSi = 1;
    if (!proj_coordoperation_get_param(ctx, conversion.get(), i, nullptr, nullptr, &paramCode, &value, nullptr, &toSi,
                                       nullptr, nullptr, nullptr, nullptr) ||
        !paramCode)
      continue;
    // Each value comes in its own unit; toSi makes angles radians and lengths metres.
    const double degrees = value * toSi * 180.0 / std::numbers::pi;
    switch (std::atoi(paramCode)) {
      case 8801:
        tm.originLatitudeDeg = degrees, found |= 1;
        break;
      case 8802:
        tm.centralMeridianDeg = degrees, found |= 2;
        break;
      case 8805:
        tm.scale = value * toSi, found |= 4;
        break;
      case 8806:
        tm.falseEasting = value * toSi, found |= 8;
        break;
      case 8807:
        tm.falseNorthing = value * toSi, found |= 16;
        break;
      default:
        break;
    }
  }
  if (found != 31 || !(tm.scale > 0)) return std::nullopt;
  return tm;
}

}  // namespace

std::optional<GridMeasure> GridMeasure::of(const Crs& crs) {
  if (!crs.valid() || crs.geographic() || crs.planar()) return std::nullopt;
  std::optional<TransverseMercator> projection;
  {
    ProjContext ctx;
    PjPtr pj(proj_create(ctx.get(), crs.definition().c_str()));
    if (pj) projection = transverseMercatorOf(ctx.get(), pj.get());
  }
  if (!projection) return std::nullopt;
  const TransverseMercator& tm = *projection;
  const Ellipsoid& e = crs.ellipsoid();
  const double a = e.semiMajor;
  const double f = e.inverseFlattening > 0 ? 1.0 / e.inverseFlattening : 0.0;
  const double n = f / (2.0 - f), n2 = n * n, n3 = n2 * n, n4 = n3 * n;
  GridMeasure m;
  m._projection = tm;
  m._e2 = f * (2.0 - f);
  m._k0 = tm.scale;
  m._falseEasting = tm.falseEasting;
  m._rectifyingRadius = a / (1.0 + n) * (1.0 + n2 / 4.0 + n4 / 64.0);
  m._footpoint = {3.0 * n / 2.0 - 27.0 * n3 / 32.0, 21.0 * n2 / 16.0 - 55.0 * n4 / 32.0, 151.0 * n3 / 96.0,
                  1097.0 * n4 / 512.0};
  m._curvatureScale = 1.0 / (2.0 * tm.scale * tm.scale * a * a * (1.0 - m._e2));
  // The meridian arc from the equator to the latitude of origin (Helmert's series; 0 for Gauss-Kruger and UTM).
  const double phi0 = tm.originLatitudeDeg * std::numbers::pi / 180.0;
  const double arc0 = a / (1.0 + n) *
                      ((1.0 + n2 / 4.0 + n4 / 64.0) * phi0 - 1.5 * (n - n3 / 8.0) * std::sin(2 * phi0) +
                       15.0 / 16.0 * (n2 - n4 / 4.0) * std::sin(4 * phi0) - 35.0 / 48.0 * n3 * std::sin(6 * phi0) +
                       315.0 / 512.0 * n4 * std::sin(8 * phi0));
  m._equatorNorthing = tm.falseNorthing - tm.scale * arc0;
  return m;
}

double GridMeasure::curvature(double northing) const {
  const double mu = (northing - _equatorNorthing) / (_k0 * _rectifyingRadius);
  const double s2 = std::sin(2 * mu), c2 = std::cos(2 * mu);
  const double s4 = 2 * s2 * c2, c4 = 1 - 2 * s2 * s2;
  const double s6 = s4 * c2 + c4 * s2, s8 = 2 * s4 * c4;
  const double phi1 = mu + _footpoint[0] * s2 + _footpoint[1] * s4 + _footpoint[2] * s6 + _footpoint[3] * s8;
  const double sinPhi = std::sin(phi1);
  const double w = 1.0 - _e2 * sinPhi * sinPhi;
  return _curvatureScale * w * w;
}

double GridMeasure::scale(double easting, double northing) const {
  const double x = easting - _falseEasting;
  const double q = curvature(northing) * x * x;
  return _k0 * (1.0 + q * (1.0 + q / 6.0));
}

std::optional<double> GridMeasure::lineLength(const double* x, const double* y, std::size_t n) const {
  if (n < 2) return 0.0;
  double northingOfC = y[0], c = curvature(northingOfC), total = 0;
  for (std::size_t i = 1; i < n; ++i) {
    const double dx = x[i] - x[i - 1], dy = y[i] - y[i - 1], s2 = dx * dx + dy * dy;
    const double xa = x[i - 1] - _falseEasting, xb = x[i] - _falseEasting;
    if (s2 > kMaxSegment * kMaxSegment || std::fabs(xa) > kMaxOffset || std::fabs(xb) > kMaxOffset) return std::nullopt;
    if (std::fabs(y[i] - northingOfC) > kCurvatureStep) c = curvature(northingOfC = y[i]);
    const double q = c * (xa * xa + xa * xb + xb * xb) / 3.0;  // q's mean along the segment
    total += std::sqrt(s2) / (1.0 + q * (1.0 + q / 6.0));
  }
  return total / _k0;
}

std::optional<double> GridMeasure::ringArea(const double* x, const double* y, std::size_t n) const {
  if (n >= 2 && x[0] == x[n - 1] && y[0] == y[n - 1]) --n;
  if (n < 3) return 0.0;
  // Moments about the first vertex (grid coordinates run to millions of metres: products of them lose the
  // square metres of a small park), Green's theorem side by side.
  const double x0 = x[0], y0 = y[0], offset0 = x0 - _falseEasting;
  double twiceArea = 0, sx6 = 0, sy6 = 0, sxx12 = 0, lensSum = 0;
  double minX = 0, maxX = 0, minY = 0, maxY = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t j = i + 1 == n ? 0 : i + 1;
    const double xi = x[i] - x0, yi = y[i] - y0, xj = x[j] - x0, yj = y[j] - y0;
    const double dx = xj - xi, dy = yj - yi, s2 = dx * dx + dy * dy;
    if (s2 > kMaxSegment * kMaxSegment) return std::nullopt;
    const double cross = xi * yj - xj * yi;
    twiceArea += cross;
    sx6 += (xi + xj) * cross;
    sy6 += (yi + yj) * cross;
    sxx12 += (xi * xi + xi * xj + xj * xj) * cross;
    lensSum += (offset0 + 0.5 * (xi + xj)) * dy * s2;
    minX = std::min(minX, xj), maxX = std::max(maxX, xj), minY = std::min(minY, yj), maxY = std::max(maxY, yj);
  }
  if (maxX - minX > kMaxRing || maxY - minY > kMaxRing ||
      std::max(std::fabs(offset0 + minX), std::fabs(offset0 + maxX)) > kMaxOffset)
    return std::nullopt;
  if (twiceArea == 0) return 0.0;
  const double area = twiceArea / 2, sx = sx6 / 6;
  const double centroidX = offset0 + sx / area, centroidY = y0 + sy6 / 6 / area;
  const double inertia = sxx12 / 12 - sx * sx / area;
  // g = 1/k² = 1 / (k0² h²) with h = 1 + c x² + c² x⁴ / 6, and its second derivative, at the centroid.
  const double c = curvature(centroidY), xc = centroidX, xc2 = xc * xc;
  const double h = 1.0 + c * xc2 * (1.0 + c * xc2 / 6.0);
  const double h1 = 2.0 * c * xc * (1.0 + c * xc2 / 3.0), h2 = 2.0 * c * (1.0 + c * xc2);
  const double k02 = _k0 * _k0;
  const double g = 1.0 / (k02 * h * h), g2 = (6.0 * h1 * h1 - 2.0 * h * h2) / (k02 * h * h * h * h);
  return std::fabs(area * g + 0.5 * g2 * inertia + g * c * lensSum / 6.0);
}

std::optional<Geodesic::Metrics> GridMeasure::featureMetrics(const GeometryStore& s, std::size_t feature) const {
  Geodesic::Metrics m;
  for (std::uint32_t p = s.firstPart(feature); p < s.endPartOf(feature); ++p) {
    const double* x = s.x.data() + s.firstVertex(p);
    const double* y = s.y.data() + s.firstVertex(p);
    const std::size_t n = s.endVertexOf(p) - s.firstVertex(p);
    std::optional<double> figure = 0.0;
    switch (s.partRoles[p]) {
      case PartRole::Line:
        if ((figure = lineLength(x, y, n))) m.lengthM += *figure;
        break;
      case PartRole::OuterRing:
        if ((figure = ringArea(x, y, n))) m.areaM2 += *figure;
        break;
      case PartRole::InnerRing:
        if ((figure = ringArea(x, y, n))) m.areaM2 -= *figure;
        break;
      case PartRole::Point:
        break;
    }
    if (!figure) return std::nullopt;
  }
  return m;
}

}  // namespace wm::geo
