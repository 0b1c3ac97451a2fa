#include "ui/district_panel.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace wm::ui {
namespace {

using analysis::ProgressFigures;
using core::Msg;

// The server's error on one line: libpq's messages come over several, indented with tabs.
std::string oneLine(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    const bool blank = c == '\n' || c == '\r' || c == '\t' || c == ' ';
    if (blank) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// What the desk asks for: its date, or its period.
analysis::ProgressQuery askedQuery(const ViewState& state) {
  return state.periodMode ? analysis::periodQuery(state.periodFrom, state.periodTo) : analysis::asOfQuery(state.asOf);
}

// What the table is for: the date, or the period.
std::string tableTitle(core::Lang lang, const analysis::ProgressQuery& q) {
  return q.mode == analysis::ProgressQuery::Mode::Period
             ? core::tr(lang, Msg::ReportTitlePeriod, q.from.iso(), q.to.iso())
             : core::tr(lang, Msg::ReportTitleAsOf, q.asOf.iso());
}

// A row's key in click targets: its district index, "unassigned" or "all" (the county).
std::string rowKey(const DistrictRow& row) {
  if (row.group == analysis::DistrictGroup::AllDistricts) return "all";
  if (row.index == domain::kNoDistrict) return "unassigned";
  return fmt::format("{}", row.index);
}

// The file name Save report suggests: what and when, so that saved reports sort by date.
std::string suggestedName(const analysis::ProgressQuery& q) {
  if (q.mode == analysis::ProgressQuery::Mode::Period)
    return fmt::format("district-progress_{}_{}.csv", q.from.iso(), q.to.iso());
  return fmt::format("district-progress_{}.csv", q.asOf.iso());
}

std::string suggestedAtlasName(const analysis::ProgressQuery& q) {
  if (q.mode == analysis::ProgressQuery::Mode::Period) return fmt::format("atlas_{}_{}.pdf", q.from.iso(), q.to.iso());
  return fmt::format("atlas_{}.pdf", q.asOf.iso());
}

}  // namespace

bool DistrictPanel::expanded(const std::string& district) const {
  return std::find(_expanded.begin(), _expanded.end(), district) != _expanded.end();
}

void DistrictPanel::refresh(const ViewState& state, const domain::Catalog& catalog) {
  const analysis::ProgressQuery query = askedQuery(state);
  if (refreshFromServer(query, catalog)) return;
  if (_query && *_query == query) return;
  _overdue = analysis::overdueWorks(catalog, query);
  showTable(analysis::computeProgress(catalog, query), catalog);
}

bool DistrictPanel::refreshFromServer(const analysis::ProgressQuery& query, const domain::Catalog& catalog) {
  _serverView.reset();
  if (!_server) return false;
  _server.ask(query);
  ServerProgressView view = _server.view();
  if (view.phase == ServerProgressView::Phase::InMemory) {
    if (_serverTable) _query.reset(), _serverTable.reset();  // computed again from the catalog
    return false;
  }
  if (view.table && view.table != _serverTable) {
    _serverTable = view.table;
    _overdue.clear();  // listed from the catalog when a workbook is saved
    showTable(*view.table, catalog);
  }
  _serverView = std::move(view);
  return true;
}

void DistrictPanel::showTable(analysis::ProgressTable table, const domain::Catalog& catalog) {
  _query = table.query;
  _table = std::move(table);
  _rows = districtRows(_table, catalog);
  _county = countyRow(_table);
  // A column the other mode does not have sorts nothing: back to the districts' order.
  bool shown = false;
  for (const DistrictColumnSpec& c : districtColumns(periodMode())) shown = shown || c.column == _sortColumn;
  if (!shown) _sortColumn = DistrictColumn::District, _descending = false;
  sortDistrictRows(_rows, _sortColumn, _descending);
}

void DistrictPanel::draw(ViewState& state, const DeskContext& context) {
  if (!state.panels.districts) return;
  refresh(state, context.catalog);
  ImGuiIO& io = ImGui::GetIO();
  const float pad = 10.0f * context.scale;
  // Left of the Inspector (400 px wide at scale 1) and above the Legend and Timeline, so the date can be dragged
  // while the table is read and a clicked project's record stays in view.
  ImGui::SetNextWindowPos(
      ImVec2(io.DisplaySize.x - 400 * context.scale - 2 * pad, io.DisplaySize.y - 195 * context.scale),
      ImGuiCond_FirstUseEver, ImVec2(1, 1));
  if (ImGui::Begin(windowTitle(state.lang, Msg::UiDistricts, "districts").c_str(), &state.panels.districts,
                   ImGuiWindowFlags_AlwaysAutoResize)) {
    // The table's own date or period: on a server, the one it was computed for while a newer one is.
    const std::string title = tableTitle(state.lang, _query.value_or(askedQuery(state)));
    ImGui::TextUnformatted(title.c_str());
    serverRows(state, context);
    const bool stale = _serverView && _serverView->phase == ServerProgressView::Phase::Failed;
    if (stale) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    if (_query) table(state, context);
    if (stale) ImGui::PopStyleColor();
    ImGui::TextDisabled("%s", uiText(state.lang, Msg::UiDistrictsHint));
    actions(state, context);
    atlasRow(state, context);
  }
  ImGui::End();
  drawAtlasDialog(state, context);
  const SaveFile save = [this, lang = state.lang, &catalog = context.catalog](const std::filesystem::path& path,
                                                                              bool overwrite) {
    if (_serverTable && _query) _overdue = analysis::overdueWorks(catalog, *_query);
    return saveReport(path, _table, _writers, lang, overwrite, _overdue);
  };
  if (std::optional<SaveOutcome> saved = _dialog.draw(state.lang, context, save)) {
    _message = saved->message;
    _folder.initial = _dialog.folder();
    if (_folder.remember) _folder.remember(_folder.initial);
  }
}

// On a server: its failure (which database, its error, the stale table, Retry) or that a newer table is coming.
void DistrictPanel::serverRows(const ViewState& state, const DeskContext& context) {
  _serverLine.clear();
  if (!_serverView) return;
  const ServerProgressView& view = *_serverView;
  if (view.phase != ServerProgressView::Phase::Failed) {
    if (view.updating || view.phase == ServerProgressView::Phase::Computing) {
      ImGui::TextDisabled("%s", uiText(state.lang, Msg::UiServerUpdating));
      context.targets.addLastItem("districts.server.updating");
    }
    return;
  }
  const std::string why = view.failure ? oneLine(core::trArgs(state.lang, view.failure->msg, view.failure->args)) : "?";
  _serverLine = core::tr(state.lang, Msg::UiServerFailed, view.database, why);
  // The panel fits its table: the line wraps at the table's usual width rather than widening the panel.
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + 600 * context.scale);
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.75f, 0.1f, 0.05f, 1.0f));
  ImGui::TextUnformatted(_serverLine.c_str());
  ImGui::PopStyleColor();
  context.targets.addLastItem("districts.server.failed");
  if (_query) ImGui::TextUnformatted(uiText(state.lang, Msg::UiServerStale));
  ImGui::PopTextWrapPos();
  ImGui::TextDisabled("%s", core::tr(state.lang, Msg::UiServerRetrying, view.retrySeconds).c_str());
  ImGui::SameLine();
  if (ImGui::Button(fmt::format("{}##districts.retry", uiText(state.lang, Msg::UiServerRetry)).c_str()))
    _server.retry();
  context.targets.addLastItem("districts.retry");
}

