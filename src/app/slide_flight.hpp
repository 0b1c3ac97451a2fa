#pragma once
// The flight from one slide to the next in presentation mode: the camera eased from where it stands to the
// slide's view (centre, scale on a log scale, heading the short way round, tilt, and the plan ↔ 3D switch
// blended), and the as-of date run from one slide's date to the next's, so that works visibly change status on
// the way. Pure: the presenter asks for the frame at a time and places the window's camera there.
#include "core/date.hpp"
#include "render/map_camera.hpp"

namespace wm::app {

class SlideFlight {
public:
  /// The longest flight, seconds (a presenter does not wait longer for a slide).
  static constexpr double kMaxSeconds = 1.5;
  static constexpr double kMinSeconds = 0.6;

  SlideFlight(const render::MapCamera& from, const render::MapCamera& to, core::Date fromDate, core::Date toDate);

  /// How long it takes: longer for a farther move, a deeper zoom and a 2D/3D switch, within
  /// kMinSeconds..kMaxSeconds.
  double seconds() const { return _seconds; }
  /// The camera `elapsed` seconds into the flight (the destination from seconds() on).
  render::MapCamera camera(double elapsed) const;
  /// The as-of date then: whole days from the first date to the last, along the same easing.
  core::Date date(double elapsed) const;
  bool finished(double elapsed) const { return elapsed >= _seconds; }

  /// The easing of the flight's progress (0..1 → 0..1): slow off, slow in, as a presentation program's.
  static double ease(double t);

private:
  double progress(double elapsed) const;

  render::MapCamera _from, _to;
  core::Date _fromDate, _toDate;
  double _seconds = kMinSeconds;
};

}  // namespace wm::app
