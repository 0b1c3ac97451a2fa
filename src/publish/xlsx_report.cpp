#include "publish/xlsx_report.hpp"

#include <cerrno>
#include <fstream>
#include <string>

#include "domain/kind.hpp"
#include "publish/xlsx_sheet.hpp"
#include "report/progress_columns.hpp"
#include "report/report_writer.hpp"

namespace wm::publish {
namespace {

using analysis::ProgressFigures;
using analysis::ProgressQuery;
using core::Lang;
using core::Msg;

bool isPeriod(const analysis::ProgressTable& table) { return table.query.mode == ProgressQuery::Mode::Period; }

std::vector<std::string_view> figureHeaders(std::vector<std::string_view> labels, bool period, Lang lang) {
  for (const report::FigureColumn& column : report::figureColumns())
    labels.push_back(core::text(report::figureHeader(column, period), lang));
  return labels;
}

// The row's figures after its label cells; km and m² rounded as the CSV writes them, so the cells equal its text.
void writeFigures(SheetWriter& sheet, const SheetFormats& formats, const ProgressFigures& figures) {
  for (const report::FigureColumn& column : report::figureColumns()) {
    if (column.unit == report::ColumnUnit::Count) {
      const std::int64_t value = column.count(figures);
      sheet.number(static_cast<double>(value), formats.count, std::to_string(value).size());
      continue;
    }
    const double value = report::roundedDecimals(column.measure(figures), report::kMeasureDecimals);
    const std::size_t shown = report::fixedDecimals(value, report::kMeasureDecimals).size();
    sheet.number(value, column.unit == report::ColumnUnit::Km ? formats.km : formats.m2,
                 column.unit == report::ColumnUnit::M2 ? shown + shown / 4 : shown);
  }
  sheet.nextRow();
}

void districtSheet(lxw_workbook* book, const SheetFormats& formats, const analysis::ProgressTable& table, Lang lang) {
  SheetWriter sheet(book, core::text(Msg::XlsxSheetDistricts, lang), formats);
  sheet.header(figureHeaders({core::text(Msg::ReportColDistrict, lang), core::text(Msg::ReportColKind, lang)},
                             isPeriod(table), lang));
  for (const analysis::ProgressRow& row : table.rows) {
    sheet.text(report::districtName(row, lang));
    sheet.text(core::text(domain::kindMsg(row.kind), lang));
    writeFigures(sheet, formats, row.figures);
  }
  sheet.text(core::text(Msg::ReportCountyTotal, lang), formats.bold);
  sheet.text(core::text(Msg::UiAllKinds, lang), formats.bold);
  writeFigures(sheet, formats, table.total);
  sheet.finish();
}

void kindSheet(lxw_workbook* book, const SheetFormats& formats, const analysis::ProgressTable& table, Lang lang) {
  SheetWriter sheet(book, core::text(Msg::XlsxSheetKinds, lang), formats);
  sheet.header(figureHeaders({core::text(Msg::ReportColKind, lang)}, isPeriod(table), lang));
  for (int k = 0; k < domain::kKindCount; ++k) {
    const ProgressFigures& figures = table.kindTotals[static_cast<std::size_t>(k)];
    if (figures.total == 0) continue;
    sheet.text(core::text(domain::kindMsg(static_cast<domain::Kind>(k)), lang));
    writeFigures(sheet, formats, figures);
  }
  sheet.text(core::text(Msg::ReportColTotal, lang), formats.bold);
  writeFigures(sheet, formats, table.total);
  sheet.finish();
}

void overdueSheet(lxw_workbook* book, const SheetFormats& formats, const ExcelReport& report, Lang lang) {
  const bool period = isPeriod(report.table);
  SheetWriter sheet(book, core::text(Msg::XlsxSheetOverdue, lang), formats);
  std::vector<std::string_view> header{core::text(Msg::XlsxColProject, lang), core::text(Msg::ReportColKind, lang),
                                       core::text(Msg::ReportColDistrict, lang), core::text(Msg::XlsxColPlanned, lang)};
  if (period) header.push_back(core::text(Msg::XlsxColCompletedOn, lang));
  header.push_back(core::text(period ? Msg::XlsxColDaysLate : Msg::XlsxColDaysOverdue, lang));
  sheet.header(header);
  for (const analysis::OverdueWork& work : report.overdue) {
    sheet.text(work.name);
    sheet.text(core::text(domain::kindMsg(work.kind), lang));
    sheet.text(work.district == "unassigned" ? std::string(core::text(Msg::ReportUnassigned, lang)) : work.district);
    sheet.date(work.planned);
    if (period && work.completed) sheet.date(*work.completed);
    sheet.number(work.daysLate, formats.count, std::to_string(work.daysLate).size());
    sheet.nextRow();
  }
  sheet.finish();
}

void aboutSheet(lxw_workbook* book, const SheetFormats& formats, const ExcelReport& report, Lang lang) {
  SheetWriter sheet(book, core::text(Msg::XlsxSheetAbout, lang), formats);
  auto line = [&](Msg label, const std::string& value) {
    sheet.text(core::text(label, lang), formats.bold);
    sheet.text(value);
    sheet.nextRow();
  };
  line(Msg::XlsxAboutReport, report::reportTitle(report.table, lang));
  if (!report.source.empty()) line(Msg::XlsxAboutSource, std::string(report.source));
  line(Msg::ReportSummaryHeading, report::summarySentence(report.table.summary, lang));
  sheet.finish();
}

core::Error cannotWrite(const std::filesystem::path& path, std::string reason) {
  return core::Error{Msg::CliCannotWrite, {path.string(), std::move(reason)}};
}

}  // namespace

std::optional<core::Error> writeXlsx(const std::filesystem::path& path, const ExcelReport& report, Lang lang) {
  std::filesystem::path temporary = path;
  temporary += ".tmp";
  {
    // libxlsxwriter only says "error creating output xlsx file"; opening it first gives the system's reason.
    std::ofstream probe(temporary, std::ios::binary | std::ios::trunc);
    if (!probe) return cannotWrite(path, core::systemReasonArg(std::error_code(errno, std::generic_category())));
  }
  lxw_workbook* book = workbook_new(temporary.c_str());
  std::error_code ec;
  if (!book) {
    std::filesystem::remove(temporary, ec);
    return cannotWrite(path, core::msgArg(Msg::OutOfMemory));
  }
  const SheetFormats formats = SheetFormats::make(book);
  districtSheet(book, formats, report.table, lang);
  kindSheet(book, formats, report.table, lang);
  overdueSheet(book, formats, report, lang);
  aboutSheet(book, formats, report, lang);
  if (lxw_error error = workbook_close(book); error != LXW_NO_ERROR) {
    std::filesystem::remove(temporary, ec);
    return cannotWrite(path, core::libraryReasonArg("libxlsxwriter", lxw_strerror(error)));
  }
  std::filesystem::rename(temporary, path, ec);
  if (ec) {
    std::string reason = core::systemReasonArg(ec);
    std::filesystem::remove(temporary, ec);
    return cannotWrite(path, std::move(reason));
  }
  return std::nullopt;
}

}  // namespace wm::publish
