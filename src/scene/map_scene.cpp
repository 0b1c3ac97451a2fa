#include "scene/map_scene.hpp"

#include <osg/Geode>

namespace wm::scene {
namespace {

SceneOrigin centreOf(const domain::Catalog& catalog) {
  geo::Extent e;
  for (const auto& layer : catalog.layers) e.add(layer.geometry.extent());
  if (e.empty()) return {};
  return {e.centerX(), e.centerY()};
}

}  // namespace

MapScene::MapScene(const domain::Catalog& catalog) : _root(new osg::Group), _origin(centreOf(catalog)) {
  osg::ref_ptr<osg::Geode> geode = new osg::Geode;
  for (std::uint32_t l = 0; l < catalog.layers.size(); ++l) {
    if (catalog.layers[l].info.role != domain::LayerRole::Works) continue;
    WorksGeometry w = buildWorksGeometry(catalog, l, _origin);
    for (auto* g : {w.fills.get(), w.lines.get(), w.points.get()})
      if (g) {
        geode->addDrawable(g);
        _geometries.emplace_back(g);
      }
  }
  _root->addChild(geode);
  osg::StateSet* state = _root->getOrCreateStateSet();
  _asOf = new osg::Uniform(kUniformAsOf, static_cast<float>(core::Date::today().days()));
  _kindMask = new osg::Uniform(kUniformKindMask, static_cast<int>((1u << domain::kKindCount) - 1));
  _statusMask = new osg::Uniform(kUniformStatusMask, static_cast<int>((1u << domain::kStatusCount) - 1));
  _district = new osg::Uniform(kUniformDistrict, -1);
  _selected = new osg::Uniform(kUniformSelected, -1);
  for (auto* u : {_asOf.get(), _kindMask.get(), _statusMask.get(), _district.get(), _selected.get()}) state->addUniform(u);
}

void MapScene::setAsOf(core::Date date) { _asOf->set(static_cast<float>(date.days())); }
void MapScene::setKindMask(std::uint32_t mask) { _kindMask->set(static_cast<int>(mask)); }
void MapScene::setStatusMask(std::uint32_t mask) { _statusMask->set(static_cast<int>(mask)); }
void MapScene::setHighlightDistrict(std::int32_t district) { _district->set(static_cast<int>(district)); }
void MapScene::setSelectedProject(std::int64_t project) { _selected->set(static_cast<int>(project)); }

}  // namespace wm::scene
