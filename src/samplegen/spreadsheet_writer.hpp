#pragma once
// Minimal spreadsheet writers (.xlsx, .ods, .xls) for ledgers shaped as bureaus keep them: merged title rows,
// text, numbers, date-formatted serials and several sheets. GDAL's own XLSX and ODS writers always put the field
// names in row 1, so they cannot write a title above the header, and it has no XLS writer.
#include <optional>
#include <string>
#include <vector>

#include "samplegen/failure.hpp"

namespace wm::samplegen {

struct SheetCell {
  std::string text;              ///< a text cell (when `number` is empty); "" = empty cell
  std::optional<double> number;  ///< a numeric cell
  bool dateFormat = false;       ///< the number is a date serial shown as a date (built-in format 14)
};

inline SheetCell textCell(std::string text) { return {std::move(text), std::nullopt, false}; }
inline SheetCell numberCell(double v) { return {{}, v, false}; }
inline SheetCell dateCell(double serial) { return {{}, serial, true}; }

struct Sheet {
  std::string name;
  std::vector<std::vector<SheetCell>> rows;
  std::vector<std::string> merges;  ///< merged ranges such as "A1:I1"
};

/// The spreadsheet serial of a calendar date (1900 system: 2022-06-30 → 44742).
double spreadsheetSerial(int year, int month, int day);

/// A rectangle of cells, rows and columns from 0, both ends included.
struct CellRange {
  std::size_t firstRow = 0, firstColumn = 0, lastRow = 0, lastColumn = 0;
};
/// "A1:J1" → rows 0..0, columns 0..9; nothing for anything else.
std::optional<CellRange> parseCellRange(const std::string& text);

/// Writes the sheets to `path` (replaced); gives the number of sheets written. Deterministic: same sheets,
/// same bytes (no time stamps inside).
Result<int> writeXlsx(const std::string& path, const std::vector<Sheet>& sheets);

/// The same as an OpenDocument spreadsheet (.ods, as LibreOffice and WPS save): merged ranges as spanned and
/// covered cells, date-formatted serials as ODF dates, numbers as floats. Deterministic likewise.
Result<int> writeOds(const std::string& path, const std::vector<Sheet>& sheets);

/// The same as an Excel 97-2003 workbook (.xls: BIFF8 records in a compound file): text as shared strings,
/// numbers, date-formatted serials with a date cell format, merged ranges. Limited to what fixtures need: at
/// most about 60 KB of cells and 8 KB of distinct text. Deterministic likewise.
Result<int> writeXls(const std::string& path, const std::vector<Sheet>& sheets);

}  // namespace wm::samplegen
