#include "render/map_controller.hpp"

#include <osgViewer/View>

namespace wm::render {

MapController::MapController(const geo::Extent& home, osg::Uniform* viewport, ViewChanged onChange)
    : _home(home), _viewport(viewport), _onChange(std::move(onChange)) {}

void MapController::toggleView() {
  _camera.setTarget3d(!_camera.target3d());
  _dirty = true;
}

void MapController::fit(const geo::Extent& extent, std::optional<PixelRect> within) {
  if (extent.empty()) return;
  if (within)
    _camera.fitWithin(extent, within->x0, within->y0, within->x1, within->y1);
  else
    _camera.fit(extent);
  _dirty = true;
}

void MapController::place(const MapCamera& camera) {
  const int width = _camera.width(), height = _camera.height();
  _camera = camera;
  _camera.setViewport(width, height);
  _lastTime = -1;  // the next frame animates nothing: the switch stands where the caller put it
  _dirty = true;
}

void MapController::resize(int width, int height) {
  if (width <= 0 || height <= 0) return;
  _camera.setViewport(width, height);
  if (!_fitted) {
    _camera.fit(_home);
    _fitted = true;
  }
  if (_viewport) _viewport->set(osg::Vec2(static_cast<float>(width), static_cast<float>(height)));
  _dirty = true;
}

void MapController::apply(osg::Camera& camera) {
  if (_ground) _camera.setCenterHeight(_ground(_camera.centerX(), _camera.centerY()));
  camera.setViewMatrix(_camera.viewMatrix());
  camera.setProjectionMatrix(_camera.projectionMatrix());
  if (_onChange) _onChange(_camera);
  _dirty = false;
}

bool MapController::onKey(int key) {
  using Key = osgGA::GUIEventAdapter::KeySymbol;
  const double w = _camera.width(), h = _camera.height();
  switch (key) {
    case 'v':
    case 'V':
      toggleView();
      return true;
    case Key::KEY_Home:
    case 'f':
      _camera.fit(_home);
      break;
    case '+':
    case '=':
    case Key::KEY_KP_Add:
      _camera.zoomAbout(w / 2, h / 2, 1.5);
      break;
    case '-':
    case Key::KEY_KP_Subtract:
      _camera.zoomAbout(w / 2, h / 2, 1 / 1.5);
      break;
    case Key::KEY_Left:
      _camera.pan(w / 2, h / 2, w / 2 + w / 8, h / 2);
      break;
    case Key::KEY_Right:
      _camera.pan(w / 2, h / 2, w / 2 - w / 8, h / 2);
      break;
    case Key::KEY_Up:
      _camera.pan(w / 2, h / 2, w / 2, h / 2 - h / 8);
      break;
    case Key::KEY_Down:
      _camera.pan(w / 2, h / 2, w / 2, h / 2 + h / 8);
      break;
    default:
      return false;
  }
  _dirty = true;
  return true;
}

void MapController::onFrame(double now, osgGA::GUIActionAdapter& aa) {
  auto* view = dynamic_cast<osgViewer::View*>(&aa);
  if (!view) return;
  // The first frame: the window's size is the camera's viewport (the event queue may not know it yet).
  if (!_fitted)
    if (const osg::Viewport* vp = view->getCamera()->getViewport())
      resize(static_cast<int>(vp->width()), static_cast<int>(vp->height()));
  if (_camera.animating()) {
    _camera.animate(_lastTime < 0 ? 0.0 : now - _lastTime);
    _dirty = true;
  }
  // Frames keep coming while the switch runs; otherwise the window draws only when something changed.
  aa.requestContinuousUpdate(_camera.animating());
  _lastTime = now;
  if (_dirty) apply(*view->getCamera());
}

bool MapController::handle(const osgGA::GUIEventAdapter& ea, osgGA::GUIActionAdapter& aa, osg::Object*,
                           osg::NodeVisitor*) {
  using Event = osgGA::GUIEventAdapter;
  const double x = ea.getX() - ea.getXmin(), y = ea.getY() - ea.getYmin();
  const auto type = ea.getEventType();
  if (ea.getHandled() && type != Event::FRAME && type != Event::RESIZE) return false;
  switch (type) {
    case Event::FRAME:
      onFrame(ea.getTime(), aa);
      return false;
    case Event::RESIZE:
      resize(ea.getWindowWidth(), ea.getWindowHeight());
      aa.requestRedraw();
      return false;
    case Event::PUSH:
      _lastX = x;
      _lastY = y;
      if (ea.getButton() == Event::LEFT_MOUSE_BUTTON && _buttonRect &&
          _buttonRect(_camera.width(), _camera.height()).contains(x, y)) {
        toggleView();
        aa.requestRedraw();
      }
      return true;
    case Event::DRAG:
      if (ea.getButtonMask() & Event::LEFT_MOUSE_BUTTON)
        _camera.pan(_lastX, _lastY, x, y);
      else if (ea.getButtonMask() & (Event::RIGHT_MOUSE_BUTTON | Event::MIDDLE_MOUSE_BUTTON))
        _camera.orbit(x - _lastX, y - _lastY);
      _lastX = x;
      _lastY = y;
      _dirty = true;
      aa.requestRedraw();
      return true;
    case Event::SCROLL: {
      auto motion = ea.getScrollingMotion();
      double factor = motion == Event::SCROLL_UP ? 1.25 : motion == Event::SCROLL_DOWN ? 1 / 1.25 : 1.0;
      if (motion == Event::SCROLL_2D) factor = ea.getScrollingDeltaY() > 0 ? 1.25 : 1 / 1.25;
      _camera.zoomAbout(x, y, factor);
      _dirty = true;
      aa.requestRedraw();
      return true;
    }
    case Event::KEYDOWN:
      if (onKey(ea.getKey())) {
        aa.requestRedraw();
        return true;
      }
      return false;
    default:
      return false;
  }
}

}  // namespace wm::render
