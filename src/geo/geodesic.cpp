#include "geo/geodesic.hpp"

#include <cmath>

#include <geodesic.h>

namespace wm::geo {

struct Geodesic::Impl {
  geod_geodesic g;
};

Geodesic::Geodesic(const Ellipsoid& e) : _impl(new Impl) {
  // The flattening as (a - b) / a from the semi-minor axis b = a (1 - 1/rf), as PostGIS derives it from PROJ's
  // ellipsoid: a small polygon's geodesic area cancels edge terms a hundred million times its size, so the last
  // bit of f moves it by 1e-5 m², and the PostGIS roll-up (io/server_rollup) must print the same m² as we do.
  const double a = e.semiMajor;
  const double b = e.inverseFlattening > 0 ? a * (1.0 - 1.0 / e.inverseFlattening) : a;
  geod_init(&_impl->g, a, (a - b) / a);
}
Geodesic::~Geodesic() { delete _impl; }
Geodesic::Geodesic(const Geodesic& o) : _impl(new Impl(*o._impl)) {}
Geodesic& Geodesic::operator=(const Geodesic& o) {
  *_impl = *o._impl;
  return *this;
}

double Geodesic::lineLength(const double* lon, const double* lat, std::size_t n) const {
  double total = 0;
  for (std::size_t i = 1; i < n; ++i) {
    double s12 = 0;
    geod_inverse(&_impl->g, lat[i - 1], lon[i - 1], lat[i], lon[i], &s12, nullptr, nullptr);
    total += s12;
  }
  return total;
}

Geodesic::Ring Geodesic::ring(const double* lon, const double* lat, std::size_t n) const {
  if (n >= 2 && lon[0] == lon[n - 1] && lat[0] == lat[n - 1]) --n;  // geod_polygon closes rings itself
  if (n < 3) return {};
  geod_polygon poly;
  geod_polygon_init(&poly, 0);
  for (std::size_t i = 0; i < n; ++i) geod_polygon_addpoint(&_impl->g, &poly, lat[i], lon[i]);
  double area = 0, perimeter = 0;
  geod_polygon_compute(&_impl->g, &poly, 0, 1, &area, &perimeter);
  return {std::fabs(area), perimeter};
}

Geodesic::Metrics Geodesic::featureMetrics(const GeometryStore& s, std::size_t feature) const {
  Metrics m;
  for (std::uint32_t p = s.firstPart(feature); p < s.endPartOf(feature); ++p) {
    const double* lon = s.x.data() + s.firstVertex(p);
    const double* lat = s.y.data() + s.firstVertex(p);
    std::size_t n = s.endVertexOf(p) - s.firstVertex(p);
    switch (s.partRoles[p]) {
      case PartRole::Line:
        m.lengthM += lineLength(lon, lat, n);
        break;
      case PartRole::OuterRing:
        m.areaM2 += ringArea(lon, lat, n);
        break;
      case PartRole::InnerRing:
        m.areaM2 -= ringArea(lon, lat, n);
        break;
      case PartRole::Point:
        break;
    }
  }
  return m;
}

Geodesic::Metrics planarFeatureMetrics(const GeometryStore& s, std::size_t feature) {
  Geodesic::Metrics m;
  for (std::uint32_t p = s.firstPart(feature); p < s.endPartOf(feature); ++p) {
    switch (s.partRoles[p]) {
      case PartRole::Line:
        for (std::uint32_t v = s.firstVertex(p) + 1; v < s.endVertexOf(p); ++v)
          m.lengthM += std::hypot(s.x[v] - s.x[v - 1], s.y[v] - s.y[v - 1]);
        break;
      case PartRole::OuterRing:
        m.areaM2 += std::fabs(s.signedRingArea(p));
        break;
      case PartRole::InnerRing:
        m.areaM2 -= std::fabs(s.signedRingArea(p));
        break;
      case PartRole::Point:
        break;
    }
  }
  return m;
}

}  // namespace wm::geo
