#include "scene/map_labels.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>
#include <osg/Viewport>
#include <osgDB/Options>

#include "analysis/status_at_date.hpp"
#include "core/text.hpp"
#include "geo/polygon_index.hpp"

namespace wm::scene {
namespace {

// Priority bands: any district above any project above any base-layer name.
constexpr float kDistrictPriority = 1000, kProjectPriority = 100, kBasePriority = 10;
// The light box drawn behind a label extends this far beyond its text, in pixels; laid out as part of the label.
constexpr float kBoxMarginPx = 2;

LabelCandidate candidate(std::string_view name, geo::Point2 at, SceneOrigin origin, float fontPx, float priority,
                         double maxMetresPerPixel) {
  LabelCandidate c;
  c.x = at.x - origin.x;
  c.y = at.y - origin.y;
  c.text = std::string(name);
  LabelSize size = estimateLabelSize(c.text, fontPx);
  c.widthPx = size.widthPx + 2 * kBoxMarginPx;
  c.heightPx = size.heightPx + 2 * kBoxMarginPx;
  c.priority = priority;
  c.maxMetresPerPixel = maxMetresPerPixel;
  return c;
}

// Works that shape the streetscape first; sirens and pipes last.
float kindWeight(domain::Kind kind) {
  switch (kind) {
    case domain::Kind::Road:
    case domain::Kind::Park:
      return 3;
    case domain::Kind::Parking:
    case domain::Kind::Renovation:
      return 2;
    default:
      return 1;
  }
}

void addDistricts(const domain::Catalog& catalog, SceneOrigin origin, const MapLabelStyle& style,
                  MapLabelCandidates& out) {
  for (const auto& d : catalog.districts) {
    std::string_view name = core::trim(d.name);
    if (!d.hasGeometry || name.empty() || d.layer >= catalog.layers.size()) continue;
    const geo::GeometryStore& g = catalog.layers[d.layer].geometry;
    if (d.feature >= g.featureCount()) continue;
    // Every district alike, in the district layer's order: by size, the county seat (城区, small and crowded
    // with works) would lose to the townships around it.
    out.candidates.push_back(candidate(name, geo::representativePoint(g, d.feature), origin, style.districtFontPx,
                                       kDistrictPriority, std::numeric_limits<double>::infinity()));
    out.classes.push_back(LabelClass::District);
    out.projects.push_back(-1);
  }
}

// A feature's size for label priority, planar in the working CRS (metres): the length of its lines and the area
// of its rings (holes subtracted). Geodesic figures are not needed to rank labels, and `render` does not
// compute them, so the window and an export rank labels alike.
std::pair<double, double> planarSize(const geo::GeometryStore& g, std::size_t f) {
  double length = 0, area = 0;
  for (std::uint32_t p = g.firstPart(f); p < g.endPartOf(f); ++p) {
    geo::PartRole role = g.partRoles[p];
    if (role == geo::PartRole::Point) continue;
    if (role != geo::PartRole::Line) {
      area += (role == geo::PartRole::InnerRing ? -1 : 1) * std::abs(g.signedRingArea(p));
      continue;
    }
    for (std::uint32_t v = g.firstVertex(p) + 1; v < g.endVertexOf(p); ++v)
      length += std::hypot(g.x[v] - g.x[v - 1], g.y[v] - g.y[v - 1]);
  }
  return {length, std::max(area, 0.0)};
}

void addProjects(const domain::Catalog& catalog, SceneOrigin origin, const MapLabelStyle& style,
                 MapLabelCandidates& out) {
  for (std::size_t i = 0; i < catalog.projects.size(); ++i) {
    const domain::Project& p = catalog.projects[i];
    std::string_view name = core::trim(p.name);
    if (name.empty() || p.layer >= catalog.layers.size()) continue;
    const geo::GeometryStore& g = catalog.layers[p.layer].geometry;
    if (p.feature >= g.featureCount()) continue;
    auto [length, area] = planarSize(g, p.feature);
    bool large = area >= 100000 || length >= 3000;
    // Size on a log scale (a 1 km road ≈ a 1 ha park), capped so the kind still matters.
    float size = static_cast<float>(std::min(1.0, std::log10(1 + std::max(area, length * 10)) / 7));
    out.candidates.push_back(candidate(name, geo::representativePoint(g, p.feature), origin, style.projectFontPx,
                                       kProjectPriority + kindWeight(p.kind) + size,
                                       style.projectMaxMetresPerPixel * (large ? 2 : 1)));
    out.classes.push_back(LabelClass::Project);
    out.projects.push_back(static_cast<std::int64_t>(i));
  }
}

// Named lines of base layers (roads, rivers, rail). A road stored as many segments of one name is labelled
// once per baseDedupMetres square.
void addBaseNames(const domain::Catalog& catalog, SceneOrigin origin, const MapLabelStyle& style,
                  MapLabelCandidates& out) {
  std::unordered_set<std::string> seen;
  double cell = std::max(1.0, style.baseDedupMetres);
  for (const auto& layer : catalog.layers) {
    if (layer.info.role != domain::LayerRole::Base) continue;
    const geo::GeometryStore& g = layer.geometry;
    for (std::size_t f = 0; f < g.featureCount() && f < layer.labels.size(); ++f) {
      std::string_view name = core::trim(layer.labels[f]);
      if (name.empty() || g.featureKinds[f] != geo::GeomKind::Line) continue;
      geo::Point2 at = geo::representativePoint(g, f);
      std::string key = fmt::format("{}\x1f{}\x1f{}", name, std::floor(at.x / cell), std::floor(at.y / cell));
      if (!seen.insert(std::move(key)).second) continue;
      out.candidates.push_back(
          candidate(name, at, origin, style.baseFontPx, kBasePriority, style.baseMaxMetresPerPixel));
      out.classes.push_back(LabelClass::Base);
      out.projects.push_back(-1);
    }
  }
}

// osg::Matrixd is row-vector (p' = p · M); WindowTransform is column-vector, row-major.
WindowTransform toWindowTransform(const osg::Matrixd& viewProjection, int width, int height) {
  osg::ref_ptr<osg::Viewport> viewport = new osg::Viewport(0, 0, width, height);
  osg::Matrixd m = viewProjection * viewport->computeWindowMatrix();
  WindowTransform t;
  for (int row = 0; row < 4; ++row)
    for (int col = 0; col < 4; ++col) t.m[static_cast<std::size_t>(row * 4 + col)] = m(col, row);
  return t;
}

}  // namespace

MapLabelCandidates buildMapLabelCandidates(const domain::Catalog& catalog, SceneOrigin origin,
                                           const MapLabelStyle& style) {
  MapLabelCandidates out;
  addDistricts(catalog, origin, style, out);
  addProjects(catalog, origin, style, out);
  addBaseNames(catalog, origin, style, out);
  return out;
}

MapLabels::MapLabels(const domain::Catalog& catalog, SceneOrigin origin, core::Lang lang, const MapLabelStyle& style)
    : MapLabels(catalog, origin, findChineseFont(), lang, style) {}

MapLabels::MapLabels(const domain::Catalog& catalog, SceneOrigin origin, const core::Result<FontFile>& font,
                     core::Lang lang, const MapLabelStyle& style)
    : _style(style), _root(new osg::Group), _geode(new osg::Geode) {
  _root->setName("worksmap-labels");
  _root->addChild(_geode);
  _geode->setCullingActive(false);
  osg::StateSet* state = _root->getOrCreateStateSet();
  state->setMode(GL_LIGHTING, osg::StateAttribute::OFF);
  state->setMode(GL_DEPTH_TEST, osg::StateAttribute::OFF);
  state->setMode(GL_BLEND, osg::StateAttribute::ON);
  // After every map bin (1-12), before a HUD overlay (100).
  state->setRenderBinDetails(50, "RenderBin");
  if (font) {
    // Held by a ref_ptr: a bare `new Options` handed to osgDB is never released.
    osg::ref_ptr<osgDB::Options> options = new osgDB::Options(fmt::format("index={}", font->index));
    options->setObjectCacheHint(osgDB::Options::CACHE_ALL);  // the overlay reads the same face: parsed once
    _font = osgText::readRefFontFile(font->path, options.get());
  }
  if (!_font) {
    _problem = core::tr(lang, core::Msg::LabelsNoFont);
    return;  // no candidates either: nothing to lay out
  }
  MapLabelCandidates built = buildMapLabelCandidates(catalog, origin, style);
  // Stored in the order a query visits them (then any left out of the index), so that a query reads the
  // candidates and their projects' states sequentially; the index is renumbered, not built again.
  _index = LabelIndex(built.candidates);
  std::vector<std::uint32_t> order = _index.visitOrder();
  std::vector<bool> placed(built.candidates.size(), false);
  for (std::uint32_t i : order) placed[i] = true;
  for (std::uint32_t i = 0; i < built.candidates.size(); ++i)
    if (!placed[i]) order.push_back(i);
  _candidates.candidates.reserve(order.size());
  _candidates.classes.reserve(order.size());
  _candidates.projects.reserve(order.size());
  _states.reserve(order.size());
  for (std::uint32_t i : order) {
    _candidates.candidates.push_back(std::move(built.candidates[i]));
    _candidates.classes.push_back(built.classes[i]);
    _candidates.projects.push_back(built.projects[i]);
    ProjectState project;
    if (built.projects[i] >= 0) {
      const domain::Project& p = catalog.projects[static_cast<std::size_t>(built.projects[i])];
      project = {p.kind, p.recorded, true, p.start, p.done};
    }
    _states.push_back(project);
  }
  _index.renumberInVisitOrder();
}

namespace {

// Glyphs rasterised at about 2.5 times the size they are drawn and minified: the thin strokes of Hanzi stay
// darker than when rasterised at the drawn size (measured on llvmpipe: darkest pixel 60 against 90).
void setSize(osgText::Text& t, float px) {
  auto resolution = static_cast<unsigned>(std::clamp(std::lround(px * 2.5f), 16L, 128L));
  t.setFontResolution(resolution, resolution);
  t.setCharacterSize(px);
}

}  // namespace

void MapLabels::configure(osgText::Text& t, LabelClass cls) const {
  t.setDataVariance(osg::Object::DYNAMIC);
  // Laid out in view already; a screen-sized text's bound in metres can be tiny and get culled as a small feature.
  t.setCullingActive(false);
  t.setFont(_font.get());
  t.setCharacterSizeMode(osgText::Text::SCREEN_COORDS);
  t.setAxisAlignment(osgText::Text::SCREEN);
  t.setAlignment(osgText::Text::CENTER_CENTER);
  // A light box behind the text so it reads over lines of any colour. (osgText 3.6's OUTLINE backdrop adds the
  // halo colour inside the glyphs too, washing the text out, and its signed-distance-field shader does not
  // compile on Mesa's GLSL 1.10.)
  t.setDrawMode(osgText::Text::TEXT | osgText::Text::FILLEDBOUNDINGBOX);
  t.setBoundingBoxColor(osg::Vec4(1, 1, 1, 0.85f));
  t.setBoundingBoxMargin(kBoxMarginPx);
  switch (cls) {
    case LabelClass::District:
      setSize(t, _style.districtFontPx);
      t.setColor(osg::Vec4(0.10f, 0.10f, 0.30f, 1));
      break;
    case LabelClass::Project:
      setSize(t, _style.projectFontPx);
      t.setColor(osg::Vec4(0.04f, 0.04f, 0.05f, 1));
      break;
    case LabelClass::Base:
      setSize(t, _style.baseFontPx);
      t.setColor(osg::Vec4(0.25f, 0.25f, 0.25f, 1));
      break;
  }
}

void MapLabels::update(const osg::Matrixd& viewProjection, int width, int height, double metresPerPixel,
                       const LabelFilter& filter, const std::vector<PlacedLabel>& reserved) {
  _layout = {};
  if (_font && width > 0 && height > 0) {
    LabelView view{toWindowTransform(viewProjection, width, height), width, height, metresPerPixel};
    LayoutOptions options;
    options.maxLabels = _style.maxLabels;
    options.reserved = reserved;
    options.accept = [&](std::uint32_t i) {
      const ProjectState& p = _states[i];
      if (!p.isProject) return true;
      auto status = static_cast<unsigned>(analysis::statusAt(p.recorded, p.start, p.done, filter.asOf));
      return (filter.kindMask >> static_cast<unsigned>(p.kind) & 1u) != 0 && (filter.statusMask >> status & 1u) != 0;
    };
    _layout = layoutLabels(_candidates.candidates, _index, view, options);
  }
  // Keep the Text of a label shown before (no new glyph layout); free the others for the new labels.
  std::unordered_map<std::int64_t, std::size_t> slotOf;
  for (std::size_t s = 0; s < _pool.size(); ++s)
    if (_pool[s].candidate >= 0) slotOf.emplace(_pool[s].candidate, s);
  std::vector<bool> keep(_pool.size(), false);
  for (const auto& label : _layout.labels)
    if (auto it = slotOf.find(label.candidate); it != slotOf.end()) keep[it->second] = true;
  for (std::size_t s = 0; s < _pool.size(); ++s)
    if (!keep[s]) _pool[s].candidate = -1;
  _geode->removeDrawables(0, _geode->getNumDrawables());
  std::size_t nextFree = 0;
  for (const auto& label : _layout.labels) {
    std::size_t slot;
    if (auto it = slotOf.find(label.candidate); it != slotOf.end() && keep[it->second]) {
      slot = it->second;
    } else {
      while (nextFree < _pool.size() && _pool[nextFree].candidate >= 0) ++nextFree;
      if (nextFree == _pool.size()) _pool.push_back({});
      slot = nextFree;
      const LabelCandidate& c = _candidates.candidates[label.candidate];
      if (!_pool[slot].text) _pool[slot].text = new osgText::Text;
      configure(*_pool[slot].text, _candidates.classes[label.candidate]);
      _pool[slot].text->setPosition(
          osg::Vec3(static_cast<float>(c.x), static_cast<float>(c.y), static_cast<float>(c.z)));
      _pool[slot].text->setText(c.text, osgText::String::ENCODING_UTF8);
      _pool[slot].candidate = label.candidate;
    }
    _geode->addDrawable(_pool[slot].text.get());
  }
}

}  // namespace wm::scene
