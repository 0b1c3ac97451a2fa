#pragma once
// Works counted together by a server (PostGIS) roll-up: one district, one kind, one status at the date asked
// for and one overdue flag, with their count and summed measures. The analysis turns a list of them into the
// same progress table it computes from projects in memory.
#include <cstdint>
#include <optional>
#include <string>

#include "domain/kind.hpp"

namespace wm::domain {

struct WorksGroup {
  std::optional<std::string> district;  ///< the district's name; nothing: in no district ("unassigned")
  Kind kind = Kind::Other;
  Status status = Status::Planned;  ///< status at the as-of date; Completed for a period's completions
  bool overdue = false;             ///< as-of: overdue at the date; period: completed after the planned date
  std::int64_t count = 0;
  double lengthKm = 0;  ///< sum of the works' geodesic lengths, km
  double areaM2 = 0;    ///< sum of the works' geodesic areas, m²
  std::int64_t spaces = 0;
};

}  // namespace wm::domain
