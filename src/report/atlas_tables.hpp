#pragma once
// The tables of the progress-by-district atlas (`worksmap atlas`) as translated text: the county page's table of
// districts with the figures of docs/design.md §4.5 (the atlas: §6.5), and a district's list of overdue works.
#include <string>
#include <vector>

#include "analysis/district_progress.hpp"
#include "analysis/overdue_works.hpp"
#include "core/translation.hpp"

namespace wm::report {

using TextRows = std::vector<std::vector<std::string>>;

/// The column headers, then a row per district of `districts` (in that order, even without works: zeros), then
/// "unassigned" when `table` has works in no district, then the county total. Columns as of a date: district,
/// total, planned, under construction, completed, suspended, overdue, completed km (2 decimals), completed m²
/// (0 decimals), completed parking spaces; over a period: district, completed in the period, completed late and
/// the same three completed amounts. `table` grouped by district and kind.
TextRows districtRows(const analysis::ProgressTable& table, const std::vector<std::string>& districts, core::Lang lang);

/// The column headers, then a row per work in `works`' order: project, kind, planned completion (ISO date),
/// in a period the completion date, and days overdue (as of a date) or days late (in a period).
TextRows overdueRows(const std::vector<analysis::OverdueWork>& works, bool period, core::Lang lang);

}  // namespace wm::report
