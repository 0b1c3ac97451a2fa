#include "app/slide_flight.hpp"

#include <algorithm>
#include <cmath>

namespace wm::app {
namespace {

double lerp(double a, double b, double t) { return a + (b - a) * t; }

// Degrees from `a` to `b` the short way round, in (-180, 180].
double turn(double a, double b) {
  double d = std::fmod(b - a, 360.0);
  if (d > 180) d -= 360;
  if (d <= -180) d += 360;
  return d;
}

}  // namespace

SlideFlight::SlideFlight(const render::MapCamera& from, const render::MapCamera& to, core::Date fromDate,
                         core::Date toDate)
    : _from(from), _to(to), _fromDate(fromDate), _toDate(toDate) {
  // The move in screens of the wider of the two views, the zoom in doublings, and the switch.
  const double wide = std::max(from.metresPerPixel(), to.metresPerPixel()) * std::max(to.width(), 1);
  const double screens = std::hypot(to.centerX() - from.centerX(), to.centerY() - from.centerY()) / wide;
  const double doublings = std::abs(std::log2(to.metresPerPixel() / from.metresPerPixel()));
  const double switched = std::abs(to.transitionProgress() - from.transitionProgress());
  _seconds = std::clamp(kMinSeconds + 0.4 * screens + 0.12 * doublings + 0.3 * switched, kMinSeconds, kMaxSeconds);
}

double SlideFlight::ease(double t) {
  t = std::clamp(t, 0.0, 1.0);
  return t < 0.5 ? 4 * t * t * t : 1 - std::pow(-2 * t + 2, 3) / 2;
}

double SlideFlight::progress(double elapsed) const { return ease(elapsed / _seconds); }

render::MapCamera SlideFlight::camera(double elapsed) const {
  if (finished(elapsed)) return _to;
  const double s = progress(elapsed);
  render::MapCamera c = _to;
  c.setCenter(lerp(_from.centerX(), _to.centerX(), s), lerp(_from.centerY(), _to.centerY(), s));
  c.setCenterHeight(lerp(_from.centerHeight(), _to.centerHeight(), s));
  c.setMetresPerPixel(_from.metresPerPixel() * std::pow(_to.metresPerPixel() / _from.metresPerPixel(), s));
  // A view in the plan (progress 0) has no heading or tilt of its own worth keeping: the 3D one's is used.
  const bool from3d = _from.transitionProgress() > 0, to3d = _to.transitionProgress() > 0;
  const double h0 = from3d ? _from.orbitHeadingDegrees() : _to.orbitHeadingDegrees();
  const double t0 = from3d ? _from.orbitTiltDegrees() : _to.orbitTiltDegrees();
  const double h1 = to3d ? _to.orbitHeadingDegrees() : h0, t1 = to3d ? _to.orbitTiltDegrees() : t0;
  c.setOrientation(h0 + turn(h0, h1) * s, lerp(t0, t1, s));
  c.setTransition(_to.target3d(), lerp(_from.transitionProgress(), _to.transitionProgress(), s));
  return c;
}

core::Date SlideFlight::date(double elapsed) const {
  if (finished(elapsed)) return _toDate;
  const double days = lerp(0, _toDate.days() - _fromDate.days(), progress(elapsed));
  return core::Date::fromDays(_fromDate.days() + static_cast<std::int32_t>(std::lround(days)));
}

}  // namespace wm::app
