#include "app/map_view.hpp"

#include <ostream>

#include "analysis/status_at_date.hpp"
#include "app/commands.hpp"
#include "scene/district_veil.hpp"
#include "scene/map_overlay.hpp"
#include "scene/shader_program.hpp"

namespace wm::app {

using core::Msg;
using core::tr;

MapInputs prepareMap(const std::vector<std::string>& sources, const Streams& io, const io::LoadOptions& options) {
  MapInputs in;
  // Kept when nothing could be read: the window's Problems panel shows why.
  in.loaded = loadAndReport(sources, io.err, io.lang, /*forMap=*/true, options);
  if (in.loaded.catalog.layers.empty()) {
    in.failure = ExitCode::InputUnreadable;
    return in;
  }
  in.title = mapTitle(in.loaded, sources);
  auto program = scene::loadMapProgram(scene::shaderDirectory());
  if (!program) {
    io.err << tr(io.lang, Msg::CliRenderFailed, program.error().text(io.lang)) << "\n";
    in.loaded.problems.add(core::Diagnostic::error(Msg::CliRenderFailed, {program.error().asArg()}));
    in.failure = ExitCode::OutputFailed;
    return in;
  }
  in.program = *program;
  auto terrain = scene::loadTerrainProgram(scene::shaderDirectory());
  if (!terrain) {
    io.err << tr(io.lang, Msg::CliRenderFailed, terrain.error().text(io.lang)) << "\n";
    in.loaded.problems.add(core::Diagnostic::error(Msg::CliRenderFailed, {terrain.error().asArg()}));
    in.failure = ExitCode::OutputFailed;
    return in;
  }
  in.terrainProgram = *terrain;
  return in;
}

MapView::MapView(const domain::Catalog& catalog, const domain::MapStyle& style, std::string title, core::Lang lang,
                 osg::Program* program, osg::Program* terrainProgram)
    : _catalog(catalog),
      _lang(lang),
      _program(program),
      _scene(catalog, style),
      _viewport(new osg::Uniform("wm_viewport", osg::Vec2(1, 1))) {
  _scene.useProgram(program);
  if (terrainProgram) _scene.useTerrainProgram(terrainProgram);
  if (catalog.basemapTiles) _basemap = std::make_unique<BasemapFollower>(catalog.basemapTiles, _scene);
  _wanted.lang = lang;
  _wanted.title = std::move(title);
  _reduced = std::make_unique<render::ReducedResolution>(_scene.root(), kMapBackground, _viewport.get());
  _root->addChild(_reduced->node());
  std::vector<bool> present(domain::kKindCount, false);
  for (const auto& p : catalog.projects) present[static_cast<std::size_t>(p.kind)] = true;
  for (std::size_t k = 0; k < present.size(); ++k)
    if (present[k]) _kinds.push_back(static_cast<domain::Kind>(k));
  auto font = scene::findChineseFont();
  _labels = std::make_unique<scene::MapLabels>(catalog, _scene.origin(), font, lang);
  _root->addChild(_labels->node());  // over the map, under the overlay
  _root->addChild(_overlayHolder);
  _font = font;
  if (!font) _fontProblem = _labels->problem();
}

geo::Extent MapView::homeExtent() const { return _scene.origin().toLocal(_scene.dataExtent()); }

std::optional<geo::Extent> MapView::districtExtent(const std::string& name) const {
  std::int32_t d = _catalog.findDistrict(name);
  if (d == domain::kNoDistrict || !_catalog.districts[static_cast<std::size_t>(d)].hasGeometry) return std::nullopt;
  const auto& entry = _catalog.districts[static_cast<std::size_t>(d)];
  geo::Extent local = _scene.origin().toLocal(_catalog.layers[entry.layer].geometry.featureExtent(entry.feature));
  if (local.empty()) return std::nullopt;
  return local;
}

void MapView::setAsOf(core::Date date) {
  _asOf = date;
  _scene.setAsOf(date);
  _wanted.asOf = date.days();
  if (_built.width > 0) rebuildOverlay();
  layoutLabels();
}

void MapView::setFilter(const ui::MapFilter& f) {
  _scene.setKindMask(f.kindMask);
  _scene.setStatusMask(f.statusMask);
  _scene.setOverdueOnly(f.overdueOnly);
  _scene.setHighlightDistrict(f.highlightDistrict);
  _scene.setSelectedProject(f.selectedProject);
  const core::Date from = core::Date::fromDays(f.periodFromDays), to = core::Date::fromDays(f.periodToDays);
  _scene.setPeriod(f.periodMode, from, to);
  scene::LabelFilter labels = _labelFilter;
  labels.kindMask = f.kindMask;
  labels.statusMask = f.statusMask;
  labels.periodMode = f.periodMode;
  labels.periodFrom = from;
  labels.periodTo = to;
  const bool labelsChanged = !(labels == _labelFilter);
  _labelFilter = labels;
  // The overlay's date line names the period in period mode.
  _wanted.periodMode = f.periodMode;
  _wanted.periodFrom = f.periodFromDays;
  _wanted.periodTo = f.periodToDays;
  if (f.asOfDays != _asOf.days()) {
    setAsOf(core::Date::fromDays(f.asOfDays));  // lays the labels out again and rebuilds the overlay
    return;
  }
  if (_built.width > 0) rebuildOverlay();
  if (labelsChanged) layoutLabels();
}

void MapView::setPresenting(bool on) {
  _reduced->setAlwaysThroughTexture(on);
  _reduced->set(_reduced->scale(), _wanted.width, _wanted.height);
}

void MapView::setFlying(bool on) {
  if (on == _flying) return;
  _flying = on;
  _reduced->set(on ? render::ReducedResolution::kFlightScale : 1.0, _wanted.width, _wanted.height);
  _scene.setStandIns(on);
  _labels->node()->setNodeMask(on ? 0u : ~0u);
  if (!on) layoutLabels();
}

void MapView::setDimmedOutside(std::int32_t district) {
  if (_veil) _root->removeChild(_veil);
  _veil = scene::districtVeil(_catalog, district, _scene.origin(), kMapBackground);
  if (_veil) _root->insertChild(1, _veil);  // over the map, under the labels and the overlay
}

void MapView::setLang(core::Lang lang) {
  _lang = lang;
  _wanted.lang = lang;
  if (_built.width > 0) rebuildOverlay();
}

void MapView::setOverlayLegend(bool shown) {
  _wanted.legend = shown;
  if (_built.width > 0) rebuildOverlay();
}

void MapView::setTitle(std::string title, std::string subtitle) {
  _wanted.title = std::move(title);
  _wanted.subtitle = std::move(subtitle);
  if (_built.width > 0) rebuildOverlay();
}

void MapView::setViewButton(bool shown) {
  if (shown == _viewButton) return;
  _viewButton = shown;
  if (_built.width > 0) rebuildOverlay();
}

void MapView::setSlideText(bool on) {
  _wanted.slideText = on;
  if (_built.width > 0) rebuildOverlay();
}

void MapView::setOverlayTitle(bool shown) {
  _wanted.titleShown = shown;
  if (_built.width > 0) rebuildOverlay();
}

void MapView::setFigures(std::string heading, std::vector<std::vector<std::string>> rows) {
  _wanted.figuresHeading = std::move(heading);
  _wanted.figures = std::move(rows);
  if (_built.width > 0) rebuildOverlay();
}

void MapView::setBottomInset(int pixels) {
  _wanted.bottomInset = pixels;
  if (_built.width > 0) rebuildOverlay();
}

std::optional<geo::Extent> MapView::projectExtent(std::int64_t project, double minSize) const {
  if (project < 0 || static_cast<std::size_t>(project) >= _catalog.projects.size()) return std::nullopt;
  const domain::Project& p = _catalog.projects[static_cast<std::size_t>(project)];
  if (p.layer >= _catalog.layers.size() || p.feature >= _catalog.layers[p.layer].geometry.featureCount())
    return std::nullopt;
  const geo::Extent e = _scene.origin().toLocal(_catalog.layers[p.layer].geometry.featureExtent(p.feature));
  if (e.empty()) return std::nullopt;
  geo::Extent local;
  double cx = e.centerX(), cy = e.centerY();
  double halfW = std::max(e.maxX - e.minX, minSize) / 2, halfH = std::max(e.maxY - e.minY, minSize) / 2;
  local.add(cx - halfW, cy - halfH);
  local.add(cx + halfW, cy + halfH);
  return local;
}

// Labels of projects hidden at the as-of date are left out, so they are laid out again when it changes.
void MapView::layoutLabels() {
  if (!_camera || !_labels || _flying) return;  // hidden while flying, laid out on landing
  scene::LabelFilter filter = _labelFilter;
  filter.asOf = _asOf;
  // Labels stay out of the overlay's panels.
  std::vector<scene::PlacedLabel> reserved;
  if (_hud) {
    auto add = [&](const scene::OverlayRect& r) { reserved.push_back({0, r.x0, r.y0, r.x1, r.y1}); };
    add(_panels.title);
    add(_panels.legend);
    add(_panels.northArrow);
    if (_panels.hasScaleBar) add(_panels.scaleBar);
    if (_panels.hasButton) add(_panels.button);
    if (_panels.hasFigures) add(_panels.figures);
  }
  _labels->update(_camera->viewMatrix() * _camera->projectionMatrix(), _camera->width(), _camera->height(),
                  _camera->metresPerPixel(), filter, reserved);
}

std::vector<osg::Camera*> MapView::pixelCameras() const {
  std::vector<osg::Camera*> out;
  if (osg::Camera* labels = _labels->pixelCamera()) out.push_back(labels);
  if (_hud) out.push_back(_hud.get());
  return out;
}

double MapView::groundHeight(double x, double y) const { return _scene.groundHeight(x, y); }

void MapView::cameraChanged(const render::MapCamera& camera) {
  _scene.prepare(camera.viewMatrix(), camera.projectionMatrix(), camera.width());
  if (_basemap) _basemap->viewChanged(camera, BasemapFollower::Clock::now());
  _scene.set3d(static_cast<float>(camera.blend()));
  _viewport->set(osg::Vec2(static_cast<float>(camera.width()), static_cast<float>(camera.height())));
  _wanted.width = camera.width();
  _wanted.height = camera.height();
  _reduced->set(_reduced->scale(), camera.width(), camera.height());
  // A tilted view has no one scale: the overlay leaves its scale bar out (OverlayContent: 0 = none).
  _wanted.metresPerPixel = camera.uniformScale() ? camera.metresPerPixel() : 0.0;
  _wanted.headingDegrees = camera.headingDegrees();
  _wanted.target3d = camera.target3d();
  _wanted.asOf = _asOf.days();
  rebuildOverlay();
  _camera = camera;
  layoutLabels();
}

void MapView::rebuildOverlay() {
  if (_wanted == _built || !_font) return;
  scene::OverlayContent c;
  c.title = _wanted.title;
  c.subtitle = _wanted.periodMode ? tr(_lang, Msg::ReportTitlePeriod, core::Date::fromDays(_wanted.periodFrom).iso(),
                                       core::Date::fromDays(_wanted.periodTo).iso())
                                  : tr(_lang, Msg::ReportTitleAsOf, _asOf.iso());
  // Data without works (district outlines, a base map alone) has no works progress to date.
  if (_catalog.projects.empty() && !_wanted.periodMode) c.subtitle.clear();
  if (!_wanted.subtitle.empty())
    c.subtitle = c.subtitle.empty() ? _wanted.subtitle : _wanted.subtitle + " · " + c.subtitle;
  if (!_wanted.titleShown) c.title = c.subtitle = "";
  c.textScale = _wanted.slideText ? scene::kSlideTextScale : 1.0f;
  c.figuresHeading = _wanted.figuresHeading;
  c.figures = _wanted.figures;
  const Msg statuses[] = {Msg::StatusPlanned, Msg::StatusUnderConstruction, Msg::StatusCompleted, Msg::StatusSuspended};
  const domain::MapStyle& style = _scene.style();
  // Only what the map shows: the statuses present at the date, overdue when any is; no works, no works legend.
  const std::uint32_t rows = _wanted.legend ? legendRows() : 0;
  for (int i = 0; i < 4; ++i)
    if (rows & (1u << i)) c.legend.push_back({tr(_lang, statuses[i]), scene::toVec4(style.status[i])});
  // In period mode the casing marks the period's late completions (shaders/status.glsl, wm_mapMarked).
  if (rows & (1u << 4))
    c.legend.push_back(
        {tr(_lang, _wanted.periodMode ? Msg::LegendLate : Msg::LegendOverdue), scene::toVec4(style.overdueCasing)});
  if (_wanted.legend) {
    // The kinds in the data with their line and fill patterns, so a greyscale print still tells them apart.
    for (domain::Kind kind : _kinds)
      c.legend.push_back({std::string(core::text(domain::kindMsg(kind), _lang)), osg::Vec4(), kind});
  }
  c.metresPerPixel = _wanted.metresPerPixel;
  c.northLabel = tr(_lang, Msg::NorthArrowLabel);
  c.headingDegrees = _wanted.headingDegrees;
  c.bottomInset = static_cast<float>(_wanted.bottomInset);
  if (_viewButton) c.viewButton = tr(_lang, _wanted.target3d ? Msg::ViewerButton2d : Msg::ViewerButton3d);
  _hud = scene::buildOverlay(c, _wanted.width, _wanted.height, *_font, {&_scene.style(), _program.get()});
  _panels = scene::overlayPanels(c, _wanted.width, _wanted.height);
  _overlayHolder->removeChildren(0, _overlayHolder->getNumChildren());
  _overlayHolder->addChild(_hud);
  _built = _wanted;
}

std::uint32_t MapView::legendRows() {
  auto key = std::make_tuple(_wanted.asOf, _wanted.periodMode, _wanted.periodFrom, _wanted.periodTo);
  if (_legendRowsFor == key) return _legendRows;
  std::uint32_t rows = 0;
  const core::Date asOf = core::Date::fromDays(_wanted.asOf);
  const core::Date from = core::Date::fromDays(_wanted.periodFrom), to = core::Date::fromDays(_wanted.periodTo);
  for (const auto& p : _catalog.projects) {
    // As the map draws them (shaders/status.glsl): in period mode only the period's completions, late ones marked.
    if (_wanted.periodMode) {
      if (!analysis::completedWithin(p, from, to)) continue;
      rows |= 1u << static_cast<unsigned>(domain::Status::Completed);
      if (p.planDone && p.done && *p.done > *p.planDone) rows |= 1u << 4;
    } else {
      rows |= 1u << static_cast<unsigned>(analysis::statusAt(p, asOf));
      if (analysis::overdueAt(p, asOf)) rows |= 1u << 4;
    }
    if (rows == 0x1f) break;
  }
  _legendRowsFor = key;
  _legendRows = rows;
  return rows;
}

BasemapFollower::Polled MapView::pollBasemap() {
  return _basemap ? _basemap->poll(BasemapFollower::Clock::now()) : BasemapFollower::Polled{};
}

core::Diagnostics MapView::showBasemapNow(const render::MapCamera& camera) {
  return _basemap ? _basemap->showNow(camera) : core::Diagnostics{};
}

core::Result<bool> MapView::checkProgram(osg::State& state) const {
  if (!_program) return true;
  return scene::checkProgramLinked(*_program, state);
}

}  // namespace wm::app
