#include "app/server_report.hpp"

#include <cstdlib>
#include <string_view>

#include "io/server_rollup.hpp"

namespace wm::app {

ServerProgress progressOnServer(const io::LoadRequest& request, const analysis::ProgressQuery& query) {
  ServerProgress out;
  if (!io::onlyPostgis(request)) return out;
  io::RollupQuery q;
  q.period = query.mode == analysis::ProgressQuery::Mode::Period;
  q.asOf = query.asOf;
  q.from = query.from;
  q.to = query.to;
  io::ServerRollup rollup = io::rollUpOnServer(request, q);
  out.problems = std::move(rollup.problems);
  switch (rollup.outcome) {
    case io::ServerRollup::Outcome::Done:
      // Layers on the server are placed on the earth (a planar CRS is counted in memory), so measures are geodesic.
      out.table = analysis::progressFromGroups(rollup.groups, query, /*planarMeasures=*/false);
      break;
    case io::ServerRollup::Outcome::InMemory:
      break;
    case io::ServerRollup::Outcome::Unreadable:
      out.failed = true;
      break;
  }
  return out;
}

bool serverRollupAllowed() {
  const char* value = std::getenv("WORKSMAP_SERVER_ROLLUP");
  return !(value && std::string_view(value) == "0");
}

}  // namespace wm::app
