#include "core/progress.hpp"

#include <cassert>
#include <csignal>

namespace wm::core {
namespace {

// The one Progress the signal handler cancels (CancelOnSignals): a handler sees only static storage.
std::atomic<Progress*> gCancelled{nullptr};
static_assert(std::atomic<Progress*>::is_always_lock_free);

extern "C" void cancelOnSignal(int signal) {
  if (Progress* progress = gCancelled.load()) progress->cancel();
  std::signal(signal, SIG_DFL);  // async-signal-safe; a second Ctrl+C ends the process
}

}  // namespace

void Progress::start(std::size_t total) {
  _total.store(total, std::memory_order_relaxed);
  _done.store(0, std::memory_order_relaxed);
  if (_report) _report(0, total);
}

void Progress::step() {
  const std::size_t done = _done.fetch_add(1, std::memory_order_relaxed) + 1;
  if (_report) _report(done, total());
}

CancelOnSignals::CancelOnSignals(Progress& progress) {
  [[maybe_unused]] Progress* none = nullptr;
  [[maybe_unused]] const bool first = gCancelled.compare_exchange_strong(none, &progress);
  assert(first && "one CancelOnSignals at a time");
  _previousInt = std::signal(SIGINT, cancelOnSignal);
  _previousTerm = std::signal(SIGTERM, cancelOnSignal);
}

CancelOnSignals::~CancelOnSignals() {
  std::signal(SIGINT, _previousInt == SIG_ERR ? SIG_DFL : _previousInt);
  std::signal(SIGTERM, _previousTerm == SIG_ERR ? SIG_DFL : _previousTerm);
  gCancelled.store(nullptr);
}

}  // namespace wm::core
