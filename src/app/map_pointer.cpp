#include "app/map_pointer.hpp"

#include <cmath>

#include "scene/map_overlay.hpp"

namespace wm::app {

MapPointer::MapPointer(const domain::Catalog& catalog, scene::SceneOrigin origin, const render::MapCamera& camera,
                       ui::ViewState& state)
    : _catalog(catalog), _origin(origin), _camera(camera), _state(state) {}

void MapPointer::buildIndex() {
  if (!_index) _index = std::make_unique<scene::WorksIndex>(scene::pickingIndex(_catalog));
}

std::optional<osg::Vec2d> MapPointer::groundPoint(double px, double py) const {
  std::optional<osg::Vec3d> local = _camera.groundAt(px, py);
  if (!local) return std::nullopt;
  return osg::Vec2d(local->x() + _origin.x, local->y() + _origin.y);
}

double MapPointer::metresPerPixelAt(double px, double py) const {
  std::optional<osg::Vec2d> a = groundPoint(px, py), b = groundPoint(px + 1, py);
  if (a && b) return (*b - *a).length();
  return _camera.metresPerPixel();
}

std::optional<std::uint32_t> MapPointer::pickAt(double px, double py) const {
  if (!_index) return std::nullopt;
  std::optional<osg::Vec2d> at = groundPoint(px, py);
  if (!at) return std::nullopt;
  auto visible = [this](std::uint32_t p) { return ui::projectShown(_state, _catalog.projects[p]); };
  std::optional<scene::PickedProject> picked =
      scene::pickProject(_catalog, *_index, at->x(), at->y(), kPickPixels * metresPerPixelAt(px, py), visible);
  if (!picked) return std::nullopt;
  return picked->project;
}

std::optional<osg::Vec2d> MapPointer::snapAt(double px, double py) const {
  if (!_index) return std::nullopt;
  std::optional<osg::Vec2d> at = groundPoint(px, py);
  if (!at) return std::nullopt;
  auto visible = [this](std::uint32_t p) { return ui::projectShown(_state, _catalog.projects[p]); };
  std::optional<scene::SnappedVertex> v =
      scene::nearestVertex(_catalog, *_index, at->x(), at->y(), kSnapPixels * metresPerPixelAt(px, py), visible);
  if (!v) return std::nullopt;
  return osg::Vec2d(v->x, v->y);
}

ui::MapPointer MapPointer::pointer() const {
  ui::MapPointer p;
  p.metresPerPixel = _camera.metresPerPixel();
  p.uniformScale = _camera.uniformScale();
  if (!_seen) return p;
  if (std::optional<osg::Vec2d> at = groundPoint(_x, _y)) {
    p.onMap = true;
    p.x = at->x();
    p.y = at->y();
    p.metresPerPixel = metresPerPixelAt(_x, _y);
    // Where a click would add the point: the segment on to the pointer ends there, marked.
    if (_state.measuring() && !_shift)
      if (std::optional<osg::Vec2d> v = snapAt(_x, _y)) p.x = v->x(), p.y = v->y(), p.onVertex = true;
  }
  return p;
}

std::optional<osg::Vec2d> MapPointer::projectGround(double wx, double wy) const {
  const osg::Vec3d local(wx - _origin.x, wy - _origin.y, _camera.groundPlaneHeight());
  std::optional<osg::Vec3d> px = _camera.project(local);
  if (!px) return std::nullopt;
  return osg::Vec2d(px->x(), px->y());
}

std::optional<osg::Vec2d> MapPointer::pixelOf(double wx, double wy) const {
  std::optional<osg::Vec2d> px = projectGround(wx, wy);
  if (!px || px->x() < 0 || px->y() < 0 || px->x() >= _camera.width() || px->y() >= _camera.height())
    return std::nullopt;
  return px;
}

std::optional<osg::Vec2d> MapPointer::windowPixelOf(double wx, double wy) const {
  std::optional<osg::Vec2d> px = projectGround(wx, wy);
  if (!px) return std::nullopt;
  return osg::Vec2d(px->x(), _camera.height() - px->y());
}

std::optional<osg::Vec2d> MapPointer::clickPixelOf(std::uint32_t project) const {
  if (project >= _catalog.projects.size()) return std::nullopt;
  const domain::Project& p = _catalog.projects[project];
  if (p.layer >= _catalog.layers.size()) return std::nullopt;
  const geo::GeometryStore& g = _catalog.layers[p.layer].geometry;
  if (p.feature >= g.featureCount()) return std::nullopt;
  // Candidates: the middle vertex of each part (a point, a line's middle), then points on the way from the
  // extent's centre to each ring vertex (inside a convex-ish polygon).
  std::vector<osg::Vec2d> candidates;
  for (std::uint32_t part = g.firstPart(p.feature); part < g.endPartOf(p.feature); ++part) {
    std::uint32_t first = g.firstVertex(part), end = g.endVertexOf(part);
    if (end > first && g.partRoles[part] != geo::PartRole::OuterRing && g.partRoles[part] != geo::PartRole::InnerRing)
      candidates.emplace_back(g.x[(first + end) / 2], g.y[(first + end) / 2]);
  }
  geo::Extent e = g.featureExtent(p.feature);
  osg::Vec2d centre((e.minX + e.maxX) / 2, (e.minY + e.maxY) / 2);
  candidates.push_back(centre);
  for (std::uint32_t part = g.firstPart(p.feature); part < g.endPartOf(p.feature); ++part)
    if (g.partRoles[part] == geo::PartRole::OuterRing)
      for (std::uint32_t v = g.firstVertex(part); v < g.endVertexOf(part); ++v)
        candidates.push_back(centre * 0.6 + osg::Vec2d(g.x[v], g.y[v]) * 0.4);
  for (const osg::Vec2d& c : candidates) {
    std::optional<osg::Vec2d> px = pixelOf(c.x(), c.y());
    if (!px) continue;
    double x = std::round(px->x()), y = std::round(px->y());
    if (pickAt(x, y) == project) return osg::Vec2d(x, _camera.height() - y);
  }
  return std::nullopt;
}

bool MapPointer::handle(const osgGA::GUIEventAdapter& ea, osgGA::GUIActionAdapter& aa, osg::Object*,
                        osg::NodeVisitor*) {
  using Event = osgGA::GUIEventAdapter;
  const double x = ea.getX() - ea.getXmin(), y = ea.getY() - ea.getYmin();
  const bool shift = (ea.getModKeyMask() & osgGA::GUIEventAdapter::MODKEY_SHIFT) != 0;
  if (shift != _shift && _state.measuring()) aa.requestRedraw();  // the snap mark comes or goes
  _shift = shift;
  switch (ea.getEventType()) {
    case Event::MOVE:
    case Event::DRAG:
      _x = x, _y = y, _seen = true;
      // The status bar follows the pointer, and so does the measured shape's segment on to it.
      if (_state.panels.statusBar || _state.measuring()) aa.requestRedraw();
      return false;
    case Event::PUSH:
    case Event::DOUBLECLICK:
      press(ea, x, y);
      return false;
    case Event::RELEASE:
      return release(ea, aa, x, y);
    case Event::KEYUP:
      return escape(ea, aa);
    default:
      return false;
  }
}

void MapPointer::press(const osgGA::GUIEventAdapter& ea, double x, double y) {
  using Event = osgGA::GUIEventAdapter;
  const int button = ea.getButton();
  // The right button counts only while measuring (it finishes the shape); otherwise it turns the 3D view.
  _pressOnMap = !ea.getHandled() &&
                (button == Event::LEFT_MOUSE_BUTTON || (button == Event::RIGHT_MOUSE_BUTTON && _state.measuring()));
  _pressButton = button;
  _pressDouble = ea.getEventType() == Event::DOUBLECLICK;
  _pressX = x, _pressY = y;
}

bool MapPointer::release(const osgGA::GUIEventAdapter& ea, osgGA::GUIActionAdapter& aa, double x, double y) {
  if (!_pressOnMap || ea.getHandled() || ea.getButton() != _pressButton) return false;
  _pressOnMap = false;
  if (std::hypot(x - _pressX, y - _pressY) > kClickSlop) return false;  // a drag panned (or turned) the map
  scene::OverlayRect button = scene::viewButtonRect(_camera.width(), _camera.height());
  if (x >= button.x0 && x <= button.x1 && y >= button.y0 && y <= button.y1) return false;
  if (_state.measuring()) {
    measureClick(_pressButton, x, y, ea.getTime(), !_shift);
  } else {
    std::optional<std::uint32_t> picked = pickAt(x, y);
    _state.selectedProject = picked ? static_cast<std::int64_t>(*picked) : ui::kNoProject;
  }
  aa.requestRedraw();
  return false;
}

void MapPointer::measureClick(int button, double x, double y, double time, bool snap) {
  ui::Measurement& m = _state.measure;
  const bool doubleClick =
      _pressDouble || (_lastMeasureClick && time - _lastMeasureClick->time <= kDoubleClickSeconds &&
                       std::hypot(x - _lastMeasureClick->x, y - _lastMeasureClick->y) <= kDoubleClickSlop);
  // A double-click's first click has already added its point: the second only ends the shape.
  if (button == osgGA::GUIEventAdapter::RIGHT_MOUSE_BUTTON || (doubleClick && !m.finished && !m.points.empty())) {
    m.finish();
    _lastMeasureClick.reset();
    return;
  }
  std::optional<osg::Vec2d> at = snap ? snapAt(x, y) : std::nullopt;
  if (!at) at = groundPoint(x, y);
  if (at) m.addPoint({at->x(), at->y()});
  _lastMeasureClick = Click{x, y, time};
}

bool MapPointer::escape(const osgGA::GUIEventAdapter& ea, osgGA::GUIActionAdapter& aa) {
  if (ea.getKey() != osgGA::GUIEventAdapter::KEY_Escape || ea.getHandled() || !_state.measuring()) return false;
  if (_state.measure.points.empty())
    _state.measure.mode = ui::MeasureMode::Off;
  else
    _state.measure.clear();
  _lastMeasureClick.reset();
  aa.requestRedraw();
  return true;
}

bool MapPointer::previewing() const {
  return _state.measuring() && !_state.measure.points.empty() && !_state.measure.finished;
}

}  // namespace wm::app
