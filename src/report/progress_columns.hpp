#pragma once
// The figure columns of a progress report (docs/design.md §4.5) and how their numbers are written, shared by the CSV,
// JSON and Markdown writers so that all three carry the same figures.
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "analysis/district_progress.hpp"
#include "core/translation.hpp"

namespace wm::report {

enum class ColumnUnit : std::uint8_t { Count, Km, M2 };

/// One column after `district,kind`, in the order of the CSV header of docs/design.md §4.6.
struct FigureColumn {
  std::string_view key;  ///< CSV header field and JSON key ("under_construction", "length_km", ...)
  core::Msg header;      ///< Markdown column header
  ColumnUnit unit;
  std::int64_t (*count)(const analysis::ProgressFigures&);  ///< the value, when unit is Count
  double (*measure)(const analysis::ProgressFigures&);      ///< the value, when unit is Km or M2
};

/// total, planned, under_construction, completed, suspended, overdue, length_km, area_m2, spaces,
/// completed_length_km, completed_area_m2, completed_spaces.
std::span<const FigureColumn> figureColumns();

/// The column's header text: in a period report the overdue column holds late completions (docs/design.md §4.5), and
/// says so (ReportColLate).
core::Msg figureHeader(const FigureColumn& column, bool period);

/// Decimals of lengths (km) and areas (m²) in CSV and JSON (docs/design.md §4.6).
inline constexpr int kMeasureDecimals = 3;

/// `value` with exactly `decimals` decimals, '.' as the point, no grouping, never "-0.000".
std::string fixedDecimals(double value, int decimals);
/// `value` rounded to `decimals` decimals exactly as fixedDecimals writes it (for JSON numbers).
double roundedDecimals(double value, int decimals);

}  // namespace wm::report
