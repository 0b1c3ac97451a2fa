#include "ui/district_rows.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include <fmt/format.h>

#include "core/file_replace.hpp"
#include "core/text.hpp"

namespace wm::ui {
namespace {

using analysis::ProgressFigures;
using core::Msg;
using domain::Kind;
using domain::Status;

constexpr DistrictColumnSpec kAsOfColumns[] = {
    {DistrictColumn::District, "district", Msg::UiColDistrictKind},
    {DistrictColumn::Total, "total", Msg::ReportColTotal},
    {DistrictColumn::Planned, "planned", Msg::StatusPlanned},
    {DistrictColumn::UnderConstruction, "under_construction", Msg::StatusUnderConstruction},
    {DistrictColumn::Completed, "completed", Msg::StatusCompleted},
    {DistrictColumn::Suspended, "suspended", Msg::StatusSuspended},
    {DistrictColumn::Overdue, "overdue", Msg::ReportColOverdue},
    {DistrictColumn::LengthKm, "length_km", Msg::UiColKmDoneAll},
    {DistrictColumn::AreaM2, "area_m2", Msg::UiColM2DoneAll},
    {DistrictColumn::Spaces, "spaces", Msg::UiColSpaces},
    {DistrictColumn::Share, "share", Msg::UiColShare},
};

constexpr DistrictColumnSpec kPeriodColumns[] = {
    {DistrictColumn::District, "district", Msg::UiColDistrictKind},
    {DistrictColumn::CompletedInPeriod, "completed_in_period", Msg::UiColCompletedInPeriod},
    {DistrictColumn::Late, "late", Msg::ReportColLate},
    {DistrictColumn::CompletedKm, "completed_km", Msg::UiColCompletedKm},
    {DistrictColumn::CompletedM2, "completed_m2", Msg::UiColCompletedM2},
    {DistrictColumn::CompletedSpaces, "completed_spaces", Msg::UiColCompletedSpaces},
};

// Three decimals as the report's CSV writes them, never "-0.000".
std::string measure(double value) {
  if (std::abs(value) < 0.0005) value = 0.0;
  return fmt::format("{:.3f}", value);
}

double columnValue(const ProgressFigures& f, DistrictColumn c) {
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
    case DistrictColumn::CompletedInPeriod:
      return static_cast<double>(f.count(Status::Completed));
    case DistrictColumn::Suspended:
      return static_cast<double>(f.count(Status::Suspended));
    case DistrictColumn::Overdue:
    case DistrictColumn::Late:  // a period's overdue column counts its late completions (docs/design.md §4.5)
      return static_cast<double>(f.overdue);
    case DistrictColumn::LengthKm:
      return f.lengthKm;
    case DistrictColumn::AreaM2:
      return f.areaM2;
    case DistrictColumn::Spaces:
      return static_cast<double>(f.spaces);
    case DistrictColumn::Share:
      return f.total > 0 ? static_cast<double>(f.count(Status::Completed)) / static_cast<double>(f.total) : 0.0;
    case DistrictColumn::CompletedKm:
      return f.completedLengthKm;
    case DistrictColumn::CompletedM2:
      return f.completedAreaM2;
    case DistrictColumn::CompletedSpaces:
      return static_cast<double>(f.completedSpaces);
  }
  return 0;
}

// The clipboard's figure columns: one number a cell, so a spreadsheet can add them up.
struct TextColumn {
  Msg header;
  bool isMeasure;
  double (*value)(const ProgressFigures&);
};

// clang-format off
constexpr TextColumn kAsOfText[] = {
  {Msg::ReportColTotal, false, [](const ProgressFigures& f) { return static_cast<double>(f.total); }},
  {Msg::StatusPlanned, false, [](const ProgressFigures& f) { return static_cast<double>(f.count(Status::Planned)); }},
  {Msg::StatusUnderConstruction, false,
   [](const ProgressFigures& f) { return static_cast<double>(f.count(Status::UnderConstruction)); }},
  {Msg::StatusCompleted, false, [](const ProgressFigures& f) { return static_cast<double>(f.count(Status::Completed)); }},
  {Msg::StatusSuspended, false, [](const ProgressFigures& f) { return static_cast<double>(f.count(Status::Suspended)); }},
  {Msg::ReportColOverdue, false, [](const ProgressFigures& f) { return static_cast<double>(f.overdue); }},
  {Msg::ReportColLengthKm, true, [](const ProgressFigures& f) { return f.lengthKm; }},
  {Msg::ReportColCompletedLengthKm, true, [](const ProgressFigures& f) { return f.completedLengthKm; }},
  {Msg::ReportColAreaM2, true, [](const ProgressFigures& f) { return f.areaM2; }},
  {Msg::ReportColCompletedAreaM2, true, [](const ProgressFigures& f) { return f.completedAreaM2; }},
  {Msg::ReportColSpaces, false, [](const ProgressFigures& f) { return static_cast<double>(f.spaces); }},
  {Msg::ReportColCompletedSpaces, false, [](const ProgressFigures& f) { return static_cast<double>(f.completedSpaces); }},
};
constexpr TextColumn kPeriodText[] = {
  {Msg::UiColCompletedInPeriod, false, [](const ProgressFigures& f) { return static_cast<double>(f.total); }},
  {Msg::ReportColLate, false, [](const ProgressFigures& f) { return static_cast<double>(f.overdue); }},
  {Msg::ReportColCompletedLengthKm, true, [](const ProgressFigures& f) { return f.completedLengthKm; }},
  {Msg::ReportColCompletedAreaM2, true, [](const ProgressFigures& f) { return f.completedAreaM2; }},
  {Msg::ReportColCompletedSpaces, false, [](const ProgressFigures& f) { return static_cast<double>(f.completedSpaces); }},
};
// clang-format on

// A cell of tab-separated text: a tab or line break inside it would start a new cell or row.
std::string cellText(std::string text) {
  std::replace_if(
      text.begin(), text.end(), [](char c) { return c == '\t' || c == '\n' || c == '\r'; }, ' ');
  return text;
}

std::string districtLabel(const DistrictRow& row, core::Lang lang) {
  switch (row.group) {
    case analysis::DistrictGroup::Unassigned:
      return std::string(core::text(Msg::ReportUnassigned, lang));
    case analysis::DistrictGroup::AllDistricts:
      return std::string(core::text(Msg::UiCountyTotal, lang));
    case analysis::DistrictGroup::Named:
      break;
  }
  return row.district;
}

void appendLine(std::string& out, const std::string& district, std::string_view kind, const ProgressFigures& f,
                std::span<const TextColumn> columns) {
  out += cellText(district);
  out += '\t';
  out += kind;
  for (const TextColumn& c : columns) {
    out += '\t';
    out += c.isMeasure ? measure(c.value(f)) : fmt::format("{}", static_cast<long long>(c.value(f)));
  }
  out += '\n';
}

}  // namespace

