#include "scene/map_scene.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <mutex>
#include <thread>

#include <osg/BlendFunc>
#include <osg/Depth>
#include <osg/Geode>

#include "core/text.hpp"
#include "scene/detail_levels.hpp"
#include "scene/extrusion.hpp"

namespace wm::scene {
namespace {

// Every layer's feature extents, read once (a million features' vertices take a while to read each time).
std::vector<std::vector<geo::Extent>> featureExtents(const domain::Catalog& catalog) {
  std::vector<std::vector<geo::Extent>> out;
  out.reserve(catalog.layers.size());
  for (const auto& layer : catalog.layers)
    out.push_back(layer.geometry.featureExtents(std::max(1u, std::thread::hardware_concurrency())));
  return out;
}

std::size_t featureCount(const domain::Catalog& catalog) {
  std::size_t features = 0;
  for (const auto& layer : catalog.layers) features += layer.geometry.featureCount();
  return features;
}

geo::Extent unionOf(const std::vector<geo::Extent>& extents) {
  geo::Extent e;
  for (const geo::Extent& fe : extents) e.add(fe);
  return e;
}

// Drawing order: fills under lines under markers, base under works.
constexpr int kBinBaseFills = 1, kBinBaseLines = 2, kBinDistricts = 3, kBinWorksFills = 10, kBinWorksCasings = 11,
              kBinWorksLines = 12, kBinMarkers = 13;

// The uniforms of one drawable of a base layer: its rule's colours (line, or fill for fills), class colours,
// highlight and rail ties.
void setRuleUniforms(osg::StateSet& state, const domain::BaseRule* rule, int mode) {
  domain::BaseRule fallback;
  const domain::BaseRule& r = rule ? *rule : fallback;
  state.addUniform(new osg::Uniform("wm_baseColor", toVec4(mode == glsl::kModeFill && r.fill ? *r.fill : r.line)));
  osg::ref_ptr<osg::Uniform> classes = new osg::Uniform(osg::Uniform::FLOAT_VEC4, "wm_classColors", kMaxClassColors);
  osg::ref_ptr<osg::Uniform> classWidths = new osg::Uniform(osg::Uniform::FLOAT, "wm_classWidthM", kMaxClassColors);
  for (unsigned i = 0; i < static_cast<unsigned>(kMaxClassColors); ++i) {
    classes->setElement(i, i < r.classes.size() ? toVec4(r.classes[i].line) : toVec4(r.line));
    classWidths->setElement(i, i < r.classes.size() ? r.classes[i].widthM : r.widthM);
  }
  state.addUniform(classes);
  state.addUniform(classWidths);
  state.addUniform(new osg::Uniform("wm_baseWidthM", r.widthM));
  state.addUniform(new osg::Uniform("wm_highlightColor", toVec4(r.highlight)));
  state.addUniform(new osg::Uniform("wm_highlightWidthPx", r.highlightWidthPx));
  state.addUniform(new osg::Uniform("wm_tie", osg::Vec2(r.tieSpacingPx, r.tieLengthPx)));
}

void addDrawable(osg::Geode& geode, osg::Geometry* g, int bin, int mode, const domain::BaseRule* rule,
                 int linePass = 1) {
  osg::StateSet* state = g->getOrCreateStateSet();
  state->setRenderBinDetails(bin, "RenderBin");
  state->setDefine(kDefineMode, std::to_string(mode));
  state->addUniform(new osg::Uniform("wm_linePass", linePass));
  setRuleUniforms(*state, rule, mode);
  geode.addDrawable(g);
}

}  // namespace

MapScene::MapScene(const domain::Catalog& catalog, const domain::MapStyle& style)
    : MapScene(catalog, style, DetailSettings{}) {}

MapScene::MapScene(const domain::Catalog& catalog, const domain::MapStyle& style, const DetailSettings& detail)
    : _style(style), _root(new osg::Group), _3d(new osg::Uniform(kUniform3d, 0.0f)) {
  _vectorWorksBudget = detail.vectorWorksBudget;
  const std::vector<std::vector<geo::Extent>> extents = featureExtents(catalog);
  const std::vector<geo::Extent> layerExtents = placeOrigin(extents);
  // A large map builds each tile's levels when they are first drawn and keeps them under a memory budget; a
  // small one builds everything now, keeping only the levels worth their memory.
  if (featureCount(catalog) > detail.eagerFeatureLimit)
    _cache = std::make_unique<DetailCache>(detail.detailBudgetVertices);
  if (_cache) addCoverage(catalog, extents, detail);
  _layerGroups.resize(catalog.layers.size());
  for (const domain::Layer& layer : catalog.layers) _worksLayer.push_back(layer.info.role == domain::LayerRole::Works);
  for (std::uint32_t l = 0; l < catalog.layers.size(); ++l)
    if (!layerExtents[l].empty()) addLayerTiles(catalog, l, extents[l], layerExtents[l]);
  setMapState();
  addFilterUniforms();
  addStyleUniforms();
  if (_coverage) _root->addChild(_coverage);
  addRelief(catalog);
}

std::vector<geo::Extent> MapScene::placeOrigin(const std::vector<std::vector<geo::Extent>>& extents) {
  std::vector<geo::Extent> layerExtents;
  for (const auto& e : extents) _extent.add(layerExtents.emplace_back(unionOf(e)));
  if (!_extent.empty()) _origin = {_extent.centerX(), _extent.centerY()};
  return layerExtents;
}

void MapScene::addLayerTiles(const domain::Catalog& catalog, std::uint32_t l, const std::vector<geo::Extent>& extents,
                             const geo::Extent& layerExtent) {
  const geo::GeometryStore& g = catalog.layers[l].geometry;
  std::vector<double> snaps =
      detailSnaps(std::max(layerExtent.maxX - layerExtent.minX, layerExtent.maxY - layerExtent.minY));
  // A works layer drawn as rasters at overview scales: its tiles under one group that declines them all at once.
  osg::ref_ptr<RasterCoveredGroup> group;
  if (_coverage && catalog.layers[l].info.role == domain::LayerRole::Works)
    group = new RasterCoveredGroup(_origin.localBox(layerExtent), _coverage->handOver());
  // Each layer's tiles under a group of their own: its visibility is the group's node mask, its opacity a
  // uniform of the group's state.
  osg::ref_ptr<osg::Group> layerGroup = group ? static_cast<osg::Group*>(group.get()) : new osg::Group;
  layerGroup->getOrCreateStateSet()->addUniform(new osg::Uniform(kUniformOpacity, 1.0f));
  _root->addChild(layerGroup);
  _layerGroups[l] = layerGroup;
  for (std::vector<std::uint32_t>& tileList : tileFeatures(extents, kFeaturesPerTile)) {
    geo::Extent te;
    std::size_t sourceVertices = 0;
    for (std::uint32_t f : tileList) {
      te.add(extents[f]);
      sourceVertices += g.firstVertex(g.endPartOf(f)) - g.firstVertex(g.firstPart(f));
    }
    const osg::BoundingBox box = _origin.localBox(te);
    osg::ref_ptr<DetailTile> tile =
        _cache ? lazyTile(catalog, l, std::move(tileList), snaps, box) : eagerTile(catalog, l, tileList, snaps, box);
    if (group) tile->setHandOver(_coverage->handOver());
    _sourceVertices.push_back(sourceVertices);
    _tiles.push_back(tile);
    _groupOf.push_back(group.get());
    layerGroup->addChild(tile);
    ++_stats.tiles;
  }
}

void MapScene::setMapState() {
  osg::StateSet* state = _root->getOrCreateStateSet();
  // One bin for the whole map, under the labels and the overlay; the layers' bins nest inside it.
  state->setRenderBinDetails(1, "RenderBin");
  // Map geometry tests depth against the terrain (hills hide what is behind them) but writes none, so among
  // itself the drawing order decides, as in 2D.
  state->setAttributeAndModes(new osg::Depth(osg::Depth::LEQUAL, 0.0, 1.0, false), osg::StateAttribute::ON);
  state->setMode(GL_CULL_FACE, osg::StateAttribute::OFF);
  // Bound on every map, so that the integer samplers never share a unit with the height map or basemap.
  state->addUniform(new osg::Uniform("wm_coverage", kCoverageUnit));
  state->addUniform(new osg::Uniform("wm_projects", kProjectsUnit));
}

void MapScene::addFilterUniforms() {
  _asOf = new osg::Uniform(kUniformAsOf, static_cast<float>(core::Date::today().days()));
  _kindMask = new osg::Uniform(kUniformKindMask, static_cast<int>((1u << domain::kKindCount) - 1));
  _statusMask = new osg::Uniform(kUniformStatusMask, static_cast<int>((1u << domain::kStatusCount) - 1));
  _overdueOnly = new osg::Uniform(kUniformOverdueOnly, 0);
  _district = new osg::Uniform(kUniformDistrict, -1);
  _selected = new osg::Uniform(kUniformSelected, -1);
  _periodMode = new osg::Uniform(kUniformPeriodMode, 0);
  _periodFrom = new osg::Uniform(kUniformPeriodFrom, 0.0f);
  _periodTo = new osg::Uniform(kUniformPeriodTo, 0.0f);
  osg::StateSet* state = _root->getOrCreateStateSet();
  for (auto* u : {_asOf.get(), _kindMask.get(), _statusMask.get(), _overdueOnly.get(), _district.get(), _selected.get(),
                  _periodMode.get(), _periodFrom.get(), _periodTo.get()})
    state->addUniform(u);
  state->addUniform(new osg::Uniform(kUniformOpacity, 1.0f));  // what is drawn outside any layer's group
  _layerOpacity = new osg::Uniform(osg::Uniform::FLOAT, kUniformLayerOpacity, kMaxLayerOpacities);
  for (unsigned i = 0; i < kMaxLayerOpacities; ++i) _layerOpacity->setElement(i, 1.0f);
  state->addUniform(_layerOpacity);
}

void MapScene::addStyleUniforms() {
  osg::StateSet* state = _root->getOrCreateStateSet();
  osg::ref_ptr<osg::Uniform> colors = new osg::Uniform(osg::Uniform::FLOAT_VEC4, kUniformStatusColors, 4);
  for (unsigned i = 0; i < 4; ++i) colors->setElement(i, toVec4(_style.status[i]));
  state->addUniform(colors);
  state->addUniform(new osg::Uniform(kUniformOverdueCasing, toVec4(_style.overdueCasing)));
  state->addUniform(new osg::Uniform(kUniformSelectionColor, toVec4(_style.selection)));
  state->addUniform(new osg::Uniform(kUniformPatternTint, _style.patternTint));
  osg::ref_ptr<osg::Uniform> kindWidths = new osg::Uniform(osg::Uniform::FLOAT, kUniformKindWidthM, domain::kKindCount);
  for (unsigned k = 0; k < static_cast<unsigned>(domain::kKindCount); ++k)
    kindWidths->setElement(k, _style.kinds[k].widthM);
  state->addUniform(kindWidths);
}

// The ground, the height map for draping, and a small map's extrusions (one geometry for all of them, drawn with
// the map's program after the flat works, writing depth so their walls hide each other).
void MapScene::addRelief(const domain::Catalog& catalog) {
  osg::StateSet* state = _root->getOrCreateStateSet();
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
  // A large map builds its extrusions per tile, with the tile's full-detail level (lazyTile): at a scale where
  // coarser levels are drawn an extruded park is a pixel, and at a million works all of them are ~25 M vertices.
  if (!_cache) addExtrusions(catalog);
  if (_heights && !_extent.empty()) {
    _reliefTop = _terrain.reliefHeight * 10.0f + 100.0f;
    for (auto& g : _geometries) raiseBound(*g);
    for (auto& tile : _tiles) tile->setTop(_reliefTop);
    if (_coverage) _coverage->setTop(_reliefTop);
    if (_extrusions) raiseBound(*_extrusions);
  }
  setLayerOrder(domain::defaultDrawOrder(catalog));
}

void MapScene::addCoverage(const domain::Catalog& catalog, const std::vector<std::vector<geo::Extent>>& extents,
                           const DetailSettings& detail) {
  auto index = std::make_unique<WorksIndex>(catalog, extents);
  double density = index->denseFeaturesPerM2();
  double from = detail.rasterFromMetresPerPixel;
  if (from <= 0 && density > 0 && detail.rasterFeaturesPerPixel > 0)
    from = std::sqrt(detail.rasterFeaturesPerPixel / density);
  if (from <= 0 || index->size() == 0) return;
  CoverageWidths widths;
  widths.line = _style.worksLineWidthPx;
  widths.marker = _style.worksMarkerPx;
  widths.blot = std::max(3.0f, _style.worksLineWidthPx * 1.5f);
  _coverage = new CoverageLayer(catalog, std::move(index), _origin, widths, from, detail.rasterBudgetBytes);
  osg::StateSet* state = _coverage->getOrCreateStateSet();
  state->setRenderBinDetails(kBinWorksFills, "RenderBin");
  state->setDefine(kDefineMode, std::to_string(glsl::kModeCoverage));
  state->setTextureAttribute(kProjectsUnit, projectsTexture(catalog));
  // Each kind's fill pattern, as its polygons have at vector scales.
  osg::ref_ptr<osg::Uniform> fills = new osg::Uniform(osg::Uniform::INT, "wm_kindFill", domain::kKindCount);
  for (int k = 0; k < domain::kKindCount; ++k)
    fills->setElement(static_cast<unsigned>(k), static_cast<int>(_style.kind(static_cast<domain::Kind>(k)).fill));
  state->addUniform(fills);
}

osg::ref_ptr<DetailTile> MapScene::eagerTile(const domain::Catalog& catalog, std::uint32_t layer,
                                             const std::vector<std::uint32_t>& features,
                                             const std::vector<double>& snaps, const osg::BoundingBox& box) {
  std::vector<double> used;
  std::vector<osg::ref_ptr<osg::Geode>> levels;
  std::size_t previous = 0;
  for (double snap : snaps) {
    LayerGeometry w = buildLayerGeometry(catalog, layer, _origin, _style, {snap, &features});
    std::size_t vertices = vertexCount(w);
    // A level that saves less than a quarter of the vertices of the one before is not worth its memory.
    if (snap > 0 && vertices * 4 > previous * 3) continue;
    previous = vertices;
    _stats.vertices += vertices;
    _stats.merged += w.merged;
    used.push_back(snap);
    levels.push_back(addLayerDrawables(catalog.layers[layer].info, w, snap > 0, true));
  }
  osg::ref_ptr<DetailTile> tile = new DetailTile(used, box, nullptr, nullptr);
  for (std::size_t i = 0; i < levels.size(); ++i) tile->setLevel(i, levels[i].get());
  _stats.levels += used.size();
  return tile;
}

osg::ref_ptr<DetailTile> MapScene::lazyTile(const domain::Catalog& catalog, std::uint32_t layer,
                                            std::vector<std::uint32_t> features, const std::vector<double>& snaps,
                                            const osg::BoundingBox& box) {
  auto build = [this, &catalog, layer, features = std::move(features), snaps](std::size_t level,
                                                                              std::size_t& vertices) {
    auto t0 = std::chrono::steady_clock::now();
    LayerGeometry w = buildLayerGeometry(catalog, layer, _origin, _style, {snaps[level], &features});
    vertices = vertexCount(w);
    osg::ref_ptr<osg::Geode> geode = addLayerDrawables(catalog.layers[layer].info, w, snaps[level] > 0, false);
    for (unsigned i = 0; i < geode->getNumDrawables(); ++i)
      if (auto* g = geode->getDrawable(i)->asGeometry()) raiseBound(*g);
    osg::ref_ptr<osg::Node> node = geode;
    // The full-detail level carries the tile's extrusions, drawn only while 3D is shown (ShownIn3d reads wm_3d).
    if (snaps[level] == 0)
      if (osg::ref_ptr<osg::Geometry> raised = buildExtrusions(catalog, _origin, {layer, &features})) {
        vertices += raised->getVertexArray()->getNumElements();
        raiseBound(*raised);
        osg::ref_ptr<ShownIn3d> in3d = new ShownIn3d(_3d.get());
        in3d->addChild(extrusionGeode(raised.get()));
        osg::ref_ptr<osg::Group> group = new osg::Group;
        group->addChild(geode);
        group->addChild(in3d);
        node = group;
      }
    std::lock_guard lock(_statsMutex);  // prepare() builds tiles on several threads
    _stats.vertices += vertices;
    _stats.merged += w.merged;
    ++_stats.levels;
    _stats.lazySeconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return node;
  };
  return new DetailTile(snaps, box, build, _cache.get());
}

std::size_t MapScene::vertexCount(const LayerGeometry& w) {
  std::size_t vertices = 0;
  for (auto* geometry : {w.fills.get(), w.lines.get(), w.points.get()})
    if (geometry) vertices += geometry->getVertexArray()->getNumElements();
  return vertices;
}

// Bounds from the vertex arrays lie at z = 0; with a DEM the shaders raise everything by up to the relief (times
// an exaggeration of up to 10), and culling must not drop what the camera sees.
void MapScene::raiseBound(osg::Geometry& g) const {
  if (_reliefTop <= 0) return;
  osg::BoundingBox own = g.computeBoundingBox();
  own.zMax() = std::max(own.zMax(), _reliefTop);
  g.setInitialBound(own);
}

osg::ref_ptr<osg::Geode> MapScene::addLayerDrawables(const domain::LayerInfo& info, const LayerGeometry& w,
                                                     bool simplified, bool keep) {
  osg::ref_ptr<osg::Geode> geode = new osg::Geode;
  bool works = info.role == domain::LayerRole::Works;
  const domain::BaseRule* rule = works ? nullptr : _style.ruleFor(info.role, info.name);
  // Base polygons are filled only where their rule has a fill (water): a county or district fill would cover
  // the map.
  bool fill = works || (rule && rule->fill);
  int lineBin = works ? kBinWorksLines : (info.role == domain::LayerRole::Districts ? kBinDistricts : kBinBaseLines);
  if (w.fills && fill)
    addDrawable(*geode, w.fills.get(), works ? kBinWorksFills : kBinBaseFills, glsl::kModeFill, rule);
  // On a large map the simplified levels (overview scales) leave the casings out: overdue works are still drawn
  // wider, and the casing pass would run the vertex shader over every works line a second time.
  if (w.lines && works && !(simplified && _cache)) {
    // Overdue casings first, for all works lines, then the lines over them: drawn in one pass, each
    // segment's round cap would cut its casing into the neighbouring segment.
    osg::ref_ptr<osg::Geometry> casings = new osg::Geometry(*w.lines, osg::CopyOp::SHALLOW_COPY);
    casings->setStateSet(nullptr);
    addDrawable(*geode, casings.get(), kBinWorksCasings, glsl::kModeLine, rule, 0);
  }
  if (w.lines) addDrawable(*geode, w.lines.get(), lineBin, glsl::kModeLine, rule);
  if (w.points) addDrawable(*geode, w.points.get(), kBinMarkers, glsl::kModePoint, rule);
  if (keep)
    for (auto* g : {w.fills.get(), w.lines.get(), w.points.get()})
      if (g) _geometries.emplace_back(g);
  return geode;
}

bool MapScene::useProgram(osg::Program* program) {
  if (!program) return false;
  _root->getOrCreateStateSet()->setAttributeAndModes(program, osg::StateAttribute::ON);
  return true;
}

void MapScene::setLayerOrder(const std::vector<std::uint32_t>& bottomFirst) {
  // Bins inside the map's bin: 0 the terrain, then two per layer (the layer's, and one above it where the
  // coverage rasters can go), the extrusions last.
  constexpr int kFirstLayerBin = 10;
  std::vector<int> rank(_layerGroups.size(), -1);
  int next = 0;
  for (std::uint32_t l = 0; l < rank.size(); ++l)  // layers the order leaves out: first
    if (std::find(bottomFirst.begin(), bottomFirst.end(), l) == bottomFirst.end()) rank[l] = next++;
  for (std::uint32_t l : bottomFirst)
    if (l < rank.size() && rank[l] < 0) rank[l] = next++;
  int lowestWorks = -1;
  for (std::size_t l = 0; l < rank.size(); ++l) {
    if (_layerGroups[l])
      _layerGroups[l]->getOrCreateStateSet()->setRenderBinDetails(kFirstLayerBin + 2 * rank[l], "RenderBin");
    if (_worksLayer[l] && (lowestWorks < 0 || rank[l] < lowestWorks)) lowestWorks = rank[l];
  }
  if (_coverage)
    _coverage->getOrCreateStateSet()->setRenderBinDetails(kFirstLayerBin + 2 * std::max(lowestWorks, 0) + 1,
                                                          "RenderBin");
  if (_extrusionNode)
    _extrusionNode->getOrCreateStateSet()->setRenderBinDetails(kFirstLayerBin + 2 * next, "RenderBin");
}

void MapScene::setLayerView(std::size_t layer, bool visible, float opacity) {
  if (layer >= _layerGroups.size()) return;
  opacity = std::clamp(opacity, 0.0f, 1.0f);
  if (osg::Group* group = _layerGroups[layer].get()) {
    group->setNodeMask(visible && opacity > 0 ? ~0u : 0u);
    seeThrough(*group->getOrCreateStateSet(), opacity < 1);
    group->getOrCreateStateSet()->getUniform(kUniformOpacity)->set(opacity);
  }
  // The coverage rasters: per texel by its project's layer (the first kMaxLayerOpacities layers).
  if (layer < kMaxLayerOpacities) _layerOpacity->setElement(static_cast<unsigned>(layer), visible ? opacity : 0.0f);
  if (_coverage) {
    bool any = false;
    for (unsigned i = 0; i < kMaxLayerOpacities; ++i) {
      float o = 1;
      _layerOpacity->getElement(i, o);
      any |= o > 0 && o < 1;
    }
    seeThrough(*_coverage->getOrCreateStateSet(), any);
  }
}

// Blended only while see-through: an opaque map draws without blending, as before.
void MapScene::seeThrough(osg::StateSet& state, bool on) {
  state.setMode(GL_BLEND, on ? osg::StateAttribute::ON : osg::StateAttribute::INHERIT);
  if (on && !state.getAttribute(osg::StateAttribute::BLENDFUNC))
    state.setAttribute(new osg::BlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA));
}

