#include "geo/triangulation.hpp"

#include "geo/geos_geometry.hpp"

namespace wm::geo {
namespace {

// Appends the first three points of a triangle's exterior ring.
bool appendTriangle(GEOSContextHandle_t h, const GEOSGeometry* triangle, std::vector<double>& xy) {
  const GEOSGeometry* ring = GEOSGetExteriorRing_r(h, triangle);
  const GEOSCoordSequence* seq = ring ? GEOSGeom_getCoordSeq_r(h, ring) : nullptr;
  unsigned n = 0;
  if (!seq || !GEOSCoordSeq_getSize_r(h, seq, &n) || n < 3) return false;
  for (unsigned i = 0; i < 3; ++i) {
    double x = 0, y = 0;
    GEOSCoordSeq_getXY_r(h, seq, i, &x, &y);
    xy.push_back(x);
    xy.push_back(y);
  }
  return true;
}

}  // namespace

std::size_t triangulatePolygon(const GeometryStore& store, std::size_t feature, std::vector<double>& xy) {
  if (store.featureKinds[feature] != GeomKind::Polygon) return 0;
  GEOSContextHandle_t h = threadGeos();
  GEOSGeometry* polygon = polygonFrom(h, store, feature);
  if (!polygon) return 0;
  GEOSGeometry* triangles = GEOSConstrainedDelaunayTriangulation_r(h, polygon);
  GEOSGeom_destroy_r(h, polygon);
  if (!triangles) return 0;
  std::size_t added = 0;
  int count = GEOSGetNumGeometries_r(h, triangles);
  for (int i = 0; i < count; ++i)
    if (appendTriangle(h, GEOSGetGeometryN_r(h, triangles, i), xy)) ++added;
  GEOSGeom_destroy_r(h, triangles);
  return added;
}

}  // namespace wm::geo
