#include "geo/web_datum.hpp"

#include <cmath>
#include <numbers>
#include <string>

#include "core/text.hpp"

namespace wm::geo {
namespace {

constexpr double kPi = std::numbers::pi;
// The forward formula is defined with the Krasovsky 1940 ellipsoid: semi-major axis and first eccentricity².
constexpr double kKrasovskyA = 6378245.0;
constexpr double kKrasovskyE2 = 0.00669342162296594323;
// BD-09's angular constant: π·3000/180.
constexpr double kBdPi = kPi * 3000.0 / 180.0;

// The offset polynomials of the published algorithm, in metres-like units, of (lon − 105°, lat − 35°).
double shiftLat(double x, double y) {
  double r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * std::sqrt(std::fabs(x));
  r += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
  r += (20.0 * std::sin(y * kPi) + 40.0 * std::sin(y / 3.0 * kPi)) * 2.0 / 3.0;
  r += (160.0 * std::sin(y / 12.0 * kPi) + 320.0 * std::sin(y * kPi / 30.0)) * 2.0 / 3.0;
  return r;
}

double shiftLon(double x, double y) {
  double r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * std::sqrt(std::fabs(x));
  r += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
  r += (20.0 * std::sin(x * kPi) + 40.0 * std::sin(x / 3.0 * kPi)) * 2.0 / 3.0;
  r += (150.0 * std::sin(x / 12.0 * kPi) + 300.0 * std::sin(x / 30.0 * kPi)) * 2.0 / 3.0;
  return r;
}

// Solves forward(p) = target for p by fixed-point iteration: both shifts change by well under 1e-4 per
// degree of position, so each step gains several digits.
template <typename Forward>
LonLat invert(LonLat target, Forward forward) {
  LonLat p = target;
  for (int i = 0; i < 30; ++i) {
    LonLat f = forward(p);
    double dLon = target.lon - f.lon, dLat = target.lat - f.lat;
    p.lon += dLon;
    p.lat += dLat;
    if (std::fabs(dLon) < 1e-9 && std::fabs(dLat) < 1e-9) break;
  }
  return p;
}

std::string lower(std::string_view text) {
  std::string out;
  for (char c : text)
    if (c != ' ' && c != '-' && c != '_') out.push_back(core::asciiLower(c));
  return out;
}

}  // namespace

std::optional<WebDatum> parseWebDatum(std::string_view text) {
  std::string t = lower(text);
  if (t == "gcj02" || t == "gcj") return WebDatum::Gcj02;
  if (t == "bd09" || t == "bd09ll" || t == "baidu") return WebDatum::Bd09;
  if (t == "none" || t == "wgs84" || t == "cgcs2000" || t.empty()) return WebDatum::None;
  return std::nullopt;
}

std::string_view webDatumName(WebDatum datum) {
  switch (datum) {
    case WebDatum::Gcj02:
      return "gcj02";
    case WebDatum::Bd09:
      return "bd09";
    case WebDatum::None:
      break;
  }
  return "none";
}

bool insideChinaRectangle(LonLat p) {
  return p.lon >= 72.004 && p.lon <= 137.8347 && p.lat >= 0.8293 && p.lat <= 55.8271;
}

LonLat gcj02FromWgs84(LonLat wgs) {
  if (!insideChinaRectangle(wgs)) return wgs;
  double dLat = shiftLat(wgs.lon - 105.0, wgs.lat - 35.0);
  double dLon = shiftLon(wgs.lon - 105.0, wgs.lat - 35.0);
  double phi = wgs.lat / 180.0 * kPi;
  double w = 1.0 - kKrasovskyE2 * std::sin(phi) * std::sin(phi);
  double sqrtW = std::sqrt(w);
  // Metres → degrees with the Krasovsky meridian and parallel radii of curvature at this latitude.
  dLat = (dLat * 180.0) / ((kKrasovskyA * (1.0 - kKrasovskyE2)) / (w * sqrtW) * kPi);
  dLon = (dLon * 180.0) / (kKrasovskyA / sqrtW * std::cos(phi) * kPi);
  return {wgs.lon + dLon, wgs.lat + dLat};
}

LonLat wgs84FromGcj02(LonLat gcj) { return invert(gcj, gcj02FromWgs84); }

LonLat bd09FromGcj02(LonLat gcj) {
  double z = std::sqrt(gcj.lon * gcj.lon + gcj.lat * gcj.lat) + 0.00002 * std::sin(gcj.lat * kBdPi);
  double theta = std::atan2(gcj.lat, gcj.lon) + 0.000003 * std::cos(gcj.lon * kBdPi);
  return {z * std::cos(theta) + 0.0065, z * std::sin(theta) + 0.006};
}

LonLat gcj02FromBd09(LonLat bd) { return invert(bd, bd09FromGcj02); }

void toWgs84(WebDatum datum, double* lon, double* lat, std::size_t count) {
  if (datum == WebDatum::None) return;
  for (std::size_t i = 0; i < count; ++i) {
    if (!std::isfinite(lon[i]) || !std::isfinite(lat[i])) continue;
    LonLat p{lon[i], lat[i]};
    if (datum == WebDatum::Bd09) p = gcj02FromBd09(p);
    p = wgs84FromGcj02(p);
    lon[i] = p.lon;
    lat[i] = p.lat;
  }
}

double approxDistanceM(LonLat a, LonLat b) {
  constexpr double kRadius = 6378137.0;
  double phi = (a.lat + b.lat) / 2.0 * kPi / 180.0;
  double dx = (b.lon - a.lon) * kPi / 180.0 * std::cos(phi) * kRadius;
  double dy = (b.lat - a.lat) * kPi / 180.0 * kRadius;
  return std::hypot(dx, dy);
}

}  // namespace wm::geo
