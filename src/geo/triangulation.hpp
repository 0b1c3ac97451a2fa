#pragma once
// Triangles covering a polygon feature exactly (holes left out), for filling polygons on the GPU.
#include <cstddef>
#include <vector>

#include "geo/geometry_store.hpp"

namespace wm::geo {

/// Appends the triangles of a polygon feature to `xy` as x0,y0,x1,y1,x2,y2 per triangle (GEOS constrained
/// Delaunay triangulation, which respects holes). Returns the number of triangles added; 0 for non-polygon
/// features and for polygons GEOS cannot triangulate. Thread-safe (one GEOS context per thread).
std::size_t triangulatePolygon(const GeometryStore& store, std::size_t feature, std::vector<double>& xy);

}  // namespace wm::geo