void DistrictPanel::table(ViewState& state, const DeskContext& context) {
  const std::span<const DistrictColumnSpec> columns = districtColumns(periodMode());
  const ImGuiTableFlags flags =
      ImGuiTableFlags_Sortable | ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV;
  // One table id per mode: each keeps its own columns and sort.
  if (!ImGui::BeginTable(periodMode() ? "districts.period" : "districts", static_cast<int>(columns.size()), flags))
    return;
  for (const DistrictColumnSpec& c : columns)
    ImGui::TableSetupColumn(uiText(state.lang, c.header),
                            c.column == DistrictColumn::District ? ImGuiTableColumnFlags_DefaultSort : 0, 0.0f,
                            static_cast<ImGuiID>(c.column));
  headerRow(state, context);
  if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsDirty) {
    if (specs->SpecsCount > 0) {
      _sortColumn = static_cast<DistrictColumn>(specs->Specs[0].ColumnUserID);
      _descending = specs->Specs[0].SortDirection == ImGuiSortDirection_Descending;
      sortDistrictRows(_rows, _sortColumn, _descending);
    }
    specs->SpecsDirty = false;
  }
  for (const DistrictRow& row : _rows) districtLine(state, context, row);
  districtLine(state, context, _county);
  ImGui::EndTable();
}

