#pragma once
// Once a frame, after the desk has drawn: what changed in the view state goes to the map (uniforms, overlay
// language, labels; never a rebuild of the map's geometry), and the panels' requests (zoom to a district or a
// project, fit the county) go to the camera.
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

private:
  std::optional<ui::MapFilter> _filter;
  std::optional<core::Lang> _lang;
  std::optional<bool> _overlayLegend;
  std::vector<ui::LayerView> _layers;  ///< as last applied
  std::vector<std::uint32_t> _layerOrder;  ///< as last applied (top first)
};

}  // namespace wm::app
