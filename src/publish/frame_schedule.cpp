#include "publish/frame_schedule.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace wm::publish {

FrameSchedule::FrameSchedule(core::Date from, core::Date to, int fps, double daysPerSecond)
    : _from(from), _to(to), _fps(fps), _daysPerFrame(daysPerSecond / fps) {
  assert(from <= to && fps >= 1 && daysPerSecond > 0);
  const double days = to.days() - from.days();
  // A hair under the exact quotient first, so that 365 days at 36.5 a second and 10 fps is 100 frames, not 101.
  _frames = std::max<std::size_t>(1, static_cast<std::size_t>(std::ceil(days / _daysPerFrame - 1e-9)));
}

core::Date FrameSchedule::date(std::size_t index) const {
  if (index + 1 >= _frames) return _to;
  const auto days = static_cast<std::int32_t>(std::llround(static_cast<double>(index) * _daysPerFrame));
  return std::min(_to, core::Date::fromDays(_from.days() + days));
}

}  // namespace wm::publish
