#pragma once
// A raster of the districts with, per cell, the distance to the nearest other district, the lake or the county
// edge. It answers "is this spot inside district D with room R around it?" in constant time, which keeps the
// million-feature benchmark county fast and every generated shape inside its district.
#include <cstdint>
#include <vector>

#include "samplegen/county_layout.hpp"

namespace wm::samplegen {

class DistrictGrid {
public:
  /// Rasterises the layout's districts at cellSize metres; the lake counts as no district.
  DistrictGrid(const CountyLayout& layout, double cellSize);

  /// The district at p, or -1 outside the county or in the lake.
  int districtAt(Vec2 p) const;
  /// A lower bound, in metres, of the distance from p to anything that is not p's district.
  double clearanceAt(Vec2 p) const;
  /// True when the disc of the given radius around centre lies inside the district.
  bool fits(int district, Vec2 centre, double radius) const {
    return districtAt(centre) == district && clearanceAt(centre) >= radius;
  }
  const Box& bounds() const { return _bounds; }

private:
  long cellIndex(Vec2 p) const;
  void rasterise(const Ring& ring, std::int8_t label);
  void computeClearance();

  Box _bounds;
  double _cell;
  int _cols;
  int _rows;
  std::vector<std::int8_t> _label;
  std::vector<float> _distance;
};

}  // namespace wm::samplegen
