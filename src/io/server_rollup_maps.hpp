#pragma once
// The works fields of one PostgreSQL table as SQL values for the roll-up (internal to io): text columns
// (statuses, kinds, districts, dates written as text) are read once per distinct value and understood by the
// readers' own parsers (domain::parseStatus, domain::parseKind, core::parseDate), then joined back as small
// VALUES tables, so the server counts with exactly the readers' reading and no date parser lives in SQL.
#include <array>
#include <string>

#include "core/diagnostic.hpp"
#include "io/layer_plan.hpp"

class GDALDataset;
class OGRLayer;

namespace wm::io {

struct ValueMaps {
  /// Per WorksField, an SQL expression over the table aliased `t` and the joins: Status a
  /// domain::RecordedStatus code, Kind a domain::Kind code, dates days since 2000-01-01 or NULL, District the
  /// attribute's name (trimmed) or NULL when empty, Spaces a whole number, Length and Area metres and square
  /// metres or NULL; a typed NULL for the other fields.
  std::array<std::string, kWorksFieldCount> values;
  std::string joins;        ///< " LEFT JOIN (VALUES ...) AS m1(v, c) ON ..." for each mapped column
  std::string reason;       ///< not empty: a column the SQL cannot read as the readers do (a msgArg)
  bool unreadable = false;  ///< the distinct-value query failed; `reason` holds the server's message
};

/// One query for the distinct values of every text column used; warnings for values the readers would warn
/// about (an unknown status, an unparseable date) are added once per value, naming the layer.
ValueMaps mapValues(GDALDataset& dataset, OGRLayer& layer, const LayerPlan& plan, core::Diagnostics& problems);

}  // namespace wm::io
