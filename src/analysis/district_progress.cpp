#include "analysis/district_progress.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "analysis/status_at_date.hpp"

namespace wm::analysis {

using domain::Kind;
using domain::Project;
using domain::Status;

namespace {

constexpr std::string_view kUnassigned = "unassigned";
constexpr std::string_view kAllDistricts = "all";
constexpr auto kKinds = static_cast<std::size_t>(domain::kKindCount);

// Row groups. Group 0 holds the projects in no district (or, grouping by kind, every project); groups 1.. are
// one per distinct district name, so a district split over several polygons of one name still gives one row.
struct Groups {
  std::vector<std::uint32_t> ofDistrict;  // district index → group
  std::vector<std::string_view> names;    // group → district name (group 0: unused)
};

Groups makeGroups(const domain::Catalog& catalog, ProgressGrouping grouping) {
  Groups groups;
  groups.ofDistrict.assign(catalog.districts.size(), 0);
  groups.names.emplace_back();
  if (grouping == ProgressGrouping::Kind) return groups;
  std::unordered_map<std::string_view, std::uint32_t> byName;
  for (std::size_t i = 0; i < catalog.districts.size(); ++i) {
    std::string_view name = catalog.districts[i].name;
    auto [it, inserted] = byName.try_emplace(name, static_cast<std::uint32_t>(groups.names.size()));
    if (inserted) groups.names.push_back(name);
    groups.ofDistrict[i] = it->second;
  }
  return groups;
}

std::size_t groupOf(const Groups& groups, const Project& p) {
  // Out-of-range indices can only come from a reader bug; counting them as unassigned keeps totals whole.
  if (p.district < 0 || static_cast<std::size_t>(p.district) >= groups.ofDistrict.size()) return 0;
  return groups.ofDistrict[static_cast<std::size_t>(p.district)];
}

std::size_t kindIndex(Kind kind) {
  auto i = static_cast<std::size_t>(kind);
  return i < kKinds ? i : static_cast<std::size_t>(Kind::Other);
}

void addMeasures(ProgressFigures& f, const Project& p, bool completed) {
  const double km = p.lengthM / 1000.0;
  f.lengthKm += km;
  f.areaM2 += p.areaM2;
  f.spaces += p.spaces;
  if (!completed) return;
  f.completedLengthKm += km;
  f.completedAreaM2 += p.areaM2;
  f.completedSpaces += p.spaces;
}

// One pass into a flat (group × kind) array of cells; `count` adds one project to its cell.
template <typename CountFn>
std::vector<ProgressFigures> accumulate(const domain::Catalog& catalog, const Groups& groups, CountFn count) {
  std::vector<ProgressFigures> cells(groups.names.size() * kKinds);
  for (const Project& p : catalog.projects) count(cells[groupOf(groups, p) * kKinds + kindIndex(p.kind)], p);
  return cells;
}

std::vector<ProgressFigures> countCells(const domain::Catalog& catalog, const Groups& groups,
                                        const ProgressQuery& query) {
  constexpr auto kCompleted = static_cast<std::size_t>(Status::Completed);
  if (query.mode == ProgressQuery::Mode::AsOf) {
    const core::Date t = query.asOf;
    return accumulate(catalog, groups, [t](ProgressFigures& f, const Project& p) {
      const Status s = statusAt(p, t);
      ++f.total;
      ++f.byStatus[static_cast<std::size_t>(s)];
      if (overdueAt(p, t)) ++f.overdue;
      addMeasures(f, p, s == Status::Completed);
    });
  }
  // A period counts only its completions; docs/design.md §4.5 puts their late ones in the overdue column.
  return accumulate(catalog, groups, [&query](ProgressFigures& f, const Project& p) {
    if (!completedWithin(p, query.from, query.to)) return;
    ++f.total;
    ++f.byStatus[kCompleted];
    if (lateAt(p, query.to)) ++f.overdue;  // completed by `to`, so lateAt is exactly done > planDone
    addMeasures(f, p, true);
  });
}

std::vector<ProgressRow> makeRows(const Groups& groups, const std::vector<ProgressFigures>& cells,
                                  ProgressGrouping grouping) {
  std::vector<ProgressRow> rows;
  for (std::size_t g = 0; g < groups.names.size(); ++g) {
    for (std::size_t k = 0; k < kKinds; ++k) {
      const ProgressFigures& f = cells[g * kKinds + k];
      if (f.total == 0) continue;
      ProgressRow row;
      if (grouping == ProgressGrouping::Kind) {
        row.group = DistrictGroup::AllDistricts;
        row.district = kAllDistricts;
      } else if (g == 0) {
        row.group = DistrictGroup::Unassigned;
        row.district = kUnassigned;
      } else {
        row.district = groups.names[g];
      }
      row.kind = static_cast<Kind>(k);
      row.figures = f;
      rows.push_back(std::move(row));
    }
  }
  // std::string compares as unsigned bytes, so Chinese names sort by their UTF-8 bytes as docs/design.md §4.5 asks.
  std::sort(rows.begin(), rows.end(), [](const ProgressRow& a, const ProgressRow& b) {
    if (a.district != b.district) return a.district < b.district;
    if (a.kind != b.kind) return domain::kindCode(a.kind) < domain::kindCode(b.kind);
    return a.group < b.group;  // a district literally named "unassigned" before the unassigned row
  });
  return rows;
}

}  // namespace

ProgressQuery asOfQuery(core::Date t, ProgressGrouping grouping) {
  ProgressQuery q;
  q.mode = ProgressQuery::Mode::AsOf;
  q.asOf = t;
  q.grouping = grouping;
  return q;
}

ProgressQuery periodQuery(core::Date from, core::Date to, ProgressGrouping grouping) {
  ProgressQuery q;
  q.mode = ProgressQuery::Mode::Period;
  q.from = from;
  q.to = to;
  q.grouping = grouping;
  return q;
}

std::optional<ProgressQuery> yearQuery(int year, ProgressGrouping grouping) {
  // Four-digit years only: dates print as YYYY-MM-DD, and Date::fromYmd wraps years beyond ±32767.
  if (year < 1 || year > 9999) return std::nullopt;
  auto first = core::Date::fromYmd(year, 1, 1);
  auto last = core::Date::fromYmd(year, 12, 31);
  if (!first || !last) return std::nullopt;
  return periodQuery(*first, *last, grouping);
}

ProgressFigures& ProgressFigures::operator+=(const ProgressFigures& other) {
  total += other.total;
  for (std::size_t i = 0; i < byStatus.size(); ++i) byStatus[i] += other.byStatus[i];
  overdue += other.overdue;
  lengthKm += other.lengthKm;
  areaM2 += other.areaM2;
  spaces += other.spaces;
  completedLengthKm += other.completedLengthKm;
  completedAreaM2 += other.completedAreaM2;
  completedSpaces += other.completedSpaces;
  return *this;
}

BureauSummary summarize(const std::array<ProgressFigures, domain::kKindCount>& kindTotals) {
  auto of = [&kindTotals](Kind k) -> const ProgressFigures& { return kindTotals[static_cast<std::size_t>(k)]; };
  BureauSummary s;
  s.roads = of(Kind::Road).count(Status::Completed);
  s.roadKm = of(Kind::Road).completedLengthKm;
  s.parks = of(Kind::Park).count(Status::Completed);
  s.parkAreaM2 = of(Kind::Park).completedAreaM2;
  s.carParks = of(Kind::Parking).count(Status::Completed);
  s.parkingSpaces = of(Kind::Parking).completedSpaces;
  s.sewerKm = of(Kind::Sewer).completedLengthKm;
  return s;
}

namespace {

ProgressTable tableOf(const Groups& groups, const std::vector<ProgressFigures>& cells, const ProgressQuery& query,
                      bool planarMeasures) {
  ProgressTable table;
  table.query = query;
  table.rows = makeRows(groups, cells, query.grouping);
  for (std::size_t g = 0; g < groups.names.size(); ++g)
    for (std::size_t k = 0; k < kKinds; ++k) table.kindTotals[k] += cells[g * kKinds + k];
  for (const ProgressFigures& f : table.kindTotals) table.total += f;
  table.summary = summarize(table.kindTotals);
  table.planarMeasures = planarMeasures;
  return table;
}

// Group 0 for works in no district (or every group, grouping by kind), then one per distinct district name.
Groups groupsOfNames(const std::vector<domain::WorksGroup>& counted, ProgressGrouping grouping,
                     std::vector<std::uint32_t>& groupOfEach) {
  Groups groups;
  groups.names.emplace_back();
  std::unordered_map<std::string_view, std::uint32_t> byName;
  groupOfEach.assign(counted.size(), 0);
  for (std::size_t i = 0; i < counted.size(); ++i) {
    if (grouping == ProgressGrouping::Kind || !counted[i].district) continue;
    std::string_view name = *counted[i].district;
    auto [it, inserted] = byName.try_emplace(name, static_cast<std::uint32_t>(groups.names.size()));
    if (inserted) groups.names.push_back(name);
    groupOfEach[i] = it->second;
  }
  return groups;
}

}  // namespace

ProgressTable computeProgress(const domain::Catalog& catalog, const ProgressQuery& query) {
  const Groups groups = makeGroups(catalog, query.grouping);
  return tableOf(groups, countCells(catalog, groups, query), query, catalog.workingCrs.planar());
}

ProgressTable progressFromGroups(const std::vector<domain::WorksGroup>& counted, const ProgressQuery& query,
                                 bool planarMeasures) {
  std::vector<std::uint32_t> groupOfEach;
  const Groups groups = groupsOfNames(counted, query.grouping, groupOfEach);
  std::vector<ProgressFigures> cells(groups.names.size() * kKinds);
  for (std::size_t i = 0; i < counted.size(); ++i) {
    const domain::WorksGroup& w = counted[i];
    ProgressFigures& f = cells[groupOfEach[i] * kKinds + kindIndex(w.kind)];
    const bool completed = w.status == Status::Completed;
    f.total += w.count;
    f.byStatus[static_cast<std::size_t>(w.status)] += w.count;
    if (w.overdue) f.overdue += w.count;
    f.lengthKm += w.lengthKm;
    f.areaM2 += w.areaM2;
    f.spaces += w.spaces;
    if (!completed) continue;
    f.completedLengthKm += w.lengthKm;
    f.completedAreaM2 += w.areaM2;
    f.completedSpaces += w.spaces;
  }
  return tableOf(groups, cells, query, planarMeasures);
}

}  // namespace wm::analysis
