#pragma once
// The Layers panel: each loaded layer, top (drawn last) first, with buttons moving it up and down the drawing
// order (ViewState::layerOrder → MapScene::setLayerOrder), a visibility box and an opacity slider
// (ViewState::layers, which the app turns into MapScene::setLayerView), what was read (driver, features, CRS, text
// encoding and how it was decided) and the problems `check` would report for it.
#include <optional>
#include <utility>
#include <vector>

#include "core/diagnostic.hpp"
#include "ui/desk_context.hpp"
#include "ui/view_state.hpp"

namespace wm::ui {

class LayersPanel {
public:
  /// Draws the panel into the current ImGui frame when state.panels.layers is set.
  void draw(ViewState& state, const DeskContext& context);

  /// The loader's problems for each catalog layer (matched by file and layer name), in the catalog's order.
  static std::vector<std::vector<const core::Diagnostic*>> problemsByLayer(const domain::Catalog& catalog);

private:
  void layerRow(ViewState& state, const DeskContext& context, std::size_t layer, std::size_t position);
  std::optional<std::pair<std::size_t, int>> _move;  ///< (position, step) clicked in the last frame
  std::vector<std::vector<const core::Diagnostic*>> _problems;
  bool _problemsFound = false;
};

}  // namespace wm::ui