// The headers one by one (not TableHeadersRow) so that each is recorded as a click target.
void DistrictPanel::headerRow(const ViewState& state, const DeskContext& context) {
  const std::span<const DistrictColumnSpec> columns = districtColumns(periodMode());
  ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
  for (std::size_t c = 0; c < columns.size(); ++c) {
    if (!ImGui::TableSetColumnIndex(static_cast<int>(c))) continue;
    ImGui::PushID(static_cast<int>(c));
    ImGui::TableHeader(uiText(state.lang, columns[c].header));
    ImGui::PopID();
    context.targets.addLastItem(fmt::format("districts.header.{}", columns[c].key));
  }
}

void DistrictPanel::districtLine(ViewState& state, const DeskContext& context, const DistrictRow& row) {
  const std::string key = rowKey(row);
  const bool county = row.group == analysis::DistrictGroup::AllDistricts;
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  // The button before the name opens the kind rows; it is submitted first, so it keeps its clicks from the
  // row's selectable, which spans the whole row.
  const bool open = expanded(row.district);
  if (ImGui::SmallButton(fmt::format("{}##districts.expand.{}", open ? "-" : "+", key).c_str())) {
    if (open)
      std::erase(_expanded, row.district);
    else
      _expanded.push_back(row.district);
  }
  context.targets.addLastItem("districts.expand." + key);
  ImGui::SameLine();
  std::string name = row.group == analysis::DistrictGroup::Unassigned ? uiText(state.lang, Msg::ReportUnassigned)
                     : county                                         ? uiText(state.lang, Msg::UiCountyTotal)
                                                                      : row.district;
  const bool highlighted = row.index != domain::kNoDistrict && state.highlightDistrict == row.index;
  if (ImGui::Selectable(fmt::format("{}##districts.row.{}", name, key).c_str(), highlighted,
                        ImGuiSelectableFlags_SpanAllColumns) &&
      row.index != domain::kNoDistrict) {
    state.highlightDistrict = row.index;
    state.request({ViewRequest::Kind::ZoomToDistrict, row.index});
  }
  context.targets.addLastItem("districts.row." + key);
  cells(row.figures, context);
  if (!open) return;
  for (const KindLine& k : row.kinds) kindLine(state, context, row, k);
}

void DistrictPanel::kindLine(const ViewState& state, const DeskContext& context, const DistrictRow& row,
                             const KindLine& k) {
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::Indent(2 * ImGui::GetFrameHeight());
  ImGui::TextUnformatted(uiText(state.lang, domain::kindMsg(k.kind)));
  ImGui::Unindent(2 * ImGui::GetFrameHeight());
  context.targets.addLastItem(fmt::format("districts.kind.{}.{}", rowKey(row), domain::kindCode(k.kind)));
  cells(k.figures, context);
}

