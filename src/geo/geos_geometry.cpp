#include "geo/geos_geometry.hpp"

#include <vector>

namespace wm::geo {
namespace {

GEOSGeometry* ringFrom(GEOSContextHandle_t h, const GeometryStore& s, std::uint32_t part) {
  auto xs = s.partX(part);
  auto ys = s.partY(part);
  std::vector<double> x(xs.begin(), xs.end()), y(ys.begin(), ys.end());
  if (x.size() < 3) return nullptr;
  if (x.front() != x.back() || y.front() != y.back()) {
    x.push_back(x.front());
    y.push_back(y.front());
  }
  if (x.size() < 4) return nullptr;
  GEOSCoordSequence* seq =
      GEOSCoordSeq_copyFromArrays_r(h, x.data(), y.data(), nullptr, nullptr, static_cast<unsigned>(x.size()));
  return seq ? GEOSGeom_createLinearRing_r(h, seq) : nullptr;
}

}  // namespace

GEOSContextHandle_t threadGeos() {
  thread_local GeosHandle geos;
  return geos.h;
}

// Builds a (multi)polygon from a polygon feature; nullptr when it has no usable ring.
GEOSGeometry* polygonFrom(GEOSContextHandle_t h, const GeometryStore& s, std::size_t feature) {
  std::vector<GEOSGeometry*> polygons;
  std::uint32_t p = s.firstPart(feature);
  const std::uint32_t end = s.endPartOf(feature);
  while (p < end) {
    GEOSGeometry* shell = s.partRoles[p] == PartRole::OuterRing ? ringFrom(h, s, p) : nullptr;
    ++p;
    std::vector<GEOSGeometry*> holes;
    while (p < end && s.partRoles[p] == PartRole::InnerRing) {
      if (GEOSGeometry* hole = ringFrom(h, s, p)) holes.push_back(hole);
      ++p;
    }
    if (!shell) {
      for (auto* hole : holes) GEOSGeom_destroy_r(h, hole);
      continue;
    }
    polygons.push_back(GEOSGeom_createPolygon_r(h, shell, holes.data(), static_cast<unsigned>(holes.size())));
  }
  if (polygons.empty()) return nullptr;
  if (polygons.size() == 1) return polygons.front();
  return GEOSGeom_createCollection_r(h, GEOS_MULTIPOLYGON, polygons.data(), static_cast<unsigned>(polygons.size()));
}

}  // namespace wm::geo
