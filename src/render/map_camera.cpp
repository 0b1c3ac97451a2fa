#include "render/map_camera.hpp"

#include <algorithm>
#include <cmath>

namespace wm::render {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kRadiansPerDegree = kPi / 180.0;
constexpr double kMinMetresPerPixel = 0.01;  // 1 cm: closer than any survey the bureau keeps
constexpr double kMaxMetresPerPixel = 1e5;   // a province on one screen
constexpr double kMaxTilt = 80.0 * kRadiansPerDegree;

double smoothstep(double t) { return t * t * (3 - 2 * t); }

// Heading in (-π, π], so that the way back to north is the short way round.
double wrapped(double radians) {
  double r = std::fmod(radians + kPi, 2 * kPi);
  if (r <= 0) r += 2 * kPi;
  return r - kPi;
}

}  // namespace

void MapCamera::setViewport(int width, int height) {
  _width = std::max(width, 1);
  _height = std::max(height, 1);
}

void MapCamera::setMetresPerPixel(double mpp) {
  if (std::isfinite(mpp)) _metresPerPixel = std::clamp(mpp, kMinMetresPerPixel, kMaxMetresPerPixel);
}

void MapCamera::fit(const geo::Extent& extent, double margin) {
  if (extent.empty()) return;
  double w = std::max(extent.maxX - extent.minX, 1.0) * (1 + 2 * margin);
  double h = std::max(extent.maxY - extent.minY, 1.0) * (1 + 2 * margin);
  _centerX = extent.centerX();
  _centerY = extent.centerY();
  setMetresPerPixel(std::max(w / _width, h / _height));
}

void MapCamera::fitWithin(const geo::Extent& extent, double x0, double y0, double x1, double y1, double margin) {
  x0 = std::max(x0, 0.0), y0 = std::max(y0, 0.0);
  x1 = std::min(x1, static_cast<double>(_width)), y1 = std::min(y1, static_cast<double>(_height));
  if (extent.empty() || x1 - x0 < kMinFitPixels || y1 - y0 < kMinFitPixels) return fit(extent, margin);
  const double w = std::max(extent.maxX - extent.minX, 1.0) * (1 + 2 * margin);
  const double h = std::max(extent.maxY - extent.minY, 1.0) * (1 + 2 * margin);
  _centerX = extent.centerX();
  _centerY = extent.centerY();
  setMetresPerPixel(std::max(w / (x1 - x0), h / (y1 - y0)));
  // The extent's centre is under the window's centre now; a pan (in 3D along the ground plane) takes it to the
  // part's centre.
  pan(_width / 2.0, _height / 2.0, (x0 + x1) / 2, (y0 + y1) / 2);
}

void MapCamera::pan(double fromX, double fromY, double toX, double toY) {
  auto a = groundAt(fromX, fromY);
  auto b = groundAt(toX, toY);
  if (!a || !b) return;
  _centerX += a->x() - b->x();
  _centerY += a->y() - b->y();
}

void MapCamera::zoomAbout(double x, double y, double factor) {
  if (!(factor > 0) || !std::isfinite(factor)) return;
  osg::Vec3d p = groundAt(x, y).value_or(osg::Vec3d(_centerX, _centerY, 0));
  double before = _metresPerPixel;
  setMetresPerPixel(_metresPerPixel / factor);
  double applied = before / _metresPerPixel;
  // Scaling the eye and the centre about p keeps the ray through p, hence its pixel, unchanged.
  _centerX = p.x() + (_centerX - p.x()) / applied;
  _centerY = p.y() + (_centerY - p.y()) / applied;
}

void MapCamera::orbit(double dxPixels, double dyPixels) {
  if (!_target3d) return;
  _heading = wrapped(_heading + dxPixels * 0.3 * kRadiansPerDegree);
  _tilt = std::clamp(_tilt - dyPixels * 0.25 * kRadiansPerDegree, 0.0, kMaxTilt);
}

void MapCamera::setTarget3d(bool on) {
  _target3d = on;
  if (on && _tilt == 0) _tilt = kDefaultTiltDegrees * kRadiansPerDegree;
}

