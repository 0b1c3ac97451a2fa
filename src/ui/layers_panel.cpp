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
  ImGuiIO& io = ImGui::GetIO();
  const float pad = 10.0f * context.scale;
  ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x - pad, 60 * context.scale), ImGuiCond_FirstUseEver,
                          ImVec2(1, 0));
  ImGui::SetNextWindowSize(ImVec2(420 * context.scale, 0), ImGuiCond_FirstUseEver);
  if (!ImGui::Begin(windowTitle(state.lang, core::Msg::UiLayers, "layers").c_str(), &state.panels.layers)) {
    ImGui::End();
    return;
  }
  for (std::size_t l = 0; l < context.catalog.layers.size() && l < state.layers.size(); ++l) layerRow(state, context, l);
  ImGui::End();
}

void LayersPanel::layerRow(ViewState& state, const DeskContext& context, std::size_t layer) {
  const domain::LayerInfo& info = context.catalog.layers[layer].info;
  LayerView& view = state.layers[layer];
  const std::string id = fmt::format("layer.{}", layer);
  ImGui::PushID(static_cast<int>(layer));
  ImGui::Checkbox(fmt::format("{}##{}.visible", info.name, id).c_str(), &view.visible);
  context.targets.addLastItem(id + ".visible");
  ImGui::SameLine(260 * context.scale);
  ImGui::SetNextItemWidth(120 * context.scale);
  ImGui::SliderFloat(fmt::format("##{}.opacity", id).c_str(), &view.opacity, 0.0f, 1.0f, "%.2f");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", uiText(state.lang, core::Msg::UiLayerOpacity));
  context.targets.addLastItem(id + ".opacity");
  ImGui::Indent();
  std::string details = core::tr(state.lang, core::Msg::UiLayerDetails, info.driver, info.featuresRead,
                                 info.featuresSkipped, info.sourceCrs,
                                 info.crsInferred ? uiText(state.lang, core::Msg::UiLayerCrsInferred) : "",
                                 info.encoding, core::encodingHowPhrase(info.encodingHow, state.lang));
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
  ImGui::TextWrapped("%s", details.c_str());
  ImGui::PopStyleColor();
  const auto& problems = _problems[layer];
  if (problems.empty()) {
    ImGui::TextDisabled("%s", uiText(state.lang, core::Msg::UiLayerNoProblems));
  } else if (ImGui::TreeNode(fmt::format("{}##{}.problems", core::tr(state.lang, core::Msg::UiLayerProblems,
                                                                     problems.size()), id)
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
