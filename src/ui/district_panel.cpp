#include "ui/district_panel.hpp"

#include <algorithm>
#include <fstream>

#include <fmt/format.h>
#include <imgui_stdlib.h>

#include "core/file_replace.hpp"

namespace wm::ui {
namespace {

using analysis::ProgressFigures;
using core::Msg;
using domain::Kind;
using domain::Status;

struct ColumnSpec {
  DistrictColumn column;
  const char* key;  ///< for click targets: "districts.header.<key>"
  Msg header;
};

constexpr ColumnSpec kColumns[kDistrictColumnCount] = {
    {DistrictColumn::District, "district", Msg::ReportColDistrict},
    {DistrictColumn::Total, "total", Msg::ReportColTotal},
    {DistrictColumn::Planned, "planned", Msg::StatusPlanned},
    {DistrictColumn::UnderConstruction, "under_construction", Msg::StatusUnderConstruction},
    {DistrictColumn::Completed, "completed", Msg::StatusCompleted},
    {DistrictColumn::Suspended, "suspended", Msg::StatusSuspended},
    {DistrictColumn::Overdue, "overdue", Msg::ReportColOverdue},
    {DistrictColumn::RoadKm, "road_km", Msg::UiColRoadKm},
    {DistrictColumn::SewerKm, "sewer_km", Msg::UiColSewerKm},
    {DistrictColumn::ParkM2, "park_m2", Msg::UiColParkM2},
    {DistrictColumn::Spaces, "spaces", Msg::UiColSpaces},
    {DistrictColumn::Share, "share", Msg::UiColShare},
};

double sortValue(const DistrictRow& r, DistrictColumn c) {
  const ProgressFigures& f = r.figures;
  switch (c) {
    case DistrictColumn::District:
      return 0;
    case DistrictColumn::Total:
      return static_cast<double>(f.total);
    case DistrictColumn::Planned:
      return static_cast<double>(f.count(Status::Planned));
    case DistrictColumn::UnderConstruction:
      return static_cast<double>(f.count(Status::UnderConstruction));
    case DistrictColumn::Completed:
      return static_cast<double>(f.count(Status::Completed));
    case DistrictColumn::Suspended:
      return static_cast<double>(f.count(Status::Suspended));
    case DistrictColumn::Overdue:
      return static_cast<double>(f.overdue);
    case DistrictColumn::RoadKm:
      return r.roadKm;
    case DistrictColumn::SewerKm:
      return r.sewerKm;
    case DistrictColumn::ParkM2:
      return r.parkM2;
    case DistrictColumn::Spaces:
      return static_cast<double>(f.spaces);
    case DistrictColumn::Share:
      return r.completedShare();
  }
  return 0;
}

bool sameQuery(const analysis::ProgressQuery& a, const analysis::ProgressQuery& b) {
  return a.mode == b.mode && a.asOf == b.asOf && a.from == b.from && a.to == b.to && a.grouping == b.grouping;
}


}  // namespace

double DistrictRow::completedShare() const {
  return figures.total > 0 ? static_cast<double>(figures.count(Status::Completed)) / static_cast<double>(figures.total)
                           : 0.0;
}

std::vector<DistrictRow> districtRows(const analysis::ProgressTable& table, const domain::Catalog& catalog) {
  std::vector<DistrictRow> out;
  for (const analysis::ProgressRow& r : table.rows) {
    if (out.empty() || out.back().district != r.district || out.back().group != r.group) {
      DistrictRow row;
      row.district = r.district;
      row.group = r.group;
      if (r.group == analysis::DistrictGroup::Named) row.index = catalog.findDistrict(r.district);
      out.push_back(std::move(row));
    }
    DistrictRow& row = out.back();
    row.figures += r.figures;
    if (r.kind == Kind::Road) row.roadKm += r.figures.lengthKm, row.completedRoadKm += r.figures.completedLengthKm;
    if (r.kind == Kind::Sewer) row.sewerKm += r.figures.lengthKm, row.completedSewerKm += r.figures.completedLengthKm;
    if (r.kind == Kind::Park) row.parkM2 += r.figures.areaM2, row.completedParkM2 += r.figures.completedAreaM2;
  }
  return out;
}

void sortDistrictRows(std::vector<DistrictRow>& rows, DistrictColumn column, bool descending) {
  std::stable_sort(rows.begin(), rows.end(), [&](const DistrictRow& a, const DistrictRow& b) {
    double va = sortValue(a, column), vb = sortValue(b, column);
    if (va != vb) return descending ? va > vb : va < vb;
    return descending && column == DistrictColumn::District ? a.district > b.district : a.district < b.district;
  });
}

std::string saveReport(const std::filesystem::path& path, const analysis::ProgressTable& table,
                       const ReportWriters& writers, core::Lang lang, bool overwrite) {
  const std::string shown = path.string();
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](char c) { return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c; });
  if (path.stem().empty() || (ext != ".md" && ext != ".csv")) return std::string(core::text(Msg::UiSaveBadName, lang));
  std::filesystem::path folder = path.parent_path().empty() ? std::filesystem::path(".") : path.parent_path();
  std::error_code ec;
  if (!std::filesystem::is_directory(folder, ec)) return core::tr(lang, Msg::UiSaveNoFolder, folder.string());
  if (std::filesystem::exists(path, ec) && !overwrite) return core::tr(lang, Msg::UiSaveExists, shown);
  const bool csv = ext == ".csv";
  if ((csv && !writers.csv) || (!csv && !writers.markdown)) return core::tr(lang, Msg::UiSaveFailed, shown);
  std::string text = csv ? writers.csv(table) : writers.markdown(table, lang);
  return core::replaceFile(path, text) ? core::tr(lang, Msg::UiSaved, shown) : core::tr(lang, Msg::UiSaveFailed, shown);
}

