#include "app/view_state_sync.hpp"

namespace wm::app {

bool ViewStateSync::apply(ui::ViewState& state, MapView& view, render::MapController& controller) {
  bool changed = false;
  ui::MapFilter filter = ui::mapFilter(state);
  if (filter != _filter) {
    view.setFilter(filter);
    _filter = filter;
    changed = true;
  }
  if (state.lang != _lang) {
    view.setLang(state.lang);
    _lang = state.lang;
    changed = true;
  }
  // The overlay's legend stands down while the Legend panel shows the same (and more) in the window.
  bool overlayLegend = !state.panels.legend;
  if (overlayLegend != _overlayLegend) {
    view.setOverlayLegend(overlayLegend);
    _overlayLegend = overlayLegend;
    changed = true;
  }
  if (state.layers != _layers) {
    for (std::size_t l = 0; l < state.layers.size(); ++l)
      if (l >= _layers.size() || state.layers[l] != _layers[l])
        view.scene().setLayerView(l, state.layers[l].visible, state.layers[l].opacity);
    _layers = state.layers;
    changed = true;
  }
  if (state.layerOrder != _layerOrder) {
    view.scene().setLayerOrder({state.layerOrder.rbegin(), state.layerOrder.rend()});
    _layerOrder = state.layerOrder;
    changed = true;
  }
  for (const ui::ViewRequest& r : state.takeRequests()) {
    std::optional<geo::Extent> extent;
    switch (r.kind) {
      case ui::ViewRequest::Kind::FitAll: extent = view.homeExtent(); break;
      case ui::ViewRequest::Kind::ZoomToProject: extent = view.projectExtent(r.index); break;
      case ui::ViewRequest::Kind::ZoomToDistrict: {
        const auto& districts = view.catalog().districts;
        if (r.index >= 0 && static_cast<std::size_t>(r.index) < districts.size())
          extent = view.districtExtent(districts[static_cast<std::size_t>(r.index)].name);
        break;
      }
    }
    if (extent) controller.fit(*extent);
    changed = true;
  }
  return changed;
}

}  // namespace wm::app
