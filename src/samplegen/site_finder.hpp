#pragma once
// Free places for compact works (parks, parking lots) in the sample county: inside the district, off roads,
// the railway and the water, and not on top of another work.
#include <optional>
#include <vector>

#include "samplegen/district_grid.hpp"
#include "samplegen/random.hpp"

namespace wm::samplegen {

class SiteFinder {
public:
  /// Keeps clear of the layout's roads, railway and rivers as they are now (add township roads first).
  SiteFinder(const CountyLayout& layout, const DistrictGrid& grid);

  /// True when a disc of the given radius around centre is free and inside the district.
  bool isFree(int district, Vec2 centre, double radius) const;
  /// A free centre near `around` (spread: standard deviation in metres), or nothing after many tries.
  std::optional<Vec2> find(Random& random, int district, Vec2 around, double spread, double radius) const;
  /// Marks a disc as taken.
  void occupy(Vec2 centre, double radius) { _taken.push_back({centre, radius}); }

private:
  struct Obstacle {
    Polyline line;
    double margin;
  };
  struct Disc {
    Vec2 centre;
    double radius;
  };
  const DistrictGrid& _grid;
  std::vector<Obstacle> _obstacles;
  std::vector<Disc> _taken;
};

}  // namespace wm::samplegen
