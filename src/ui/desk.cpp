#include "ui/desk.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "ui/quit_dialog.hpp"

namespace wm::ui {

Desk::Desk(const domain::Catalog& catalog, const domain::MapStyle& style, DeskServices services)
    : _catalog(catalog),
      _style(style),
      _kindsInData(kindsInData(catalog)),
      _timeline(catalog, std::move(services.videoExport), services.reportFolder),  // a copy: Districts keeps it
      _districts(std::move(services.writers), services.reportFolder, services.pageExport,
                 std::move(services.serverProgress)),
      _statusBar(std::move(services.toLonLat), std::move(services.crsName)),
      _problems(std::move(services.problems)),
      _measure(std::move(services.measureGeodesic), std::move(services.toWindow)),
      _slides(services.slides, std::move(services.slideThumbnails), std::move(services.slideSaving),
              std::move(services.pageExport), std::move(services.reportFolder)) {}

void Desk::draw(ViewState& state, float scale, const MapPointer& pointer) {
  _targets.clear();
  DeskContext context{_catalog, _style, scale, _targets, _kindsInData};
  _placement.begin(state, scale);
  toolbar(state);
  // The Timeline first: a date it changes shows in the Legend's, District progress's and the Inspector's
  // figures and titles of the same frame.
  _placement.beforePanel(state, DeskPanel::Timeline);
  _timeline.draw(state, context);
  _placement.beforePanel(state, DeskPanel::Filters);
  _filters.draw(state, context);
  _placement.beforePanel(state, DeskPanel::Legend);
  _legend.draw(state, context);
  _placement.beforePanel(state, DeskPanel::Layers);
  _layers.draw(state, context);
  _placement.beforePanel(state, DeskPanel::Inspector);
  _inspector.draw(state, context);
  _placement.beforePanel(state, DeskPanel::Districts);
  _districts.draw(state, context);
  _statusBar.draw(state, context, pointer);
  _placement.beforePanel(state, DeskPanel::Problems);
  _problems.draw(state, context);
  _placement.beforePanel(state, DeskPanel::Measure);
  _measure.draw(state, context, pointer);
  _placement.beforePanel(state, DeskPanel::Slides);
  _slides.draw(state, context);
  drawQuitDialog(state, context);
  _placement.end(state);
}

// Along the top where the layout puts it (ui::layoutDesk: left of the overlay's north arrow, clear of the map's
// title, else under the title); never moved or saved. Placed by its right edge when beside the title, so a
// change of its width (the language) keeps it clear of the north arrow in that very frame.
void Desk::toolbar(ViewState& state) {
  const DeskLayout& layout = _placement.layout();
  const ScreenRect& r = layout[DeskPanel::Toolbar];
  if (layout.toolbarBesideTitle)
    ImGui::SetNextWindowPos(ImVec2(r.x1, r.y0), ImGuiCond_Always, ImVec2(1, 0));
  else
    ImGui::SetNextWindowPos(ImVec2(r.x0, r.y0), ImGuiCond_Always);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize |
                                 ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings;
  if (!ImGui::Begin("###toolbar", nullptr, flags)) {
    ImGui::End();
    return;
  }
  if (ImGui::Button(fmt::format("{}##desk.language", uiText(state.lang, core::Msg::UiLanguageToggle)).c_str()))
    state.lang = state.lang == core::Lang::Zh ? core::Lang::En : core::Lang::Zh;
  _targets.addLastItem("desk.language");
  panelToggles(state, layout.compact);
  // The count tells at a glance whether the data had problems; the panel lists them.
  ImGui::SameLine();
  const std::size_t problems = _problems.actionable();
  const std::string label = problems == 0 ? std::string(uiText(state.lang, core::Msg::UiProblems))
                                          : fmt::format("{} ({})", uiText(state.lang, core::Msg::UiProblems), problems);
  ImGui::Checkbox(fmt::format("{}##desk.problems", label).c_str(), &state.panels.problems);
  _targets.addLastItem("desk.problems");
  ImGui::End();
}

// A check box a panel, in a row; in a compact desk the same check boxes in the Panels menu's list (a panel
// that opens takes the focus, which closes the list).
void Desk::panelToggles(ViewState& state, bool compact) {
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
                            {core::Msg::UiMeasure, &state.panels.measure, "desk.measure"},
                            {core::Msg::UiSlides, &state.panels.slides, "desk.slides"}};
  auto row = [&](const Toggle& t) {
    ImGui::Checkbox(fmt::format("{}##{}", uiText(state.lang, t.label), t.id).c_str(), t.open);
    _targets.addLastItem(t.id);
  };
  ImGui::SameLine();
  if (!compact) {
    for (const Toggle& t : toggles) {
      if (&t != &toggles[0]) ImGui::SameLine();
      row(t);
    }
    return;
  }
  const char* label = uiText(state.lang, core::Msg::UiPanels);
  const float width = ImGui::CalcTextSize(label).x + ImGui::GetFrameHeight() + 2 * ImGui::GetStyle().FramePadding.x;
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImGui::SetNextItemWidth(width);
  if (ImGui::BeginCombo("##desk.panels", label, ImGuiComboFlags_HeightLargest)) {
    for (const Toggle& t : toggles) row(t);
    ImGui::EndCombo();
  }
  // Recorded from where it was drawn: while its list is open, ImGui's last item is the list's.
  _targets.add({"desk.panels", at.x, at.y, at.x + width, at.y + ImGui::GetFrameHeight()});
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
