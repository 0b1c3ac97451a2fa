#pragma once
// The map's camera: a 2D plan view (orthographic, north up) and a 3D orbit view (perspective, heading and tilt)
// over one ground point, with an animated blend between them. Plain math on OSG matrices: no context, no
// window, so the window, `worksmap render` and the tests all place the camera the same way.
//
// Coordinates: the scene's local metres (scene::SceneOrigin), z up. Pixels: window coordinates with the origin
// at the bottom left and y up (OSG's default event orientation).
#include <optional>

#include <osg/Matrixd>
#include <osg/Vec3d>

#include "geo/extent.hpp"

namespace wm::render {

class MapCamera {
public:
  /// Field of view of the 3D camera, vertical, in degrees.
  static constexpr double kFovYDegrees = 30.0;
  /// The 3D view's tilt from straight down when 3D is switched on, in degrees.
  static constexpr double kDefaultTiltDegrees = 55.0;
  /// The most a view may tilt from straight down and still have one scale: at 5° the ground a pixel covers
  /// differs by under 5 % between the top and the bottom of the view (about 2 tan 15° tan tilt). Beyond it the
  /// scale bar and the status bar's 1:N are left out.
  static constexpr double kUniformScaleTiltDegrees = 5.0;
  /// How long the 2D ↔ 3D switch takes, in seconds.
  static constexpr double kTransitionSeconds = 0.8;

  void setViewport(int width, int height);
  int width() const { return _width; }
  int height() const { return _height; }

  /// Shows the whole extent (local metres) with `margin` (a fraction of it) around it, north up.
  void fit(const geo::Extent& extent, double margin = 0.03);
  /// As fit, but into the window's part x0..x1, y0..y1 (pixels from the bottom left; the part of the map that no
  /// panel covers): the extent's centre ends up under the part's centre. A part under kMinFitPixels on a side
  /// (or not within the window) fits into the whole window instead.
  void fitWithin(const geo::Extent& extent, double x0, double y0, double x1, double y1, double margin = 0.03);
  static constexpr double kMinFitPixels = 64;
  /// Moves the view so that the ground point under pixel `from` ends up under pixel `to` (a drag).
  void pan(double fromX, double fromY, double toX, double toY);
  /// Zooms by `factor` (> 1: closer) keeping the ground point under the pixel fixed. Clamped to a scale range.
  void zoomAbout(double x, double y, double factor);
  /// Turns (horizontal pixels) and tilts (vertical pixels) the 3D view; ignored in 2D.
  void orbit(double dxPixels, double dyPixels);

  /// Starts the animated switch to 3D (true) or back to the plan view (false).
  void setTarget3d(bool on);
  bool target3d() const { return _target3d; }
  /// Jumps to the end of a switch immediately (for `render`, which draws one frame).
  void finishTransition();
  /// Advances the switch by `seconds`; true while it is still running.
  bool animate(double seconds);
  /// 0 in the plan view, 1 in 3D, smoothly between during the switch (the shaders' wm_3d).
  double blend() const;
  /// The switch's linear progress (0 plan, 1 3D), before the easing blend() applies.
  double transitionProgress() const { return _blend; }
  /// Puts the switch at `progress` (0..1) on its way to 3D (`target3d`) or to the plan view: a slide's flight
  /// blends the two itself. animate() takes it on from there.
  void setTransition(bool target3d, double progress);
  bool animating() const { return _blend != (_target3d ? 1.0 : 0.0); }

  double centerX() const { return _centerX; }
  double centerY() const { return _centerY; }
  /// The height (local metres, exaggeration applied) of the ground point the 3D view orbits about.
  void setCenterHeight(double z) { _centerZ = z; }
  double centerHeight() const { return _centerZ; }
  /// Ground metres per pixel at the centre of the view.
  double metresPerPixel() const { return _metresPerPixel; }
  void setCenter(double x, double y) { _centerX = x, _centerY = y; }
  void setMetresPerPixel(double mpp);
  /// Heading (clockwise from north) and tilt (from straight down) of the 3D view, in degrees.
  void setOrientation(double headingDegrees, double tiltDegrees);
  /// The heading and tilt in effect now (0 in the plan view), in degrees.
  double headingDegrees() const;
  double tiltDegrees() const;
  /// The 3D view's own heading and tilt, in degrees, whatever the switch's progress (kept in the plan view).
  double orbitHeadingDegrees() const;
  double orbitTiltDegrees() const;
  /// Whether one scale holds over the view: the plan view, or a 3D view tilted at most kUniformScaleTiltDegrees.
  bool uniformScale() const { return tiltDegrees() <= kUniformScaleTiltDegrees; }

  osg::Matrixd viewMatrix() const;
  osg::Matrixd projectionMatrix() const;
  /// The height (local metres) of the plane groundAt meets: the centre's in 3D, 0 in the plan view.
  double groundPlaneHeight() const { return _centerZ * blend(); }
  /// Where the ray through a pixel meets the ground plane at the centre's height; none above the horizon.
  std::optional<osg::Vec3d> groundAt(double x, double y) const;
  /// The pixel a local point projects to (x, y) and its depth (z); none behind the camera.
  std::optional<osg::Vec3d> project(const osg::Vec3d& local) const;

private:
  double effectiveTilt() const;
  double effectiveHeading() const;
  double distance() const;

  int _width = 1;
  int _height = 1;
  double _centerX = 0;
  double _centerY = 0;
  double _centerZ = 0;
  double _metresPerPixel = 1;
  double _heading = 0;  // radians, of the 3D view
  double _tilt = 0;     // radians, of the 3D view
  double _blend = 0;    // linear progress of the switch, 0..1
  bool _target3d = false;
};

}  // namespace wm::render
