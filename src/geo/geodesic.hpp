#pragma once
// Lengths and areas on the ellipsoid (PROJ's geodesic routines, after Karney), from longitude/latitude in degrees.
#include <cstddef>

#include "geo/crs.hpp"
#include "geo/geometry_store.hpp"

namespace wm::geo {

class Geodesic {
public:
  explicit Geodesic(const Ellipsoid& ellipsoid);
  ~Geodesic();
  Geodesic(const Geodesic&);
  Geodesic& operator=(const Geodesic&);

  /// Length in metres of the polyline through n points.
  double lineLength(const double* lon, const double* lat, std::size_t n) const;
  /// The unsigned area (square metres) of the ring through n points (closed or not) and its perimeter (metres,
  /// the closing segment included); both 0 below three points.
  struct Ring {
    double areaM2 = 0;
    double perimeterM = 0;
  };
  Ring ring(const double* lon, const double* lat, std::size_t n) const;
  /// Unsigned area in square metres of the ring through n points (closed or not).
  double ringArea(const double* lon, const double* lat, std::size_t n) const { return ring(lon, lat, n).areaM2; }

  /// Metrics of one feature of a store in lon/lat: the length of its lines, the area of its polygons (outer
  /// rings minus holes). Points have neither.
  struct Metrics {
    double lengthM = 0;
    double areaM2 = 0;
  };
  Metrics featureMetrics(const GeometryStore& lonLat, std::size_t feature) const;

private:
  struct Impl;
  Impl* _impl;
};

/// The same metrics measured in the store's own plane (a CRS that is not placed on the earth, Crs::planar()):
/// Euclidean line lengths and ring areas in its units (metres), outer rings minus holes.
Geodesic::Metrics planarFeatureMetrics(const GeometryStore& plane, std::size_t feature);

}  // namespace wm::geo
