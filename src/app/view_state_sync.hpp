#pragma once
// Once a frame, after the desk has drawn: what changed in the view state goes to the map (uniforms, overlay
// language, labels; never a rebuild of the map's geometry), the panels' requests (zoom to a district or a
// project, fit the county) go to the camera, framed in the part of the window no panel covers
// (ViewState::freeMap), and where the map's overlay draws goes back to the state (ViewState::mapOverlay), which
// the desk's layout keeps clear.
#include <optional>

#include "app/map_view.hpp"
#include "render/map_controller.hpp"
#include "ui/view_state.hpp"

namespace wm::app {

class ViewStateSync {
public:
  /// Applies `state` to `view` and `controller`, comparing with what was applied last; takes the pending
  /// requests. Returns whether anything changed (the caller redraws and reports the state).
  bool apply(ui::ViewState& state, MapView& view, render::MapController& controller);

  /// What the overlay of `view` covers, in window pixels from the top left; `known` false before it is built
  /// for a window `windowHeight` pixels tall.
  static ui::MapOverlayRects overlayRects(const MapView& view, int windowHeight);
  /// `freeMap` (window pixels from the top left) as the camera's pixels from the bottom left of a window
  /// `height` pixels tall; none when it is empty.
  static std::optional<render::PixelRect> framing(const ui::ScreenRect& freeMap, int height);

private:
  std::optional<ui::MapFilter> _filter;
  std::optional<core::Lang> _lang;
  std::optional<bool> _overlayLegend;
  int _bottomInset = 0;
  ui::ScreenRect _freeMap;                 ///< as last seen
  std::vector<ui::LayerView> _layers;      ///< as last applied
  std::vector<std::uint32_t> _layerOrder;  ///< as last applied (top first)
};

}  // namespace wm::app
