#include "ui/layers_panel.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace wm::ui {

std::vector<std::vector<const core::Diagnostic*>> LayersPanel::problemsByLayer(const domain::Catalog& catalog) {
  std::vector<std::vector<const core::Diagnostic*>> out(catalog.layers.size());
  for (const core::Diagnostic& d : catalog.diagnostics.items()) {
    if (d.severity == core::Severity::Info) continue;
    for (std::size_t l = 0; l < catalog.layers.size(); ++l)
      if (d.file == catalog.layers[l].info.file && d.layer == catalog.layers[l].info.name) out[l].push_back(&d);
  }
  return out;
}

void LayersPanel::draw(ViewState& state, const DeskContext& context) {
  if (!state.panels.layers) return;
  if (!_problemsFound) _problems = problemsByLayer(context.catalog), _problemsFound = true;
  if (_move) {
    state.moveLayer(_move->first, _move->second);
    _move.reset();
  }
  // A state made before its catalog had these layers: they go to the bottom of the list.
  for (std::uint32_t l = 0; l < state.layers.size(); ++l)
    if (std::find(state.layerOrder.begin(), state.layerOrder.end(), l) == state.layerOrder.end())
      state.layerOrder.push_back(l);
  // Placed by the desk (ui/desk_layout.hpp) on the right, below the north arrow, and no larger than the room it
  // found there: a county with many layers scrolls inside the panel.
  ImGui::SetNextWindowSize(ImVec2(420 * context.scale, 0), ImGuiCond_FirstUseEver);
  if (!ImGui::Begin(windowTitle(state.lang, core::Msg::UiLayers, "layers").c_str(), &state.panels.layers)) {
    ImGui::End();
    return;
  }
  ImGui::TextDisabled("%s", uiText(state.lang, core::Msg::UiLayerOrderHint));
  // Top first, as drawn: the first row is over the others on the map.
  for (std::size_t position = 0; position < state.layerOrder.size(); ++position) {
    const std::uint32_t l = state.layerOrder[position];
    if (l < context.catalog.layers.size() && l < state.layers.size()) layerRow(state, context, l, position);
  }
  ImGui::End();
}

void LayersPanel::layerRow(ViewState& state, const DeskContext& context, std::size_t layer, std::size_t position) {
  const domain::LayerInfo& info = context.catalog.layers[layer].info;
  LayerView& view = state.layers[layer];
  const std::string id = fmt::format("layer.{}", layer);
  ImGui::PushID(static_cast<int>(layer));
  // Up and down one place; the move takes effect from the next frame (this one keeps listing the old order).
  ImGui::BeginDisabled(position == 0);
  if (ImGui::ArrowButton("##up", ImGuiDir_Up)) _move = {position, -1};
  ImGui::EndDisabled();
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
    ImGui::SetTooltip("%s", uiText(state.lang, core::Msg::UiLayerUp));
  context.targets.addLastItem(id + ".up");
  ImGui::SameLine();
  ImGui::BeginDisabled(position + 1 >= state.layerOrder.size());
  if (ImGui::ArrowButton("##down", ImGuiDir_Down)) _move = {position, 1};
  ImGui::EndDisabled();
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
    ImGui::SetTooltip("%s", uiText(state.lang, core::Msg::UiLayerDown));
  context.targets.addLastItem(id + ".down");
  ImGui::SameLine();
  ImGui::Checkbox(fmt::format("{}##{}.visible", info.name, id).c_str(), &view.visible);
  context.targets.addLastItem(id + ".visible");
  ImGui::SameLine(260 * context.scale);
  ImGui::SetNextItemWidth(120 * context.scale);
  ImGui::SliderFloat(fmt::format("##{}.opacity", id).c_str(), &view.opacity, 0.0f, 1.0f, "%.2f");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", uiText(state.lang, core::Msg::UiLayerOpacity));
  context.targets.addLastItem(id + ".opacity");
  ImGui::Indent();
  std::string details = core::tr(state.lang, core::Msg::UiLayerDetails, info.driver, info.featuresRead,
                                 info.featuresSkipped, core::argText(info.sourceCrs, state.lang),
                                 info.crsInferred ? uiText(state.lang, core::Msg::UiLayerCrsInferred) : "",
                                 info.encoding, domain::encodingHowText(info.encodingHow, state.lang));
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
  ImGui::TextWrapped("%s", details.c_str());
  ImGui::PopStyleColor();
  const auto& problems = _problems[layer];
  if (problems.empty()) {
    ImGui::TextDisabled("%s", uiText(state.lang, core::Msg::UiLayerNoProblems));
  } else if (ImGui::TreeNode(
                 fmt::format("{}##{}.problems", core::tr(state.lang, core::Msg::UiLayerProblems, problems.size()), id)
                     .c_str())) {
    // At most a screenful: a layer with thousands of bad features lists them in `worksmap check`.
    constexpr std::size_t kShown = 200;
    for (std::size_t i = 0; i < std::min(problems.size(), kShown); ++i)
      ImGui::TextWrapped("%s", core::formatDiagnostic(*problems[i], state.lang).c_str());
    if (problems.size() > kShown) ImGui::TextDisabled("…");
    ImGui::TreePop();
  }
  ImGui::Unindent();
  ImGui::Separator();
  ImGui::PopID();
}

}  // namespace wm::ui
