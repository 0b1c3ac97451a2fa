#pragma once
// The render tests' one-park county: a GeoPackage written with GDAL in the test's own folder.
#include <filesystem>

#include "support/fixture_writer.hpp"

namespace wm::test {

/// One park filling most of the view (0.97 km × 1.1 km, CGCS2000 lon/lat): started 2022-03-01, completed
/// 2022-06-30. Returns the file.
inline std::filesystem::path writePark(const std::filesystem::path& dir) {
  writeVector(dir / "parks.gpkg", {{"parks",
                                    4490,
                                    {{"name"}, {"status"}, {"start_date"}, {"done_date"}},
                                    {{"POLYGON((114 29,114.01 29,114.01 29.01,114 29.01,114 29))",
                                      {"大游园", "completed", "2022-03-01", "2022-06-30"}}}}});
  return dir / "parks.gpkg";
}

}  // namespace wm::test