void DistrictPanel::cells(const ProgressFigures& figures, const DeskContext& context) {
  for (const DistrictColumnSpec& c : districtColumns(periodMode())) {
    if (c.column == DistrictColumn::District) continue;
    ImGui::TableNextColumn();
    if (c.column != DistrictColumn::Share) {
      ImGui::TextUnformatted(districtCell(figures, c.column).c_str());
      continue;
    }
    const float share = figures.total > 0 ? static_cast<float>(figures.count(domain::Status::Completed)) /
                                                static_cast<float>(figures.total)
                                          : 0.0f;
    ImGui::ProgressBar(share, ImVec2(90 * context.scale, ImGui::GetTextLineHeight()),
                       fmt::format("{:.0f}%", share * 100).c_str());
  }
}

void DistrictPanel::actions(ViewState& state, const DeskContext& context) {
  const bool anyClosed =
      !expanded(_county.district) ||
      std::any_of(_rows.begin(), _rows.end(), [this](const DistrictRow& r) { return !expanded(r.district); });
  if (ImGui::Button(
          fmt::format("{}##districts.expandall", uiText(state.lang, anyClosed ? Msg::UiExpandAll : Msg::UiCollapseAll))
              .c_str())) {
    _expanded.clear();
    if (anyClosed) {
      for (const DistrictRow& r : _rows) _expanded.push_back(r.district);
      _expanded.push_back(_county.district);
    }
  }
  context.targets.addLastItem("districts.expandall");
  ImGui::SameLine();
  if (ImGui::Button(fmt::format("{}##districts.copy", uiText(state.lang, Msg::UiCopyTable)).c_str())) {
    const std::string text = districtTableText(_rows, _county, periodMode(), state.lang);
    ImGui::SetClipboardText(text.c_str());
    // Rows under the header: what the spreadsheet will hold.
    _message = core::tr(state.lang, Msg::UiCopiedRows, std::count(text.begin(), text.end(), '\n') - 1);
  }
  context.targets.addLastItem("districts.copy");
  ImGui::SameLine();
  if (ImGui::Button(fmt::format("{}...##districts.save", uiText(state.lang, Msg::UiSaveReport)).c_str()) && _query)
    _dialog.open(_folder.initial, suggestedName(*_query));
  context.targets.addLastItem("districts.save");
  ImGui::SameLine();
  // The same dialog, with the workbook chosen (its type can still be changed there).
  if (ImGui::Button(fmt::format("{}...##districts.savexlsx", uiText(state.lang, Msg::UiSaveExcel)).c_str()) && _query)
    _dialog.open(_folder.initial, withReportExtension(suggestedName(*_query), ReportFileType::Excel));
  context.targets.addLastItem("districts.savexlsx");
  if (!_message.empty()) ImGui::TextWrapped("%s", _message.c_str());
}

void DistrictPanel::atlasRow(const ViewState& state, const DeskContext& context) {
  if (!_exporter) return;
  const float width = 420 * context.scale;  // the panel fits its table: the bar's own width
  const ExportStatus status = _exporter.status(PageExportKind::Atlas);
  if (exportRunningRows(status, Msg::UiPagesExporting, state.lang, context, "districts.atlas", width, _exporter.cancel))
    return;
  ImGui::BeginDisabled(status.busy || !_query);
  if (ImGui::Button(fmt::format("{}##districts.atlas", uiText(state.lang, Msg::UiExportAtlas)).c_str()) && _query)
    _atlasDialog.open(_folder.initial, suggestedAtlasName(*_query));
  ImGui::EndDisabled();
  context.targets.addLastItem("districts.atlas");
  exportOutcomeRow(status, context, "districts.atlas", width);
}

// Save hands the atlas to the app, for the date or period the panel shows when it is pressed.
void DistrictPanel::drawAtlasDialog(const ViewState& state, const DeskContext& context) {
  const SaveFile save = [this](const std::filesystem::path& path, bool) {
    if (_query) _exporter.atlas({path, *_query});
    return SaveOutcome{true, {}};
  };
  if (_atlasDialog.draw(state.lang, context, save)) {
    _folder.initial = _atlasDialog.folder();
    if (_folder.remember) _folder.remember(_folder.initial);
  }
}

}  // namespace wm::ui
