#pragma once
// Lengths and areas on the ellipsoid of features already projected into a transverse Mercator grid (Gauss-Kruger,
// UTM), from their grid figures and the projection's point scale factor: within 1 mm per km and 1 m² per km² of
// PROJ's geodesic figures (geo::Geodesic) across a 3° or 6° zone (tests/geo/grid_measure_test.cpp), at a small
// fraction of their cost. What it cannot measure that well (a segment or a ring too long, a point too far from the
// central meridian) it declines, and the caller measures with geo::Geodesic. Measuring is plain arithmetic: no
// PROJ, any thread.
#include <array>
#include <cstddef>
#include <optional>

#include "geo/crs.hpp"
#include "geo/geodesic.hpp"
#include "geo/geometry_store.hpp"

namespace wm::geo {

/// The parameters of a transverse Mercator projection (Gauss-Kruger, UTM), as read from a CRS.
struct TransverseMercator {
  double centralMeridianDeg = 0;
  double originLatitudeDeg = 0;
  double scale = 1;          ///< k0, the scale on the central meridian
  double falseEasting = 0;   ///< metres
  double falseNorthing = 0;  ///< metres
};

class GridMeasure {
public:
  /// For a transverse Mercator CRS (EPSG method 9807: Gauss-Kruger, UTM) with east and north axes in metres, its
  /// parameters and ellipsoid read through PROJ (about a millisecond: keep it rather than make it again); nothing
  /// for any other CRS.
  static std::optional<GridMeasure> of(const Crs& crs);
  const TransverseMercator& projection() const { return _projection; }

  /// The point scale factor (grid distance per distance on the ellipsoid) at a grid point in metres.
  double scale(double easting, double northing) const;
  /// Length in metres on the ellipsoid of the polyline through n grid points; nothing when a segment is longer
  /// than kMaxSegment or a vertex lies more than kMaxOffset from the central meridian.
  std::optional<double> lineLength(const double* x, const double* y, std::size_t n) const;
  /// Unsigned area in square metres on the ellipsoid of the ring through n grid points (closed or not); nothing
  /// when a side is longer than kMaxSegment, the ring is wider or taller than kMaxRing, or a vertex lies more than
  /// kMaxOffset from the central meridian.
  std::optional<double> ringArea(const double* x, const double* y, std::size_t n) const;
  /// Geodesic::featureMetrics of a feature of a store in this grid; nothing when any of its parts is declined.
  std::optional<Geodesic::Metrics> featureMetrics(const GeometryStore& grid, std::size_t feature) const;

  /// The limits within which the figures hold to 1 mm per km and 1 m² per km² (derived in grid_measure.cpp).
  static constexpr double kMaxSegment = 10000.0;  ///< metres of grid
  static constexpr double kMaxRing = 100000.0;    ///< metres of grid, each way
  static constexpr double kMaxOffset = 350000.0;  ///< metres from the central meridian

private:
  GridMeasure() = default;
  /// c = 1 / (2 k0² ρν) at the footpoint latitude of a northing: ln k = ln k0 + c x² + O(x⁴) at x from the
  /// central meridian.
  double curvature(double northing) const;

  double _e2 = 0;                      ///< first eccentricity squared
  double _rectifyingRadius = 0;        ///< A: the meridian arc from the equator is A times the rectifying latitude
  std::array<double, 4> _footpoint{};  ///< latitude = μ + Σ _footpoint[j] sin(2(j+1)μ), μ the rectifying latitude
  double _curvatureScale = 0;          ///< 1 / (2 k0² a² (1 − e²)): c = _curvatureScale (1 − e² sin² φ₁)²
  double _k0 = 1, _falseEasting = 0;
  double _equatorNorthing = 0;  ///< the northing of the equator on the central meridian
  TransverseMercator _projection;
};

}  // namespace wm::geo
