#pragma once
// Test-only: writes small vector files with GDAL so each test makes its own fixtures.
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace wm::test {

struct FixtureField {
  std::string name;
  enum class Type { String, Integer, Real, Date } type = Type::String;
};

struct FixtureFeature {
  std::string wkt;                  ///< empty for a feature without geometry
  std::vector<std::string> values;  ///< one per field; "" leaves it unset; dates as YYYY-MM-DD
};

struct FixtureLayer {
  std::string name;
  int epsg = 4490;  ///< 0 writes no CRS
  std::vector<FixtureField> fields;
  std::vector<FixtureFeature> features;
  std::vector<std::string> creationOptions = {};  ///< e.g. "ENCODING=CP936"
};

/// Writes layers into a file (shapefile: one layer, the file's stem; GPKG/GeoJSON: all). Aborts the test run
/// on failure (fixtures are the test's own doing).
void writeVector(const std::filesystem::path& file, const std::vector<FixtureLayer>& layers);

/// Two districts, 青山区 and 洪山区 (side by side, 0.01° × 0.02° each near 114 E, 29 N), as a GBK shapefile
/// 区县界_area.shp with a NAME field, as admin-boundary downloads come. Returns the .shp.
std::filesystem::path writeGbkDistricts(const std::filesystem::path& dir);

/// Writes a zip archive of uncompressed ("stored") members: name → bytes.
void writeStoredZip(const std::filesystem::path& zip, const std::vector<std::pair<std::string, std::string>>& members);

/// A fresh empty directory under the system temp dir, removed by the caller's ScopedDir.
struct ScopedDir {
  ScopedDir();
  ~ScopedDir();
  std::filesystem::path path;
};

/// File name → size and modification time of everything in a directory, to prove nothing was written.
std::string directorySnapshot(const std::filesystem::path& dir);

}  // namespace wm::test