void DistrictPanel::refresh(const ViewState& state, const domain::Catalog& catalog) {
  analysis::ProgressQuery query =
      state.periodMode ? analysis::periodQuery(state.periodFrom, state.periodTo) : analysis::asOfQuery(state.asOf);
  if (_query && sameQuery(*_query, query)) return;
  _query = query;
  _table = analysis::computeProgress(catalog, query);
  _rows = districtRows(_table, catalog);
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
  if (!ImGui::Begin(windowTitle(state.lang, Msg::UiDistricts, "districts").c_str(), &state.panels.districts,
                    ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::End();
    return;
  }
  const std::string title =
      state.periodMode ? core::tr(state.lang, Msg::ReportTitlePeriod, state.periodFrom.iso(), state.periodTo.iso())
                       : core::tr(state.lang, Msg::ReportTitleAsOf, state.asOf.iso());
  ImGui::TextUnformatted(title.c_str());
  const ImGuiTableFlags flags =
      ImGuiTableFlags_Sortable | ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV;
  if (ImGui::BeginTable("districts", kDistrictColumnCount, flags)) {
    for (const ColumnSpec& c : kColumns)
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
    for (std::size_t i = 0; i < _rows.size(); ++i) rowCells(state, context, _rows[i], i);
    ImGui::EndTable();
  }
  ImGui::TextDisabled("%s", uiText(state.lang, Msg::UiDistrictsHint));
  actions(state, context);
  ImGui::End();
}

// The headers one by one (not TableHeadersRow) so that each is recorded as a click target.
void DistrictPanel::headerRow(const ViewState& state, const DeskContext& context) {
  ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
  for (int c = 0; c < kDistrictColumnCount; ++c) {
    if (!ImGui::TableSetColumnIndex(c)) continue;
    ImGui::PushID(c);
    ImGui::TableHeader(uiText(state.lang, kColumns[c].header));
    ImGui::PopID();
    context.targets.addLastItem(fmt::format("districts.header.{}", kColumns[c].key));
  }
}

void DistrictPanel::rowCells(ViewState& state, const DeskContext& context, const DistrictRow& row, std::size_t i) {
  const ProgressFigures& f = row.figures;
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  const std::string name = row.group == analysis::DistrictGroup::Unassigned
                               ? std::string(uiText(state.lang, Msg::ReportUnassigned))
                               : row.district;
  const bool highlighted = row.index != domain::kNoDistrict && state.highlightDistrict == row.index;
  const std::string id = row.index != domain::kNoDistrict ? fmt::format("districts.row.{}", row.index)
                                                          : std::string("districts.row.unassigned");
  if (ImGui::Selectable(fmt::format("{}##{}", name, i).c_str(), highlighted, ImGuiSelectableFlags_SpanAllColumns) &&
      row.index != domain::kNoDistrict) {
    state.highlightDistrict = row.index;
    state.request({ViewRequest::Kind::ZoomToDistrict, row.index});
  }
  context.targets.addLastItem(id);
  auto count = [](std::int64_t n) {
    ImGui::TableNextColumn();
    ImGui::Text("%lld", static_cast<long long>(n));
  };
  count(f.total);
  for (int s = 0; s < domain::kStatusCount; ++s) count(f.count(static_cast<Status>(s)));
  count(f.overdue);
  auto pair = [](const std::string& text) {
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(text.c_str());
  };
  pair(fmt::format("{:.3f} / {:.3f}", row.completedRoadKm, row.roadKm));
  pair(fmt::format("{:.3f} / {:.3f}", row.completedSewerKm, row.sewerKm));
  pair(fmt::format("{:.0f} / {:.0f}", row.completedParkM2, row.parkM2));
  pair(fmt::format("{} / {}", f.completedSpaces, f.spaces));
  ImGui::TableNextColumn();
  const float share = static_cast<float>(row.completedShare());
  ImGui::ProgressBar(share, ImVec2(90 * context.scale, ImGui::GetTextLineHeight()),
                     fmt::format("{:.0f}%", share * 100).c_str());
}

void DistrictPanel::actions(ViewState& state, const DeskContext& context) {
  if (ImGui::Button(fmt::format("{}##districts.copy", uiText(state.lang, Msg::UiCopyCsv)).c_str()) && _writers.csv) {
    std::string csv = _writers.csv(_table);
    ImGui::SetClipboardText(csv.c_str());
    _message = core::tr(state.lang, Msg::UiCopied, std::count(csv.begin(), csv.end(), '\n'));
  }
  context.targets.addLastItem("districts.copy");
  ImGui::SetNextItemWidth(260 * context.scale);
  ImGui::InputTextWithHint("##districts.path", uiText(state.lang, Msg::UiSavePathHint), &_savePath);
  context.targets.addLastItem("districts.path");
  ImGui::SameLine();
  ImGui::Checkbox(fmt::format("{}##districts.overwrite", uiText(state.lang, Msg::UiOverwrite)).c_str(), &_overwrite);
  ImGui::SameLine();
  if (ImGui::Button(fmt::format("{}##districts.save", uiText(state.lang, Msg::UiSaveReport)).c_str()))
    _message = saveReport(_savePath, _table, _writers, state.lang, _overwrite);
  context.targets.addLastItem("districts.save");
  if (!_message.empty()) ImGui::TextWrapped("%s", _message.c_str());
}

}  // namespace wm::ui
