#include "ui/loading_panel.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <imgui.h>

#include "ui/desk_context.hpp"

namespace wm::ui {

float layerFraction(const LayerLoad& layer) {
  if (layer.stage == LayerLoad::Stage::Done) return 1.0f;
  const float part =
      layer.total == 0 ? 0.1f : std::min(1.0f, static_cast<float>(layer.done) / static_cast<float>(layer.total));
  return layer.stage == LayerLoad::Stage::Reading ? 0.5f * part : 0.5f + 0.5f * part;
}

std::string layerProgressText(const LayerLoad& layer, core::Lang lang) {
  switch (layer.stage) {
    case LayerLoad::Stage::Reading:
      return layer.total == 0 ? core::tr(lang, core::Msg::UiLoadingReadingCount, layer.done)
                              : core::tr(lang, core::Msg::UiLoadingReading, layer.done, layer.total);
    case LayerLoad::Stage::Reprojecting:
      return core::tr(lang, core::Msg::UiLoadingReprojecting, layer.done, layer.total);
    case LayerLoad::Stage::Done:
      return core::tr(lang, core::Msg::UiLoadingDone, layer.total);
  }
  return {};
}

void LoadingPanel::draw(const LoadingView& view, core::Lang lang, float scale, ClickTargets& targets) {
  ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x / 2, io.DisplaySize.y / 2), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(560 * scale, io.DisplaySize.x * 0.9f), 0), ImGuiCond_Always);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                                 ImGuiWindowFlags_NoSavedSettings;
  if (!ImGui::Begin(windowTitle(lang, core::Msg::UiLoadingTitle, "loading").c_str(), nullptr, flags)) {
    ImGui::End();
    return;
  }
  core::Msg phase = view.phase == LoadingView::Phase::Finding   ? core::Msg::UiLoadingFinding
                    : view.phase == LoadingView::Phase::Reading ? core::Msg::UiLoadingLayers
                                                                : core::Msg::UiLoadingBuilding;
  ImGui::TextUnformatted(core::tr(lang, phase, view.layers.size()).c_str());
  ImGui::SameLine();
  ImGui::TextDisabled("%s", core::tr(lang, core::Msg::UiLoadingElapsed, fmt::format("{:.1f}", view.seconds)).c_str());
  ImGui::Separator();
  for (std::size_t i = 0; i < view.layers.size(); ++i) {
    const LayerLoad& layer = view.layers[i];
    ImGui::TextUnformatted(layer.name.c_str());
    ImGui::ProgressBar(layerFraction(layer), ImVec2(-1, 0), layerProgressText(layer, lang).c_str());
    targets.addLastItem(fmt::format("loading.layer.{}", i));
  }
  ImGui::End();
}

}  // namespace wm::ui
