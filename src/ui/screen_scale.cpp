#include "ui/screen_scale.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace wm::ui {

float screenScale(unsigned width, unsigned height, std::optional<std::string_view> override) {
  if (override) {
    float value = 0;
    const char* end = override->data() + override->size();
    auto [ptr, ec] = std::from_chars(override->data(), end, value);
    if (ec == std::errc() && ptr == end && value >= 0.5f && value <= 4.0f) return value;
  }
  if (width == 0 || height == 0) return 1.0f;
  float byHeight = std::floor(static_cast<float>(height) / 1080.0f * 4.0f) / 4.0f;
  return std::clamp(byHeight, 1.0f, 3.0f);
}

}  // namespace wm::ui
