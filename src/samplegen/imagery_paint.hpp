#pragma once
// Fictional aerial imagery of the sample county, painted from its own layout so that it lines up with the
// layers: field strips and woods shaded by the terrain, villages, the town's blocks, the lake and rivers, the
// roads and the railway. Pure (no GDAL); deterministic.
#include <cstdint>
#include <vector>

#include "samplegen/county_layout.hpp"

namespace wm::samplegen {

/// An RGB image on a grid of the local frame (metres east and north of the county's origin), rows from the
/// north: pixel (col, row) is the square `cell` wide whose north-west corner is (west + col·cell,
/// north − row·cell).
struct ImageryGrid {
  double west = 0.0;
  double north = 0.0;
  double cell = 16.0;
  int cols = 0;
  int rows = 0;
  std::vector<std::uint8_t> rgb;  ///< cols × rows × 3

  Vec2 centre(int col, int row) const { return {west + (col + 0.5) * cell, north - (row + 0.5) * cell}; }
};

/// Fills grid.rgb (sized here) with the county's imagery. `layout` with its township roads added.
void paintImagery(const CountyLayout& layout, ImageryGrid& grid);

}  // namespace wm::samplegen
