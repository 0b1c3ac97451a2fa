#include "ui/desk_layout.hpp"

#include <cmath>
#include <limits>

namespace wm::ui {
namespace {

// How much a pixel of overlap costs against a pixel of distance from the panel's own place: covering the map's
// title, north arrow or legend is all but ruled out, covering another panel is avoided where the window has
// room.
constexpr double kOverlayWeight = 1e4, kPanelWeight = 10;

struct Obstacle {
  ScreenRect rect;
  double weight;
};

// A panel's size before ImGui has measured it (its first frame, which ImGui does not show), at scale 1.
PanelSize estimate(DeskPanel panel) {
  switch (panel) {
    case DeskPanel::Toolbar:
      return {900, 34};
    case DeskPanel::StatusBar:
      return {0, 28};
    case DeskPanel::Legend:
      return {420, 260};
    case DeskPanel::Timeline:
      return {560, 100};
    case DeskPanel::Filters:
      return {300, 380};
    case DeskPanel::Inspector:
      return {400, 90};
    case DeskPanel::Districts:
      return {720, 300};
    case DeskPanel::Layers:
      return {420, 300};
    case DeskPanel::Measure:
      return {320, 160};
    case DeskPanel::Problems:
      return {900, 260};
    case DeskPanel::Slides:
      return {380, 520};
  }
  return {300, 200};
}

PanelSize sizeOf(const DeskLayoutInput& in, DeskPanel panel) {
  const PanelSize measured = in.sizes[static_cast<std::size_t>(panel)];
  if (measured.width > 0 && measured.height > 0) return measured;
  const PanelSize e = estimate(panel);
  return {e.width * in.scale, e.height * in.scale};
}

// The candidate positions: the panel's own, against the area's edges, and just clear of each obstacle on each
// side; the one with the least weighted overlap, then the nearest to its own place.
// `moveX`, `moveY`: what a pixel of distance from the panel's own place costs across and up or down.
ScreenRect place(PanelSize size, float prefX, float prefY, double moveX, double moveY, const ScreenRect& area,
                 const std::vector<Obstacle>& obstacles, float gap) {
  const float w = std::min(size.width, area.width()), h = std::min(size.height, area.height());
  std::vector<float> xs{prefX, area.x0, area.x1 - w}, ys{prefY, area.y0, area.y1 - h};
  for (const Obstacle& o : obstacles) {
    xs.insert(xs.end(), {o.rect.x1 + gap, o.rect.x0 - gap - w});
    ys.insert(ys.end(), {o.rect.y1 + gap, o.rect.y0 - gap - h});
  }
  ScreenRect best;
  double bestScore = std::numeric_limits<double>::infinity();
  for (float x : xs)
    for (float y : ys) {
      const ScreenRect r = clampInto({x, y, x + w, y + h}, area);
      double score = moveX * std::abs(r.x0 - prefX) + moveY * std::abs(r.y0 - prefY);
      for (const Obstacle& o : obstacles) score += o.weight * r.overlapArea(o.rect);
      if (score < bestScore) bestScore = score, best = r;
    }
  return best;
}

// Where the panel was (by its bottom edge when it belongs at the bottom), at its size now, if that still lies in
// the room clear of every obstacle.
std::optional<ScreenRect> keptPlace(const std::optional<ScreenRect>& previous, DeskPanel panel, PanelSize size,
                                    const ScreenRect& area, const std::vector<Obstacle>& obstacles) {
  if (!previous) return std::nullopt;
  const float top = bottomAnchored(panel) ? previous->y1 - size.height : previous->y0;
  const ScreenRect stay{previous->x0, top, previous->x0 + size.width, top + size.height};
  if (!stay.inside(area)) return std::nullopt;
  for (const Obstacle& o : obstacles)
    if (stay.overlaps(o.rect)) return std::nullopt;
  return stay;
}

// Along the top, ending left of the north arrow; when that would reach the map's title, under the title at the
// left edge instead.
ScreenRect toolbarRect(const DeskLayoutInput& in, const MapOverlayRects& o, PanelSize size, float gap) {
  const float right = o.northArrow.empty() ? in.width - gap : o.northArrow.x0 - gap;
  const float top = 6 * in.scale;
  const ScreenRect beside{right - size.width, top, right, top + size.height};
  if (o.title.empty() || beside.x0 >= o.title.x1 + gap) return clampInto(beside, {0, 0, in.width, in.height});
  const float below = o.title.y1 + gap;
  return clampInto({gap, below, gap + size.width, below + size.height}, {0, 0, in.width, in.height});
}

}  // namespace

const char* deskPanelId(DeskPanel panel) {
  constexpr std::array<const char*, kDeskPanelCount> kIds{"toolbar", "statusbar", "legend",    "timeline",
                                                          "filters", "inspector", "districts", "layers",
                                                          "measure", "problems",  "slides"};
  return kIds[static_cast<std::size_t>(panel)];
}

bool panelOpen(const OpenPanels& open, DeskPanel panel) {
  switch (panel) {
    case DeskPanel::Toolbar:
      return true;
    case DeskPanel::StatusBar:
      return open.statusBar;
    case DeskPanel::Legend:
      return open.legend;
    case DeskPanel::Timeline:
      return open.timeline;
    case DeskPanel::Filters:
      return open.filters;
    case DeskPanel::Inspector:
      return open.inspector;
    case DeskPanel::Districts:
      return open.districts;
    case DeskPanel::Layers:
      return open.layers;
    case DeskPanel::Measure:
      return open.measure;
    case DeskPanel::Problems:
      return open.problems;
    case DeskPanel::Slides:
      return open.slides;
  }
  return false;
}

bool bottomAnchored(DeskPanel panel) {
  return panel == DeskPanel::Legend || panel == DeskPanel::Timeline || panel == DeskPanel::Districts ||
         panel == DeskPanel::Problems;
}

bool compactDesk(float windowWidth, float scale) { return windowWidth < kCompactDeskWidth * scale; }

// scene::overlayPanels: a unit of height / 40 (at least 12 px); the title block 2.9 units tall at half a unit
// from the corner, about 0.41 unit a character wide; the north arrow 4.6 units square centred 2 units in from
// the right, 3.5 down, the 2D/3D button under it down to 7.1 units.
MapOverlayRects estimatedOverlay(float width, float height, std::size_t titleChars) {
  const float u = std::max(12.0f, height / 40), w = width;
  MapOverlayRects r;
  r.known = true;
  r.title = {u / 2, u / 2, u * 2 + u * 0.41f * static_cast<float>(titleChars), u / 2 + u * 2.9f};
  r.northArrow = {w - u * 4.3f, u * 1.2f, w - u, u * 7.1f};
  return r;
}

DeskLayout layoutDesk(const DeskLayoutInput& in) {
  DeskLayout out;
  out.compact = compactDesk(in.width, in.scale);
  const float gap = 8 * in.scale, w = in.width, h = in.height;
  const ScreenRect window{0, 0, w, h};
  auto& panels = out.panels;
  auto at = [&](DeskPanel p) -> ScreenRect& { return panels[static_cast<std::size_t>(p)]; };
  const MapOverlayRects overlay = in.overlay.known ? in.overlay : estimatedOverlay(w, h);
  std::vector<Obstacle> obstacles;
  for (const ScreenRect& r : {overlay.title, overlay.northArrow, overlay.legend, overlay.scaleBar})
    if (!r.empty()) obstacles.push_back({r, kOverlayWeight});
  at(DeskPanel::Toolbar) = toolbarRect(in, overlay, sizeOf(in, DeskPanel::Toolbar), gap);
  out.toolbarBesideTitle = at(DeskPanel::Toolbar).y0 < 6 * in.scale + 0.5f;
  obstacles.push_back({at(DeskPanel::Toolbar), kPanelWeight});
  float bottom = h;
  if (in.open.statusBar) {
    bottom = h - std::min(sizeOf(in, DeskPanel::StatusBar).height, h);
    at(DeskPanel::StatusBar) = {0, bottom, w, h};
  }
  const ScreenRect area{gap, gap, std::max(gap, w - gap), std::max(gap, bottom - gap)};
  out.room = area;
  // Panels the user dragged stay where they are (pulled back inside the window) and the others avoid them.
  for (std::size_t i = 2; i < kDeskPanelCount; ++i)
    if (in.moved[i] && panelOpen(in.open, static_cast<DeskPanel>(i))) {
      const PanelSize s = sizeOf(in, static_cast<DeskPanel>(i));
      panels[i] =
          clampInto({in.moved[i]->x0, in.moved[i]->y0, in.moved[i]->x0 + s.width, in.moved[i]->y0 + s.height}, window);
      obstacles.push_back({panels[i], kPanelWeight});
    }
  struct Preferred {
    DeskPanel panel;
    float x, y;           // fractions of the room left for the panel: 0 left/top, 1 right/bottom
    double moveX, moveY;  // the cost of a pixel away from there, across and up or down
  };
  // In this order: what the planner reads all the time first, so it gets its corner. A panel at the bottom
  // rather moves sideways than up into the map (the Timeline beside the Legend), one at a side rather up or
  // down than away from its edge (the Inspector under the north arrow, not beside it).
  constexpr Preferred kOrder[] = {
      {DeskPanel::Legend, 0, 1, 1, 3},     {DeskPanel::Timeline, 0.5f, 1, 1, 3}, {DeskPanel::Filters, 0, 0, 2, 1},
      {DeskPanel::Inspector, 1, 0, 2, 1},  {DeskPanel::Districts, 1, 1, 2, 1},   {DeskPanel::Layers, 1, 0, 2, 1},
      {DeskPanel::Measure, 0.5f, 0, 1, 2}, {DeskPanel::Problems, 0.5f, 1, 1, 2}, {DeskPanel::Slides, 1, 0, 2, 1}};
  for (const Preferred& p : kOrder) {
    const auto i = static_cast<std::size_t>(p.panel);
    if (!panelOpen(in.open, p.panel) || in.moved[i]) continue;
    const PanelSize s = sizeOf(in, p.panel);
    if (auto stay = keptPlace(in.previous[i], p.panel, s, area, obstacles)) {
      panels[i] = *stay;
    } else {
      const float x = area.x0 + (area.width() - std::min(s.width, area.width())) * p.x;
      const float y = area.y0 + (area.height() - std::min(s.height, area.height())) * p.y;
      panels[i] = place(s, x, y, p.moveX, p.moveY, area, obstacles, gap);
    }
    obstacles.push_back({panels[i], kPanelWeight});
  }
  std::vector<ScreenRect> covered;
  for (const ScreenRect& r : panels)
    if (!r.empty()) covered.push_back(r);
  out.freeMap = largestFreeRect(window, covered);
  return out;
}

ScreenRect clampInto(ScreenRect r, const ScreenRect& area) {
  const float w = r.width(), h = r.height();
  const float x = std::max(area.x0, std::min(r.x0, area.x1 - w));
  const float y = std::max(area.y0, std::min(r.y0, area.y1 - h));
  return {x, y, x + w, y + h};
}

ScreenRect largestFreeRect(const ScreenRect& window, const std::vector<ScreenRect>& covered) {
  // The largest empty rectangle has each edge on the window's edge or on an edge of a covered rectangle.
  std::vector<float> lefts{window.x0}, rights{window.x1}, tops{window.y0}, bottoms{window.y1};
  for (const ScreenRect& c : covered) {
    if (c.x1 > window.x0 && c.x1 < window.x1) lefts.push_back(c.x1);
    if (c.x0 > window.x0 && c.x0 < window.x1) rights.push_back(c.x0);
    if (c.y1 > window.y0 && c.y1 < window.y1) tops.push_back(c.y1);
    if (c.y0 > window.y0 && c.y0 < window.y1) bottoms.push_back(c.y0);
  }
  ScreenRect best;
  float bestArea = 0;
  for (float x0 : lefts)
    for (float x1 : rights) {
      if (x1 <= x0) continue;
      for (float y0 : tops)
        for (float y1 : bottoms) {
          const ScreenRect r{x0, y0, x1, y1};
          if (r.empty() || r.width() * r.height() <= bestArea) continue;
          bool free = true;
          for (const ScreenRect& c : covered) free = free && !r.overlaps(c);
          if (free) bestArea = r.width() * r.height(), best = r;
        }
    }
  return best;
}

}  // namespace wm::ui
