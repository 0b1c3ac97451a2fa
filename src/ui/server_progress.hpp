#pragma once
// The District progress table as the desk sees it when the app computes it on a PostGIS server
// (app/server_progress_job, in the background): the last good table, whether a newer one is being computed, and
// when the server failed, which database and why (the panel keeps the last table, marked stale, and offers Retry).
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>

#include "analysis/district_progress.hpp"
#include "core/diagnostic.hpp"

namespace wm::ui {

struct ServerProgressView {
  enum class Phase : std::uint8_t {
    Computing,  ///< no answer from the server yet
    Ready,      ///< the server's last answer is `table` (for an older query while `updating`)
    Failed,     ///< the last computation failed: `failure` says why; `table`, if any, is stale
    InMemory,   ///< the register needs what SQL cannot express: the panel counts the works in memory
  };
  Phase phase = Phase::Computing;
  /// The last table the server gave (its query inside), none before the first; shared, never changed.
  std::shared_ptr<const analysis::ProgressTable> table;
  /// A newer query than the table's is being computed or waits for its turn.
  bool updating = false;
  /// Failed: the connection as given without its password (a `PG:` string), and the error: the problem the
  /// roll-up reported (its message key and arguments, so it shows in the desk's language).
  std::string database;
  std::optional<core::Diagnostic> failure;
  int retrySeconds = 0;  ///< Failed: how often the app tries again by itself
};

/// The app's side, passed in through DeskServices (empty: the panel computes in memory). Called on the desk's
/// thread while it draws; none of them waits for the server.
struct ServerProgressSource {
  /// The panel's current query; a newer one supersedes one still running (its result is dropped).
  std::function<void(const analysis::ProgressQuery&)> ask;
  std::function<ServerProgressView()> view;
  /// Tries again now (after a failure).
  std::function<void()> retry;
  explicit operator bool() const { return ask && view && retry; }
};

}  // namespace wm::ui
