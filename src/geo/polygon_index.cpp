#include "geo/polygon_index.hpp"

#include <cmath>
#include <limits>
#include <vector>

#include <geos_c.h>

#include "core/translation.hpp"
#include "geo/geos_geometry.hpp"

namespace wm::geo {

struct PolygonIndex::Impl {
  GeosHandle geos;
  GEOSSTRtree* tree = nullptr;
  std::vector<GEOSGeometry*> geometries;
  std::vector<const GEOSPreparedGeometry*> prepared;
  std::vector<long> featureOf;

  ~Impl() {
    if (tree) GEOSSTRtree_destroy_r(geos.h, tree);
    for (auto* p : prepared) GEOSPreparedGeom_destroy_r(geos.h, p);
    for (auto* g : geometries) GEOSGeom_destroy_r(geos.h, g);
  }
};

PolygonIndex::PolygonIndex(const GeometryStore& store) : _impl(std::make_unique<Impl>()) {
  auto h = _impl->geos.h;
  _impl->tree = GEOSSTRtree_create_r(h, 10);
  for (std::size_t f = 0; f < store.featureCount(); ++f) {
    if (store.featureKinds[f] != GeomKind::Polygon) continue;
    GEOSGeometry* g = polygonFrom(h, store, f);
    if (!g) continue;
    _impl->geometries.push_back(g);
    _impl->prepared.push_back(GEOSPrepare_r(h, g));
    _impl->featureOf.push_back(static_cast<long>(f));
  }
  for (std::size_t i = 0; i < _impl->geometries.size(); ++i)
    GEOSSTRtree_insert_r(h, _impl->tree, _impl->geometries[i], reinterpret_cast<void*>(i));
}

PolygonIndex::~PolygonIndex() = default;

long PolygonIndex::containing(double x, double y) const {
  auto h = _impl->geos.h;
  GEOSGeometry* point = GEOSGeom_createPointFromXY_r(h, x, y);
  struct Query {
    const Impl* impl;
    const GEOSGeometry* point;
    long best = -1;
  } q{_impl.get(), point};
  GEOSSTRtree_query_r(
      h, _impl->tree, point,
      [](void* item, void* user) {
        auto* query = static_cast<Query*>(user);
        auto i = reinterpret_cast<std::size_t>(item);
        long feature = query->impl->featureOf[i];
        if (query->best >= 0 && feature >= query->best) return;
        if (GEOSPreparedCovers_r(query->impl->geos.h, query->impl->prepared[i], query->point) == 1)
          query->best = feature;
      },
      &q);
  GEOSGeom_destroy_r(h, point);
  return q.best;
}

Point2 representativePoint(const GeometryStore& s, std::size_t feature) {
  std::uint32_t p0 = s.firstPart(feature);
  // A feature without parts (a ledger row without coordinates) has no place.
  if (p0 == s.endPartOf(feature))
    return {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN()};
  std::uint32_t v0 = s.firstVertex(p0);
  switch (s.featureKinds[feature]) {
    case GeomKind::Point:
      return {s.x[v0], s.y[v0]};
    case GeomKind::Line: {
      auto hypot = [](double dx, double dy) { return std::sqrt(dx * dx + dy * dy); };  // std::hypot is slow
      double total = 0;
      for (std::uint32_t p = p0; p < s.endPartOf(feature); ++p)
        for (std::uint32_t v = s.firstVertex(p) + 1; v < s.endVertexOf(p); ++v)
          total += hypot(s.x[v] - s.x[v - 1], s.y[v] - s.y[v - 1]);
      double half = total / 2, walked = 0;
      for (std::uint32_t p = p0; p < s.endPartOf(feature); ++p)
        for (std::uint32_t v = s.firstVertex(p) + 1; v < s.endVertexOf(p); ++v) {
          double seg = hypot(s.x[v] - s.x[v - 1], s.y[v] - s.y[v - 1]);
          if (walked + seg >= half && seg > 0) {
            double t = (half - walked) / seg;
            return {s.x[v - 1] + t * (s.x[v] - s.x[v - 1]), s.y[v - 1] + t * (s.y[v] - s.y[v - 1])};
          }
          walked += seg;
        }
      return {s.x[v0], s.y[v0]};
    }
    case GeomKind::Polygon: {
      GEOSContextHandle_t h = threadGeos();
      GEOSGeometry* g = polygonFrom(h, s, feature);
      Point2 out{s.x[v0], s.y[v0]};
      if (g) {
        if (GEOSGeometry* pt = GEOSPointOnSurface_r(h, g)) {
          GEOSGeomGetX_r(h, pt, &out.x);
          GEOSGeomGetY_r(h, pt, &out.y);
          GEOSGeom_destroy_r(h, pt);
        }
        GEOSGeom_destroy_r(h, g);
      }
      return out;
    }
  }
  return {s.x[v0], s.y[v0]};
}

std::string invalidityReason(const GeometryStore& s, std::size_t feature) {
  if (s.featureKinds[feature] != GeomKind::Polygon) return {};
  GEOSContextHandle_t h = threadGeos();
  GEOSGeometry* g = polygonFrom(h, s, feature);
  if (!g) return core::msgArg(core::Msg::PolygonTooFewPoints);
  std::string reason;
  if (GEOSisValid_r(h, g) != 1) {
    char* text = GEOSisValidReason_r(h, g);
    reason = text ? text : core::msgArg(core::Msg::ReasonUnknown);
    GEOSFree_r(h, text);
  }
  GEOSGeom_destroy_r(h, g);
  return reason;
}

}  // namespace wm::geo
