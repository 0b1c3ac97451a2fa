#pragma once
// The District progress panel: the table of docs/design.md §4.5 per district at the as-of date (or over the Timeline's
// period), from the same roll-up `worksmap report` writes (analysis::computeProgress), so its figures are the
// report's. Each district opens into its kinds' rows; a county total row ends the table. As of a date: counts by
// status, overdue, km / m² / spaces (completed / all) and a bar of the share completed; in period mode: what was
// completed in the period, how many of those late, and the km / m² / spaces completed (as `report --year`).
// Sortable by any column; clicking a district highlights it on the map and asks for a zoom to it; the table
// copies to the clipboard as tab-separated text (pastes into Excel or WPS as a table) and saves as a report
// file (CSV, Markdown, or with Save as Excel an Excel workbook) through the Save report dialog. *Export atlas…*
// has the app write the progress-by-district atlas (a PDF: `worksmap atlas`) for the desk's date or period, a
// progress bar with Cancel while it runs (ui/page_export.hpp). With a ServerProgressSource (a register in PostGIS)
// the table is the server's, computed in the background: the last table stays shown while a newer one is
// computed ("Updating on the server…"), and when the server fails, a line names the database and its error, the
// last table is marked stale, and Retry asks again (the app also retries by itself).
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "analysis/district_progress.hpp"
#include "ui/desk_context.hpp"
#include "ui/district_rows.hpp"
#include "ui/page_export.hpp"
#include "ui/save_file_dialog.hpp"
#include "ui/server_progress.hpp"
#include "ui/view_state.hpp"

namespace wm::ui {

class DistrictPanel {
public:
  /// `exporter`: the app's Export atlas (empty: no button). `server`: the app's background roll-up on a PostGIS
  /// server (empty: the table is computed from the catalog).
  DistrictPanel(ReportWriters writers, ReportFolder folder, PageExporter exporter = {},
                ServerProgressSource server = {})
      : _writers(std::move(writers)),
        _folder(std::move(folder)),
        _exporter(std::move(exporter)),
        _server(std::move(server)) {}
  /// Draws the panel into the current ImGui frame when state.panels.districts is set; the table is computed
  /// again only when the date, the period or the mode changed (on the server: asked for, and taken when ready).
  void draw(ViewState& state, const DeskContext& context);
  /// The district rows as shown in the last frame, sorted; then the county total.
  const std::vector<DistrictRow>& rows() const { return _rows; }
  const DistrictRow& county() const { return _county; }
  const analysis::ProgressTable& table() const { return _table; }
  bool periodMode() const { return _query && _query->mode == analysis::ProgressQuery::Mode::Period; }
  DistrictColumn sortColumn() const { return _sortColumn; }
  bool descending() const { return _descending; }
  /// Whether a district's (or, with "all", the county's) kind rows are shown.
  bool expanded(const std::string& district) const;
  /// What the last copy or save said ("" before any).
  const std::string& message() const { return _message; }
  const SaveFileDialog& saveDialog() const { return _dialog; }
  const SaveFileDialog& atlasDialog() const { return _atlasDialog; }
  /// The server's side as the last frame showed it; none when the table is computed from the catalog.
  const std::optional<ServerProgressView>& server() const { return _serverView; }
  /// The line naming the failed database and its error as the last frame showed it ("" when none).
  const std::string& serverLine() const { return _serverLine; }
  /// The folder reports are saved in next (the last one saved in).
  const std::filesystem::path& reportFolder() const { return _folder.initial; }

private:
  void refresh(const ViewState& state, const domain::Catalog& catalog);
  // The server's answer, when there is a source and the register is on the server; false: compute in memory.
  bool refreshFromServer(const analysis::ProgressQuery& query, const domain::Catalog& catalog);
  void showTable(analysis::ProgressTable table, const domain::Catalog& catalog);
  void serverRows(const ViewState& state, const DeskContext& context);
  void table(ViewState& state, const DeskContext& context);
  void headerRow(const ViewState& state, const DeskContext& context);
  void districtLine(ViewState& state, const DeskContext& context, const DistrictRow& row);
  void kindLine(const ViewState& state, const DeskContext& context, const DistrictRow& row, const KindLine& k);
  void cells(const analysis::ProgressFigures& figures, const DeskContext& context);
  void actions(ViewState& state, const DeskContext& context);
  // Export atlas…, or while the atlas is written its progress bar and Cancel; how the last one ended.
  void atlasRow(const ViewState& state, const DeskContext& context);
  void drawAtlasDialog(const ViewState& state, const DeskContext& context);

  ReportWriters _writers;
  ReportFolder _folder;
  std::optional<analysis::ProgressQuery> _query;  ///< what _table was computed for
  analysis::ProgressTable _table;
  std::vector<analysis::OverdueWork> _overdue;  ///< for the workbook's overdue sheet, with _table
  std::vector<DistrictRow> _rows;
  DistrictRow _county;
  std::vector<std::string> _expanded;  ///< districts ("all": the county) whose kinds are shown
  DistrictColumn _sortColumn = DistrictColumn::District;
  bool _descending = false;
  SaveFileDialog _dialog;
  std::string _message;
  PageExporter _exporter;
  SaveFileDialog _atlasDialog{atlasFiles()};
  ServerProgressSource _server;
  std::optional<ServerProgressView> _serverView;                ///< this frame's, on a server
  std::shared_ptr<const analysis::ProgressTable> _serverTable;  ///< the server's table shown (none: in memory)
  std::string _serverLine;
};

}  // namespace wm::ui
