#include "ui/measure_drawing.hpp"

#include <numeric>

#include <imgui.h>

namespace wm::ui {
namespace {

// A vivid orange-red on a white halo: apart from the status colours (slate blue, amber, green, red) and the
// selection's cyan, and readable over both the light background and dark works lines.
const ImU32 kLine = IM_COL32(230, 80, 0, 255);
const ImU32 kHalo = IM_COL32(255, 255, 255, 200);
const ImU32 kFill = IM_COL32(230, 80, 0, 46);
const ImU32 kPreview = IM_COL32(230, 80, 0, 150);
const ImU32 kLabelBack = IM_COL32(255, 255, 255, 225);
const ImU32 kLabelText = IM_COL32(40, 30, 20, 255);

// Twice the signed area of the triangle o, a, b (positive when it turns one way, negative the other).
double cross(const WindowPoint& o, const WindowPoint& a, const WindowPoint& b) {
  return (double(a.x) - o.x) * (double(b.y) - o.y) - (double(a.y) - o.y) * (double(b.x) - o.x);
}

bool samePlace(const WindowPoint& p, const WindowPoint& q) { return p.x == q.x && p.y == q.y; }

// Whether p lies inside the triangle a, b, c or on its edges.
bool inTriangle(const WindowPoint& p, const WindowPoint& a, const WindowPoint& b, const WindowPoint& c) {
  const double d1 = cross(a, b, p), d2 = cross(b, c, p), d3 = cross(c, a, p);
  const bool negative = d1 < 0 || d2 < 0 || d3<0, positive = d1> 0 || d2 > 0 || d3 > 0;
  return !(negative && positive);
}

// Whether the corner at left[i] is an ear: it turns the ring's way (convex) and no other remaining vertex lies
// in the triangle it cuts off, so cutting it keeps the rest a simple polygon.
bool isEar(const std::vector<WindowPoint>& ring, const std::vector<std::uint32_t>& left, std::size_t i, double turn) {
  const std::size_t m = left.size();
  const WindowPoint& a = ring[left[(i + m - 1) % m]];
  const WindowPoint& b = ring[left[i]];
  const WindowPoint& c = ring[left[(i + 1) % m]];
  if (cross(a, b, c) * turn <= 0) return false;
  for (std::uint32_t k : left) {
    const WindowPoint& p = ring[k];
    if (samePlace(p, a) || samePlace(p, b) || samePlace(p, c)) continue;
    if (inTriangle(p, a, b, c)) return false;
  }
  return true;
}

// Raw triangles without ImGui's anti-aliased fringe: fringes along the inner edges of a translucent fill would
// show the triangulation as lines.
void fillPolygon(ImDrawList& list, const std::vector<ImVec2>& px, ImU32 colour) {
  std::vector<WindowPoint> ring;
  ring.reserve(px.size());
  for (const ImVec2& p : px) ring.push_back({p.x, p.y});
  const std::vector<std::array<std::uint32_t, 3>> triangles = fillTriangles(ring);
  if (triangles.empty()) return;
  list.PrimReserve(static_cast<int>(triangles.size() * 3), static_cast<int>(px.size()));
  const ImVec2 uv = ImGui::GetFontTexUvWhitePixel();
  const unsigned base = list._VtxCurrentIdx;  // after PrimReserve, which may start a new vertex block
  for (const ImVec2& p : px) list.PrimWriteVtx(p, uv, colour);
  for (const auto& t : triangles)
    for (std::uint32_t k : t) list.PrimWriteIdx(static_cast<ImDrawIdx>(base + k));
}

void drawLabel(ImDrawList& list, ImVec2 at, const std::string& label, float scale) {
  const ImVec2 size = ImGui::CalcTextSize(label.c_str());
  const float pad = 3 * scale;
  list.AddRectFilled(ImVec2(at.x - pad, at.y - pad), ImVec2(at.x + size.x + pad, at.y + size.y + pad), kLabelBack,
                     3 * scale);
  list.AddText(at, kLabelText, label.c_str());
}

}  // namespace

std::vector<std::array<std::uint32_t, 3>> fillTriangles(const std::vector<WindowPoint>& ring) {
  std::vector<std::array<std::uint32_t, 3>> out;
  if (ring.size() < 3) return out;
  double twice = 0;
  for (std::size_t i = 0; i < ring.size(); ++i) twice += cross(ring[0], ring[i], ring[(i + 1) % ring.size()]);
  const double turn = twice >= 0 ? 1 : -1;
  std::vector<std::uint32_t> left(ring.size());
  std::iota(left.begin(), left.end(), 0u);
  out.reserve(ring.size() - 2);
  // Cut ears until a triangle is left, or until a whole turn finds none (a self-intersecting ring).
  std::size_t i = 0, tried = 0;
  while (left.size() > 3 && tried < left.size()) {
    i %= left.size();
    if (isEar(ring, left, i, turn)) {
      const std::size_t m = left.size();
      out.push_back({left[(i + m - 1) % m], left[i], left[(i + 1) % m]});
      left.erase(left.begin() + static_cast<std::ptrdiff_t>(i));
      tried = 0;
    } else {
      ++i;
      ++tried;
    }
  }
  for (std::size_t k = 1; k + 1 < left.size(); ++k) out.push_back({left[0], left[k], left[k + 1]});
  return out;
}

void drawMeasurement(const Measurement& measure, const std::optional<MapPoint>& pointer, const ToWindow& toWindow,
                     const std::string& label, float scale, bool pointerOnVertex) {
  if (!toWindow || measure.mode == MeasureMode::Off) return;
  if (pointerOnVertex && pointer)
    if (std::optional<WindowPoint> w = toWindow(pointer->x, pointer->y)) {
      const float r = 6.0f * scale;
      ImGui::GetBackgroundDrawList()->AddRect(ImVec2(w->x - r, w->y - r), ImVec2(w->x + r, w->y + r), kLine, 0, 0,
                                              2.0f * scale);
    }
  if (measure.points.empty()) return;
  std::vector<ImVec2> px;
  px.reserve(measure.points.size());
  for (const MapPoint& p : measure.points) {
    std::optional<WindowPoint> w = toWindow(p.x, p.y);
    if (!w) return;
    px.emplace_back(w->x, w->y);
  }
  ImDrawList& list = *ImGui::GetBackgroundDrawList();
  const bool area = measure.mode == MeasureMode::Area;
  const int n = static_cast<int>(px.size());
  if (area && n >= 3) fillPolygon(list, px, kFill);
  if (n >= 2) {
    const ImDrawFlags closed = area && n >= 3 ? ImDrawFlags_Closed : ImDrawFlags_None;
    list.AddPolyline(px.data(), n, kHalo, closed, 4.5f * scale);
    list.AddPolyline(px.data(), n, kLine, closed, 2.0f * scale);
  }
  if (!measure.finished && pointer)
    if (std::optional<WindowPoint> w = toWindow(pointer->x, pointer->y)) {
      const ImVec2 next(w->x, w->y);
      list.AddLine(px.back(), next, kPreview, 1.5f * scale);
      if (area && n >= 2) list.AddLine(next, px.front(), kPreview, 1.0f * scale);  // how the ring would close
    }
  for (const ImVec2& p : px) {
    list.AddCircleFilled(p, 4.0f * scale, IM_COL32_WHITE);
    list.AddCircle(p, 4.0f * scale, kLine, 0, 1.5f * scale);
  }
  if (!label.empty()) drawLabel(list, ImVec2(px.back().x + 9 * scale, px.back().y + 6 * scale), label, scale);
}

}  // namespace wm::ui
