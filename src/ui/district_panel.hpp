#pragma once
// The District progress panel: design §4's table per district at the as-of date (or over the Timeline's
// period), from the same roll-up `worksmap report` writes (analysis::computeProgress), so its figures are the
// report's. Sortable by any column, a bar of the share completed per district; clicking a district highlights
// it on the map and asks for a zoom to it; the table copies to the clipboard as the report's CSV and saves as a
// report file.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "analysis/district_progress.hpp"
#include "ui/desk_context.hpp"
#include "ui/view_state.hpp"

namespace wm::ui {

/// The report writers (the report module's, passed in by the app: ui does not depend on report).
struct ReportWriters {
  std::function<std::string(const analysis::ProgressTable&)> csv;
  std::function<std::string(const analysis::ProgressTable&, core::Lang)> markdown;
};

/// One district's line: the report's district × kind rows of that district added up.
struct DistrictRow {
  std::string district;  ///< the report's district name ("unassigned" for works in no district)
  analysis::DistrictGroup group = analysis::DistrictGroup::Named;
  std::int32_t index = domain::kNoDistrict;  ///< into Catalog::districts; kNoDistrict for "unassigned"
  analysis::ProgressFigures figures;         ///< all kinds (ProgressFigures::operator+= of its rows)
  double roadKm = 0, completedRoadKm = 0;    ///< kind road: lengthKm, completedLengthKm
  double sewerKm = 0, completedSewerKm = 0;  ///< kind sewer
  double parkM2 = 0, completedParkM2 = 0;    ///< kind park: areaM2, completedAreaM2
  /// Completed projects over all its projects, 0..1 (0 for none).
  double completedShare() const;
};

/// The table's rows by district, in the report's order (district name, byte-wise).
std::vector<DistrictRow> districtRows(const analysis::ProgressTable& table, const domain::Catalog& catalog);

/// The panel's columns, in the order shown.
enum class DistrictColumn : std::uint8_t {
  District,
  Total,
  Planned,
  UnderConstruction,
  Completed,
  Suspended,
  Overdue,
  RoadKm,
  SewerKm,
  ParkM2,
  Spaces,
  Share
};
inline constexpr int kDistrictColumnCount = 12;
/// Sorts rows by a column (numbers by value, names byte-wise), ties by district name; stable.
void sortDistrictRows(std::vector<DistrictRow>& rows, DistrictColumn column, bool descending);

/// Writes `table` to `path` as Markdown (.md) or CSV (.csv) through a temporary file in the same folder and a
/// rename. Refuses (nothing written) another extension, a folder that does not exist, and an existing file
/// unless `overwrite`. Returns the message to show, translated.
std::string saveReport(const std::filesystem::path& path, const analysis::ProgressTable& table,
                       const ReportWriters& writers, core::Lang lang, bool overwrite);

class DistrictPanel {
public:
  explicit DistrictPanel(ReportWriters writers) : _writers(std::move(writers)) {}
  /// Draws the panel into the current ImGui frame when state.panels.districts is set; the table is computed
  /// again only when the date, the period or the mode changed.
  void draw(ViewState& state, const DeskContext& context);
  /// The rows as shown in the last frame, sorted.
  const std::vector<DistrictRow>& rows() const { return _rows; }
  const analysis::ProgressTable& table() const { return _table; }
  DistrictColumn sortColumn() const { return _sortColumn; }
  bool descending() const { return _descending; }
  /// What the last copy or save said ("" before any).
  const std::string& message() const { return _message; }

private:
  void refresh(const ViewState& state, const domain::Catalog& catalog);
  void headerRow(const ViewState& state, const DeskContext& context);
  void rowCells(ViewState& state, const DeskContext& context, const DistrictRow& row, std::size_t i);
  void actions(ViewState& state, const DeskContext& context);

  ReportWriters _writers;
  std::optional<analysis::ProgressQuery> _query;  ///< what _table was computed for
  analysis::ProgressTable _table;
  std::vector<DistrictRow> _rows;
  DistrictColumn _sortColumn = DistrictColumn::District;
  bool _descending = false;
  std::string _savePath;
  bool _overwrite = false;
  std::string _message;
};

}  // namespace wm::ui
