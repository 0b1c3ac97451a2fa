#pragma once
// What the Legend panel counts: works by kind and status at a date, and the overdue ones, with the same
// semantics as the map's shader and the reports (analysis::statusAt / overdueAt). Pure: no ImGui.
#include <array>
#include <cstdint>

#include "core/date.hpp"
#include "domain/catalog.hpp"

namespace wm::ui {

struct LegendCounts {
  core::Date asOf;
  std::array<std::array<std::int64_t, domain::kStatusCount>, domain::kKindCount> byKindStatus{};
  std::array<std::int64_t, domain::kKindCount> overdueByKind{};
  std::array<std::int64_t, domain::kKindCount> kindTotals{};
  std::array<std::int64_t, domain::kStatusCount> statusTotals{};
  std::int64_t overdue = 0;
  std::int64_t total = 0;

  std::int64_t count(domain::Kind kind, domain::Status status) const {
    return byKindStatus[static_cast<std::size_t>(kind)][static_cast<std::size_t>(status)];
  }
  bool kindPresent(domain::Kind kind) const { return kindTotals[static_cast<std::size_t>(kind)] > 0; }
};

/// Every project of the catalog counted at t: one pass, no allocation (about 10 ms at a million projects).
LegendCounts legendCounts(const domain::Catalog& catalog, core::Date t);

}  // namespace wm::ui
