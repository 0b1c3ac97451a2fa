#include "ui/filters_panel.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <imgui_stdlib.h>

#include "core/text.hpp"

namespace wm::ui {
namespace {

using domain::Kind;
using domain::Status;

bool containsIgnoringAsciiCase(const std::string& haystack, const std::string& needle) {
  auto it = std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end(),
                        [](char a, char b) { return core::asciiLower(a) == core::asciiLower(b); });
  return it != haystack.end();
}

}  // namespace

NameMatches findProjects(const domain::Catalog& catalog, const std::string& text, std::size_t limit) {
  NameMatches out;
  if (text.empty()) return out;
  for (std::size_t i = 0; i < catalog.projects.size(); ++i) {
    if (!containsIgnoringAsciiCase(catalog.projects[i].name, text)) continue;
    if (out.projects.size() < limit) out.projects.push_back(static_cast<std::int64_t>(i));
    ++out.total;
  }
  return out;
}

void FiltersPanel::draw(ViewState& state, const DeskContext& context) {
  if (!state.panels.filters) return;
  // Placed by the desk (ui/desk_layout.hpp): top left, under the map's title. As tall as its content (search results
  // come and go), at least kWidth wide.
  ImGui::SetNextWindowSizeConstraints(ImVec2(kWidth * context.scale, 0), ImVec2(1e6f, 1e6f));
  if (!ImGui::Begin(windowTitle(state.lang, core::Msg::UiFilters, "filters").c_str(), &state.panels.filters,
                    ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::End();
    return;
  }
  kindsAndStatuses(state, context);
  districtCombo(state, context);
  search(state, context);
  ImGui::End();
}

void FiltersPanel::kindsAndStatuses(ViewState& state, const DeskContext& context) {
  ImGui::TextDisabled("%s", uiText(state.lang, core::Msg::UiKinds));
  for (int k = 0; k < domain::kKindCount; ++k) {
    auto kind = static_cast<Kind>(k);
    if (!context.hasKind(kind)) continue;
    bool shown = state.kindShown(kind);
    std::string id = fmt::format("filters.kind.{}", domain::kindCode(kind));
    if (ImGui::Checkbox(fmt::format("{}##{}", uiText(state.lang, domain::kindMsg(kind)), id).c_str(), &shown))
      state.toggleKind(kind);
    context.targets.addLastItem(id);
  }
  ImGui::TextDisabled("%s", uiText(state.lang, core::Msg::UiStatuses));
  const float size = ImGui::GetTextLineHeight() * 0.7f;
  for (int s = 0; s < domain::kStatusCount; ++s) {
    auto status = static_cast<Status>(s);
    bool shown = state.statusShown(status);
    std::string id = fmt::format("filters.status.{}", domain::statusCode(status));
    if (ImGui::Checkbox(fmt::format("##{}", id).c_str(), &shown)) state.toggleStatus(status);
    context.targets.addLastItem(id);
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();  // swatch and name on the check box's middle
    swatch(imColour(context.style.status[static_cast<std::size_t>(s)]), size);
    ImGui::TextUnformatted(uiText(state.lang, domain::statusMsg(status)));
  }
  ImGui::Checkbox(fmt::format("{}##filters.overdue", uiText(state.lang, core::Msg::UiOverdueOnly)).c_str(),
                  &state.overdueOnly);
  context.targets.addLastItem("filters.overdue");
  if (ImGui::Button(fmt::format("{}##filters.all", uiText(state.lang, core::Msg::UiShowAll)).c_str())) state.showAll();
  context.targets.addLastItem("filters.all");
  ImGui::Separator();
}

void FiltersPanel::districtCombo(ViewState& state, const DeskContext& context) {
  const auto& districts = context.catalog.districts;
  bool valid = state.highlightDistrict >= 0 && static_cast<std::size_t>(state.highlightDistrict) < districts.size();
  std::string all = uiText(state.lang, core::Msg::ReportAllDistricts);
  std::string current = valid ? districts[static_cast<std::size_t>(state.highlightDistrict)].name : all;
  bool open = ImGui::BeginCombo(fmt::format("{}##filters.district", uiText(state.lang, core::Msg::UiDistrict)).c_str(),
                                current.c_str());
  context.targets.addLastItem("filters.district");
  if (!open) return;
  if (ImGui::Selectable(fmt::format("{}##district.all", all).c_str(), !valid)) {
    state.highlightDistrict = domain::kNoDistrict;
    state.request({ViewRequest::Kind::FitAll, -1});
  }
  for (std::size_t d = 0; d < districts.size(); ++d) {
    bool chosen = valid && static_cast<std::size_t>(state.highlightDistrict) == d;
    if (ImGui::Selectable(fmt::format("{}##district.{}", districts[d].name, d).c_str(), chosen)) {
      state.highlightDistrict = static_cast<std::int32_t>(d);
      state.request({ViewRequest::Kind::ZoomToDistrict, static_cast<std::int64_t>(d)});
    }
    context.targets.addLastItem(fmt::format("district.{}", d));
  }
  ImGui::EndCombo();
}

void FiltersPanel::search(ViewState& state, const DeskContext& context) {
  ImGui::SetNextItemWidth((kWidth - 20) * context.scale);  // not -1: a window fitting its content would grow
  ImGui::InputTextWithHint("##filters.search", uiText(state.lang, core::Msg::UiSearchHint), &state.search);
  context.targets.addLastItem("filters.search");
  if (state.search != _searched) {
    _matches = findProjects(context.catalog, state.search, kShownMatches);
    _searched = state.search;
  }
  if (state.search.empty()) return;
  if (_matches.total == 0) ImGui::TextDisabled("%s", uiText(state.lang, core::Msg::UiSearchNoMatch));
  for (std::size_t i = 0; i < _matches.projects.size(); ++i) {
    std::int64_t p = _matches.projects[i];
    const std::string& name = context.catalog.projects[static_cast<std::size_t>(p)].name;
    if (ImGui::Selectable(fmt::format("{}##match.{}", name, p).c_str(), state.selectedProject == p)) {
      state.selectedProject = p;
      state.request({ViewRequest::Kind::ZoomToProject, p});
    }
    context.targets.addLastItem(fmt::format("filters.match.{}", i));
  }
  if (_matches.total > _matches.projects.size())
    ImGui::TextDisabled(
        "%s", core::tr(state.lang, core::Msg::UiSearchMore, _matches.total - _matches.projects.size()).c_str());
}

}  // namespace wm::ui
