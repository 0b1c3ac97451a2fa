#pragma once
// `worksmap report PG:…` computed by the PostGIS server (io::rollUpOnServer), written by the same report writers
// as the in-memory report, so the output is byte for byte the same.
#include <optional>
#include <string>
#include <vector>

#include "analysis/district_progress.hpp"
#include "core/diagnostic.hpp"
#include "io/load_request.hpp"

namespace wm::app {

/// The progress table of a request whose layers are all in PostgreSQL, rolled up on the server; nothing when
/// the request has a layer elsewhere or needs what SQL cannot express (then `problems` holds a note saying why,
/// and the caller computes in memory). `failed` is set when the server or a layer could not be read (an Error
/// in `problems`). A clean API for any caller that holds a request (the report command; the desk's District
/// progress panel once it stops holding every work, issue 16 part 1). Blocks while the server works.
struct ServerProgress {
  std::optional<analysis::ProgressTable> table;
  core::Diagnostics problems;
  bool failed = false;
};
ServerProgress progressOnServer(const io::LoadRequest& request, const analysis::ProgressQuery& query);

/// Whether the report command may use the server: WORKSMAP_SERVER_ROLLUP=0 in the environment makes it read the
/// works into memory instead (for comparisons and benchmarks).
bool serverRollupAllowed();

}  // namespace wm::app
