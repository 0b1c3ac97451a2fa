#pragma once
// One public-works project as the bureau registers it, with its geometry's metrics in metres.
#include <cmath>
#include <cstdint>
#include <optional>
#include <string>

#include "core/date.hpp"
#include "domain/kind.hpp"

namespace wm::domain {

inline constexpr std::int32_t kNoDistrict = -1;

struct Project {
  std::string name;
  Kind kind = Kind::Other;
  RecordedStatus recorded = RecordedStatus::Missing;
  std::optional<core::Date> start;      ///< construction start
  std::optional<core::Date> planDone;   ///< planned completion
  std::optional<core::Date> done;       ///< actual completion
  std::string districtName;             ///< the district attribute as written (may be empty)
  std::int32_t district = kNoDistrict;  ///< index into Catalog::districts, resolved by name or spatial join
  double progress = NAN;                ///< percent 0-100, NaN when not recorded
  double invest = NAN;                  ///< 万元, NaN when not recorded
  std::int64_t spaces = 0;              ///< parking spaces (parking lots)
  std::int32_t levels = 0;              ///< storeys of a multi-storey car park; 0 when not recorded
  double lengthM = 0;                   ///< geodesic length of its lines, metres
  double areaM2 = 0;                    ///< geodesic area of its polygons, square metres
  std::uint32_t layer = 0;              ///< index into Catalog::layers
  std::uint32_t feature = 0;            ///< index into that layer's GeometryStore
  std::int64_t fid = -1;                ///< the source's feature id, for messages
};

}  // namespace wm::domain
