#pragma once
// The values a [[slide]] table accepts for its numbers (docs/workspace.md, "[[slide]]"): the workspace reader
// rejects anything outside them, and the slide writer keeps what it writes inside them.
namespace wm::io {

struct SlideRange {
  double min;
  double max;
};

inline constexpr SlideRange kSlideScale{100, 1e8};       ///< scale denominator
inline constexpr SlideRange kSlideHeading{-360, 360};    ///< degrees
inline constexpr SlideRange kSlideTilt{0, 85};           ///< degrees from straight down
inline constexpr SlideRange kSlideRangeMetres{10, 1e7};  ///< 3D camera to target
inline constexpr SlideRange kSlideYear{1900, 2200};      ///< `year = 2022`
inline constexpr SlideRange kSlideLongitude{-180, 180};
inline constexpr SlideRange kSlideLatitude{-90, 90};

}  // namespace wm::io
