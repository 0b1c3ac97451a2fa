#pragma once
// Where the desk's panels go: a pure function of the window's size, the UI scale, which panels are open, how big
// each one is (its content, as ImGui measured it in the last frame) and what the map's overlay draws (title,
// north arrow, the overlay's legend). Panels are placed against the window's edges and each other: the toolbar
// along the top between the map's title and the north arrow, the Legend bottom left, the Timeline bottom centre
// clear of the Legend, the Filters top left, the Inspector, District progress and Layers on the right, the
// status bar along the bottom. Nothing here knows ImGui, so tests lay out any window size without one
// (ui/desk_placement.hpp puts the result on ImGui's windows).
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "ui/screen_rect.hpp"
#include "ui/view_state.hpp"

namespace wm::ui {

enum class DeskPanel : std::uint8_t {
  Toolbar,
  StatusBar,
  Legend,
  Timeline,
  Filters,
  Inspector,
  Districts,
  Layers,
  Measure,
  Problems,
  Slides
};
inline constexpr std::size_t kDeskPanelCount = 11;

/// The panel's stable id: its ImGui window's id after "###", and "panel.<id>" in the state file.
const char* deskPanelId(DeskPanel panel);
/// Whether the panel keeps its bottom edge when it grows (it belongs at the bottom of the window).
bool bottomAnchored(DeskPanel panel);
/// Whether the panel is open in `open` (the toolbar always is).
bool panelOpen(const OpenPanels& open, DeskPanel panel);

/// Below this window width (× the UI scale) the toolbar is compact: a Panels menu instead of a row of check boxes.
inline constexpr float kCompactDeskWidth = 1280;
bool compactDesk(float windowWidth, float scale);

/// Where the overlay's title and north arrow are before the app has reported them (the first frame): the same
/// proportions as scene::overlayPanels, with room for a title of `titleChars` characters.
MapOverlayRects estimatedOverlay(float width, float height, std::size_t titleChars = 24);

struct PanelSize {
  float width = 0, height = 0;  ///< pixels; 0: not known yet (an estimate at the UI scale stands in)
  bool operator==(const PanelSize&) const = default;
};

struct DeskLayoutInput {
  float width = 0, height = 0;  ///< the window, pixels
  float scale = 1;              ///< ui/screen_scale.hpp
  OpenPanels open;
  std::array<PanelSize, kDeskPanelCount> sizes{};  ///< by DeskPanel
  MapOverlayRects overlay;
  /// Panels the user dragged, where they are now: they stay there, moved only as far as needed to be fully on
  /// the screen, and the others keep clear of them.
  std::array<std::optional<ScreenRect>, kDeskPanelCount> moved{};
  /// Where each panel was placed before (its size then): a panel whose content changed size keeps that place
  /// (by its bottom edge when bottomAnchored) while it still lies in the room clear of everything placed
  /// before it, so entries do not jump under the pointer. None: placed afresh (a resize, a language switch).
  std::array<std::optional<ScreenRect>, kDeskPanelCount> previous{};
  bool operator==(const DeskLayoutInput&) const = default;
};

struct DeskLayout {
  bool compact = false;            ///< the toolbar shows the Panels menu
  bool toolbarBesideTitle = true;  ///< the toolbar's right edge is fixed (left of the north arrow); else its left
  ScreenRect room;                 ///< where panels go: the window inside a margin, above the status bar
  std::array<ScreenRect, kDeskPanelCount> panels{};  ///< by DeskPanel; empty: closed
  ScreenRect freeMap;                                ///< the largest part of the window no panel covers
  const ScreenRect& operator[](DeskPanel p) const { return panels[static_cast<std::size_t>(p)]; }
};

/// Lays out the open panels. Each is placed at the candidate position (against the window's edges, the
/// overlay's title, north arrow and legend, and the panels placed before it) that covers the least of the
/// overlay (heavily weighted) and of the other panels, then lies nearest its own corner; a panel larger than
/// the room left is made smaller (the desk limits its window to that size). Every panel ends up fully inside
/// the window.
DeskLayout layoutDesk(const DeskLayoutInput& in);

/// The largest rectangle within `window` that none of `covered` overlaps (edges may touch).
ScreenRect largestFreeRect(const ScreenRect& window, const std::vector<ScreenRect>& covered);
/// `r` moved (not resized) as little as possible to lie within `area`; when it is larger than the area, its top
/// left corner is kept inside.
ScreenRect clampInto(ScreenRect r, const ScreenRect& area);

}  // namespace wm::ui
