// The Markdown writer (declared in report_writer.hpp): the report as a county official reads it.
#include <string>
#include <string_view>
#include <vector>

#include "domain/kind.hpp"
#include "report/progress_columns.hpp"
#include "report/report_writer.hpp"

namespace wm::report {
namespace {

using analysis::ProgressFigures;
using analysis::ProgressTable;
using core::Lang;
using core::Msg;

// Square metres read better to one decimal in a briefing; CSV and JSON keep kMeasureDecimals.
constexpr int kMarkdownAreaDecimals = 1;

using Cells = std::vector<std::string>;

// Names come from the data; a '|' or line break would split the table row.
std::string escapeCell(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '|')
      out += "\\|";
    else if (c == '\n' || c == '\r')
      out += ' ';
    else
      out += c;
  }
  return out;
}

std::string measureText(ColumnUnit unit, double value) {
  return fixedDecimals(value, unit == ColumnUnit::M2 ? kMarkdownAreaDecimals : kMeasureDecimals);
}

Cells figureHeaders(Lang lang, bool period) {
  Cells cells;
  for (const FigureColumn& column : figureColumns()) cells.emplace_back(core::text(figureHeader(column, period), lang));
  return cells;
}

void appendFigureCells(Cells& cells, const ProgressFigures& figures) {
  for (const FigureColumn& column : figureColumns())
    cells.push_back(column.unit == ColumnUnit::Count ? std::to_string(column.count(figures))
                                                     : measureText(column.unit, column.measure(figures)));
}

// A pipe table; the first `labelColumns` columns are text (left-aligned), the rest numbers (right-aligned).
void appendTable(std::string& out, const Cells& header, const std::vector<Cells>& rows, std::size_t labelColumns) {
  auto appendLine = [&out](const Cells& cells) {
    out += '|';
    for (const std::string& cell : cells) out += ' ' + cell + " |";
    out += '\n';
  };
  appendLine(header);
  out += '|';
  for (std::size_t i = 0; i < header.size(); ++i) out += i < labelColumns ? " --- |" : " ---: |";
  out += '\n';
  for (const Cells& row : rows) appendLine(row);
}

// County totals in the kinds' natural order (roads, parks, parking, sewers, ...), then the overall line.
void appendCountyTotals(std::string& out, const ProgressTable& table, Lang lang) {
  const bool period = table.query.mode == analysis::ProgressQuery::Mode::Period;
  Cells header{std::string(core::text(Msg::ReportColKind, lang))};
  for (std::string& cell : figureHeaders(lang, period)) header.push_back(std::move(cell));
  std::vector<Cells> rows;
  for (int k = 0; k < domain::kKindCount; ++k) {
    const ProgressFigures& figures = table.kindTotals[static_cast<std::size_t>(k)];
    if (figures.total == 0) continue;
    Cells row{std::string(core::text(domain::kindMsg(static_cast<domain::Kind>(k)), lang))};
    appendFigureCells(row, figures);
    rows.push_back(std::move(row));
  }
  Cells overall{"**" + std::string(core::text(Msg::ReportColTotal, lang)) + "**"};
  appendFigureCells(overall, table.total);
  rows.push_back(std::move(overall));
  appendTable(out, header, rows, 1);
}

std::string districtLabel(const analysis::ProgressRow& row, Lang lang) { return escapeCell(districtName(row, lang)); }

void appendDistrictTable(std::string& out, const ProgressTable& table, Lang lang) {
  const bool period = table.query.mode == analysis::ProgressQuery::Mode::Period;
  Cells header{std::string(core::text(Msg::ReportColDistrict, lang)),
               std::string(core::text(Msg::ReportColKind, lang))};
  for (std::string& cell : figureHeaders(lang, period)) header.push_back(std::move(cell));
  std::vector<Cells> rows;
  for (const analysis::ProgressRow& row : table.rows) {
    Cells cells{districtLabel(row, lang), std::string(core::text(domain::kindMsg(row.kind), lang))};
    appendFigureCells(cells, row.figures);
    rows.push_back(std::move(cells));
  }
  appendTable(out, header, rows, 2);
}

}  // namespace

std::string districtName(const analysis::ProgressRow& row, Lang lang) {
  switch (row.group) {
    case analysis::DistrictGroup::Unassigned:
      return std::string(core::text(Msg::ReportUnassigned, lang));
    case analysis::DistrictGroup::AllDistricts:
      return std::string(core::text(Msg::ReportAllDistricts, lang));
    case analysis::DistrictGroup::Named:
      break;
  }
  return row.district;
}

std::string reportTitle(const ProgressTable& table, Lang lang) {
  if (table.query.mode == analysis::ProgressQuery::Mode::AsOf)
    return core::tr(lang, Msg::ReportTitleAsOf, table.query.asOf.iso());
  return core::tr(lang, Msg::ReportTitlePeriod, table.query.from.iso(), table.query.to.iso());
}

std::string summarySentence(const analysis::BureauSummary& s, Lang lang) {
  return core::tr(lang, Msg::ReportSummarySentence, s.roads, fixedDecimals(s.roadKm, kMeasureDecimals),
                  fixedDecimals(s.parkAreaM2, kMarkdownAreaDecimals), s.parks, s.parkingSpaces, s.carParks,
                  fixedDecimals(s.sewerKm, kMeasureDecimals));
}

std::string writeMarkdown(const ProgressTable& table, Lang lang, std::string_view dataNote) {
  std::string out = "# " + reportTitle(table, lang) + "\n\n";
  if (!dataNote.empty()) out += escapeCell(core::tr(lang, Msg::ReportFictionalNote, dataNote)) + "\n\n";
  if (table.planarMeasures) out += std::string(core::text(Msg::ReportPlanarMeasures, lang)) + "\n\n";
  out += "## " + std::string(core::text(Msg::ReportSummaryHeading, lang)) + "\n\n";
  out += summarySentence(table.summary, lang) + "\n\n";
  out += "## " + std::string(core::text(Msg::ReportCountyTotal, lang)) + "\n\n";
  appendCountyTotals(out, table, lang);
  if (table.query.grouping == analysis::ProgressGrouping::DistrictAndKind) {
    out += "\n## " + std::string(core::text(Msg::ReportByDistrict, lang)) + "\n\n";
    appendDistrictTable(out, table, lang);
  }
  return out;
}

}  // namespace wm::report
