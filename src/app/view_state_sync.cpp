#include "app/view_state_sync.hpp"

#include <algorithm>

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
  if (state.mapBottomInset != _bottomInset) {
    view.setBottomInset(state.mapBottomInset);
    _bottomInset = state.mapBottomInset;
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
      case ui::ViewRequest::Kind::FitAll:
        extent = view.homeExtent();
        break;
      case ui::ViewRequest::Kind::ZoomToProject:
        extent = view.projectExtent(r.index);
        break;
      case ui::ViewRequest::Kind::ZoomToDistrict: {
        const auto& districts = view.catalog().districts;
        if (r.index >= 0 && static_cast<std::size_t>(r.index) < districts.size())
          extent = view.districtExtent(districts[static_cast<std::size_t>(r.index)].name);
        break;
      }
    }
    if (extent) controller.fit(*extent, framing(state.freeMap, controller.camera().height()));
    changed = true;
  }
  // The panels moved or changed size: what a zoom frames changed, and the desk may still be settling.
  if (state.freeMap != _freeMap) {
    _freeMap = state.freeMap;
    changed = true;
  }
  // The overlay may have been rebuilt above (language, legend, date line): the desk lays out around it.
  const ui::MapOverlayRects overlay = overlayRects(view, controller.camera().height());
  if (overlay != state.mapOverlay) {
    state.mapOverlay = overlay;
    changed = true;
  }
  return changed;
}

ui::MapOverlayRects ViewStateSync::overlayRects(const MapView& view, int windowHeight) {
  ui::MapOverlayRects r;
  const auto h = static_cast<float>(view.overlayHeight());
  // Not built yet, or still for the size before a resize (the camera rebuilds it after the desk's frame): the
  // desk estimates it until the next frame.
  if (h <= 0 || view.overlayHeight() != windowHeight) return r;
  r.known = true;
  auto flip = [h](const scene::OverlayRect& o) {
    return o.x1 > o.x0 && o.y1 > o.y0 ? ui::ScreenRect{o.x0, h - o.y1, o.x1, h - o.y0} : ui::ScreenRect{};
  };
  const scene::OverlayPanels& p = view.overlayPanels();
  r.title = flip(p.title);
  r.northArrow = flip(p.northArrow);
  if (p.hasButton) {
    const ui::ScreenRect b = flip(p.button);
    r.northArrow = {std::min(r.northArrow.x0, b.x0), std::min(r.northArrow.y0, b.y0), std::max(r.northArrow.x1, b.x1),
                    std::max(r.northArrow.y1, b.y1)};
  }
  r.legend = flip(p.legend);
  if (p.hasScaleBar) r.scaleBar = flip(p.scaleBar);
  return r;
}

std::optional<render::PixelRect> ViewStateSync::framing(const ui::ScreenRect& freeMap, int height) {
  if (freeMap.empty()) return std::nullopt;
  const auto h = static_cast<double>(height);
  return render::PixelRect{freeMap.x0, h - freeMap.y1, freeMap.x1, h - freeMap.y0};
}

}  // namespace wm::app
