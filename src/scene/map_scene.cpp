#include "scene/map_scene.hpp"

#include <algorithm>

#include <osg/Depth>
#include <osg/Geode>

#include "core/text.hpp"
#include "scene/extrusion.hpp"

namespace wm::scene {
namespace {

geo::Extent extentOf(const domain::Catalog& catalog) {
  geo::Extent e;
  for (const auto& layer : catalog.layers) e.add(layer.geometry.extent());
  return e;
}

bool isWaterLayer(const std::string& name) {
  std::string lower = core::asciiLower(name);
  for (const char* word : {"lake", "water", "river", "reservoir", "湖", "水库", "河", "水系", "水域"})
    if (lower.find(word) != std::string::npos) return true;
  return false;
}

// Drawing order and look per role and geometry type: fills under lines under markers, base under works.
struct DrawStyle {
  int bin;
  int mode;       // 0 fill, 1 line, 2 point (map.vert's wm_mode)
  float widthPx;
  osg::Vec4 baseColor;
};

DrawStyle styleFor(domain::LayerRole role, int mode) {
  const osg::Vec4 quietLine(0.62f, 0.62f, 0.60f, 1), water(0.66f, 0.80f, 0.92f, 1), district(0.35f, 0.35f, 0.45f, 1);
  bool works = role == domain::LayerRole::Works;
  if (mode == 0) return {works ? 10 : 1, 0, 0, works ? osg::Vec4() : water};
  if (mode == 1) {
    if (works) return {11, 1, 4.0f, osg::Vec4()};
    if (role == domain::LayerRole::Districts) return {3, 1, 2.0f, district};
    return {2, 1, 1.5f, quietLine};
  }
  return {12, 2, works ? 10.0f : 6.0f, quietLine};
}

void addDrawable(osg::Geode& geode, osg::Geometry* g, const DrawStyle& style) {
  osg::StateSet* state = g->getOrCreateStateSet();
  state->setRenderBinDetails(style.bin, "RenderBin");
  state->addUniform(new osg::Uniform("wm_mode", style.mode));
  state->addUniform(new osg::Uniform("wm_widthPx", style.widthPx));
  state->addUniform(new osg::Uniform("wm_baseColor", style.baseColor));
  geode.addDrawable(g);
}

}  // namespace

MapScene::MapScene(const domain::Catalog& catalog) : _root(new osg::Group), _extent(extentOf(catalog)) {
  if (!_extent.empty()) _origin = {_extent.centerX(), _extent.centerY()};
  osg::ref_ptr<osg::Geode> geode = new osg::Geode;
  for (std::uint32_t l = 0; l < catalog.layers.size(); ++l) {
    domain::LayerRole role = catalog.layers[l].info.role;
    LayerGeometry w = buildLayerGeometry(catalog, l, _origin);
    // Base polygons are drawn as boundaries only (a county or district fill would cover the map), except water.
    // Until styles come from assets/ (map milestone), water is recognised by its layer name.
    bool fill = role == domain::LayerRole::Works || isWaterLayer(catalog.layers[l].info.name);
    if (w.fills && fill) addDrawable(*geode, w.fills.get(), styleFor(role, 0));
    if (w.lines) addDrawable(*geode, w.lines.get(), styleFor(role, 1));
    if (w.points) addDrawable(*geode, w.points.get(), styleFor(role, 2));
    for (auto* g : {w.fills.get(), w.lines.get(), w.points.get()})
      if (g) _geometries.emplace_back(g);
  }
  _root->addChild(geode);
  osg::StateSet* state = _root->getOrCreateStateSet();
  // Map geometry tests depth against the terrain (hills hide what is behind them) but writes none, so among
  // itself the drawing order decides, as in 2D.
  state->setAttributeAndModes(new osg::Depth(osg::Depth::LEQUAL, 0.0, 1.0, false), osg::StateAttribute::ON);
  state->setMode(GL_CULL_FACE, osg::StateAttribute::OFF);
  _asOf = new osg::Uniform(kUniformAsOf, static_cast<float>(core::Date::today().days()));
  _kindMask = new osg::Uniform(kUniformKindMask, static_cast<int>((1u << domain::kKindCount) - 1));
  _statusMask = new osg::Uniform(kUniformStatusMask, static_cast<int>((1u << domain::kStatusCount) - 1));
  _district = new osg::Uniform(kUniformDistrict, -1);
  _selected = new osg::Uniform(kUniformSelected, -1);
  for (auto* u : {_asOf.get(), _kindMask.get(), _statusMask.get(), _district.get(), _selected.get()}) state->addUniform(u);
  osg::ref_ptr<osg::Uniform> colors = new osg::Uniform(osg::Uniform::FLOAT_VEC4, "wm_statusColors", 4);
  for (unsigned i = 0; i < 4; ++i) colors->setElement(i, kStatusColors[i]);
  state->addUniform(colors);
  addRelief(catalog);
}

// The ground, the height map for draping, and the extrusions (one geometry for all of them, drawn with the
// map's program after the flat works, writing depth so their walls hide each other).
void MapScene::addRelief(const domain::Catalog& catalog) {
  osg::StateSet* state = _root->getOrCreateStateSet();
  _3d = new osg::Uniform(kUniform3d, 0.0f);
  _exaggeration = new osg::Uniform(kUniformExaggeration, 1.0f);
  state->addUniform(_3d);
  state->addUniform(_exaggeration);
  _terrain = buildTerrain(catalog, _origin);
  addHeightUniforms(*state, _terrain);
  if (_terrain.heightMap) _heights = catalog.terrain;
  if (_terrain.surface) {
    _terrain.surface->setNodeMask(0);  // until useTerrainProgram
    _root->insertChild(0, _terrain.surface);
  }
  _extrusions = buildExtrusions(catalog, _origin);
  if (_extrusions) {
    _extrusionNode = new osg::Geode;
    addDrawable(*_extrusionNode, _extrusions.get(), {13, 0, 0, osg::Vec4()});
    _extrusions->getOrCreateStateSet()->setAttributeAndModes(new osg::Depth(osg::Depth::LEQUAL, 0.0, 1.0, true),
                                                             osg::StateAttribute::ON);
    _extrusionNode->setNodeMask(0);  // flat in 2D, where its roofs would cover the polygons' outlines
    _root->addChild(_extrusionNode);
  }
  // Bounds from the vertex arrays lie at z = 0; the shaders raise everything by up to the relief (times an
  // exaggeration of up to 10), and culling must not drop what the camera sees.
  if (_heights && !_extent.empty()) {
    float top = _terrain.reliefHeight * 10.0f + 100.0f;
    osg::BoundingBox box(static_cast<float>(_extent.minX - _origin.x), static_cast<float>(_extent.minY - _origin.y), 0,
                         static_cast<float>(_extent.maxX - _origin.x), static_cast<float>(_extent.maxY - _origin.y),
                         top);
    for (auto& g : _geometries) g->setInitialBound(box);
    if (_extrusions) _extrusions->setInitialBound(box);
  }
}

bool MapScene::useProgram(osg::Program* program) {
  if (!program) return false;
  _root->getOrCreateStateSet()->setAttributeAndModes(program, osg::StateAttribute::ON);
  return true;
}

void MapScene::setAsOf(core::Date date) { _asOf->set(static_cast<float>(date.days())); }
void MapScene::setKindMask(std::uint32_t mask) { _kindMask->set(static_cast<int>(mask)); }
void MapScene::setStatusMask(std::uint32_t mask) { _statusMask->set(static_cast<int>(mask)); }
void MapScene::setHighlightDistrict(std::int32_t district) { _district->set(static_cast<int>(district)); }
void MapScene::setSelectedProject(std::int64_t project) { _selected->set(static_cast<int>(project)); }

void MapScene::set3d(float amount) {
  amount = std::clamp(amount, 0.0f, 1.0f);
  _3d->set(amount);
  if (_extrusionNode) _extrusionNode->setNodeMask(amount > 0 ? ~0u : 0u);
}

void MapScene::setExaggeration(float factor) { _exaggeration->set(factor); }

bool MapScene::useTerrainProgram(osg::Program* program) {
  if (!program) return false;
  if (_terrain.surface) {
    _terrain.surface->getOrCreateStateSet()->setAttributeAndModes(program, osg::StateAttribute::ON);
    _terrain.surface->setNodeMask(~0u);
  }
  return true;
}

float MapScene::groundHeight(double localX, double localY) const {
  if (!_heights) return 0.0f;
  return _heights->heightAt(localX + _origin.x, localY + _origin.y) - _terrain.baseHeight;
}

}  // namespace wm::scene
