#pragma once
// The measured shape drawn over the map in the window: ImGui's background draw list, which ImGui renders under
// its panels and the app renders over the map. Exported images (`worksmap render`) have no desk, so they never
// show it. Positions come from the app each frame through ToWindow, so the shape follows the camera without
// any OSG type reaching ui.
#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "ui/measurement.hpp"

namespace wm::ui {

/// A window pixel, origin top left (ImGui's and X11's convention).
struct WindowPoint {
  float x = 0, y = 0;
};
/// Working CRS metres → the window pixel where that ground point is drawn now, inside the window or not; none
/// when it cannot be drawn (behind the 3D camera). Called every frame for every measured point.
using ToWindow = std::function<std::optional<WindowPoint>(double x, double y)>;

/// Triangles filling the polygon `ring` (not closed: the last point is not the first again), as index triples
/// into it, by ear clipping: n − 2 triangles for a simple polygon of n points, either orientation. For a
/// self-intersecting ring the part no ear is found in is filled as a fan (the outline stays exact).
std::vector<std::array<std::uint32_t, 3>> fillTriangles(const std::vector<WindowPoint>& ring);

/// Draws `measure` into the current frame's background draw list: its line (Distance) or filled polygon
/// (Area), its vertices, `label` beside the last point and, while the shape is not finished, the segment on to
/// `pointer` (the next point if the user clicks there), and a square around `pointer` when it is a vertex the
/// click snaps to (`pointerOnVertex`, shown before the first point too). Nothing else when a point has no window
/// position.
void drawMeasurement(const Measurement& measure, const std::optional<MapPoint>& pointer, const ToWindow& toWindow,
                     const std::string& label, float scale, bool pointerOnVertex = false);

}  // namespace wm::ui
