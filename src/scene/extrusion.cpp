#include "scene/extrusion.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

#include "geo/triangulation.hpp"
#include "scene/layer_geometry.hpp"

namespace wm::scene {
namespace {

struct Arrays {
  osg::ref_ptr<osg::Vec3Array> positions = new osg::Vec3Array;
  osg::ref_ptr<osg::Vec3Array> other = new osg::Vec3Array;
  osg::ref_ptr<osg::Vec4Array> feature = new osg::Vec4Array;
  osg::ref_ptr<osg::Vec4Array> dates = new osg::Vec4Array;

  void vertex(float x, float y, float z, float darkening, const ProjectAttributes& a) {
    positions->push_back(osg::Vec3(x, y, z));
    other->push_back(osg::Vec3(0, 0, darkening));
    feature->push_back(a.feature);
    dates->push_back(a.dates);
  }
};

void addWalls(const geo::GeometryStore& g, std::uint32_t part, SceneOrigin o, float height,
              const ProjectAttributes& attrs, Arrays& out) {
  // Outward is to the right of a counter-clockwise outer ring's direction (and of a clockwise hole's).
  bool hole = g.partRoles[part] == geo::PartRole::InnerRing;
  double sense = ((g.signedRingArea(part) > 0) != hole) ? 1.0 : -1.0;
  const double lightX = -std::sqrt(0.5), lightY = std::sqrt(0.5);  // towards the north-west
  for (std::uint32_t v = g.firstVertex(part) + 1; v < g.endVertexOf(part); ++v) {
    double ax = g.x[v - 1] - o.x, ay = g.y[v - 1] - o.y, bx = g.x[v] - o.x, by = g.y[v] - o.y;
    double len = std::hypot(bx - ax, by - ay);
    if (len <= 0) continue;
    double nx = sense * (by - ay) / len, ny = -sense * (bx - ax) / len;
    float dark = nx * lightX + ny * lightY > 0 ? kLitWallDarkening : kShadedWallDarkening;
    auto [x0, y0, x1, y1] =
        std::array{static_cast<float>(ax), static_cast<float>(ay), static_cast<float>(bx), static_cast<float>(by)};
    out.vertex(x0, y0, 0, dark, attrs);
    out.vertex(x1, y1, 0, dark, attrs);
    out.vertex(x1, y1, height, dark, attrs);
    out.vertex(x0, y0, 0, dark, attrs);
    out.vertex(x1, y1, height, dark, attrs);
    out.vertex(x0, y0, height, dark, attrs);
  }
}

void addFeature(const geo::GeometryStore& g, std::size_t f, SceneOrigin o, float height, const ProjectAttributes& attrs,
                Arrays& out) {
  if (g.featureKinds[f] != geo::GeomKind::Polygon) return;
  for (std::uint32_t p = g.firstPart(f); p < g.endPartOf(f); ++p)
    if (g.partRoles[p] == geo::PartRole::OuterRing || g.partRoles[p] == geo::PartRole::InnerRing)
      addWalls(g, p, o, height, attrs, out);
  thread_local std::vector<double> xy;
  xy.clear();
  geo::triangulatePolygon(g, f, xy);
  for (std::size_t i = 0; i + 1 < xy.size(); i += 2)
    out.vertex(static_cast<float>(xy[i] - o.x), static_cast<float>(xy[i + 1] - o.y), height, 0.0f, attrs);
}

}  // namespace

float extrusionHeight(const domain::Project& project) {
  switch (project.kind) {
    case domain::Kind::Park:
      return kParkHeightM;
    case domain::Kind::Parking:
      return project.levels >= 2 ? static_cast<float>(project.levels) * kStoreyHeightM : kParkingHeightM;
    default:
      return 0.0f;
  }
}

osg::ref_ptr<osg::Geometry> buildExtrusions(const domain::Catalog& catalog, SceneOrigin origin,
                                            const ExtrusionFilter& only) {
  Arrays out;
  for (std::size_t i = 0; i < catalog.projects.size(); ++i) {
    const domain::Project& p = catalog.projects[i];
    float height = extrusionHeight(p);
    if (height <= 0 || p.layer >= catalog.layers.size()) continue;
    // Parks and car parks are a small share of the projects: the search runs for those only.
    if (only.features &&
        (p.layer != only.layer || !std::binary_search(only.features->begin(), only.features->end(), p.feature)))
      continue;
    const geo::GeometryStore& g = catalog.layers[p.layer].geometry;
    if (p.feature < g.featureCount()) addFeature(g, p.feature, origin, height, projectAttributes(p, i), out);
  }
  if (out.positions->empty()) return nullptr;
  osg::ref_ptr<osg::Geometry> g = new osg::Geometry;
  g->setUseDisplayList(false);
  g->setUseVertexBufferObjects(true);
  g->setVertexArray(out.positions);
  g->setVertexAttribArray(kAttribOther, out.other, osg::Array::BIND_PER_VERTEX);
  g->setVertexAttribArray(kAttribFeature, out.feature, osg::Array::BIND_PER_VERTEX);
  g->setVertexAttribArray(kAttribDates, out.dates, osg::Array::BIND_PER_VERTEX);
  g->addPrimitiveSet(new osg::DrawArrays(GL_TRIANGLES, 0, static_cast<GLsizei>(out.positions->size())));
  return g;
}

bool ShownIn3d::shown() const {
  float blend = 0;
  return _blend && _blend->get(blend) && blend > 0;
}

void ShownIn3d::traverse(osg::NodeVisitor& nv) {
  if (shown()) osg::Group::traverse(nv);
}

}  // namespace wm::scene
