#pragma once
// A minimal fork-join loop for coarse tasks. Used by io (layers, chunks) and scene (levels and rasters built for a
// view).
#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace wm::core {

/// Runs job(i) for every i in [0, n) on up to `threads` threads (the caller's included), handing out indices in
/// order. Returns when all are done. Jobs must not throw.
template <typename Job>
void parallelFor(std::size_t n, unsigned threads, Job job) {
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i = next++; i < n; i = next++) job(i);
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < std::min<std::size_t>(threads, n); ++t) pool.emplace_back(worker);
  worker();
  for (auto& t : pool) t.join();
}

}  // namespace wm::core
