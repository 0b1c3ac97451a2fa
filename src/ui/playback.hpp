#pragma once
// Playing the Timeline: the date moves on by a chosen number of calendar days per second of real time. Pure
// (no ImGui, no clock): the viewer calls advancePlay once a frame with the time since its last call, tests with
// hand-picked times.
#include "core/date.hpp"
#include "ui/view_state.hpp"

namespace wm::ui {

/// At most this much of the time since the last call counts (seconds): after a frame that stalled (a large map
/// building its levels, the window being moved) the date goes on smoothly instead of jumping.
inline constexpr double kMaxPlayStepSeconds = 0.25;

/// Calendar days per second of real time: a day, a week, a month counted as 30 days, a quarter as 91 days.
double playDaysPerSecond(PlaySpeed speed);

/// The date that playing moves: the period's end in period mode (the period grows), else the as-of date.
core::Date playedDate(const ViewState& state);

/// Starts playing towards `end` (the Timeline's last day). When the played date is already at or past `end`,
/// it starts again from `restartAt` (the slider's first day; in period mode the period's start).
void startPlay(ViewState& state, core::Date restartAt, core::Date end);

/// While state.playing: moves the played date on by playDaysPerSecond(playSpeed) × elapsedSeconds days, with
/// elapsedSeconds taken as 0..kMaxPlayStepSeconds. Only whole days are shown: the fraction is kept in
/// playCarryDays and counts in the next call, so sixty frames of 1/60 s at a day a second make exactly one
/// day (fractions within a millionth of a day of a whole day count as that day, which absorbs the rounding of
/// such sums). On reaching playEnd the date stays there and playing stops. Returns whether the date changed.
bool advancePlay(ViewState& state, double elapsedSeconds);

}  // namespace wm::ui
