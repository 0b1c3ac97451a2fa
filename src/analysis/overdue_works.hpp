#pragma once
// The list behind a report's overdue figure (docs/design.md §3.3, §4.5): the works overdue at the as-of date, or the
// works completed late in a period, one entry each, for the Excel report's Overdue works sheet and the atlas.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "analysis/district_progress.hpp"
#include "core/date.hpp"
#include "domain/catalog.hpp"
#include "domain/kind.hpp"

namespace wm::analysis {

struct OverdueWork {
  std::string name;
  domain::Kind kind = domain::Kind::Other;
  std::string district;                 ///< as the report's rows name it: the district's name or "unassigned"
  core::Date planned;                   ///< planned completion
  std::optional<core::Date> completed;  ///< period mode: the (late) completion date; as of a date: none
  std::int32_t daysLate = 0;            ///< as of a date: t - planned; period: completion - planned (both > 0)
};

/// As of a date: every project overdueAt(t), days overdue t - planned; over a period: every project completed
/// within it after its planned date, days late completion - planned. Sorted by days late (most first), then
/// district, then name (bytes). The query's grouping does not matter. Never fails.
std::vector<OverdueWork> overdueWorks(const domain::Catalog& catalog, const ProgressQuery& query);

}  // namespace wm::analysis