void MapScene::setAsOf(core::Date date) { _asOf->set(static_cast<float>(date.days())); }
void MapScene::setKindMask(std::uint32_t mask) { _kindMask->set(static_cast<int>(mask)); }
void MapScene::setStatusMask(std::uint32_t mask) { _statusMask->set(static_cast<int>(mask)); }
void MapScene::setOverdueOnly(bool only) { _overdueOnly->set(only ? 1 : 0); }
void MapScene::setPeriod(bool on, core::Date from, core::Date to) {
  _periodMode->set(on ? 1 : 0);
  _periodFrom->set(static_cast<float>(from.days()));
  _periodTo->set(static_cast<float>(to.days()));
}
void MapScene::setHighlightDistrict(std::int32_t district) { _district->set(static_cast<int>(district)); }
void MapScene::setSelectedProject(std::int64_t project) { _selected->set(static_cast<int>(project)); }

std::int64_t MapScene::selectedProject() const {
  int project = -1;
  _selected->get(project);
  return project;
}

// Extrusions are fills drawn after the flat works, writing depth so that their walls hide each other.
osg::ref_ptr<osg::Geode> MapScene::extrusionGeode(osg::Geometry* extrusions) {
  osg::ref_ptr<osg::Geode> geode = new osg::Geode;
  addDrawable(*geode, extrusions, kBinMarkers, glsl::kModeFill, nullptr);
  extrusions->getOrCreateStateSet()->setAttributeAndModes(new osg::Depth(osg::Depth::LEQUAL, 0.0, 1.0, true),
                                                          osg::StateAttribute::ON);
  return geode;
}

void MapScene::addExtrusions(const domain::Catalog& catalog) {
  _extrusions = buildExtrusions(catalog, _origin);
  if (!_extrusions) return;
  _extrusionNode = extrusionGeode(_extrusions.get());
  _extrusionNode->setNodeMask(0);  // flat in 2D, where its roofs would cover the polygons' outlines
  _root->addChild(_extrusionNode);
  raiseBound(*_extrusions);
}

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
