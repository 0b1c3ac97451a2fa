#include "ui/desk.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace wm::ui {

Desk::Desk(const domain::Catalog& catalog, const domain::MapStyle& style, DeskServices services)
    : _catalog(catalog),
      _style(style),
      _kindsInData(kindsInData(catalog)),
      _timeline(catalog),
      _districts(std::move(services.writers), std::move(services.reportFolder)),
      _statusBar(std::move(services.toLonLat), std::move(services.crsName)),
      _problems(std::move(services.problems)),
      _measure(std::move(services.measureGeodesic), std::move(services.toWindow)) {}

void Desk::draw(ViewState& state, float scale, const MapPointer& pointer) {
  _targets.clear();
  DeskContext context{_catalog, _style, scale, _targets, _kindsInData};
  toolbar(state, scale);
  _filters.draw(state, context);
  _legend.draw(state, context);
  _timeline.draw(state, context);
  _layers.draw(state, context);
  _inspector.draw(state, context);
  _districts.draw(state, context);
  _statusBar.draw(state, context, pointer);
  _problems.draw(state, context);
  _measure.draw(state, context, pointer);
}

// Along the top, ending just left of the overlay's north arrow and 2D/3D button (which reach 3.6 × height / 40
// in from the right edge), so it stays clear of the map's title on the left as far as the window's width
// allows; never moved or saved.
void Desk::toolbar(ViewState& state, float scale) {
  ImGuiIO& io = ImGui::GetIO();
  const float right = io.DisplaySize.x - io.DisplaySize.y * 0.1f;
  if (_toolbarWidth > right - 6 * scale)  // a narrow window: from the left edge
    ImGui::SetNextWindowPos(ImVec2(6 * scale, 6 * scale), ImGuiCond_Always);
  else  // the pivot places it by this frame's own width
    ImGui::SetNextWindowPos(ImVec2(right, 6 * scale), ImGuiCond_Always, ImVec2(1, 0));
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize |
                                 ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings;
  if (!ImGui::Begin("###toolbar", nullptr, flags)) {
    ImGui::End();
    return;
  }
  if (ImGui::Button(fmt::format("{}##desk.language", uiText(state.lang, core::Msg::UiLanguageToggle)).c_str()))
    state.lang = state.lang == core::Lang::Zh ? core::Lang::En : core::Lang::Zh;
  _targets.addLastItem("desk.language");
  struct Toggle {
    core::Msg label;
    bool* open;
    const char* id;
  };
  const Toggle toggles[] = {{core::Msg::UiFilters, &state.panels.filters, "desk.filters"},
                            {core::Msg::UiLegend, &state.panels.legend, "desk.legend"},
                            {core::Msg::UiTimeline, &state.panels.timeline, "desk.timeline"},
                            {core::Msg::UiInspector, &state.panels.inspector, "desk.inspector"},
                            {core::Msg::UiDistricts, &state.panels.districts, "desk.districts"},
                            {core::Msg::UiStatusBar, &state.panels.statusBar, "desk.statusbar"},
                            {core::Msg::UiLayers, &state.panels.layers, "desk.layers"},
                            {core::Msg::UiMeasure, &state.panels.measure, "desk.measure"}};
  for (const Toggle& t : toggles) {
    ImGui::SameLine();
    ImGui::Checkbox(fmt::format("{}##{}", uiText(state.lang, t.label), t.id).c_str(), t.open);
    _targets.addLastItem(t.id);
  }
  // The count tells at a glance whether the data had problems; the panel lists them.
  ImGui::SameLine();
  const std::size_t problems = _problems.actionable();
  const std::string label = problems == 0 ? std::string(uiText(state.lang, core::Msg::UiProblems))
                                          : fmt::format("{} ({})", uiText(state.lang, core::Msg::UiProblems), problems);
  ImGui::Checkbox(fmt::format("{}##desk.problems", label).c_str(), &state.panels.problems);
  _targets.addLastItem("desk.problems");
  _toolbarWidth = ImGui::GetWindowWidth();
  ImGui::End();
}

void applyDeskStyle(float scale) {
  ImGui::StyleColorsLight();
  ImGuiStyle& style = ImGui::GetStyle();
  style.WindowRounding = 4;
  style.FrameRounding = 3;
  style.Colors[ImGuiCol_WindowBg].w = 0.92f;  // the map shows faintly through, like the overlay's panels
  style.ScaleAllSizes(scale);
}

}  // namespace wm::ui
