#pragma once
// A minimal Office Open XML (.xlsx) writer for ledgers shaped as bureaus keep them: merged title rows, shared
// strings, numbers, date-formatted serials and several sheets. GDAL's own XLSX writer always puts the field
// names in row 1, so it cannot write a title above the header.
#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"

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

/// Writes the sheets to `path` (replaced); gives the number of sheets written. Deterministic: same sheets,
/// same bytes (no time stamps inside).
core::Result<int> writeXlsx(const std::string& path, const std::vector<Sheet>& sheets);

}  // namespace wm::samplegen
