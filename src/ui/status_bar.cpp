#include "ui/status_bar.hpp"

#include <algorithm>

#include <cmath>

#include <fmt/format.h>

namespace wm::ui {

long long scaleDenominator(double metresPerPixel) {
  if (!(metresPerPixel > 0) || !std::isfinite(metresPerPixel)) return 0;
  return std::llround(metresPerPixel / (0.0254 / 96));
}

std::string statusBarText(const MapPointer& pointer, const ToLonLat& toLonLat, const std::string& crsName,
                          core::Lang lang) {
  constexpr const char* kGap = "   ·   ";
  std::string text;
  if (pointer.onMap) {
    text =
        core::tr(lang, core::Msg::UiCursorWorking, fmt::format("{:.1f}", pointer.x), fmt::format("{:.1f}", pointer.y));
    if (std::optional<LonLat> ll = toLonLat ? toLonLat(pointer.x, pointer.y) : std::nullopt)
      text += kGap +
              core::tr(lang, core::Msg::UiCursorLonLat, fmt::format("{:.6f}", ll->lon), fmt::format("{:.6f}", ll->lat));
  } else {
    text = core::text(core::Msg::UiCursorOff, lang);
  }
  if (long long n = scaleDenominator(pointer.metresPerPixel); n > 0 && pointer.uniformScale)
    text += kGap + core::tr(lang, core::Msg::UiScale, n);
  if (!crsName.empty()) text += kGap + core::tr(lang, core::Msg::UiCrs, core::argText(crsName, lang));
  return text;
}

void StatusBar::draw(const ViewState& state, const DeskContext& context, const MapPointer& pointer) {
  _text.clear();
  if (!state.panels.statusBar) return;
  _text = statusBarText(pointer, _toLonLat, _crsName, state.lang);
  ImGuiIO& io = ImGui::GetIO();
  // No lower than ImGui's least window height, which would push the bar's bottom off the window.
  const float height = std::max(ImGui::GetFrameHeight() + 4 * context.scale, ImGui::GetStyle().WindowMinSize.y);
  ImGui::SetNextWindowPos(ImVec2(0, io.DisplaySize.y - height), ImGuiCond_Always);
  ImGui::SetNextWindowSize(ImVec2(io.DisplaySize.x, height), ImGuiCond_Always);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                 ImGuiWindowFlags_NoBringToFrontOnFocus;
  if (ImGui::Begin("###statusbar", nullptr, flags)) {
    ImGui::TextUnformatted(_text.c_str());
    context.targets.addLastItem("statusbar.text");
  }
  ImGui::End();
}

}  // namespace wm::ui
