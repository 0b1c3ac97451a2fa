#include "report/progress_columns.hpp"

#include <array>
#include <charconv>
#include <cmath>

#include <fmt/format.h>

namespace wm::report {
namespace {

using analysis::ProgressFigures;
using core::Msg;
using domain::Status;

// clang-format off
constexpr std::array kColumns{
  FigureColumn{"total", Msg::ReportColTotal, ColumnUnit::Count,
               [](const ProgressFigures& f) { return f.total; }, nullptr},
  FigureColumn{"planned", Msg::StatusPlanned, ColumnUnit::Count,
               [](const ProgressFigures& f) { return f.count(Status::Planned); }, nullptr},
  FigureColumn{"under_construction", Msg::StatusUnderConstruction, ColumnUnit::Count,
               [](const ProgressFigures& f) { return f.count(Status::UnderConstruction); }, nullptr},
  FigureColumn{"completed", Msg::StatusCompleted, ColumnUnit::Count,
               [](const ProgressFigures& f) { return f.count(Status::Completed); }, nullptr},
  FigureColumn{"suspended", Msg::StatusSuspended, ColumnUnit::Count,
               [](const ProgressFigures& f) { return f.count(Status::Suspended); }, nullptr},
  FigureColumn{"overdue", Msg::ReportColOverdue, ColumnUnit::Count,
               [](const ProgressFigures& f) { return f.overdue; }, nullptr},
  FigureColumn{"length_km", Msg::ReportColLengthKm, ColumnUnit::Km,
               nullptr, [](const ProgressFigures& f) { return f.lengthKm; }},
  FigureColumn{"area_m2", Msg::ReportColAreaM2, ColumnUnit::M2,
               nullptr, [](const ProgressFigures& f) { return f.areaM2; }},
  FigureColumn{"spaces", Msg::ReportColSpaces, ColumnUnit::Count,
               [](const ProgressFigures& f) { return f.spaces; }, nullptr},
  FigureColumn{"completed_length_km", Msg::ReportColCompletedLengthKm, ColumnUnit::Km,
               nullptr, [](const ProgressFigures& f) { return f.completedLengthKm; }},
  FigureColumn{"completed_area_m2", Msg::ReportColCompletedAreaM2, ColumnUnit::M2,
               nullptr, [](const ProgressFigures& f) { return f.completedAreaM2; }},
  FigureColumn{"completed_spaces", Msg::ReportColCompletedSpaces, ColumnUnit::Count,
               [](const ProgressFigures& f) { return f.completedSpaces; }, nullptr},
};
// clang-format on

}  // namespace

core::Msg figureHeader(const FigureColumn& column, bool period) {
  return period && column.header == Msg::ReportColOverdue ? Msg::ReportColLate : column.header;
}

std::span<const FigureColumn> figureColumns() { return kColumns; }

std::string fixedDecimals(double value, int decimals) {
  // Anything that rounds to zero is written as zero: a sum like -1e-12 must not print as "-0.000".
  if (std::abs(value) < 0.5 * std::pow(10.0, -decimals)) value = 0.0;
  return fmt::format("{:.{}f}", value, decimals);
}

double roundedDecimals(double value, int decimals) {
  // Parsing the written text back guarantees JSON and CSV agree to the last digit, halfway cases included.
  const std::string text = fixedDecimals(value, decimals);
  double parsed = 0;
  std::from_chars(text.data(), text.data() + text.size(), parsed);
  return parsed;
}

}  // namespace wm::report
