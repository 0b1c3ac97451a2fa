#pragma once
// The Timeline's Play in the window's loop.
#include <chrono>

#include "ui/playback.hpp"
#include "ui/view_state.hpp"

namespace wm::app {

/// While the Timeline plays, the loop (which otherwise draws only on input) asks for frames, at most one per
/// kMinInterval, and before each moves the date on by the real time since the last (ui::advancePlay, which
/// counts at most a quarter of a second of it).
class PlayClock {
public:
  static constexpr std::chrono::milliseconds kMinInterval{16};
  /// Whether a frame is wanted now (the date may have moved on).
  bool step(ui::ViewState& state) {
    if (!state.playing) {
      _running = false;
      return false;
    }
    const auto now = std::chrono::steady_clock::now();
    if (_running && now - _last < kMinInterval) return false;
    const double elapsed = _running ? std::chrono::duration<double>(now - _last).count() : 0.0;
    _running = true;
    _last = now;
    ui::advancePlay(state, elapsed);
    return true;
  }

private:
  bool _running = false;                        ///< playing in the last step (else _last is stale)
  std::chrono::steady_clock::time_point _last;  ///< when the date last moved on
};

}  // namespace wm::app
