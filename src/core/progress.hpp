#pragma once
// How far a long job (an export: a video, a deck, an atlas) has come, and a request to stop it. The job counts
// its steps into a Progress; whoever watches it (a terminal line, a desk progress bar) is told through a
// callback, and anyone may ask it to stop: the job looks at cancelled() between steps and, when asked, stops and
// leaves nothing half-written.
#include <atomic>
#include <cstddef>
#include <functional>
#include <utility>

namespace wm::core {

class Progress {
public:
  /// Told each step, with the steps done and the total (on the job's thread).
  using Report = std::function<void(std::size_t done, std::size_t total)>;

  explicit Progress(Report report = {}) : _report(std::move(report)) {}
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  /// The job has `total` steps, none done yet; reports 0 of total.
  void start(std::size_t total);
  /// One more step done; reports it.
  void step();
  std::size_t done() const { return _done.load(std::memory_order_relaxed); }
  std::size_t total() const { return _total.load(std::memory_order_relaxed); }

  /// Asks the job to stop: from any thread, and from a signal handler (a lock-free atomic store only).
  void cancel() noexcept { _cancelled.store(true, std::memory_order_relaxed); }
  bool cancelled() const noexcept { return _cancelled.load(std::memory_order_relaxed); }

private:
  Report _report;
  std::atomic<std::size_t> _done{0}, _total{0};
  std::atomic<bool> _cancelled{false};
  static_assert(std::atomic<bool>::is_always_lock_free, "cancel() must be safe in a signal handler");
};

/// While it lives, SIGINT (Ctrl+C) and SIGTERM cancel `progress` instead of ending the process; the first such
/// signal also puts the default action back, so a second one ends the process at once. The handlers in place
/// before are restored when it goes. A signal handler can reach nothing but static storage, so one instance at a
/// time per process (a second one is a programmer error; asserted).
class CancelOnSignals {
public:
  explicit CancelOnSignals(Progress& progress);
  ~CancelOnSignals();
  CancelOnSignals(const CancelOnSignals&) = delete;
  CancelOnSignals& operator=(const CancelOnSignals&) = delete;

private:
  using Handler = void (*)(int);
  Handler _previousInt = nullptr, _previousTerm = nullptr;
};

}  // namespace wm::core
