#pragma once
// Plausible Chinese project names ("XX路提质改造", "XX社区游园", "XX停车场", "XX片区污水管网") from fixed pools.
#include <string>
#include <unordered_set>

#include "samplegen/random.hpp"

namespace wm::samplegen {

/// Names already given in one register; hands out a unique variant of a wanted name.
class NameBook {
public:
  bool taken(const std::string& name) const { return _used.count(name) > 0; }
  /// The name itself when free, else the name with a phase suffix (二期, 三期 …); remembered either way.
  std::string claim(const std::string& name);

private:
  std::unordered_set<std::string> _used;
};

/// prefix is a township's short name (荣家湾镇, 麻塘) or empty in the town. street names the street when the
/// work follows a known one; otherwise one is invented.
std::string roadProjectName(Random& random, const std::string& prefix, const std::string& street);
std::string parkProjectName(Random& random, const std::string& prefix);
std::string parkingProjectName(Random& random, const std::string& prefix, bool multiStorey);
std::string sewerProjectName(Random& random, const std::string& prefix, const std::string& street);

/// Draws from a maker until the name is free in the book (or gives up and lets the book add a phase suffix).
template <typename Maker>
std::string uniqueName(NameBook& book, Maker&& make) {
  std::string name;
  for (int attempt = 0; attempt < 25; ++attempt) {
    name = make();
    if (!book.taken(name)) break;
  }
  return book.claim(name);
}

}  // namespace wm::samplegen
