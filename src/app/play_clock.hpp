#pragma once
// The Timeline's Play in the window's loop, timed by the steady clock or, for the GUI tests, by a file.
#include <functional>
#include <optional>
#include <string>

#include "ui/view_state.hpp"

namespace wm::app {

/// Seconds from an arbitrary origin, increasing; nullopt while the time cannot be read (the step is skipped).
using SecondsSource = std::function<std::optional<double>()>;

/// The machine's steady clock in seconds.
SecondsSource steadySeconds();

/// The seconds written as a decimal number in the file at `path`, read at each call: the GUI tests drive Play
/// with it (--clock-file), so what Play shows depends on the time the test gives, not on the machine's frame rate.
/// nullopt while the file is missing or holds no number.
SecondsSource secondsFromFile(std::string path);

/// While the Timeline plays, the loop (which otherwise draws only on input) asks for frames, at most one per
/// kMinIntervalSeconds of the source's time, and before each moves the date on by the time since the last
/// (ui::advancePlay, which counts at most a quarter of a second of it).
class PlayClock {
public:
  static constexpr double kMinIntervalSeconds = 0.016;

  explicit PlayClock(SecondsSource seconds = steadySeconds()) : _seconds(std::move(seconds)) {}

  /// Whether a frame is wanted now (the date may have moved on).
  bool step(ui::ViewState& state);

  /// The source's time at the last step while playing; none once Play stopped.
  std::optional<double> lastSeconds() const { return _last; }

private:
  SecondsSource _seconds;
  std::optional<double> _last;  ///< the source's time when the date last moved on; empty while not playing
};

}  // namespace wm::app
