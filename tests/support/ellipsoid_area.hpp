#pragma once
// Test-only: lengths and areas on the CGCS2000 ellipsoid from closed formulas, independent of PROJ, so tests can
// check the geodesic figures WorksMap computes with PROJ.
#include <cmath>
#include <numbers>

namespace wm::test {

inline constexpr double kCgcs2000A = 6378137.0;
inline constexpr double kCgcs2000F = 1 / 298.257222101;

inline double radians(double degrees) { return degrees * std::numbers::pi / 180; }

/// Area between the equator and latitude φ per radian of longitude (the authalic-latitude formula):
/// b² [ sinφ / (2(1 − e² sin²φ)) + ln((1 + e sinφ)/(1 − e sinφ)) / (4e) ].
inline double zoneArea(double phiDegrees) {
  double b = kCgcs2000A * (1 - kCgcs2000F), e2 = kCgcs2000F * (2 - kCgcs2000F), e = std::sqrt(e2);
  double s = std::sin(radians(phiDegrees));
  return b * b * (s / (2 * (1 - e2 * s * s)) + std::log((1 + e * s) / (1 - e * s)) / (4 * e));
}

/// Area in m² of the quadrangle [lon0, lon1] × [lat0, lat1] (degrees). Its edges along parallels are not
/// geodesics, but for quadrangles of a few km near the equator the difference is far below a mm².
inline double quadrangleArea(double lon0, double lat0, double lon1, double lat1) {
  return radians(lon1 - lon0) * (zoneArea(lat1) - zoneArea(lat0));
}

}  // namespace wm::test
