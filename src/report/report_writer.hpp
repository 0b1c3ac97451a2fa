#pragma once
// Writers of a progress table (docs/design.md §4.6): CSV, Markdown and JSON, as UTF-8 text without BOM, '\n' line ends.
#include <string>
#include <string_view>

#include "analysis/district_progress.hpp"
#include "core/translation.hpp"
#include "report/report_format.hpp"

namespace wm::report {

/// The table in `format` (Xlsx, which is no text, gives Markdown). `lang` and `dataNote` only affect Markdown
/// (CSV and JSON are language-neutral).
std::string writeReport(const analysis::ProgressTable& table, Format format, core::Lang lang,
                        std::string_view dataNote = {});

/// The CSV of docs/design.md §4.6: the header `district,kind,total,...,completed_spaces`, then one line per row in the
/// table's order. Counts as integers, km and m² with exactly 3 decimals, fields quoted (RFC 4180) only when they hold
/// a comma, quote or line break.
std::string writeCsv(const analysis::ProgressTable& table);

/// A Markdown document in `lang`: title (as-of date or period), the optional data note ("Data: ..."), a line
/// saying lengths and areas are planar when they are (ProgressTable::planarMeasures), the bureau's summary sentence,
/// county totals by kind with an overall line, then the district × kind table (left out when grouping by kind, where it
/// would repeat the county totals). Lengths with 3 decimals (km), areas with 1 (m²); kind, status and column names
/// translated, "unassigned" too.
std::string writeMarkdown(const analysis::ProgressTable& table, core::Lang lang, std::string_view dataNote = {});

/// `{"query":{...},"rows":[...],"totals":{kind code:{...}},"total":{...}}` with the CSV's keys, counts as
/// integers and km/m² rounded to 3 decimals; "totals" lists only kinds with projects; `"measures":"planar"`
/// is added when the lengths and areas are planar (absent: geodesic). Invalid UTF-8 in names
/// is replaced (U+FFFD) rather than failing.
std::string writeJson(const analysis::ProgressTable& table);

/// A row's district as the Markdown and Excel reports show it: its name, or "unassigned"/"all districts"
/// translated.
std::string districtName(const analysis::ProgressRow& row, core::Lang lang);
/// The report's title in `lang`: "Progress as of 2024-06-30" or the period's.
std::string reportTitle(const analysis::ProgressTable& table, core::Lang lang);
/// The bureau's year-end sentence in `lang`, km with 3 decimals and m² with 1.
std::string summarySentence(const analysis::BureauSummary& summary, core::Lang lang);

}  // namespace wm::report
