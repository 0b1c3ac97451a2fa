#pragma once
// The roll-up of docs/design.md §4.5: works counted by district and kind, as of a date or over a completion period.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "domain/catalog.hpp"
#include "domain/kind.hpp"
#include "domain/works_group.hpp"

namespace wm::analysis {

/// How rows are grouped: one row per (district, kind) pair, or one per kind for the whole county.
enum class ProgressGrouping : std::uint8_t { DistrictAndKind, Kind };

/// What a report counts: every project's status as of a date, or the projects completed in a period.
struct ProgressQuery {
  enum class Mode : std::uint8_t { AsOf, Period };
  Mode mode = Mode::AsOf;
  core::Date asOf;  ///< AsOf: the date t of docs/design.md §3.1
  core::Date from;  ///< Period: first day, inclusive
  core::Date to;    ///< Period: last day, inclusive (a period with from > to counts nothing)
  ProgressGrouping grouping = ProgressGrouping::DistrictAndKind;
  bool operator==(const ProgressQuery&) const = default;
};

/// Status of every project as of t.
ProgressQuery asOfQuery(core::Date t, ProgressGrouping grouping = ProgressGrouping::DistrictAndKind);
/// Projects completed within [from, to], both days included.
ProgressQuery periodQuery(core::Date from, core::Date to,
                          ProgressGrouping grouping = ProgressGrouping::DistrictAndKind);
/// `--year Y`: the period Y-01-01..Y-12-31; nothing unless 1 <= Y <= 9999.
std::optional<ProgressQuery> yearQuery(int year, ProgressGrouping grouping = ProgressGrouping::DistrictAndKind);

/// The figures of one row (or of a total). Counts are projects; lengths in km, areas in m², unrounded.
struct ProgressFigures {
  std::int64_t total = 0;
  std::array<std::int64_t, domain::kStatusCount> byStatus{};  ///< indexed by domain::Status
  std::int64_t overdue = 0;  ///< as-of: overdue at t; period: completed after the planned date (late)
  double lengthKm = 0;       ///< over all the counted projects
  double areaM2 = 0;
  std::int64_t spaces = 0;
  double completedLengthKm = 0;  ///< over the counted projects completed (at t, or in the period)
  double completedAreaM2 = 0;
  std::int64_t completedSpaces = 0;

  std::int64_t count(domain::Status s) const { return byStatus[static_cast<std::size_t>(s)]; }
  ProgressFigures& operator+=(const ProgressFigures& other);
};

/// Which district a row stands for; the CSV spells Unassigned "unassigned" and AllDistricts "all".
enum class DistrictGroup : std::uint8_t { Named, Unassigned, AllDistricts };

struct ProgressRow {
  std::string district;  ///< the district's name, "unassigned" or "all" (see group)
  DistrictGroup group = DistrictGroup::Named;
  domain::Kind kind = domain::Kind::Other;
  ProgressFigures figures;
};

/// The blanks of the bureau's year-end sentence ("新建改造城市道路 N 条（X 公里），新增城市休闲绿地 A ㎡，
/// 新增城区停车位 S 个，完成城区污水管网 K 公里"), over the projects completed at t (as-of: cumulative) or in
/// the period. Lengths in km, areas in m², unrounded.
struct BureauSummary {
  std::int64_t roads = 0;
  double roadKm = 0;
  double parkAreaM2 = 0;
  std::int64_t parks = 0;
  std::int64_t parkingSpaces = 0;
  std::int64_t carParks = 0;
  double sewerKm = 0;
};

struct ProgressTable {
  ProgressQuery query;
  /// Rows with total > 0, sorted by district name then kind code, both byte-wise.
  std::vector<ProgressRow> rows;
  std::array<ProgressFigures, domain::kKindCount> kindTotals{};  ///< county totals, indexed by domain::Kind
  ProgressFigures total;                                         ///< all kinds, all districts
  BureauSummary summary;
  /// The lengths and areas were measured in the data's own plane (no CRS places it on the earth) rather than
  /// on the ellipsoid; the writers say so.
  bool planarMeasures = false;
};

/// The district × kind roll-up of docs/design.md §4.5, using statusAt/overdueAt/completedWithin (§3).
/// Districts with the same name form one row; a project whose district index is kNoDistrict (or out of range)
/// goes to "unassigned". One pass over the projects without per-project allocation. Never fails.
ProgressTable computeProgress(const domain::Catalog& catalog, const ProgressQuery& query);

/// The same table from works already counted in groups (a PostGIS roll-up, io/server_rollup.hpp): rows,
/// totals, order and "unassigned" exactly as computeProgress makes them from the projects those groups count.
/// `planarMeasures`: the measures are planar (ProgressTable::planarMeasures). Never fails.
ProgressTable progressFromGroups(const std::vector<domain::WorksGroup>& groups, const ProgressQuery& query,
                                 bool planarMeasures);

/// BureauSummary read off county totals per kind (the completed_* figures of road, park, parking, sewer).
BureauSummary summarize(const std::array<ProgressFigures, domain::kKindCount>& kindTotals);

}  // namespace wm::analysis
