#pragma once
// District progress's kind rows written as the report's CSV rows (district,kind, then the twelve figures with
// the report's decimals), so a test can compare them with `report --format csv` line for line.
#include <string>
#include <vector>

#include <fmt/format.h>

#include "ui/district_rows.hpp"

namespace wm::test {

inline std::string kindLinesAsCsv(const std::vector<ui::DistrictRow>& rows) {
  using domain::Status;
  std::string out;
  for (const ui::DistrictRow& row : rows)
    for (const ui::KindLine& k : row.kinds) {
      const analysis::ProgressFigures& g = k.figures;
      out +=
          fmt::format("{},{},{},{},{},{},{},{},{:.3f},{:.3f},{},{:.3f},{:.3f},{}\n", row.district,
                      domain::kindCode(k.kind), g.total, g.count(Status::Planned), g.count(Status::UnderConstruction),
                      g.count(Status::Completed), g.count(Status::Suspended), g.overdue, g.lengthKm, g.areaM2, g.spaces,
                      g.completedLengthKm, g.completedAreaM2, g.completedSpaces);
    }
  return out;
}

}  // namespace wm::test
