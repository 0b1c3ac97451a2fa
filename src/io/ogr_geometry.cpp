#include "io/ogr_geometry.hpp"

#include <cmath>
#include <memory>

#include <fmt/format.h>
#include <ogr_geometry.h>

namespace wm::io {
namespace {

using geo::GeomKind;
using geo::PartRole;

struct Appender {
  geo::GeometryStore& store;
  bool geographic;
  int dimension = -1;  // highest dimension seen: 0 points, 1 lines, 2 polygons
  bool absurd = false;
  double badX = 0, badY = 0;

  bool plausible(double x, double y) {
    bool ok = std::isfinite(x) && std::isfinite(y) &&
              (geographic ? (std::fabs(x) <= 180 && std::fabs(y) <= 90) : (std::fabs(x) <= 1e8 && std::fabs(y) <= 1e8));
    if (!ok && !absurd) {
      absurd = true;
      badX = x;
      badY = y;
    }
    return ok;
  }

  void curve(const OGRSimpleCurve& c, PartRole role) {
    int n = c.getNumPoints();
    if (n == 0) return;
    store.beginPart(role);
    for (int i = 0; i < n; ++i) {
      double x = c.getX(i), y = c.getY(i);
      plausible(x, y);
      store.addVertex(x, y);
    }
    store.endPart();
  }

  void polygon(const OGRPolygon& p) {
    if (p.IsEmpty()) return;
    dimension = std::max(dimension, 2);
    curve(*p.getExteriorRing(), PartRole::OuterRing);
    for (int i = 0; i < p.getNumInteriorRings(); ++i) curve(*p.getInteriorRing(i), PartRole::InnerRing);
  }

  bool any(const OGRGeometry& g) {
    switch (wkbFlatten(g.getGeometryType())) {
      case wkbPoint: {
        const auto& p = *g.toPoint();
        if (p.IsEmpty()) return true;
        dimension = std::max(dimension, 0);
        store.beginPart(PartRole::Point);
        plausible(p.getX(), p.getY());
        store.addVertex(p.getX(), p.getY());
        store.endPart();
        return true;
      }
      case wkbLineString:
        if (!g.IsEmpty()) dimension = std::max(dimension, 1);
        curve(*g.toLineString(), PartRole::Line);
        return true;
      case wkbPolygon:
        polygon(*g.toPolygon());
        return true;
      case wkbMultiPoint:
      case wkbMultiLineString:
      case wkbMultiPolygon:
      case wkbGeometryCollection:
        for (const OGRGeometry* part : *g.toGeometryCollection())
          if (!any(*part)) return false;
        return true;
      default:
        return false;
    }
  }
};

// Curves, surfaces and TINs turned into the simple types Appender understands.
std::unique_ptr<OGRGeometry> simplified(const OGRGeometry& g) {
  OGRwkbGeometryType t = wkbFlatten(g.getGeometryType());
  if (OGR_GT_IsNonLinear(t)) return std::unique_ptr<OGRGeometry>(g.getLinearGeometry());
  if (t == wkbTIN || t == wkbPolyhedralSurface || t == wkbTriangle)
    return std::unique_ptr<OGRGeometry>(OGRGeometryFactory::forceToMultiPolygon(g.clone()));
  return nullptr;
}

}  // namespace

GeometryOutcome appendGeometry(const OGRGeometry* g, bool geographic, geo::GeometryStore& store, std::string& detail) {
  if (!g) return GeometryOutcome::Null;
  if (g->IsEmpty()) return GeometryOutcome::Empty;
  std::unique_ptr<OGRGeometry> linear = simplified(*g);
  const OGRGeometry& use = linear ? *linear : *g;
  store.beginFeature(GeomKind::Point);
  Appender a{store, geographic};
  if (!a.any(use)) {
    store.abandonFeature();
    detail = OGRGeometryTypeToName(g->getGeometryType());
    return GeometryOutcome::Unsupported;
  }
  if (a.absurd) {
    store.abandonFeature();
    detail = fmt::format("{:.10g}|{:.10g}", a.badX, a.badY);
    return GeometryOutcome::Absurd;
  }
  if (a.dimension < 0) {
    store.abandonFeature();
    return GeometryOutcome::Empty;
  }
  store.featureKinds.back() = a.dimension == 2   ? GeomKind::Polygon
                              : a.dimension == 1 ? GeomKind::Line
                                                 : GeomKind::Point;
  store.endFeature();
  return GeometryOutcome::Added;
}

}  // namespace wm::io
