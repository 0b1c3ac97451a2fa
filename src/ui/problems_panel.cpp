#include "ui/problems_panel.hpp"

#include <fmt/format.h>
#include <imgui.h>
#include <imgui_stdlib.h>

namespace wm::ui {

ProblemProjects::ProblemProjects(const domain::Catalog& catalog) : _catalog(catalog) {
  for (std::size_t i = 0; i < catalog.projects.size(); ++i) {
    const domain::Project& p = catalog.projects[i];
    if (p.fid >= 0) _byLayerAndFid.emplace(std::pair{p.layer, p.fid}, static_cast<std::int64_t>(i));
  }
}

std::int64_t ProblemProjects::find(const core::Diagnostic& problem) const {
  if (problem.feature < 0) return kNoProject;
  for (std::size_t l = 0; l < _catalog.layers.size(); ++l) {
    const domain::LayerInfo& info = _catalog.layers[l].info;
    if (info.file != problem.file || info.name != problem.layer) continue;
    auto it = _byLayerAndFid.find({static_cast<std::uint32_t>(l), problem.feature});
    if (it != _byLayerAndFid.end()) return it->second;
  }
  return kNoProject;
}

std::size_t ProblemsPanel::actionable() const {
  return _problems.count(core::Severity::Error) + _problems.count(core::Severity::Warning);
}

void ProblemsPanel::filterRows(core::Lang lang) {
  _shown.clear();
  for (std::size_t i = 0; i < _problems.size(); ++i) {
    const core::Diagnostic& d = _problems.items()[i];
    const bool severityShown = d.severity == core::Severity::Error     ? _errors
                               : d.severity == core::Severity::Warning ? _warnings
                                                                       : _notes;
    if (!severityShown) continue;
    if (!_filter.empty() && core::formatDiagnostic(d, lang).find(_filter) == std::string::npos) continue;
    _shown.push_back(i);
  }
  _filteredFor = _filter;
  _filteredLang = lang;
  _filtered = true;
}

namespace {

ImVec4 severityColour(core::Severity s) {
  switch (s) {
    case core::Severity::Error:
      return {0.75f, 0.10f, 0.10f, 1};
    case core::Severity::Warning:
      return {0.62f, 0.40f, 0.00f, 1};
    case core::Severity::Info:
      return {0.40f, 0.40f, 0.40f, 1};
  }
  return {0, 0, 0, 1};
}

core::Msg severityMsg(core::Severity s) {
  return s == core::Severity::Error     ? core::Msg::SeverityError
         : s == core::Severity::Warning ? core::Msg::SeverityWarning
                                        : core::Msg::SeverityInfo;
}

}  // namespace

void ProblemsPanel::draw(ViewState& state, const DeskContext& context) {
  if (!state.panels.problems) return;
  if (_projects.empty()) _projects.emplace_back(context.catalog);
  ImGuiIO& io = ImGui::GetIO();
  const float pad = 10.0f * context.scale;
  // Above the Timeline, in the middle.
  ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x / 2, io.DisplaySize.y - 140 * context.scale), ImGuiCond_FirstUseEver,
                          ImVec2(0.5f, 1));
  ImGui::SetNextWindowSize(ImVec2(std::min(900 * context.scale, io.DisplaySize.x - 2 * pad), 260 * context.scale),
                           ImGuiCond_FirstUseEver);
  if (!ImGui::Begin(windowTitle(state.lang, core::Msg::UiProblems, "problems").c_str(), &state.panels.problems)) {
    ImGui::End();
    return;
  }
  if (context.catalog.layers.empty()) ImGui::TextWrapped("%s", uiText(state.lang, core::Msg::UiLoadingNothing));
  if (_problems.empty()) {
    ImGui::TextUnformatted(uiText(state.lang, core::Msg::UiProblemsNone));
    ImGui::End();
    return;
  }
  ImGui::TextUnformatted(core::tr(state.lang, core::Msg::UiProblemsSummary, _problems.count(core::Severity::Error),
                                  _problems.count(core::Severity::Warning), _problems.count(core::Severity::Info))
                             .c_str());
  bool changed = !_filtered || _filteredFor != _filter || _filteredLang != state.lang;
  struct Box {
    core::Severity severity;
    bool* on;
    const char* id;
  };
  for (const Box& b : {Box{core::Severity::Error, &_errors, "problems.errors"},
                       Box{core::Severity::Warning, &_warnings, "problems.warnings"},
                       Box{core::Severity::Info, &_notes, "problems.notes"}}) {
    ImGui::SameLine();
    changed |= ImGui::Checkbox(fmt::format("{}##{}", uiText(state.lang, severityMsg(b.severity)), b.id).c_str(), b.on);
    context.targets.addLastItem(b.id);
  }
  ImGui::SetNextItemWidth(-1);
  ImGui::InputTextWithHint("##problems.filter", uiText(state.lang, core::Msg::UiProblemsFilterHint), &_filter);
  context.targets.addLastItem("problems.filter");
  if (changed || _filteredFor != _filter) filterRows(state.lang);
  ImGui::TextDisabled("%s · %s",
                      core::tr(state.lang, core::Msg::UiProblemsShown, _shown.size(), _problems.size()).c_str(),
                      uiText(state.lang, core::Msg::UiProblemsHint));
  ImGui::BeginChild("##problems.rows");
  ImGuiListClipper clipper;  // thousands of bad features: only the rows in view are formatted
  clipper.Begin(static_cast<int>(_shown.size()));
  while (clipper.Step())
    for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
      const std::size_t i = _shown[static_cast<std::size_t>(row)];
      const core::Diagnostic& d = _problems.items()[i];
      const std::int64_t project = _projects.front().find(d);
      ImGui::PushID(static_cast<int>(i));
      ImGui::TextColored(severityColour(d.severity), "%s", uiText(state.lang, severityMsg(d.severity)));
      ImGui::SameLine(70 * context.scale);
      const std::string text = core::formatDiagnostic(d, state.lang);
      if (project == kNoProject) {
        ImGui::TextUnformatted(text.c_str());
      } else if (ImGui::Selectable(text.c_str(), state.selectedProject == project)) {
        state.selectedProject = project;
        state.request({ViewRequest::Kind::ZoomToProject, project});
      }
      context.targets.addLastItem(fmt::format("problems.row.{}", i));
      ImGui::PopID();
    }
  ImGui::EndChild();
  ImGui::End();
}

}  // namespace wm::ui
