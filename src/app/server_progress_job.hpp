#pragma once
// The District progress panel's table computed on a PostGIS server (app::progressOnServer) in the background, so
// that the window never waits for the server: one computation at a time on a worker thread (std::async), the
// newest query asked waiting for its turn and superseding any older one (whose result is dropped). A failure (a
// server refusing connections, a connection lost mid-query, a connect timeout) keeps the last good table, marked
// stale, and is tried again every few seconds by itself or at once on Retry; the next result replaces the state.
#include <chrono>
#include <functional>
#include <future>
#include <memory>
#include <optional>

#include "app/server_report.hpp"
#include "io/load_request.hpp"
#include "ui/server_progress.hpp"

namespace wm::app {

class ServerProgressJob {
public:
  using Clock = std::chrono::steady_clock;
  /// Computes one query, blocking; called on the worker thread, one call at a time. Never throws.
  using Compute = std::function<ServerProgress(const analysis::ProgressQuery&)>;

  /// The default `retryAfter` is what the desk uses.
  explicit ServerProgressJob(Compute compute, std::chrono::milliseconds retryAfter = std::chrono::seconds(5));
  /// A job rolling `request` up with progressOnServer; its connections get a connect timeout
  /// (serverRequest) so that a server that does not answer fails rather than hangs.
  static std::unique_ptr<ServerProgressJob> forRequest(io::LoadRequest request);
  /// Waits for a running computation (a lost server fails it within the connect timeout).
  ~ServerProgressJob();
  ServerProgressJob(const ServerProgressJob&) = delete;
  ServerProgressJob& operator=(const ServerProgressJob&) = delete;

  /// The query the desk wants now (cheap when it is the same as the last).
  void ask(const analysis::ProgressQuery& query);
  /// After a failure: try again at the next poll.
  void retry();
  /// Once per turn of the window's loop, on its thread: takes a finished computation's result (dropped when a
  /// newer query was asked meanwhile), then starts the wanted query when it has no answer yet or a retry is due.
  /// Returns whether the view changed (the desk should draw a frame).
  bool poll(Clock::time_point now = Clock::now());
  const ui::ServerProgressView& view() const { return _view; }
  /// Whether a computation is running on the worker.
  bool running() const { return _running.has_value(); }
  /// The functions the desk's panel calls; they refer to this job, which must outlive the desk.
  ui::ServerProgressSource source();

private:
  bool collect(Clock::time_point now);
  void settle(ServerProgress result, Clock::time_point now);

  Compute _compute;
  std::chrono::milliseconds _retryAfter;
  std::optional<analysis::ProgressQuery> _wanted;    ///< the newest query asked
  std::optional<analysis::ProgressQuery> _running;   ///< what the worker computes now
  std::optional<analysis::ProgressQuery> _answered;  ///< what the last taken result (table or failure) was for
  std::future<ServerProgress> _result;
  Clock::time_point _retryAt{};
  ui::ServerProgressView _view;
};

/// `request` with a connect timeout (connect_timeout=10, libpq's setting) added to each `PG:` connection that
/// names none.
io::LoadRequest serverRequest(io::LoadRequest request);

}  // namespace wm::app
