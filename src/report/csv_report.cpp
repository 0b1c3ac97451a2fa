// The CSV writer of docs/design.md §4.6 (declared in report_writer.hpp).
#include <string>
#include <string_view>

#include "domain/kind.hpp"
#include "report/progress_columns.hpp"
#include "report/report_writer.hpp"

namespace wm::report {
namespace {

void appendField(std::string& out, std::string_view field) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
    out += field;
    return;
  }
  out += '"';
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

void appendFigures(std::string& out, const analysis::ProgressFigures& figures) {
  for (const FigureColumn& column : figureColumns()) {
    out += ',';
    if (column.unit == ColumnUnit::Count)
      out += std::to_string(column.count(figures));
    else
      out += fixedDecimals(column.measure(figures), kMeasureDecimals);
  }
}

}  // namespace

std::string writeCsv(const analysis::ProgressTable& table) {
  std::string out = "district,kind";
  for (const FigureColumn& column : figureColumns()) {
    out += ',';
    out += column.key;
  }
  out += '\n';
  for (const analysis::ProgressRow& row : table.rows) {
    appendField(out, row.district);
    out += ',';
    out += domain::kindCode(row.kind);
    appendFigures(out, row.figures);
    out += '\n';
  }
  return out;
}

}  // namespace wm::report
