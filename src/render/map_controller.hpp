#pragma once
// Mouse and keyboard on the map window: drag pans, the wheel zooms about the cursor, a right drag turns and
// tilts the 3D view, V (or the view button) switches between the plan view and 3D with an animation, Home
// fits the data. The controller owns the MapCamera and puts it on the OSG camera before each frame.
#include <functional>
#include <optional>

#include <osg/Camera>
#include <osg/Uniform>
#include <osgGA/GUIEventHandler>

#include "geo/extent.hpp"
#include "render/map_camera.hpp"

namespace wm::render {

/// A rectangle in window pixels (origin bottom left, y up).
struct PixelRect {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  bool contains(double x, double y) const { return x >= x0 && x <= x1 && y >= y0 && y <= y1; }
};

class MapController : public osgGA::GUIEventHandler {
public:
  /// Called after the camera moved or the window changed size, before the frame is drawn (labels, scale bar).
  using ViewChanged = std::function<void(const MapCamera&)>;

  /// `home` is the extent Home fits (scene-local metres). `viewport` is the wm_viewport uniform the line
  /// shaders read; the controller keeps it at the window's size.
  MapController(const geo::Extent& home, osg::Uniform* viewport, ViewChanged onChange);

  MapCamera& camera() { return _camera; }
  /// Where the 2D/3D button is drawn, as a function of the window size (so a resize moves it).
  void setViewButton(std::function<PixelRect(int width, int height)> rect) { _buttonRect = std::move(rect); }
  /// The ground's height (local metres) under a local point, so the 3D view orbits about the ground at its centre.
  void setGround(std::function<double(double x, double y)> height) { _ground = std::move(height); }
  /// Switches view as the V key does.
  void toggleView();
  /// Fits an extent (scene-local metres) into the window, as Home does for the data, or into `within` (the
  /// part of the window no panel covers; MapCamera::fitWithin); applied before the next frame is drawn. An
  /// empty extent is ignored.
  void fit(const geo::Extent& extent, std::optional<PixelRect> within = std::nullopt);

  /// Puts the camera where `camera` says (its viewport is the window's, kept), applied before the next frame;
  /// a 2D/3D switch it is in the middle of stays there until animated on (a flight places every frame).
  void place(const MapCamera& camera);

  /// Mouse and key events that an earlier handler took (ImGui over a panel) are left alone: the map pans,
  /// zooms and switches view only for input on the map itself.
  bool handle(const osgGA::GUIEventAdapter& ea, osgGA::GUIActionAdapter& aa, osg::Object*, osg::NodeVisitor*) override;

private:
  void apply(osg::Camera& camera);
  /// Each frame (`now`: the event's time, seconds): the first frame's size, the 2D/3D switch's animation, and the
  /// camera applied when something changed.
  void onFrame(double now, osgGA::GUIActionAdapter& aa);
  bool onKey(int key);
  void resize(int width, int height);

  MapCamera _camera;
  geo::Extent _home;
  osg::ref_ptr<osg::Uniform> _viewport;
  ViewChanged _onChange;
  std::function<PixelRect(int, int)> _buttonRect;
  std::function<double(double, double)> _ground;
  double _lastX = 0, _lastY = 0, _lastTime = -1;
  bool _fitted = false;
  bool _dirty = true;
};

}  // namespace wm::render
