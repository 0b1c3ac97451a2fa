#include "publish/xlsx_sheet.hpp"

#include <algorithm>
#include <string>

namespace wm::publish {
namespace {

constexpr double kMaxColumnWidth = 60;

// Code points East Asian Width calls wide or full-width (CJK, kana, Hangul, full-width forms, ㎡ and friends).
bool wide(char32_t cp) {
  return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3) ||
         (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
         (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
}

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

double displayWidth(std::string_view utf8) {
  double width = 0;
  for (std::size_t i = 0; i < utf8.size();) {
    const auto lead = static_cast<unsigned char>(utf8[i]);
    const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    char32_t cp = length == 1 ? lead : lead & (0x3F >> (length - 1));
    for (std::size_t k = 1; k < length && i + k < utf8.size(); ++k)
      cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
    width += wide(cp) ? 2 : 1;
    i += length;
  }
  return width;
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
