#pragma once
// How large the desk is drawn: one factor for font sizes and ImGui's style sizes.
#include <optional>
#include <string_view>

namespace wm::ui {

/// The desk's scale for a screen of `width` × `height` pixels: 1 up to a 1080-line screen, then in steps of a
/// quarter with the screen's height (1.5 at 1620 lines, 2 on a 4K screen), at most 3. OSG does not report the
/// screen's DPI, so its height stands in. `override` (WORKSMAP_UI_SCALE, e.g. "1.5") wins when it is a number
/// from 0.5 to 4. An unknown screen (0 × 0) is 1.
float screenScale(unsigned width, unsigned height, std::optional<std::string_view> override = std::nullopt);

/// The desk's font size in pixels at a scale (16 px at 1).
inline float deskFontPixels(float scale) { return 16.0f * scale; }

}  // namespace wm::ui
