#include "scene/district_veil.hpp"

#include <algorithm>
#include <vector>

#include <osg/BlendFunc>
#include <osg/Geode>
#include <osg/Geometry>

#include "geo/geometry_store.hpp"
#include "geo/triangulation.hpp"

namespace wm::scene {
namespace {

// Drawn after the map (bin 1, its layers nested inside) and before the labels (bin 50) and overlay (100).
constexpr int kVeilBin = 20;

void addRing(geo::GeometryStore& store, geo::PartRole role, std::span<const double> x, std::span<const double> y) {
  store.beginPart(role);
  for (std::size_t i = 0; i < x.size(); ++i) store.addVertex(x[i], y[i]);
  store.endPart();
}

// The veiled area: one polygon (the margin, with the district's outer rings as its holes) and one per hole of
// the district.
geo::GeometryStore veiledArea(const geo::GeometryStore& districts, std::uint32_t feature, const geo::Extent& around) {
  const double grow = 100 * std::max({around.maxX - around.minX, around.maxY - around.minY, 1.0});
  const double x0 = around.minX - grow, y0 = around.minY - grow, x1 = around.maxX + grow, y1 = around.maxY + grow;
  const std::vector<double> frameX{x0, x1, x1, x0, x0}, frameY{y0, y0, y1, y1, y0};
  geo::GeometryStore store;
  store.beginFeature(geo::GeomKind::Polygon);
  addRing(store, geo::PartRole::OuterRing, frameX, frameY);
  for (std::uint32_t p = districts.firstPart(feature); p < districts.endPartOf(feature); ++p)
    if (districts.partRoles[p] == geo::PartRole::OuterRing)
      addRing(store, geo::PartRole::InnerRing, districts.partX(p), districts.partY(p));
  store.endFeature();
  for (std::uint32_t p = districts.firstPart(feature); p < districts.endPartOf(feature); ++p) {
    if (districts.partRoles[p] != geo::PartRole::InnerRing) continue;
    store.beginFeature(geo::GeomKind::Polygon);
    addRing(store, geo::PartRole::OuterRing, districts.partX(p), districts.partY(p));
    store.endFeature();
  }
  return store;
}

}  // namespace

osg::ref_ptr<osg::Node> districtVeil(const domain::Catalog& catalog, std::int32_t district, SceneOrigin origin,
                                     const osg::Vec4& background) {
  if (district < 0 || static_cast<std::size_t>(district) >= catalog.districts.size()) return nullptr;
  const domain::District& d = catalog.districts[static_cast<std::size_t>(district)];
  if (!d.hasGeometry || d.layer >= catalog.layers.size()) return nullptr;
  geo::Extent around;
  for (const domain::Layer& layer : catalog.layers) around.add(layer.geometry.extent());
  const geo::GeometryStore area = veiledArea(catalog.layers[d.layer].geometry, d.feature, around);
  std::vector<double> xy;
  std::size_t triangles = 0;
  for (std::size_t f = 0; f < area.featureCount(); ++f) triangles += geo::triangulatePolygon(area, f, xy);
  if (triangles == 0) return nullptr;
  osg::ref_ptr<osg::Vec3Array> vertices = new osg::Vec3Array;
  vertices->reserve(xy.size() / 2);
  for (std::size_t i = 0; i + 1 < xy.size(); i += 2)
    vertices->push_back(osg::Vec3(static_cast<float>(xy[i] - origin.x), static_cast<float>(xy[i + 1] - origin.y), 0));
  osg::ref_ptr<osg::Geometry> geometry = new osg::Geometry;
  geometry->setVertexArray(vertices);
  osg::ref_ptr<osg::Vec4Array> colours = new osg::Vec4Array;
  colours->push_back(osg::Vec4(background.r(), background.g(), background.b(), kVeilOpacity));
  geometry->setColorArray(colours, osg::Array::BIND_OVERALL);
  geometry->addPrimitiveSet(new osg::DrawArrays(GL_TRIANGLES, 0, static_cast<GLsizei>(vertices->size())));
  geometry->setUseDisplayList(false);
  osg::ref_ptr<osg::Geode> geode = new osg::Geode;
  geode->addDrawable(geometry);
  osg::StateSet* state = geode->getOrCreateStateSet();
  state->setMode(GL_LIGHTING, osg::StateAttribute::OFF);
  state->setMode(GL_DEPTH_TEST, osg::StateAttribute::OFF);
  state->setMode(GL_CULL_FACE, osg::StateAttribute::OFF);
  state->setMode(GL_BLEND, osg::StateAttribute::ON);
  state->setAttribute(new osg::BlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA));
  state->setRenderBinDetails(kVeilBin, "RenderBin");
  return geode;
}

}  // namespace wm::scene
