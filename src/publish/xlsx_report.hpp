#pragma once
// The progress report as an Excel workbook (`report --format xlsx`, District progress's Save as Excel): a sheet
// by district (the CSV's rows, names and kinds translated, then a county total row), a sheet by kind (the
// county's totals per kind, then the total), a sheet of the overdue works (or, over a period, the late
// completions) and an About sheet (title, source, the bureau's sentence). Headers in the UI language with units,
// figures as numbers (km and m² rounded to the CSV's 3 decimals), dates as Excel dates, the header row frozen.
#include <filesystem>
#include <optional>
#include <string_view>
#include <vector>

#include "analysis/district_progress.hpp"
#include "analysis/overdue_works.hpp"
#include "core/result.hpp"
#include "core/translation.hpp"

namespace wm::publish {

/// What the workbook holds. `table` grouped by district and kind (its kind totals fill the by-kind sheet).
struct ExcelReport {
  const analysis::ProgressTable& table;
  const std::vector<analysis::OverdueWork>& overdue;
  std::string_view source;  ///< the data's title or note for the About sheet; empty: no Source line
};

/// Writes the workbook to `path` through "<path>.tmp" in the same folder and a rename, so a failure never leaves
/// half a workbook (nor the temporary) and an existing file stays as it was. Nothing on success; otherwise why
/// ("cannot write PATH: REASON"). `lang` is the workbook's language. Not thread-safe with itself on the same path.
std::optional<core::Error> writeXlsx(const std::filesystem::path& path, const ExcelReport& report, core::Lang lang);

}  // namespace wm::publish
