#pragma once
// The district × kind roll-up computed by a PostgreSQL/PostGIS server (docs/design.md §4.5 on a `PG:` register, §7.1):
// the layers are planned as the readers plan them (same field aliases, roles and kinds), then one aggregate query
// per works layer counts the works by district, kind, status at the date and overdue flag, so no feature comes
// to the client. docs/postgis.md describes the schema, the indexes and the SQL.
#include <cstdint>
#include <vector>

#include "core/date.hpp"
#include "core/diagnostic.hpp"
#include "domain/works_group.hpp"
#include "io/load_request.hpp"

namespace wm::io {

/// What to count (analysis::ProgressQuery's dates; io does not see the analysis module).
struct RollupQuery {
  bool period = false;
  core::Date asOf;  ///< as-of: the date t of docs/design.md §3.1
  core::Date from;  ///< period: first and last day, both included
  core::Date to;
};

struct ServerRollup {
  enum class Outcome : std::uint8_t {
    Done,        ///< `groups` holds the roll-up
    InMemory,    ///< the request needs what the SQL cannot express: read the works instead (a note says why)
    Unreadable,  ///< the server or a layer could not be reached or read (an Error in `problems` says why)
  };
  Outcome outcome = Outcome::InMemory;
  /// The works by district name (nothing: in no district), kind, status and overdue flag, with their sums.
  std::vector<domain::WorksGroup> groups;
  /// Warnings about values no reader understands (once per distinct value, not per feature), the note that
  /// the roll-up fell back to memory, or the error that made it fail; connections are named without password.
  core::Diagnostics problems;
  std::int64_t works = 0;  ///< works counted (as-of) or seen (period), over all works layers
};

/// True when every layer of the request is in a PostgreSQL database (`PG:` connections) and there is one.
bool onlyPostgis(const LoadRequest& request);

/// Plans the request's layers and, when it can be expressed in SQL, rolls the works up on the server: status
/// as of the date with statusAtSql (docs/design.md §3.1), geodesic lengths and areas with PostGIS geography on the
/// layer's own ellipsoid, the district from the district attribute or else the lowest-numbered district polygon
/// that covers the work's representative point. Blocks while the server works; call from one thread at a time
/// per request. Never throws.
ServerRollup rollUpOnServer(const LoadRequest& request, const RollupQuery& query);

}  // namespace wm::io
