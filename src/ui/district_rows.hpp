#pragma once
// The District progress table as data (no ImGui): the report's district × kind rows grouped by district, each
// district with its kind rows, a county total row, the columns shown as of a date or over a period, sorting,
// the tab-separated text the panel copies (it pastes into Excel or WPS as a table) and the report file it saves.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "analysis/district_progress.hpp"
#include "analysis/overdue_works.hpp"
#include "core/translation.hpp"

namespace wm::ui {

/// The report writers (the report and publish modules', passed in by the app: ui depends on neither).
struct ReportWriters {
  std::function<std::string(const analysis::ProgressTable&)> csv;
  std::function<std::string(const analysis::ProgressTable&, core::Lang)> markdown;
  /// Writes the Excel workbook (atomically: nothing is left of a failed write); the message in `lang` when it
  /// failed, nothing when written.
  std::function<std::optional<std::string>(const std::filesystem::path&, const analysis::ProgressTable&,
                                           const std::vector<analysis::OverdueWork>&, core::Lang)>
      xlsx;
};

/// One kind within a district (or within the county): the report's row for that district and kind.
struct KindLine {
  domain::Kind kind = domain::Kind::Other;
  analysis::ProgressFigures figures;
};

/// One district's line: the report's district × kind rows of that district, and their sum.
struct DistrictRow {
  std::string district;  ///< the report's district name ("unassigned" for works in no district, "all": county)
  analysis::DistrictGroup group = analysis::DistrictGroup::Named;
  std::int32_t index = domain::kNoDistrict;  ///< into Catalog::districts; kNoDistrict for "unassigned" and "all"
  analysis::ProgressFigures figures;         ///< all kinds (ProgressFigures::operator+= of its kinds)
  std::vector<KindLine> kinds;               ///< the kinds with projects, in the report's order (kind code)
  /// Completed projects over all its projects, 0..1 (0 for none).
  double completedShare() const;
  /// The figures of one kind (zero when the district has none of it).
  analysis::ProgressFigures ofKind(domain::Kind kind) const;
};

/// The table's rows by district, in the report's order (district name, byte-wise).
std::vector<DistrictRow> districtRows(const analysis::ProgressTable& table, const domain::Catalog& catalog);
/// The county total: group AllDistricts, district "all", the table's total and its totals by kind.
DistrictRow countyRow(const analysis::ProgressTable& table);

/// The panel's columns. As of a date: District … Share; over a period (what `report --year` counts): District,
/// CompletedInPeriod, Late and the completed measures.
enum class DistrictColumn : std::uint8_t {
  District,
  Total,
  Planned,
  UnderConstruction,
  Completed,
  Suspended,
  Overdue,
  LengthKm,  ///< shown "completed / all", sorted by all
  AreaM2,
  Spaces,
  Share,
  CompletedInPeriod,
  Late,
  CompletedKm,
  CompletedM2,
  CompletedSpaces
};

struct DistrictColumnSpec {
  DistrictColumn column;
  const char* key;  ///< for click targets: "districts.header.<key>"
  core::Msg header;
};
/// The columns shown, in order: as of a date (`period` false) or over a period.
std::span<const DistrictColumnSpec> districtColumns(bool period);
/// What a cell shows ("1.500 / 2.320" for measures as of a date, "" when the row has none of that measure;
/// counts plain); "" for District and Share.
std::string districtCell(const analysis::ProgressFigures& figures, DistrictColumn column);

/// Sorts rows by a column (numbers by value, names byte-wise), ties by district name; stable. Kind lines keep
/// the report's order.
void sortDistrictRows(std::vector<DistrictRow>& rows, DistrictColumn column, bool descending);

/// The table as tab-separated UTF-8 text for the clipboard, '\n' line ends, one value a cell, numbers plain (no
/// grouping, km and m² with 3 decimals like the report's CSV): a header row (District, Kind, then the figure
/// columns of the mode, translated), then for each district in `rows`' order its all-kinds line and one line per
/// kind, then the county total the same way. Columns as of a date: total, the four statuses, overdue, length,
/// completed length, area, completed area, spaces, completed spaces; over a period: completed in the period,
/// late, completed length, area and spaces. Tabs and line breaks inside names become spaces.
std::string districtTableText(const std::vector<DistrictRow>& rows, const DistrictRow& county, bool period,
                              core::Lang lang);

/// The UTF-8 byte order mark that Excel needs to read a CSV as UTF-8 (without it Chinese shows garbled).
inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

/// Writes `table` to `path` as Markdown (.md), CSV (.csv, the report's CSV after a UTF-8 BOM, for Excel) or an
/// Excel workbook (.xlsx, with `overdue` as its overdue sheet) through a temporary file in the same folder and a
/// rename. Refuses (nothing written) another extension, a
/// folder that does not exist, and an existing file unless `overwrite`. Returns the message to show, translated,
/// and whether the file was written.
struct SaveOutcome {
  bool saved = false;
  std::string message;
};
SaveOutcome saveReport(const std::filesystem::path& path, const analysis::ProgressTable& table,
                       const ReportWriters& writers, core::Lang lang, bool overwrite,
                       const std::vector<analysis::OverdueWork>& overdue = {});

}  // namespace wm::ui
