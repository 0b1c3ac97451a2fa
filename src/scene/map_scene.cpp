#include "scene/map_scene.hpp"

#include <osg/Geode>

namespace wm::scene {
namespace {

geo::Extent extentOf(const domain::Catalog& catalog) {
  geo::Extent e;
  for (const auto& layer : catalog.layers) e.add(layer.geometry.extent());
  return e;
}

// Drawing order: fills under lines under markers, base under works.
constexpr int kBinBaseFills = 1, kBinBaseLines = 2, kBinDistricts = 3, kBinWorksFills = 10, kBinWorksCasings = 11,
              kBinWorksLines = 12, kBinMarkers = 13;

// The uniforms of one drawable of a base layer: its rule's colours (line, or fill for mode 0), class colours,
// highlight and rail ties.
void setRuleUniforms(osg::StateSet& state, const domain::BaseRule* rule, int mode) {
  domain::BaseRule fallback;
  const domain::BaseRule& r = rule ? *rule : fallback;
  state.addUniform(new osg::Uniform("wm_baseColor", toVec4(mode == 0 && r.fill ? *r.fill : r.line)));
  osg::ref_ptr<osg::Uniform> classes = new osg::Uniform(osg::Uniform::FLOAT_VEC4, "wm_classColors", kMaxClassColors);
  for (unsigned i = 0; i < static_cast<unsigned>(kMaxClassColors); ++i)
    classes->setElement(i, i < r.classes.size() ? toVec4(r.classes[i].line) : toVec4(r.line));
  state.addUniform(classes);
  state.addUniform(new osg::Uniform("wm_highlightColor", toVec4(r.highlight)));
  state.addUniform(new osg::Uniform("wm_highlightWidthPx", r.highlightWidthPx));
  state.addUniform(new osg::Uniform("wm_tie", osg::Vec2(r.tieSpacingPx, r.tieLengthPx)));
}

void addDrawable(osg::Geode& geode, osg::Geometry* g, int bin, int mode, const domain::BaseRule* rule,
                 int linePass = 1) {
  osg::StateSet* state = g->getOrCreateStateSet();
  state->setRenderBinDetails(bin, "RenderBin");
  state->addUniform(new osg::Uniform("wm_mode", mode));
  state->addUniform(new osg::Uniform("wm_linePass", linePass));
  setRuleUniforms(*state, rule, mode);
  geode.addDrawable(g);
}

}  // namespace

MapScene::MapScene(const domain::Catalog& catalog, const domain::MapStyle& style)
    : _style(style), _root(new osg::Group), _extent(extentOf(catalog)) {
  if (!_extent.empty()) _origin = {_extent.centerX(), _extent.centerY()};
  osg::ref_ptr<osg::Geode> geode = new osg::Geode;
  for (std::uint32_t l = 0; l < catalog.layers.size(); ++l) {
    const domain::LayerInfo& info = catalog.layers[l].info;
    bool works = info.role == domain::LayerRole::Works;
    const domain::BaseRule* rule = works ? nullptr : _style.ruleFor(info.role, info.name);
    LayerGeometry w = buildLayerGeometry(catalog, l, _origin, _style);
    // Base polygons are filled only where their rule has a fill (water): a county or district fill would cover
    // the map.
    bool fill = works || (rule && rule->fill);
    int lineBin = works ? kBinWorksLines : (info.role == domain::LayerRole::Districts ? kBinDistricts : kBinBaseLines);
    if (w.fills && fill) addDrawable(*geode, w.fills.get(), works ? kBinWorksFills : kBinBaseFills, 0, rule);
    if (w.lines && works) {
      // Overdue casings first, for all works lines, then the lines over them: drawn in one pass, each
      // segment's round cap would cut its casing into the neighbouring segment.
      osg::ref_ptr<osg::Geometry> casings = new osg::Geometry(*w.lines, osg::CopyOp::SHALLOW_COPY);
      casings->setStateSet(nullptr);
      addDrawable(*geode, casings.get(), kBinWorksCasings, 1, rule, 0);
    }
    if (w.lines) addDrawable(*geode, w.lines.get(), lineBin, 1, rule);
    if (w.points) addDrawable(*geode, w.points.get(), kBinMarkers, 2, rule);
    for (auto* g : {w.fills.get(), w.lines.get(), w.points.get()})
      if (g) _geometries.emplace_back(g);
  }
  _root->addChild(geode);
  osg::StateSet* state = _root->getOrCreateStateSet();
  state->setMode(GL_DEPTH_TEST, osg::StateAttribute::OFF);
  state->setMode(GL_CULL_FACE, osg::StateAttribute::OFF);
  _asOf = new osg::Uniform(kUniformAsOf, static_cast<float>(core::Date::today().days()));
  _kindMask = new osg::Uniform(kUniformKindMask, static_cast<int>((1u << domain::kKindCount) - 1));
  _statusMask = new osg::Uniform(kUniformStatusMask, static_cast<int>((1u << domain::kStatusCount) - 1));
  _district = new osg::Uniform(kUniformDistrict, -1);
  _selected = new osg::Uniform(kUniformSelected, -1);
  for (auto* u : {_asOf.get(), _kindMask.get(), _statusMask.get(), _district.get(), _selected.get()}) state->addUniform(u);
  osg::ref_ptr<osg::Uniform> colors = new osg::Uniform(osg::Uniform::FLOAT_VEC4, kUniformStatusColors, 4);
  for (unsigned i = 0; i < 4; ++i) colors->setElement(i, toVec4(_style.status[i]));
  state->addUniform(colors);
  state->addUniform(new osg::Uniform(kUniformOverdueCasing, toVec4(_style.overdueCasing)));
  state->addUniform(new osg::Uniform(kUniformPatternTint, _style.patternTint));
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

}  // namespace wm::scene
