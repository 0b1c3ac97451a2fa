#include "ui/legend_panel.hpp"

#include <string>

#include <fmt/format.h>

namespace wm::ui {
namespace {

using domain::Kind;
using domain::Status;

constexpr int kColumns = domain::kStatusCount + 3;  // kind, the statuses, overdue, total

// A count in a cell, greyed when its row or column is hidden on the map.
void countCell(std::int64_t n, bool shown) {
  ImGui::TableNextColumn();
  if (shown)
    ImGui::Text("%lld", static_cast<long long>(n));
  else
    ImGui::TextDisabled("%lld", static_cast<long long>(n));
}

// A clickable legend entry: returns true when clicked. Greyed when what it names is hidden, highlighted when
// `selected` (the overdue-only filter is on).
bool entry(const char* label, const std::string& id, bool shown, const DeskContext& context, bool selected = false) {
  if (!shown) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
  bool clicked = ImGui::Selectable(fmt::format("{}##{}", label, id).c_str(), selected);
  if (!shown) ImGui::PopStyleColor();
  context.targets.addLastItem(id);
  return clicked;
}

}  // namespace

void LegendPanel::draw(ViewState& state, const DeskContext& context) {
  if (!state.panels.legend) return;
  if (!_counts || !countsMatch(*_counts, state)) _counts = legendCountsFor(context.catalog, state);
  // Placed by the desk (ui/desk_layout.hpp): bottom left, above the status bar.
  if (!ImGui::Begin(windowTitle(state.lang, core::Msg::UiLegend, "legend").c_str(), &state.panels.legend,
                    ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::End();
    return;
  }
  if (state.periodMode) {
    const std::string title =
        core::tr(state.lang, core::Msg::ReportTitlePeriod, state.periodFrom.iso(), state.periodTo.iso());
    ImGui::TextUnformatted(title.c_str());
  }
  if (context.catalog.projects.empty()) {
    ImGui::TextDisabled("%s", uiText(state.lang, core::Msg::UiNoWorks));
  } else if (ImGui::BeginTable("counts", kColumns, ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_RowBg)) {
    headerRow(state, context);
    for (int k = 0; k < domain::kKindCount; ++k)
      if (context.hasKind(static_cast<Kind>(k))) kindRow(state, context, static_cast<Kind>(k));
    totalRow(state);
    ImGui::EndTable();
  }
  ImGui::TextDisabled("%s", uiText(state.lang, core::Msg::UiLegendHint));
  ImGui::End();
}

void LegendPanel::headerRow(ViewState& state, const DeskContext& context) {
  ImGui::TableNextRow();  // not a Headers row: its widths would not count when the columns fit their content
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(uiText(state.lang, core::Msg::ReportColKind));
  const float size = ImGui::GetTextLineHeight() * 0.7f;
  for (int s = 0; s < domain::kStatusCount; ++s) {
    auto status = static_cast<Status>(s);
    ImGui::TableNextColumn();
    swatch(imColour(context.style.status[static_cast<std::size_t>(s)]), size);
    std::string id = fmt::format("legend.status.{}", domain::statusCode(status));
    if (entry(uiText(state.lang, domain::statusMsg(status)), id, state.statusShown(status), context))
      state.toggleStatus(status);
  }
  ImGui::TableNextColumn();
  swatch(imColour(context.style.overdueCasing), size);
  // In period mode the column counts the period's late completions, and the map marks those (status.glsl).
  const core::Msg overdue = state.periodMode ? core::Msg::LegendLate : core::Msg::LegendOverdue;
  if (entry(uiText(state.lang, overdue), "legend.overdue", true, context, state.overdueOnly))
    state.overdueOnly = !state.overdueOnly;
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(uiText(state.lang, core::Msg::ReportColTotal));
}

void LegendPanel::kindRow(ViewState& state, const DeskContext& context, Kind kind) {
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  bool kindShown = state.kindShown(kind);
  std::string id = fmt::format("legend.kind.{}", domain::kindCode(kind));
  if (entry(uiText(state.lang, domain::kindMsg(kind)), id, kindShown, context)) state.toggleKind(kind);
  for (int s = 0; s < domain::kStatusCount; ++s)
    countCell(_counts->count(kind, static_cast<Status>(s)),
              kindShown && state.statusShown(static_cast<Status>(s)) && !state.overdueOnly);
  countCell(_counts->overdueByKind[static_cast<std::size_t>(kind)], kindShown);
  countCell(_counts->kindTotals[static_cast<std::size_t>(kind)], kindShown);
}

void LegendPanel::totalRow(const ViewState& state) {
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(uiText(state.lang, core::Msg::ReportColTotal));
  for (int s = 0; s < domain::kStatusCount; ++s)
    countCell(_counts->statusTotals[static_cast<std::size_t>(s)], state.statusShown(static_cast<Status>(s)));
  countCell(_counts->overdue, true);
  countCell(_counts->total, true);
}

}  // namespace wm::ui
