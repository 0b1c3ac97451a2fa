#pragma once
// Point-in-polygon queries and polygon validity through GEOS, over features of a GeometryStore.
#include <cstddef>
#include <memory>
#include <string>

#include "geo/geometry_store.hpp"

namespace wm::geo {

/// A spatial index (GEOS STR-tree of envelopes, prepared geometries) of the polygon features of a store.
/// Not thread-safe: build one per thread. The store must outlive nothing: geometry is copied into GEOS.
class PolygonIndex {
public:
  explicit PolygonIndex(const GeometryStore& polygons);
  ~PolygonIndex();
  PolygonIndex(const PolygonIndex&) = delete;
  PolygonIndex& operator=(const PolygonIndex&) = delete;

  /// The lowest-numbered feature whose polygon covers (x, y), boundary included; -1 when none does.
  long containing(double x, double y) const;

private:
  struct Impl;
  std::unique_ptr<Impl> _impl;
};

/// A point in the store's coordinates.
struct Point2 {
  double x = 0, y = 0;
};
/// A point for "which district is this in": a point feature's first point, the point halfway along a line
/// feature, and for polygons a point guaranteed inside (GEOS point-on-surface). NaN coordinates for a feature
/// without parts (a ledger row without coordinates).
Point2 representativePoint(const GeometryStore& store, std::size_t feature);

/// GEOS's reason ("Self-intersection[x y]") when a polygon feature is invalid, a core::msgArg when GEOS cannot
/// say (too few points for a ring); empty when valid or not a polygon.
std::string invalidityReason(const GeometryStore& store, std::size_t feature);

}  // namespace wm::geo
