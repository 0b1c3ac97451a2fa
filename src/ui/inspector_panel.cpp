#include "ui/inspector_panel.hpp"

#include <cmath>

#include <fmt/format.h>

#include "analysis/status_at_date.hpp"
#include "ui/measurement.hpp"

namespace wm::ui {
namespace {

using core::Msg;

constexpr float kValueWidth = 220;  // the value column's width at scale 1, pixels
constexpr float kPanelWidth = 400;  // the panel's, pixels at scale 1

std::string dateText(const std::optional<core::Date>& d, core::Lang lang) {
  return d ? d->iso() : std::string(core::text(Msg::UiNotRecorded, lang));
}

std::string numberText(double v, const char* unit, core::Lang lang) {
  if (std::isnan(v)) return std::string(core::text(Msg::UiNotRecorded, lang));
  return fmt::format("{:.1f}{}", v, unit);
}

std::string scheduleText(const domain::Project& p, core::Date asOf, core::Lang lang) {
  if (analysis::overdueAt(p, asOf)) return core::tr(lang, Msg::UiScheduleOverdue, asOf.days() - p.planDone->days());
  if (analysis::lateAt(p, asOf)) return core::tr(lang, Msg::UiScheduleLate, p.done->days() - p.planDone->days());
  return std::string(core::text(Msg::UiScheduleOnTime, lang));
}

}  // namespace

std::string lengthText(double metres) {
  return metres < 1000 ? fmt::format("{:.1f} m", metres) : fmt::format("{:.3f} km", metres / 1000);
}

std::string areaText(double squareMetres) { return fmt::format("{:.1f} m²", squareMetres); }

std::vector<InspectorField> inspectorFields(const domain::Catalog& catalog, std::int64_t project, core::Date asOf,
                                            core::Lang lang) {
  std::vector<InspectorField> out;
  if (project < 0 || static_cast<std::size_t>(project) >= catalog.projects.size()) return out;
  const domain::Project& p = catalog.projects[static_cast<std::size_t>(project)];
  auto add = [&](const char* key, std::string label, std::string value) {
    out.push_back({key, std::move(label), std::move(value)});
  };
  auto msg = [lang](Msg m) { return std::string(core::text(m, lang)); };
  add("name", msg(Msg::UiFieldName), p.name);
  add("kind", msg(Msg::ReportColKind), msg(domain::kindMsg(p.kind)));
  add("recorded", msg(Msg::UiFieldRecorded), msg(domain::recordedStatusMsg(p.recorded)));
  add("status_at", core::tr(lang, Msg::UiFieldStatusAt, asOf.iso()),
      msg(domain::statusMsg(analysis::statusAt(p, asOf))));
  add("start", msg(Msg::UiFieldStart), dateText(p.start, lang));
  add("plan_done", msg(Msg::UiFieldPlanDone), dateText(p.planDone, lang));
  add("done", msg(Msg::UiFieldDone), dateText(p.done, lang));
  add("schedule", msg(Msg::UiFieldSchedule), scheduleText(p, asOf, lang));
  bool inDistrict = p.district >= 0 && static_cast<std::size_t>(p.district) < catalog.districts.size();
  add("district", msg(Msg::ReportColDistrict),
      inDistrict ? catalog.districts[static_cast<std::size_t>(p.district)].name
                 : (p.districtName.empty() ? msg(Msg::ReportUnassigned) : p.districtName));
  add("progress", msg(Msg::UiFieldProgress), numberText(p.progress, " %", lang));
  add("invest", msg(Msg::UiFieldInvest), numberText(p.invest, "", lang));
  if (p.kind == domain::Kind::Parking || p.spaces > 0)
    add("spaces", msg(Msg::ReportColSpaces), fmt::format("{}", p.spaces));
  // Data in a plane of its own was measured there, not on the ellipsoid: the labels say so.
  const bool planar = catalog.workingCrs.planar();
  if (p.areaM2 > 0)
    add("area", msg(planar ? Msg::UiFieldAreaPlanar : Msg::UiFieldArea),
        fmt::format("{} ({})", areaText(p.areaM2), muText(p.areaM2, lang)));
  else if (p.lengthM > 0)
    add("length", msg(planar ? Msg::UiFieldLengthPlanar : Msg::UiFieldLength), lengthText(p.lengthM));
  add("layer", msg(Msg::UiFieldLayer), p.layer < catalog.layers.size() ? catalog.layers[p.layer].info.name : "");
  add("feature", msg(Msg::UiFieldFeature), fmt::format("{}", p.fid));
  return out;
}

std::string InspectorPanel::shownName() const {
  for (const InspectorField& f : _fields)
    if (f.key == "name") return f.value;
  return {};
}

void InspectorPanel::draw(ViewState& state, const DeskContext& context) {
  _fields.clear();
  if (!state.panels.inspector) return;
  ImGuiIO& io = ImGui::GetIO();
  const float pad = 10.0f * context.scale;
  // Top right, below the overlay's north arrow and 2D/3D button (scene::viewButtonRect ends at 17.75 % of the
  // height), which stay clickable.
  ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x - pad, io.DisplaySize.y * 0.2f), ImGuiCond_FirstUseEver,
                          ImVec2(1, 0));
  // A fixed width (values wrap), so a long name does not push the panel past the window's edge.
  ImGui::SetNextWindowSizeConstraints(ImVec2(kPanelWidth * context.scale, 0),
                                      ImVec2(kPanelWidth * context.scale, 1e6f));
  if (!ImGui::Begin(windowTitle(state.lang, Msg::UiInspector, "inspector").c_str(), &state.panels.inspector,
                    ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::End();
    return;
  }
  _fields = inspectorFields(context.catalog, state.selectedProject, state.asOf, state.lang);
  if (_fields.empty()) {
    ImGui::TextDisabled("%s", uiText(state.lang, Msg::UiInspectorHint));
    ImGui::End();
    return;
  }
  if (ImGui::BeginTable("record", 2, ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_RowBg)) {
    for (const InspectorField& f : _fields) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextDisabled("%s", f.label.c_str());
      ImGui::TableNextColumn();
      // Wrapped, so a long name or schedule does not widen the panel past the window's edge.
      ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + kValueWidth * context.scale);
      ImGui::TextUnformatted(f.value.c_str());
      ImGui::PopTextWrapPos();
      context.targets.addLastItem("inspector." + f.key);
    }
    ImGui::EndTable();
  }
  if (ImGui::Button(fmt::format("{}##inspector.zoom", uiText(state.lang, Msg::UiZoomTo)).c_str()))
    state.request({ViewRequest::Kind::ZoomToProject, state.selectedProject});
  context.targets.addLastItem("inspector.zoom");
  ImGui::SameLine();
  if (ImGui::Button(fmt::format("{}##inspector.clear", uiText(state.lang, Msg::UiClearSelection)).c_str()))
    state.selectedProject = kNoProject;
  context.targets.addLastItem("inspector.clear");
  ImGui::End();
}

}  // namespace wm::ui
