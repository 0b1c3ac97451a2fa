#pragma once
// One worksheet being filled row by row, with the workbook's shared formats; it remembers each column's widest
// text so that finish() can size the columns (CJK characters count double, as Excel draws them).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <xlsxwriter.h>

#include "core/date.hpp"

namespace wm::publish {

/// The cell formats of a report workbook, made once per workbook (libxlsxwriter owns them).
struct SheetFormats {
  lxw_format* header = nullptr;  ///< bold, shaded, a line under it
  lxw_format* count = nullptr;   ///< "0"
  lxw_format* km = nullptr;      ///< "0.000"
  lxw_format* m2 = nullptr;      ///< "#,##0.000"
  lxw_format* date = nullptr;    ///< "yyyy-mm-dd"
  lxw_format* bold = nullptr;    ///< a total row's label
  static SheetFormats make(lxw_workbook* workbook);
};

class SheetWriter {
public:
  SheetWriter(lxw_workbook* workbook, std::string_view name, const SheetFormats& formats);
  /// The header row (row 0), frozen so it stays in view.
  void header(const std::vector<std::string_view>& cells);
  void text(std::string_view value, lxw_format* format = nullptr);
  /// `shown` is the value as the format displays it (for the column width).
  void number(double value, lxw_format* format, std::size_t shownChars);
  void date(core::Date value);
  /// Moves to the first cell of the next row.
  void nextRow();
  /// Sets the column widths (widest cell + 2, at most 60).
  void finish();

private:
  void widen(double width);

  lxw_worksheet* _sheet;
  const SheetFormats& _formats;
  lxw_row_t _row = 0;
  lxw_col_t _col = 0;
  std::vector<double> _widths;
};

}  // namespace wm::publish
