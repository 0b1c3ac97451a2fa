#pragma once
// The sample county's imagery basemap as an MBTiles file (Web Mercator, JPEG tiles), the kind of tile set an
// office keeps for use offline, with the workspace that shows it under the sample's layers.
#include <cstddef>
#include <filesystem>

#include "samplegen/failure.hpp"
#include "samplegen/county_layout.hpp"

namespace wm::samplegen {

struct ImageryFacts {
  int minZoom = 0;
  int maxZoom = 0;
  std::size_t tiles = 0;  ///< over all levels
};

/// Paints the county's imagery (imagery_paint.hpp) on a 16 m grid in EPSG:4547, resamples it into Web Mercator
/// over whole tiles of zoom kImageryMinZoom around the county, and writes it with GDAL's MBTiles driver at zoom
/// kImageryMaxZoom with the shallower levels as overviews: every tile of every level is whole (no black JPEG
/// corners). `layout` with its township roads added.
Result<ImageryFacts> writeImagery(const std::filesystem::path& file, const CountyLayout& layout);
inline constexpr int kImageryMinZoom = 11;
inline constexpr int kImageryMaxZoom = 13;

/// The workspace (sample-county-imagery.worksmap.toml) that draws the sample's layers over imagery.mbtiles.
extern const char* const kImageryWorkspace;

}  // namespace wm::samplegen
