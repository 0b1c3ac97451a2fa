#include "analysis/overdue_works.hpp"

#include <algorithm>
#include <tuple>

#include "analysis/status_at_date.hpp"

namespace wm::analysis {
namespace {

std::string districtOf(const domain::Catalog& catalog, const domain::Project& p) {
  if (p.district < 0 || static_cast<std::size_t>(p.district) >= catalog.districts.size()) return "unassigned";
  return catalog.districts[static_cast<std::size_t>(p.district)].name;
}

// When the project belongs on the list: the day its lateness is counted to (t, or its completion date).
std::optional<core::Date> lateUntil(const domain::Project& p, const ProgressQuery& query) {
  if (!p.planDone) return std::nullopt;
  if (query.mode == ProgressQuery::Mode::AsOf) {
    if (overdueAt(p, query.asOf)) return query.asOf;
    return std::nullopt;
  }
  if (completedWithin(p, query.from, query.to) && p.done && *p.done > *p.planDone) return p.done;
  return std::nullopt;
}

}  // namespace

std::vector<OverdueWork> overdueWorks(const domain::Catalog& catalog, const ProgressQuery& query) {
  std::vector<OverdueWork> works;
  for (const domain::Project& p : catalog.projects) {
    std::optional<core::Date> until = lateUntil(p, query);
    if (!until) continue;
    OverdueWork w{p.name,      p.kind,       districtOf(catalog, p),
                  *p.planDone, std::nullopt, until->days() - p.planDone->days()};
    if (query.mode == ProgressQuery::Mode::Period) w.completed = p.done;
    works.push_back(std::move(w));
  }
  std::sort(works.begin(), works.end(), [](const OverdueWork& a, const OverdueWork& b) {
    return std::tie(b.daysLate, a.district, a.name) < std::tie(a.daysLate, b.district, b.name);
  });
  return works;
}

}  // namespace wm::analysis
