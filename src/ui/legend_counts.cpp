#include "ui/legend_counts.hpp"

#include "analysis/status_at_date.hpp"

namespace wm::ui {

LegendCounts legendCounts(const domain::Catalog& catalog, core::Date t) {
  LegendCounts c;
  c.asOf = t;
  for (const domain::Project& p : catalog.projects) {
    auto kind = static_cast<std::size_t>(p.kind);
    auto status = static_cast<std::size_t>(analysis::statusAt(p, t));
    ++c.byKindStatus[kind][status];
    ++c.kindTotals[kind];
    ++c.statusTotals[status];
    if (analysis::overdueAt(p, t)) {
      ++c.overdueByKind[kind];
      ++c.overdue;
    }
  }
  c.total = static_cast<std::int64_t>(catalog.projects.size());
  return c;
}

}  // namespace wm::ui
