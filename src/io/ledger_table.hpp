#pragma once
// How a person reads a ledger sheet (台账): title rows above the header, the header row with the column names,
// a 序号 column, data rows, then total rows (合计/小计) and notes (填报人…) below. Pure: works on cell values
// already read from the sheet, so it is tested without files. Internal to io.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"

namespace wm::io {

/// One cell as the spreadsheet driver gave it.
struct LedgerCell {
  std::string text;                ///< as text ("" when empty); numbers as GDAL prints them
  std::optional<double> number;    ///< when the cell is numeric
  std::optional<core::Date> date;  ///< when the cell is a date (a date-formatted cell)
  bool empty() const { return text.empty() && !number && !date; }
};
using LedgerRow = std::vector<LedgerCell>;

enum class LedgerColumnRole { Field, Longitude, Latitude, LonLat, SerialNumber, Other };

struct LedgerColumn {
  int source = 0;      ///< the column's index in the sheet
  std::string header;  ///< the header text, blanks and line breaks inside it removed
  LedgerColumnRole role = LedgerColumnRole::Other;
  bool date = false;  ///< a works date column (start, planned, done)
};

struct LedgerLayout {
  int headerRow = -1;                  ///< index of the header row; -1: no header found (not a ledger)
  std::vector<LedgerColumn> columns;   ///< the named columns, in sheet order (序号 and blank headers left out)
  std::vector<int> dataRows;           ///< rows holding projects
  int totalRows = 0;                   ///< rows dropped as totals (合计, 小计, 总计)
  std::string title;                   ///< the text of the title rows above the header, joined by spaces
  std::optional<int> year;             ///< a year named in the title ("2022年…台账"), for dates like 6月底
  int lonColumn = -1, latColumn = -1;  ///< indexes into columns; -1 when absent
  int lonLatColumn = -1;               ///< one column holding "lon,lat"; -1 when absent
};

/// Rows searched for the header.
inline constexpr int kLedgerHeaderSearchRows = 20;

/// Finds the header among the first kLedgerHeaderSearchRows rows: the row naming the most works fields (works_schema
/// aliases) and coordinate columns, at least two. Rows with fewer than two filled cells after it (notes, signatures)
/// and total rows are not data.
LedgerLayout readLedgerLayout(const std::vector<LedgerRow>& rows);

/// Below the header: a total row (合计, 小计, 总计, 共计 in its first cells) is no project; nor is a row with fewer
/// than two filled cells (notes such as 填报人：…, blank rows). Everything else is a project.
bool isLedgerTotalRow(const LedgerRow& row);
bool isLedgerDataRow(const LedgerRow& row);

/// A header that names a longitude / latitude column (经度, lng, lon, longitude, X, X坐标, 东经 …).
bool isLongitudeHeader(std::string_view header);
bool isLatitudeHeader(std::string_view header);

/// A coordinate written as a number, or in degrees, minutes and seconds (113°15′30″, 113度15分30秒).
std::optional<double> parseCoordinate(std::string_view text);

/// A project name or code as people type it in different ledgers, reduced for comparison: full-width letters,
/// digits and brackets to half-width, ASCII lower case, blanks and brackets removed ("城北（二期）停车场 " and
/// "城北(二期)停车场" become equal).
std::string normalisedProjectName(std::string_view name);

}  // namespace wm::io
