#include "app/server_progress_job.hpp"

#include <utility>

#include "core/text.hpp"

namespace wm::app {
namespace {

// Long enough for a server across a slow link, short enough that a desk whose server vanished says so soon.
constexpr const char* kConnectTimeout = " connect_timeout=10";

// The problem that made a computation fail: its first error (the roll-up names the connection in `file`), or
// the first problem of all when none is an error.
std::optional<core::Diagnostic> failureOf(const core::Diagnostics& problems) {
  for (const core::Diagnostic& d : problems.items())
    if (d.severity == core::Severity::Error) return d;
  if (!problems.empty()) return problems.items().front();
  return std::nullopt;
}

}  // namespace

io::LoadRequest serverRequest(io::LoadRequest request) {
  for (io::LayerRequest& layer : request.layers) {
    std::string& path = layer.dataset.gdalPath;
    const std::string lower = core::asciiLower(path);
    // key=value connection strings only: a URI (PG:postgresql://…) takes its settings after '?'.
    if (!lower.starts_with("pg:") || lower.find("://") != std::string::npos) continue;
    if (lower.find("connect_timeout") == std::string::npos) path += kConnectTimeout;
  }
  return request;
}

ServerProgressJob::ServerProgressJob(Compute compute, std::chrono::milliseconds retryAfter)
    : _compute(std::move(compute)), _retryAfter(retryAfter) {
  _view.retrySeconds = static_cast<int>(std::chrono::ceil<std::chrono::seconds>(retryAfter).count());
}

std::unique_ptr<ServerProgressJob> ServerProgressJob::forRequest(io::LoadRequest request) {
  return std::make_unique<ServerProgressJob>(
      [request = serverRequest(std::move(request))](const analysis::ProgressQuery& query) {
        return progressOnServer(request, query);
      });
}

ServerProgressJob::~ServerProgressJob() {
  if (_result.valid()) _result.wait();
}

void ServerProgressJob::ask(const analysis::ProgressQuery& query) {
  if (_wanted && *_wanted == query) return;
  _wanted = query;
  _view.updating = true;
}

void ServerProgressJob::retry() { _retryAt = Clock::time_point{}; }

bool ServerProgressJob::poll(Clock::time_point now) {
  bool changed = collect(now);
  if (_running || !_wanted || _view.phase == ui::ServerProgressView::Phase::InMemory) return changed;
  const bool retryDue = _view.phase == ui::ServerProgressView::Phase::Failed && now >= _retryAt;
  if (_answered && *_answered == *_wanted && !retryDue) return changed;
  _running = _wanted;
  // _compute never changes and the destructor waits for the worker: the worker may use it through `this`.
  _result = std::async(std::launch::async, [this, query = *_wanted] { return _compute(query); });
  if (!_view.updating) {
    _view.updating = true;  // a retry of the query already shown
    changed = true;
  }
  return changed;
}

bool ServerProgressJob::collect(Clock::time_point now) {
  if (!_result.valid() || _result.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return false;
  ServerProgress result = _result.get();
  const analysis::ProgressQuery query = *std::exchange(_running, std::nullopt);
  if (query != *_wanted) return false;  // superseded: the newer query starts now
  _answered = query;
  settle(std::move(result), now);
  return true;
}

void ServerProgressJob::settle(ServerProgress result, Clock::time_point now) {
  using Phase = ui::ServerProgressView::Phase;
  _view.updating = false;
  if (result.table) {
    _view.phase = Phase::Ready;
    _view.table = std::make_shared<const analysis::ProgressTable>(std::move(*result.table));
    _view.database.clear();
    _view.failure.reset();
  } else if (result.failed) {
    _view.phase = Phase::Failed;
    _view.failure = failureOf(result.problems);
    _view.database = _view.failure ? _view.failure->file : std::string();
    _retryAt = now + _retryAfter;
  } else {
    _view.phase = Phase::InMemory;  // the same register, the same answer: not asked again
  }
}

ui::ServerProgressSource ServerProgressJob::source() {
  return {[this](const analysis::ProgressQuery& query) { ask(query); }, [this] { return _view; }, [this] { retry(); }};
}

}  // namespace wm::app
