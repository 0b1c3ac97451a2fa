#pragma once
// The sample-county generator: writes the bundled fictional county (geodata/) and benchmark counties with any
// number of works features. Output is byte-for-byte reproducible: same inputs, same files, on any machine.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "samplegen/failure.hpp"

namespace wm::samplegen {

/// One layer as written.
struct LayerSummary {
  std::filesystem::path file;  ///< final location of the shapefile (.shp) or GeoPackage
  std::string layer;
  std::size_t features = 0;
  std::size_t vertices = 0;  ///< points stored, the closing point of each polygon ring included
  int epsg = 0;
  std::string encoding;  ///< "UTF-8", or "GBK, undeclared" for the sample's works_parks.shp
};

struct GenerateSummary {
  std::filesystem::path outDir;
  std::vector<LayerSummary> layers;
  std::vector<std::filesystem::path> files;  ///< every file written, sorted
  std::uintmax_t bytes = 0;                  ///< total size of those files
  std::vector<std::string> notes;            ///< further facts for the user (the DEM's grid and range)
  double seconds = 0.0;
};

struct BenchmarkOptions {
  std::size_t works = 100000;  ///< works features over all four works layers together
  std::uint64_t seed = 1;
};

/// Writes the sample county into outDir: county/ (shapefiles), county.gpkg (the same layers), dem.tif and
/// README.md. Files are staged in outDir and moved into place at the end, replacing older ones; on failure
/// nothing in outDir changes. Not thread-safe with other GDAL writers of the same files.
Result<GenerateSummary> generateSampleCounty(const std::filesystem::path& outDir);

/// Writes a benchmark county into outDir: districts.shp, roads.shp and the four works shapefiles, all UTF-8 in
/// EPSG:4490, streaming the features (memory does not grow with the number of works). Same staging as above.
Result<GenerateSummary> generateBenchmarkCounty(const std::filesystem::path& outDir, const BenchmarkOptions& options);

/// Reads one text field of every feature of a layer (the first layer when layer is empty), in file order, for
/// checks of written data. shapeEncoding, when not empty, is given to the shapefile driver as its ENCODING
/// open option: "CP936" decodes an undeclared GBK file.
Result<std::vector<std::string>> readTextField(const std::filesystem::path& source, const std::string& layer,
                                               const std::string& field, const std::string& shapeEncoding = {});

}  // namespace wm::samplegen
