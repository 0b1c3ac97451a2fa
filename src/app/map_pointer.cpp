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

ui::MapPointer MapPointer::pointer() const {
  ui::MapPointer p;
  p.metresPerPixel = _camera.metresPerPixel();
  if (!_seen) return p;
  if (std::optional<osg::Vec2d> at = groundPoint(_x, _y)) {
    p.onMap = true;
    p.x = at->x();
    p.y = at->y();
    p.metresPerPixel = metresPerPixelAt(_x, _y);
  }
  return p;
}

std::optional<osg::Vec2d> MapPointer::pixelOf(double wx, double wy) const {
  std::optional<osg::Vec3d> px = _camera.project(osg::Vec3d(wx - _origin.x, wy - _origin.y, 0));
  if (!px || px->x() < 0 || px->y() < 0 || px->x() >= _camera.width() || px->y() >= _camera.height())
    return std::nullopt;
  return osg::Vec2d(px->x(), px->y());
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
  switch (ea.getEventType()) {
    case Event::MOVE:
    case Event::DRAG:
      _x = x, _y = y, _seen = true;
      if (_state.panels.statusBar) aa.requestRedraw();  // the status bar follows the pointer
      return false;
    case Event::PUSH:
      _pressOnMap = ea.getButton() == Event::LEFT_MOUSE_BUTTON && !ea.getHandled();
      _pressX = x, _pressY = y;
      return false;
    case Event::RELEASE: {
      if (ea.getButton() != Event::LEFT_MOUSE_BUTTON || !_pressOnMap || ea.getHandled()) return false;
      _pressOnMap = false;
      if (std::hypot(x - _pressX, y - _pressY) > kClickSlop) return false;  // a drag panned the map
      scene::OverlayRect button = scene::viewButtonRect(_camera.width(), _camera.height());
      if (x >= button.x0 && x <= button.x1 && y >= button.y0 && y <= button.y1) return false;
      std::optional<std::uint32_t> picked = pickAt(x, y);
      _state.selectedProject = picked ? static_cast<std::int64_t>(*picked) : ui::kNoProject;
      aa.requestRedraw();
      return false;
    }
    default:
      return false;
  }
}

}  // namespace wm::app
