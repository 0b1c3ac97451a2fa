#include "ui/playback.hpp"

#include <algorithm>
#include <cmath>

namespace wm::ui {
namespace {

// A sum of many frame times is rarely a whole number of days exactly (1/60 is not a binary fraction).
constexpr double kWholeDayTolerance = 1e-6;

void setPlayedDate(ViewState& state, core::Date date) {
  if (state.periodMode)
    state.setPeriodTo(date);
  else
    state.asOf = date;
}

}  // namespace

double playDaysPerSecond(PlaySpeed speed) {
  switch (speed) {
    case PlaySpeed::Day:
      return 1;
    case PlaySpeed::Week:
      return 7;
    case PlaySpeed::Month:
      return 30;
    case PlaySpeed::Quarter:
      return 91;
  }
  return 1;
}

core::Date playedDate(const ViewState& state) { return state.periodMode ? state.periodTo : state.asOf; }

void startPlay(ViewState& state, core::Date restartAt, core::Date end) {
  if (playedDate(state) >= end) setPlayedDate(state, restartAt);
  state.playEnd = end;
  state.playCarryDays = 0;
  state.playing = true;
}

bool advancePlay(ViewState& state, double elapsedSeconds) {
  if (!state.playing) return false;
  const core::Date from = playedDate(state);
  if (from >= state.playEnd) {
    state.playing = false;
    state.playCarryDays = 0;
    return false;
  }
  const double seconds = std::clamp(elapsedSeconds, 0.0, kMaxPlayStepSeconds);
  state.playCarryDays += seconds * playDaysPerSecond(state.playSpeed);
  const double whole = std::floor(state.playCarryDays + kWholeDayTolerance);
  if (whole < 1) return false;
  state.playCarryDays = std::max(0.0, state.playCarryDays - whole);
  const std::int64_t target = static_cast<std::int64_t>(from.days()) + static_cast<std::int64_t>(whole);
  if (target >= state.playEnd.days()) {
    setPlayedDate(state, state.playEnd);
    state.playing = false;
    state.playCarryDays = 0;
  } else {
    setPlayedDate(state, core::Date::fromDays(static_cast<std::int32_t>(target)));
  }
  return true;
}

}  // namespace wm::ui
