#pragma once
// Which date each frame of a progress video shows (`worksmap animate`, the Timeline's Export video).
#include <cstddef>

#include "core/date.hpp"

namespace wm::publish {

/// `daysPerSecond` calendar days pass in each second of video at `fps` frames a second, from `from` to `to`: the
/// video has ceil(days / daysPerSecond × fps) frames (at least one, where days = to − from), frame i shows
/// from + round(i × daysPerSecond / fps) days, and the last frame shows `to` exactly. Needs from <= to, fps >= 1
/// and daysPerSecond > 0 (checked by the callers, which say why in the user's words).
class FrameSchedule {
public:
  FrameSchedule(core::Date from, core::Date to, int fps, double daysPerSecond);

  std::size_t frames() const { return _frames; }
  /// The date of frame `index` (0 .. frames() − 1).
  core::Date date(std::size_t index) const;
  /// The video's length, frames() / fps.
  double seconds() const { return static_cast<double>(_frames) / _fps; }
  core::Date from() const { return _from; }
  core::Date to() const { return _to; }
  int fps() const { return _fps; }

private:
  core::Date _from, _to;
  int _fps;
  double _daysPerFrame;
  std::size_t _frames;
};

}  // namespace wm::publish
