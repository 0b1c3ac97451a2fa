#pragma once
// The sample county's terrain as a GeoTIFF: hills in the west and south-west, a lake plain in the east, the
// river valley below its surroundings.
#include <filesystem>

#include "samplegen/county_layout.hpp"
#include "samplegen/vector_file.hpp"

namespace wm::samplegen {

struct DemFacts {
  int cols = 0;
  int rows = 0;
  double cellSize = 0.0;  ///< metres
  double minElevation = 0.0;
  double maxElevation = 0.0;
};

/// Height in metres at a local point (pure function of the layout; smooth; about 25 m on the lake plain, up to
/// about 600 m in the south-western hills).
double elevationAt(const CountyLayout& layout, Vec2 p);

/// Writes a Float32 GeoTIFF in EPSG:4547, 50 m cells, DEFLATE, nodata -9999 beyond 1 km outside the county.
Result<DemFacts> writeDem(const std::filesystem::path& file, const CountyLayout& layout);

}  // namespace wm::samplegen
