#include "scene/layer_geometry.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

#include <osg/PrimitiveSet>

#include "geo/triangulation.hpp"

namespace wm::scene {
namespace {

// Growing arrays of one geometry; turned into an osg::Geometry at the end.
struct Batch {
  osg::ref_ptr<osg::Vec3Array> positions = new osg::Vec3Array;
  osg::ref_ptr<osg::Vec3Array> other = new osg::Vec3Array;
  osg::ref_ptr<osg::Vec4Array> feature = new osg::Vec4Array;
  osg::ref_ptr<osg::Vec4Array> dates = new osg::Vec4Array;
  osg::ref_ptr<osg::Vec4Array> line = new osg::Vec4Array;
  osg::ref_ptr<osg::DrawElementsUInt> indices = new osg::DrawElementsUInt(GL_TRIANGLES);

  void vertex(const osg::Vec3& at, const osg::Vec3& o, const ProjectAttributes& a, const osg::Vec4& look) {
    positions->push_back(at);
    other->push_back(o);
    feature->push_back(a.feature);
    dates->push_back(a.dates);
    line->push_back(look);
  }

  osg::ref_ptr<osg::Geometry> finish() {
    if (positions->empty()) return nullptr;
    osg::ref_ptr<osg::Geometry> g = new osg::Geometry;
    g->setUseDisplayList(false);
    g->setUseVertexBufferObjects(true);
    g->setVertexArray(positions);
    g->setVertexAttribArray(kAttribOther, other, osg::Array::BIND_PER_VERTEX);
    g->setVertexAttribArray(kAttribFeature, feature, osg::Array::BIND_PER_VERTEX);
    g->setVertexAttribArray(kAttribDates, dates, osg::Array::BIND_PER_VERTEX);
    g->setVertexAttribArray(kAttribLine, line, osg::Array::BIND_PER_VERTEX);
    if (indices->empty())
      g->addPrimitiveSet(new osg::DrawArrays(GL_TRIANGLES, 0, static_cast<GLsizei>(positions->size())));
    else
      g->addPrimitiveSet(indices);
    return g;
  }
};

// A segment A→B as a quad the vertex shader widens to pixels: corners A±, B∓ (see kAttribOther). `along` is
// the distance along the line to A, in metres; `look` = (0, width, pattern, colour slot).
void addSegment(Batch& b, const osg::Vec3& a, const osg::Vec3& c, ProjectAttributes attrs, double along,
                osg::Vec4 look) {
  auto base = static_cast<unsigned>(b.positions->size());
  osg::Vec4 atA = look, atC = look;
  atA.x() = static_cast<float>(along);
  atC.x() = static_cast<float>(along + (c - a).length());
  b.vertex(a, osg::Vec3(c.x(), c.y(), +1), attrs, atA);
  b.vertex(a, osg::Vec3(c.x(), c.y(), -1), attrs, atA);
  b.vertex(c, osg::Vec3(a.x(), a.y(), -2), attrs, atC);  // |z| = 2 marks the segment's end (see vertex_layout.hpp)
  b.vertex(c, osg::Vec3(a.x(), a.y(), +2), attrs, atC);
  for (unsigned i : {0u, 1u, 2u, 1u, 3u, 2u}) b.indices->push_back(base + i);
}

osg::Vec3 local(const geo::GeometryStore& g, std::uint32_t v, SceneOrigin o) {
  return osg::Vec3(static_cast<float>(g.x[v] - o.x), static_cast<float>(g.y[v] - o.y), 0);
}

osg::Vec4 lookVector(float widthPx, int pattern, int colorSlot) {
  return {0, widthPx, static_cast<float>(pattern), static_cast<float>(colorSlot)};
}

void addFeature(const geo::GeometryStore& g, std::size_t f, SceneOrigin o, ProjectAttributes attrs,
                const FeatureLook& look, Batch& lines, Batch& fills, Batch& points) {
  for (std::uint32_t p = g.firstPart(f); p < g.endPartOf(f); ++p) {
    geo::PartRole role = g.partRoles[p];
    if (role == geo::PartRole::Point) {
      osg::Vec4 marker = lookVector(look.widthPx, static_cast<int>(look.marker), look.colorSlot);
      for (auto [cx, cy] : {std::pair{-1.f, -1.f}, {1.f, -1.f}, {1.f, 1.f}, {-1.f, -1.f}, {1.f, 1.f}, {-1.f, 1.f}})
        points.vertex(local(g, g.firstVertex(p), o), osg::Vec3(cx, cy, 0), attrs, marker);
      continue;
    }
    ProjectAttributes edge = attrs;
    bool outline = role != geo::PartRole::Line;
    if (outline) edge.feature.w() = static_cast<float>(static_cast<std::uint32_t>(attrs.feature.w()) | kOutline);
    osg::Vec4 lineLook = lookVector(look.widthPx, static_cast<int>(outline ? look.outline : look.line), look.colorSlot);
    // The distance is summed in doubles from the working-CRS coordinates: floats of local metres would drift.
    double along = 0;
    for (std::uint32_t v = g.firstVertex(p) + 1; v < g.endVertexOf(p); ++v) {
      addSegment(lines, local(g, v - 1, o), local(g, v, o), edge, along, lineLook);
      along += std::hypot(g.x[v] - g.x[v - 1], g.y[v] - g.y[v - 1]);
    }
  }
  if (g.featureKinds[f] != geo::GeomKind::Polygon) return;
  thread_local std::vector<double> xy;
  xy.clear();
  geo::triangulatePolygon(g, f, xy);
  osg::Vec4 fill = lookVector(0, static_cast<int>(look.fill), 0);
  for (std::size_t i = 0; i + 1 < xy.size(); i += 2)
    fills.vertex(osg::Vec3(static_cast<float>(xy[i] - o.x), static_cast<float>(xy[i + 1] - o.y), 0), osg::Vec3(), attrs,
                 fill);
}

}  // namespace

ProjectAttributes projectAttributes(const domain::Project& p, std::size_t index) {
  std::uint32_t flags = (p.start ? kHasStart : 0) | (p.planDone ? kHasPlan : 0) | (p.done ? kHasDone : 0);
  auto day = [](const std::optional<core::Date>& d) { return d ? static_cast<float>(d->days()) : 0.0f; };
  return {osg::Vec4(static_cast<float>(index), static_cast<float>(p.kind), static_cast<float>(p.recorded),
                    static_cast<float>(flags)),
          osg::Vec4(day(p.start), day(p.planDone), day(p.done), static_cast<float>(p.district))};
}

FeatureLook worksLook(const domain::MapStyle& style, domain::Kind kind) {
  const domain::KindStyle& k = style.kind(kind);
  return {style.worksLineWidthPx, k.line, domain::LinePattern::Solid, k.fill, k.marker, 0};
}

FeatureLook baseLook(const domain::BaseRule* rule, std::string_view featureClass) {
  FeatureLook look;
  look.widthPx = rule ? rule->widthPx : 1.0f;
  look.line = look.outline = rule ? rule->pattern : domain::LinePattern::Solid;
  if (!rule) return look;
  int cls = domain::MapStyle::classIndex(*rule, featureClass);
  if (cls >= 0) {
    look.widthPx = rule->classes[static_cast<std::size_t>(cls)].widthPx;
    if (cls < kMaxClassColors) look.colorSlot = cls + 1;
  }
  return look;
}

LayerGeometry buildLayerGeometry(const domain::Catalog& catalog, std::uint32_t layer, SceneOrigin origin,
                                 const domain::MapStyle& style) {
  const domain::Layer& l = catalog.layers[layer];
  const geo::GeometryStore& g = l.geometry;
  Batch lines, fills, points;
  if (l.info.role != domain::LayerRole::Works) {
    // A district layer's features are the catalog's districts in order: each vertex carries its district index.
    bool districts = l.info.role == domain::LayerRole::Districts;
    const domain::BaseRule* rule = style.ruleFor(l.info.role, l.info.name);
    for (std::size_t f = 0; f < g.featureCount(); ++f) {
      ProjectAttributes base{osg::Vec4(-1, static_cast<float>(l.info.role), 0, 0),
                             osg::Vec4(0, 0, 0, districts ? static_cast<float>(f) : -1.0f)};
      FeatureLook look = baseLook(rule, f < l.classes.size() ? std::string_view(l.classes[f]) : "");
      if (g.featureKinds[f] == geo::GeomKind::Point) look.widthPx = style.baseMarkerPx;
      addFeature(g, f, origin, base, look, lines, fills, points);
    }
    return {lines.finish(), fills.finish(), points.finish()};
  }
  std::vector<std::int64_t> projectOf(g.featureCount(), -1);
  for (std::size_t i = 0; i < catalog.projects.size(); ++i)
    if (catalog.projects[i].layer == layer) projectOf[catalog.projects[i].feature] = static_cast<std::int64_t>(i);
  for (std::size_t f = 0; f < g.featureCount(); ++f) {
    if (projectOf[f] < 0) continue;
    auto index = static_cast<std::size_t>(projectOf[f]);
    const domain::Project& p = catalog.projects[index];
    FeatureLook look = worksLook(style, p.kind);
    if (g.featureKinds[f] == geo::GeomKind::Point) look.widthPx = style.worksMarkerPx;
    // Polygon outlines of works are half as wide as works lines: the fill pattern carries the kind.
    if (g.featureKinds[f] == geo::GeomKind::Polygon) look.widthPx = std::max(1.5f, style.worksLineWidthPx / 2);
    addFeature(g, f, origin, projectAttributes(p, index), look, lines, fills, points);
  }
  return {lines.finish(), fills.finish(), points.finish()};
}

}  // namespace wm::scene
