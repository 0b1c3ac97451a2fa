#pragma once
// Puts ui::layoutDesk's rectangles on ImGui's windows: before the panels are drawn it lays the desk out again
// when anything the layout depends on changed (the window's size, the language through the panels' sizes, the
// open panels, the overlay) and moves the windows there; after they are drawn it measures them for the next
// frame and finds the part of the map no panel covers. A window the user dragged keeps its place, pulled back
// fully onto the screen when the window shrinks, and which windows were dragged is kept in ImGui's ini file
// (section [WorksMap][Desk]), so they start where the user left them next time.
#include <array>
#include <optional>

#include "ui/desk_layout.hpp"
#include "ui/view_state.hpp"

namespace wm::ui {

class DeskPlacement {
public:
  DeskPlacement() = default;
  DeskPlacement(const DeskPlacement&) = delete;
  DeskPlacement& operator=(const DeskPlacement&) = delete;
  ~DeskPlacement();

  /// Call after ImGui::NewFrame, before any panel: lays out and moves the existing windows into place.
  void begin(const ViewState& state, float scale);
  /// Call just before the panel's own drawing: where its window goes when it appears (opened, or the first
  /// frame) and how large it may grow (the room the layout found). A panel that sets its own position or limits
  /// for its first frame overrides this; begin() moves it in the next frame.
  /// `state`: as the panels drawn so far left it (the toolbar may have opened a panel).
  void beforePanel(const ViewState& state, DeskPanel panel);
  /// Call after the last panel: measures the windows as drawn and sets state.freeMap.
  void end(ViewState& state);

  const DeskLayout& layout() const { return _layout; }
  /// Whether this frame laid the desk out again or found a panel's size changed: the next frame moves windows,
  /// so the window loop should draw it (a panel settles in two or three frames).
  bool settling() const { return _settling; }
  /// Each panel's window as drawn in this frame (empty: not shown), window pixels.
  const std::array<ScreenRect, kDeskPanelCount>& drawn() const { return _drawn; }

private:
  void layOut(const DeskLayoutInput& in);
  // Registers the ini section of dragged windows and reads it (the ini file was read before the desk existed).
  void rememberDragged();

  DeskLayoutInput _input;
  DeskLayout _layout;
  std::array<PanelSize, kDeskPanelCount> _sizes{};
  std::array<std::optional<ScreenRect>, kDeskPanelCount> _placed{};  ///< each window as drawn last
  std::array<bool, kDeskPanelCount> _moved{};                        ///< dragged by the user
  std::array<ScreenRect, kDeskPanelCount> _drawn{};
  std::array<ScreenRect, kDeskPanelCount> _freeFrom{};  ///< the windows freeMap was found for
  ScreenRect _freeMap;
  bool _laidOut = false;
  void* _context = nullptr;           ///< the ImGui context whose ini file has our section
  core::Lang _lang = core::Lang::En;  ///< the language laid out for
  int _reflowFrames = 0;              ///< frames left that place every panel afresh (after a resize or language switch)
  bool _settling = false;
};

}  // namespace wm::ui
