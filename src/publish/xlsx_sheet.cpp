#include "publish/xlsx_sheet.hpp"

#include <algorithm>
#include <string>

#include "publish/text_layout.hpp"

namespace wm::publish {
namespace {

constexpr double kMaxColumnWidth = 60;

}  // namespace

SheetFormats SheetFormats::make(lxw_workbook* workbook) {
  SheetFormats f;
  f.header = workbook_add_format(workbook);
  format_set_bold(f.header);
  format_set_bg_color(f.header, 0xDDE4EE);
  format_set_bottom(f.header, LXW_BORDER_THIN);
  f.count = workbook_add_format(workbook);
  format_set_num_format(f.count, "0");
  f.km = workbook_add_format(workbook);
  format_set_num_format(f.km, "0.000");
  f.m2 = workbook_add_format(workbook);
  format_set_num_format(f.m2, "#,##0.000");
  f.date = workbook_add_format(workbook);
  format_set_num_format(f.date, "yyyy-mm-dd");
  f.bold = workbook_add_format(workbook);
  format_set_bold(f.bold);
  return f;
}

SheetWriter::SheetWriter(lxw_workbook* workbook, std::string_view name, const SheetFormats& formats)
    : _sheet(workbook_add_worksheet(workbook, std::string(name).c_str())), _formats(formats) {}

void SheetWriter::header(const std::vector<std::string_view>& cells) {
  for (std::string_view cell : cells) text(cell, _formats.header);
  worksheet_freeze_panes(_sheet, 1, 0);
  nextRow();
}

void SheetWriter::text(std::string_view value, lxw_format* format) {
  worksheet_write_string(_sheet, _row, _col, std::string(value).c_str(), format);
  widen(displayWidth(value));
}

void SheetWriter::number(double value, lxw_format* format, std::size_t shownChars) {
  worksheet_write_number(_sheet, _row, _col, value, format);
  widen(static_cast<double>(shownChars));
}

void SheetWriter::date(core::Date value) {
  lxw_datetime when{value.year(), value.month(), value.day(), 0, 0, 0};
  worksheet_write_datetime(_sheet, _row, _col, &when, _formats.date);
  widen(10);
}

void SheetWriter::nextRow() {
  ++_row;
  _col = 0;
}

void SheetWriter::finish() {
  for (std::size_t c = 0; c < _widths.size(); ++c)
    worksheet_set_column(_sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                         std::min(_widths[c] + 2, kMaxColumnWidth), nullptr);
}

void SheetWriter::widen(double width) {
  if (_widths.size() <= _col) _widths.resize(_col + 1, 0);
  _widths[_col] = std::max(_widths[_col], width);
  ++_col;
}

}  // namespace wm::publish