double DistrictRow::completedShare() const { return columnValue(figures, DistrictColumn::Share); }

ProgressFigures DistrictRow::ofKind(Kind kind) const {
  for (const KindLine& k : kinds)
    if (k.kind == kind) return k.figures;
  return {};
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
    out.back().figures += r.figures;
    out.back().kinds.push_back({r.kind, r.figures});
  }
  return out;
}

DistrictRow countyRow(const analysis::ProgressTable& table) {
  DistrictRow row;
  row.district = "all";
  row.group = analysis::DistrictGroup::AllDistricts;
  row.figures = table.total;
  for (int k = 0; k < domain::kKindCount; ++k)
    if (table.kindTotals[static_cast<std::size_t>(k)].total > 0)
      row.kinds.push_back({static_cast<Kind>(k), table.kindTotals[static_cast<std::size_t>(k)]});
  // The report's order within a district: by kind code.
  std::sort(row.kinds.begin(), row.kinds.end(),
            [](const KindLine& a, const KindLine& b) { return domain::kindCode(a.kind) < domain::kindCode(b.kind); });
  return row;
}

std::span<const DistrictColumnSpec> districtColumns(bool period) {
  if (period) return kPeriodColumns;
  return kAsOfColumns;
}

std::string districtCell(const ProgressFigures& f, DistrictColumn column) {
  switch (column) {
    case DistrictColumn::District:
    case DistrictColumn::Share:
      return {};
    // A measure the row's works do not have (a road's m², a park's spaces) is left blank rather than "0 / 0".
    case DistrictColumn::LengthKm:
      return f.lengthKm > 0 ? measure(f.completedLengthKm) + " / " + measure(f.lengthKm) : std::string();
    case DistrictColumn::AreaM2:
      return f.areaM2 > 0 ? fmt::format("{:.0f} / {:.0f}", f.completedAreaM2, f.areaM2) : std::string();
    case DistrictColumn::Spaces:
      return f.spaces > 0 ? fmt::format("{} / {}", f.completedSpaces, f.spaces) : std::string();
    case DistrictColumn::CompletedKm:
      return measure(f.completedLengthKm);
    case DistrictColumn::CompletedM2:
      return fmt::format("{:.0f}", f.completedAreaM2);
    default:
      return fmt::format("{}", static_cast<long long>(columnValue(f, column)));
  }
}

