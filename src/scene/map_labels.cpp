#include "scene/map_labels.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <unordered_set>

#include <fmt/format.h>
#include <osg/Viewport>

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
                         double maxMetresPerPixel, const MeasureText& measure) {
  LabelCandidate c;
  c.x = at.x - origin.x;
  c.y = at.y - origin.y;
  c.text = std::string(name);
  LabelSize size = measure ? measure(c.text, fontPx) : estimateLabelSize(c.text, fontPx);
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
                  const MeasureText& measure, MapLabelCandidates& out) {
  for (const auto& d : catalog.districts) {
    std::string_view name = core::trim(d.name);
    if (!d.hasGeometry || name.empty() || d.layer >= catalog.layers.size()) continue;
    const geo::GeometryStore& g = catalog.layers[d.layer].geometry;
    if (d.feature >= g.featureCount()) continue;
    // Every district alike, in the district layer's order: by size, the county seat (城区, small and crowded
    // with works) would lose to the townships around it.
    out.candidates.push_back(candidate(name, geo::representativePoint(g, d.feature), origin, style.districtFontPx,
                                       kDistrictPriority, std::numeric_limits<double>::infinity(), measure));
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

// `cancel` (may be null) stops a background build early; what was built is then thrown away.
void addProjects(const domain::Catalog& catalog, SceneOrigin origin, const MapLabelStyle& style,
                 const MeasureText& measure, const std::atomic<bool>* cancel, MapLabelCandidates& out) {
  for (std::size_t i = 0; i < catalog.projects.size(); ++i) {
    if (cancel && i % 4096 == 0 && cancel->load(std::memory_order_relaxed)) return;
    const domain::Project& p = catalog.projects[i];
    std::string_view name = core::trim(p.name);
    if (name.empty() || p.layer >= catalog.layers.size()) continue;
    const geo::GeometryStore& g = catalog.layers[p.layer].geometry;
    if (p.feature >= g.featureCount() || g.firstPart(p.feature) == g.endPartOf(p.feature)) continue;  // no place
    auto [length, area] = planarSize(g, p.feature);
    bool large = area >= 100000 || length >= 3000;
    // Size on a log scale (a 1 km road ≈ a 1 ha park), capped so the kind still matters.
    float size = static_cast<float>(std::min(1.0, std::log10(1 + std::max(area, length * 10)) / 7));
    out.candidates.push_back(candidate(name, geo::representativePoint(g, p.feature), origin, style.projectFontPx,
                                       kProjectPriority + kindWeight(p.kind) + size,
                                       style.projectMaxMetresPerPixel * (large ? 2 : 1), measure));
    out.classes.push_back(LabelClass::Project);
    out.projects.push_back(static_cast<std::int64_t>(i));
  }
}

// Named lines of base layers (roads, rivers, rail). A road stored as many segments of one name is labelled
// once per baseDedupMetres square.
void addBaseNames(const domain::Catalog& catalog, SceneOrigin origin, const MapLabelStyle& style,
                  const MeasureText& measure, MapLabelCandidates& out) {
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
          candidate(name, at, origin, style.baseFontPx, kBasePriority, style.baseMaxMetresPerPixel, measure));
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

// Appends `from`'s candidates after the first `at` of `to`'s.
void insertCandidates(MapLabelCandidates& to, std::size_t at, MapLabelCandidates&& from) {
  auto where = [at](auto& v) { return v.begin() + static_cast<std::ptrdiff_t>(at); };
  to.candidates.insert(where(to.candidates), std::make_move_iterator(from.candidates.begin()),
                       std::make_move_iterator(from.candidates.end()));
  to.classes.insert(where(to.classes), from.classes.begin(), from.classes.end());
  to.projects.insert(where(to.projects), from.projects.begin(), from.projects.end());
}

// Project labels appear from this scale on (large projects'; the others' at half of it).
double projectThreshold(const MapLabelStyle& style) { return style.projectMaxMetresPerPixel * 2; }

}  // namespace

MapLabelCandidates buildMapLabelCandidates(const domain::Catalog& catalog, SceneOrigin origin,
                                           const MapLabelStyle& style, const MeasureText& measure) {
  // As MapLabels builds them: districts and base names first, the projects' put between them later.
  MapLabelCandidates out, projects;
  addDistricts(catalog, origin, style, measure, out);
  std::size_t districts = out.candidates.size();
  addBaseNames(catalog, origin, style, measure, out);
  addProjects(catalog, origin, style, measure, nullptr, projects);
  insertCandidates(out, districts, std::move(projects));
  return out;
}

bool labelShown(const LabelFilter& filter, domain::Kind kind, domain::RecordedStatus recorded,
                const std::optional<core::Date>& start, const std::optional<core::Date>& done) {
  if ((filter.kindMask >> static_cast<unsigned>(kind) & 1u) == 0) return false;
  domain::Status status = analysis::statusAt(recorded, start, done, filter.asOf);
  if (filter.periodMode) {
    if (!analysis::completedWithin(done, filter.periodFrom, filter.periodTo)) return false;
    status = domain::Status::Completed;
  }
  return (filter.statusMask >> static_cast<unsigned>(status) & 1u) != 0;
}

LabelLook labelLook(LabelClass cls, const MapLabelStyle& style) {
  switch (cls) {
    case LabelClass::District:
      return {style.districtFontPx, osg::Vec4(0.10f, 0.10f, 0.30f, 1)};
    case LabelClass::Project:
      return {style.projectFontPx, osg::Vec4(0.04f, 0.04f, 0.05f, 1)};
    case LabelClass::Base:
      break;
  }
  return {style.baseFontPx, osg::Vec4(0.25f, 0.25f, 0.25f, 1)};
}

MapLabels::MapLabels(const domain::Catalog& catalog, SceneOrigin origin, core::Lang lang, const MapLabelStyle& style)
    : MapLabels(catalog, origin, findChineseFont(), lang, style) {}

MapLabels::MapLabels(const domain::Catalog& catalog, SceneOrigin origin, const core::Result<FontFile>& font,
                     core::Lang lang, const MapLabelStyle& style)
    : _catalog(catalog), _origin(origin), _style(style), _root(new osg::Group) {
  _root->setName("worksmap-labels");
  osg::ref_ptr<osgText::Font> loaded;
  if (font) loaded = readLabelFont(*font, /*shared=*/true);  // the overlay reads the same face: parsed once
  if (!loaded) {
    _problem = core::tr(lang, core::Msg::LabelsNoFont);
    _projectsBuilt = true;  // no candidates at all: nothing to lay out
    return;
  }
  _fontFile = *font;
  _drawing = std::make_unique<LabelDrawing>(loaded.get());
  _root->addChild(_drawing->node());
  const LabelDrawing* drawing = _drawing.get();
  _measure = [drawing](std::string_view text, float px) { return drawing->measure(text, px); };
  addDistricts(catalog, origin, style, _measure, _fixed);
  _districtCount = _fixed.candidates.size();
  addBaseNames(catalog, origin, style, _measure, _fixed);
  _set = arrange(_fixed);
}

MapLabels::~MapLabels() {
  _cancel = true;
  if (_background.valid()) _background.wait();
}

// Stored in the order a query visits them (then any left out of the index), so that a query reads the candidates
// and their projects' states sequentially; the index is renumbered, not built again.
MapLabels::Arranged MapLabels::arrange(MapLabelCandidates built) const {
  Arranged out;
  out.index = LabelIndex(built.candidates);
  std::vector<std::uint32_t> order = out.index.visitOrder();
  std::vector<bool> placed(built.candidates.size(), false);
  for (std::uint32_t i : order) placed[i] = true;
  for (std::uint32_t i = 0; i < built.candidates.size(); ++i)
    if (!placed[i]) order.push_back(i);
  out.candidates.candidates.reserve(order.size());
  out.candidates.classes.reserve(order.size());
  out.candidates.projects.reserve(order.size());
  out.states.reserve(order.size());
  for (std::uint32_t i : order) {
    out.candidates.candidates.push_back(std::move(built.candidates[i]));
    out.candidates.classes.push_back(built.classes[i]);
    out.candidates.projects.push_back(built.projects[i]);
    ProjectState project;
    if (built.projects[i] >= 0) {
      const domain::Project& p = _catalog.projects[static_cast<std::size_t>(built.projects[i])];
      project = {p.kind, p.recorded, true, p.start, p.done};
    }
    out.states.push_back(project);
  }
  out.index.renumberInVisitOrder();
  return out;
}

// Every candidate, in the order buildMapLabelCandidates gives them (districts, projects, base names), arranged.
// Reads only what does not change after construction, so it may run on another thread with a `measure` of its own.
std::optional<MapLabels::Arranged> MapLabels::withProjects(const MeasureText& measure) const {
  MapLabelCandidates all = _fixed, projects;
  addProjects(_catalog, _origin, _style, measure, &_cancel, projects);
  if (_cancel) return std::nullopt;
  insertCandidates(all, _districtCount, std::move(projects));
  return arrange(std::move(all));
}

void MapLabels::prepareProjectsInBackground() {
  if (_projectsBuilt || _background.valid()) return;
  _background = std::async(std::launch::async, [this]() -> Background {
    // The same face, measured alike, but not the drawing's Font (see readLabelFont).
    Background out;
    out.font = readLabelFont(_fontFile, /*shared=*/false);
    if (!out.font) return out;  // unreadable now: the main thread builds them when they are needed
    try {
      TextMeasure measure(out.font.get());
      out.built = withProjects([&measure](std::string_view text, float px) { return measure(text, px); });
    } catch (const std::exception&) {
      out.built.reset();  // (out of memory, say) the main thread tries again when they are needed
    }
    return out;
  });
}

void MapLabels::ensureProjects(double metresPerPixel) {
  if (_projectsBuilt || !(metresPerPixel <= projectThreshold(_style))) return;
  std::optional<Arranged> built;
  if (_background.valid()) built = std::move(_background.get().built);
  if (!built) built = withProjects(_measure);
  if (built) _set = std::move(*built);
  _projectsBuilt = true;
  _fixed = {};
}

void MapLabels::update(const osg::Matrixd& viewProjection, int width, int height, double metresPerPixel,
                       const LabelFilter& filter, const std::vector<PlacedLabel>& reserved) {
  _layout = {};
  if (!_drawing) return;
  if (width > 0 && height > 0) {
    ensureProjects(metresPerPixel);
    LabelView view{toWindowTransform(viewProjection, width, height), width, height, metresPerPixel};
    LayoutOptions options;
    options.maxLabels = _style.maxLabels;
    options.reserved = reserved;
    options.accept = [&](std::uint32_t i) {
      const ProjectState& p = _set.states[i];
      if (!p.isProject) return true;
      return labelShown(filter, p.kind, p.recorded, p.start, p.done);
    };
    _layout = layoutLabels(_set.candidates.candidates, _set.index, view, options);
  }
  std::vector<DrawnLabel> drawn;
  drawn.reserve(_layout.labels.size());
  for (const PlacedLabel& l : _layout.labels)
    drawn.push_back({l.x0, l.y0, l.x1, l.y1, _set.candidates.candidates[l.candidate].text,
                     labelLook(_set.candidates.classes[l.candidate], _style)});
  _drawing->draw(drawn, width, height);
}

}  // namespace wm::scene
