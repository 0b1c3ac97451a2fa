#include "app/play_clock.hpp"

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iterator>

#include "ui/playback.hpp"

namespace wm::app {

SecondsSource steadySeconds() {
  return [] {
    return std::optional<double>(
        std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count());
  };
}

SecondsSource secondsFromFile(std::string path) {
  return [path = std::move(path)]() -> std::optional<double> {
    std::ifstream in(path);
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    char* end = nullptr;
    const double seconds = std::strtod(text.c_str(), &end);
    if (end == text.c_str()) return std::nullopt;
    return seconds;
  };
}

bool PlayClock::step(ui::ViewState& state) {
  if (!state.playing) {
    _last.reset();
    return false;
  }
  const std::optional<double> now = _seconds();
  if (!now) return false;
  if (_last && *now - *_last < kMinIntervalSeconds) return false;
  const double elapsed = _last ? *now - *_last : 0.0;
  _last = now;
  ui::advancePlay(state, elapsed);
  return true;
}

}  // namespace wm::app