void sortDistrictRows(std::vector<DistrictRow>& rows, DistrictColumn column, bool descending) {
  std::stable_sort(rows.begin(), rows.end(), [&](const DistrictRow& a, const DistrictRow& b) {
    double va = columnValue(a.figures, column), vb = columnValue(b.figures, column);
    if (column == DistrictColumn::District) va = vb = 0;
    if (va != vb) return descending ? va > vb : va < vb;
    return descending && column == DistrictColumn::District ? a.district > b.district : a.district < b.district;
  });
}

std::string districtTableText(const std::vector<DistrictRow>& rows, const DistrictRow& county, bool period,
                              core::Lang lang) {
  std::span<const TextColumn> columns = period ? std::span<const TextColumn>(kPeriodText) : kAsOfText;
  std::string out(core::text(Msg::ReportColDistrict, lang));
  out += '\t';
  out += core::text(Msg::ReportColKind, lang);
  for (const TextColumn& c : columns) {
    out += '\t';
    out += core::text(c.header, lang);
  }
  out += '\n';
  auto appendRow = [&](const DistrictRow& row) {
    const std::string name = districtLabel(row, lang);
    appendLine(out, name, core::text(Msg::UiAllKinds, lang), row.figures, columns);
    for (const KindLine& k : row.kinds)
      appendLine(out, name, core::text(domain::kindMsg(k.kind), lang), k.figures, columns);
  };
  for (const DistrictRow& row : rows) appendRow(row);
  appendRow(county);
  return out;
}

SaveOutcome saveReport(const std::filesystem::path& path, const analysis::ProgressTable& table,
                       const ReportWriters& writers, core::Lang lang, bool overwrite,
                       const std::vector<analysis::OverdueWork>& overdue) {
  const std::string shown = path.string();
  const std::string ext = core::asciiLower(path.extension().string());
  if (path.stem().empty() || (ext != ".md" && ext != ".csv" && ext != ".xlsx"))
    return {false, core::tr(lang, Msg::UiSaveBadName)};
  std::filesystem::path folder = path.parent_path().empty() ? std::filesystem::path(".") : path.parent_path();
  std::error_code ec;
  if (!std::filesystem::is_directory(folder, ec)) return {false, core::tr(lang, Msg::UiSaveNoFolder, folder.string())};
  if (std::filesystem::exists(path, ec) && !overwrite) return {false, core::tr(lang, Msg::UiSaveExists, shown)};
  if (ext == ".xlsx") {
    if (!writers.xlsx) return {false, core::tr(lang, Msg::UiSaveFailed, shown)};
    if (std::optional<std::string> failed = writers.xlsx(path, table, overdue, lang)) return {false, *failed};
    return {true, core::tr(lang, Msg::UiSaved, shown)};
  }
  const bool csv = ext == ".csv";
  if ((csv && !writers.csv) || (!csv && !writers.markdown)) return {false, core::tr(lang, Msg::UiSaveFailed, shown)};
  // `worksmap report --format csv` stays without a BOM (docs/design.md §4.7); the desk's file is for Excel.
  std::string text = csv ? std::string(kUtf8Bom) + writers.csv(table) : writers.markdown(table, lang);
  if (!core::replaceFile(path, text)) return {false, core::tr(lang, Msg::UiSaveFailed, shown)};
  return {true, core::tr(lang, Msg::UiSaved, shown)};
}

}  // namespace wm::ui
