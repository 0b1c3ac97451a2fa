#pragma once
// A deterministic random source of our own. std::uniform_*_distribution and std::normal_distribution differ
// between standard libraries, so the sample county would change from one machine to the next with them.
#include <cstddef>
#include <cstdint>
#include <vector>

namespace wm::samplegen {

/// SplitMix64 with explicit mappings to doubles and integers. Not thread-safe; cheap to copy and to fork.
/// Callers must not draw twice inside one function-call argument list: C++ leaves that order unspecified.
class Random {
public:
  explicit Random(std::uint64_t seed) : _state(seed) {}

  std::uint64_t nextU64() {
    std::uint64_t z = (_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }

  /// Uniform in [0, 1): the top 53 bits, scaled exactly.
  double unit() { return static_cast<double>(nextU64() >> 11) * 0x1.0p-53; }
  double uniform(double lo, double hi) { return lo + (hi - lo) * unit(); }

  /// Uniform integer in [lo, hi]. The modulo bias is below 2^-40 for the small ranges used here.
  int between(int lo, int hi) {
    auto span = static_cast<std::uint64_t>(static_cast<std::int64_t>(hi) - lo + 1);
    return lo + static_cast<int>(nextU64() % span);
  }

  bool chance(double p) { return unit() < p; }

  /// Approximately standard normal (sum of four uniforms), bounded to ±3.46: no library log/cos involved, and
  /// no far outliers that would throw a project out of its district.
  double bell() {
    double sum = unit();
    sum += unit();
    sum += unit();
    sum += unit();
    return (sum - 2.0) * 1.7320508075688772;
  }

  template <typename T>
  const T& pick(const std::vector<T>& items) {
    return items[static_cast<std::size_t>(nextU64() % items.size())];
  }

  /// An independent stream for one purpose, so that adding draws in one part of the generator does not
  /// reshuffle every other part.
  Random fork(std::uint64_t stream) const {
    Random mixer(_state ^ (stream * 0xD1B54A32D192ED03ull));
    return Random(mixer.nextU64());
  }

private:
  std::uint64_t _state;
};

}  // namespace wm::samplegen
