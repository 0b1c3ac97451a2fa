#include "ui/measure_panel.hpp"

#include <fmt/format.h>

#include "ui/inspector_panel.hpp"

namespace wm::ui {
namespace {

using core::Msg;

constexpr float kPanelWidth = 340;  // pixels at scale 1; fixed, so the hint wraps instead of widening the panel

struct ModeChoice {
  MeasureMode mode;
  Msg label;
  const char* id;
};
constexpr ModeChoice kModes[] = {{MeasureMode::Off, Msg::UiMeasureOff, "measure.mode.off"},
                                 {MeasureMode::Distance, Msg::UiMeasureDistance, "measure.mode.distance"},
                                 {MeasureMode::Area, Msg::UiMeasureArea, "measure.mode.area"}};

// What is written beside the shape's last point on the map: the figure the mode is about.
std::string mapLabel(const Measurement& measure, const MeasureFigures& figures) {
  if (measure.mode == MeasureMode::Distance && measure.points.size() >= 2) return lengthText(figures.lengthM);
  if (measure.mode == MeasureMode::Area && measure.points.size() >= 3) return measuredAreaText(figures.areaM2);
  return {};
}

}  // namespace

std::vector<MeasureLine> measureLines(const Measurement& measure, const MeasureFigures& figures, core::Lang lang) {
  std::vector<MeasureLine> out;
  if (measure.mode == MeasureMode::Off) return out;
  auto label = [lang](Msg m) { return std::string(core::text(m, lang)); };
  out.push_back({"points", label(Msg::UiMeasurePoints), fmt::format("{}", measure.points.size())});
  if (measure.mode == MeasureMode::Distance) {
    out.push_back({"total", label(Msg::UiMeasureTotal), lengthText(figures.lengthM)});
    out.push_back({"last_segment", label(Msg::UiMeasureLastSegment), lengthText(figures.lastSegmentM)});
  } else if (measure.points.size() >= 3) {
    out.push_back({"area", label(Msg::UiMeasureArea), measuredAreaText(figures.areaM2)});
    // The exact square metres beside the rounded unit, and mu, which Chinese land records use.
    out.push_back({"area_detail", "", fmt::format("{:.1f} m² = {}", figures.areaM2, muText(figures.areaM2, lang))});
    out.push_back({"perimeter", label(Msg::UiMeasurePerimeter), lengthText(figures.perimeterM)});
  }
  return out;
}

void MeasurePanel::draw(ViewState& state, const DeskContext& context, const MapPointer& pointer) {
  _lines.clear();
  if (!state.panels.measure) state.measure = {};
  if (state.measure.points != _measured) {
    _measured = state.measure.points;
    _figures = measureFigures(_measured, _geodesic);
  }
  if (!state.panels.measure) return;
  // The shape is drawn even while the panel is collapsed: the map is where the user is looking.
  std::optional<MapPoint> next;
  if (pointer.onMap) next = MapPoint{pointer.x, pointer.y};
  drawMeasurement(state.measure, next, _toWindow, mapLabel(state.measure, _figures), context.scale,
                  pointer.onMap && pointer.onVertex);
  window(state, context);
}

void MeasurePanel::window(ViewState& state, const DeskContext& context) {
  const float width = kPanelWidth * context.scale;
  // Top centre under the toolbar whose check box opens it, clear of the Filters (left) and Inspector (right).
  ImGui::SetNextWindowPos(ImVec2(ImGui::GetIO().DisplaySize.x / 2, 52 * context.scale), ImGuiCond_FirstUseEver,
                          ImVec2(0.5f, 0));
  ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, 1e6f));
  if (!ImGui::Begin(windowTitle(state.lang, Msg::UiMeasure, "measure").c_str(), &state.panels.measure,
                    ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::End();
    return;
  }
  Measurement& m = state.measure;
  for (const ModeChoice& choice : kModes) {
    if (choice.mode != MeasureMode::Off) ImGui::SameLine();
    if (ImGui::RadioButton(fmt::format("{}##{}", uiText(state.lang, choice.label), choice.id).c_str(),
                           m.mode == choice.mode)) {
      m.mode = choice.mode;
      if (m.mode == MeasureMode::Off) m.clear();  // the points of one mode carry over to the other
    }
    context.targets.addLastItem(choice.id);
  }
  // Sentences wrap at the panel's edge; the table's figures do not (a wrap inside a fit-to-content column
  // would shrink it to one character).
  ImGui::PushTextWrapPos(0);
  ImGui::TextDisabled("%s",
                      uiText(state.lang, m.mode == MeasureMode::Off ? Msg::UiMeasureChooseMode : Msg::UiMeasureHint));
  ImGui::PopTextWrapPos();
  _lines = measureLines(m, _figures, state.lang);
  if (!_lines.empty() && ImGui::BeginTable("figures", 2, ImGuiTableFlags_SizingFixedFit)) {
    for (const MeasureLine& line : _lines) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextDisabled("%s", line.label.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(line.value.c_str());
      context.targets.addLastItem("measure." + line.key);
    }
    ImGui::EndTable();
  }
  ImGui::PushTextWrapPos(0);
  if (m.mode == MeasureMode::Area && !m.points.empty() && m.points.size() < 3)
    ImGui::TextUnformatted(uiText(state.lang, Msg::UiMeasureNeedThree));
  if (m.mode != MeasureMode::Off && m.finished) ImGui::TextUnformatted(uiText(state.lang, Msg::UiMeasureFinished));
  if (m.mode != MeasureMode::Off && !m.points.empty())
    ImGui::TextDisabled("%s", uiText(state.lang, _figures.geodesic ? Msg::UiMeasureGeodesic : Msg::UiMeasurePlanar));
  ImGui::PopTextWrapPos();
  if (ImGui::Button(fmt::format("{}##measure.clear", uiText(state.lang, Msg::UiMeasureClear)).c_str())) m.clear();
  context.targets.addLastItem("measure.clear");
  ImGui::End();
}

}  // namespace wm::ui
