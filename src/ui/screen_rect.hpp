#pragma once
// Rectangles in window pixels, origin at the top left, y down (ImGui's and the state file's convention).
#include <algorithm>

namespace wm::ui {

struct ScreenRect {
  float x0 = 0, y0 = 0, x1 = 0, y1 = 0;

  float width() const { return x1 - x0; }
  float height() const { return y1 - y0; }
  bool empty() const { return !(x1 > x0 && y1 > y0); }
  /// The area both rectangles cover (0 when they only touch).
  float overlapArea(const ScreenRect& o) const {
    const float w = std::min(x1, o.x1) - std::max(x0, o.x0), h = std::min(y1, o.y1) - std::max(y0, o.y0);
    return w > 0 && h > 0 ? w * h : 0;
  }
  bool overlaps(const ScreenRect& o) const { return overlapArea(o) > 0; }
  /// Whether this rectangle lies within `o` (edges may touch).
  bool inside(const ScreenRect& o) const { return x0 >= o.x0 && y0 >= o.y0 && x1 <= o.x1 && y1 <= o.y1; }
  bool operator==(const ScreenRect&) const = default;
};

/// What the map's overlay draws in the window (window pixels), which the desk's panels keep clear of. Empty:
/// not drawn.
struct MapOverlayRects {
  bool known = false;     ///< reported by the app (else the desk estimates where they are)
  ScreenRect title;       ///< the map's title and its date line, top left
  ScreenRect northArrow;  ///< the north arrow and the 2D/3D button under it, top right
  ScreenRect legend;      ///< the overlay's own legend (shown while the Legend panel is closed), bottom left
  ScreenRect scaleBar;    ///< the scale bar, bottom right, above the status bar (none in a tilted view)
  bool operator==(const MapOverlayRects&) const = default;
};

}  // namespace wm::ui
