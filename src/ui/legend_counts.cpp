#include "ui/legend_counts.hpp"

#include "analysis/status_at_date.hpp"

namespace wm::ui {
namespace {

void add(LegendCounts& c, domain::Kind kind, domain::Status status, bool overdue) {
  const auto k = static_cast<std::size_t>(kind), s = static_cast<std::size_t>(status);
  ++c.byKindStatus[k][s];
  ++c.kindTotals[k];
  ++c.statusTotals[s];
  ++c.total;
  if (overdue) {
    ++c.overdueByKind[k];
    ++c.overdue;
  }
}

}  // namespace

LegendCounts legendCounts(const domain::Catalog& catalog, core::Date t) {
  LegendCounts c;
  c.asOf = t;
  for (const domain::Project& p : catalog.projects) add(c, p.kind, analysis::statusAt(p, t), analysis::overdueAt(p, t));
  return c;
}

LegendCounts legendCountsInPeriod(const domain::Catalog& catalog, core::Date from, core::Date to) {
  LegendCounts c{.asOf = to, .period = true, .from = from, .to = to};
  for (const domain::Project& p : catalog.projects)
    if (analysis::completedWithin(p, from, to)) add(c, p.kind, domain::Status::Completed, analysis::lateAt(p, to));
  return c;
}

LegendCounts legendCountsFor(const domain::Catalog& catalog, const ViewState& state) {
  return state.periodMode ? legendCountsInPeriod(catalog, state.periodFrom, state.periodTo)
                          : legendCounts(catalog, state.asOf);
}

bool countsMatch(const LegendCounts& counts, const ViewState& state) {
  if (counts.period != state.periodMode) return false;
  return state.periodMode ? counts.from == state.periodFrom && counts.to == state.periodTo : counts.asOf == state.asOf;
}

}  // namespace wm::ui
