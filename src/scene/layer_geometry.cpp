#include "scene/layer_geometry.hpp"

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
  osg::ref_ptr<osg::DrawElementsUInt> indices = new osg::DrawElementsUInt(GL_TRIANGLES);

  void vertex(const osg::Vec3& at, const osg::Vec3& o, const ProjectAttributes& a) {
    positions->push_back(at);
    other->push_back(o);
    feature->push_back(a.feature);
    dates->push_back(a.dates);
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
    if (indices->empty())
      g->addPrimitiveSet(new osg::DrawArrays(GL_TRIANGLES, 0, static_cast<GLsizei>(positions->size())));
    else
      g->addPrimitiveSet(indices);
    return g;
  }
};

// A segment A→B as a quad the vertex shader widens to pixels: corners A±, B∓ (see kAttribOther).
void addSegment(Batch& b, const osg::Vec3& a, const osg::Vec3& c, ProjectAttributes attrs) {
  auto base = static_cast<unsigned>(b.positions->size());
  b.vertex(a, osg::Vec3(c.x(), c.y(), +1), attrs);
  b.vertex(a, osg::Vec3(c.x(), c.y(), -1), attrs);
  b.vertex(c, osg::Vec3(a.x(), a.y(), -2), attrs);  // |z| = 2 marks the segment's end (see vertex_layout.hpp)
  b.vertex(c, osg::Vec3(a.x(), a.y(), +2), attrs);
  for (unsigned i : {0u, 1u, 2u, 1u, 3u, 2u}) b.indices->push_back(base + i);
}

osg::Vec3 local(const geo::GeometryStore& g, std::uint32_t v, SceneOrigin o) {
  return osg::Vec3(static_cast<float>(g.x[v] - o.x), static_cast<float>(g.y[v] - o.y), 0);
}

void addFeature(const geo::GeometryStore& g, std::size_t f, SceneOrigin o, ProjectAttributes attrs, Batch& lines,
                Batch& fills, Batch& points) {
  for (std::uint32_t p = g.firstPart(f); p < g.endPartOf(f); ++p) {
    geo::PartRole role = g.partRoles[p];
    if (role == geo::PartRole::Point) {
      for (auto [cx, cy] : {std::pair{-1.f, -1.f}, {1.f, -1.f}, {1.f, 1.f}, {-1.f, -1.f}, {1.f, 1.f}, {-1.f, 1.f}})
        points.vertex(local(g, g.firstVertex(p), o), osg::Vec3(cx, cy, 0), attrs);
      continue;
    }
    ProjectAttributes edge = attrs;
    if (role != geo::PartRole::Line) edge.feature.w() = static_cast<float>(static_cast<std::uint32_t>(attrs.feature.w()) | kOutline);
    for (std::uint32_t v = g.firstVertex(p) + 1; v < g.endVertexOf(p); ++v)
      addSegment(lines, local(g, v - 1, o), local(g, v, o), edge);
  }
  if (g.featureKinds[f] != geo::GeomKind::Polygon) return;
  thread_local std::vector<double> xy;
  xy.clear();
  geo::triangulatePolygon(g, f, xy);
  for (std::size_t i = 0; i + 1 < xy.size(); i += 2)
    fills.vertex(osg::Vec3(static_cast<float>(xy[i] - o.x), static_cast<float>(xy[i + 1] - o.y), 0), osg::Vec3(), attrs);
}

}  // namespace

ProjectAttributes projectAttributes(const domain::Project& p, std::size_t index) {
  std::uint32_t flags = (p.start ? kHasStart : 0) | (p.planDone ? kHasPlan : 0) | (p.done ? kHasDone : 0);
  auto day = [](const std::optional<core::Date>& d) { return d ? static_cast<float>(d->days()) : 0.0f; };
  return {osg::Vec4(static_cast<float>(index), static_cast<float>(p.kind), static_cast<float>(p.recorded),
                    static_cast<float>(flags)),
          osg::Vec4(day(p.start), day(p.planDone), day(p.done), static_cast<float>(p.district))};
}

LayerGeometry buildLayerGeometry(const domain::Catalog& catalog, std::uint32_t layer, SceneOrigin origin) {
  const domain::Layer& l = catalog.layers[layer];
  const geo::GeometryStore& g = l.geometry;
  Batch lines, fills, points;
  if (l.info.role != domain::LayerRole::Works) {
    // A district layer's features are the catalog's districts in order: each vertex carries its district index.
    bool districts = l.info.role == domain::LayerRole::Districts;
    for (std::size_t f = 0; f < g.featureCount(); ++f) {
      ProjectAttributes base{osg::Vec4(-1, static_cast<float>(l.info.role), 0, 0),
                             osg::Vec4(0, 0, 0, districts ? static_cast<float>(f) : -1.0f)};
      addFeature(g, f, origin, base, lines, fills, points);
    }
    return {lines.finish(), fills.finish(), points.finish()};
  }
  std::vector<std::int64_t> projectOf(g.featureCount(), -1);
  for (std::size_t i = 0; i < catalog.projects.size(); ++i)
    if (catalog.projects[i].layer == layer) projectOf[catalog.projects[i].feature] = static_cast<std::int64_t>(i);
  for (std::size_t f = 0; f < g.featureCount(); ++f) {
    if (projectOf[f] < 0) continue;
    auto index = static_cast<std::size_t>(projectOf[f]);
    addFeature(g, f, origin, projectAttributes(catalog.projects[index], index), lines, fills, points);
  }
  return {lines.finish(), fills.finish(), points.finish()};
}

}  // namespace wm::scene