void MapCamera::finishTransition() { _blend = _target3d ? 1.0 : 0.0; }

bool MapCamera::animate(double seconds) {
  double step = std::max(seconds, 0.0) / kTransitionSeconds;
  _blend = _target3d ? std::min(1.0, _blend + step) : std::max(0.0, _blend - step);
  return animating();
}

double MapCamera::blend() const { return smoothstep(_blend); }

void MapCamera::setTransition(bool target3d, double progress) {
  _target3d = target3d;
  _blend = std::clamp(progress, 0.0, 1.0);
}

double MapCamera::orbitHeadingDegrees() const { return _heading / kRadiansPerDegree; }
double MapCamera::orbitTiltDegrees() const { return _tilt / kRadiansPerDegree; }

void MapCamera::setOrientation(double headingDegrees, double tiltDegrees) {
  _heading = wrapped(headingDegrees * kRadiansPerDegree);
  _tilt = std::clamp(tiltDegrees * kRadiansPerDegree, 0.0, kMaxTilt);
}

double MapCamera::effectiveTilt() const { return _tilt * blend(); }
double MapCamera::effectiveHeading() const { return _heading * blend(); }
double MapCamera::headingDegrees() const { return effectiveHeading() / kRadiansPerDegree; }
double MapCamera::tiltDegrees() const { return effectiveTilt() / kRadiansPerDegree; }

double MapCamera::distance() const {
  return _metresPerPixel * _height / (2 * std::tan(kFovYDegrees * kRadiansPerDegree / 2));
}

osg::Matrixd MapCamera::viewMatrix() const {
  double tilt = effectiveTilt(), heading = effectiveHeading(), d = distance();
  osg::Vec3d forward(std::sin(heading), std::cos(heading), 0);
  osg::Vec3d center(_centerX, _centerY, _centerZ * blend());
  osg::Vec3d eye = center - forward * (d * std::sin(tilt)) + osg::Vec3d(0, 0, d * std::cos(tilt));
  osg::Vec3d up = forward * std::cos(tilt) + osg::Vec3d(0, 0, std::sin(tilt));
  return osg::Matrixd::lookAt(eye, center, up);
}

osg::Matrixd MapCamera::projectionMatrix() const {
  double d = distance();
  if (blend() == 0) {
    // Plan view: orthographic. A flat map seen straight down in perspective is the same picture, so the switch
    // to perspective when the animation starts does not jump.
    double hw = _metresPerPixel * _width / 2, hh = _metresPerPixel * _height / 2;
    return osg::Matrixd::ortho(-hw, hw, -hh, hh, d - 1e5, d + 1e5);
  }
  return osg::Matrixd::perspective(kFovYDegrees, static_cast<double>(_width) / _height, d * 0.02, d * 60);
}

std::optional<osg::Vec3d> MapCamera::groundAt(double x, double y) const {
  osg::Matrixd inverse = osg::Matrixd::inverse(viewMatrix() * projectionMatrix());
  double nx = 2 * x / _width - 1, ny = 2 * y / _height - 1;
  osg::Vec3d nearPoint = osg::Vec3d(nx, ny, -1) * inverse;
  osg::Vec3d farPoint = osg::Vec3d(nx, ny, 1) * inverse;
  double plane = groundPlaneHeight();
  osg::Vec3d dir = farPoint - nearPoint;
  if (std::abs(dir.z()) < 1e-12) return std::nullopt;
  double t = (plane - nearPoint.z()) / dir.z();
  if (t < 0) return std::nullopt;  // the ray goes up: above the horizon
  return nearPoint + dir * t;
}

std::optional<osg::Vec3d> MapCamera::project(const osg::Vec3d& local) const {
  osg::Vec4d clip = osg::Vec4d(local, 1.0) * (viewMatrix() * projectionMatrix());
  if (clip.w() <= 0) return std::nullopt;
  return osg::Vec3d((clip.x() / clip.w() + 1) * _width / 2, (clip.y() / clip.w() + 1) * _height / 2,
                    clip.z() / clip.w());
}

}  // namespace wm::render
