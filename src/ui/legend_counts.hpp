#pragma once
// What the Legend panel counts: works by kind and status at a date, and the overdue ones, with the same
// semantics as the map's shader and the reports (analysis::statusAt / overdueAt); in period mode the works
// completed in the period and the late ones among them, as a period report counts them (docs/design.md §4.5). Pure: no
// ImGui.
#include <array>
#include <cstdint>

#include "core/date.hpp"
#include "domain/catalog.hpp"
#include "ui/view_state.hpp"

namespace wm::ui {

struct LegendCounts {
  core::Date asOf;
  bool period = false;  ///< counted over [from, to] instead of at asOf
  core::Date from, to;  ///< the period (period only)
  std::array<std::array<std::int64_t, domain::kStatusCount>, domain::kKindCount> byKindStatus{};
  std::array<std::int64_t, domain::kKindCount> overdueByKind{};  ///< in a period: completed late
  std::array<std::int64_t, domain::kKindCount> kindTotals{};
  std::array<std::int64_t, domain::kStatusCount> statusTotals{};
  std::int64_t overdue = 0;  ///< in a period: completed late
  std::int64_t total = 0;    ///< in a period: the works completed in it

  std::int64_t count(domain::Kind kind, domain::Status status) const {
    return byKindStatus[static_cast<std::size_t>(kind)][static_cast<std::size_t>(status)];
  }
  bool kindPresent(domain::Kind kind) const { return kindTotals[static_cast<std::size_t>(kind)] > 0; }
};

/// Every project of the catalog counted at t: one pass, no allocation (about 10 ms at a million projects).
LegendCounts legendCounts(const domain::Catalog& catalog, core::Date t);
/// The projects completed within [from, to] (both inclusive, analysis::completedWithin), each counted as
/// completed; overdue counts those completed after their planned completion (analysis::lateAt). One pass.
LegendCounts legendCountsInPeriod(const domain::Catalog& catalog, core::Date from, core::Date to);
/// The counts for what the state shows: over its period in period mode, else at its as-of date.
LegendCounts legendCountsFor(const domain::Catalog& catalog, const ViewState& state);
/// Whether `counts` were made for what the state shows now (the same mode and dates).
bool countsMatch(const LegendCounts& counts, const ViewState& state);

}  // namespace wm::ui
