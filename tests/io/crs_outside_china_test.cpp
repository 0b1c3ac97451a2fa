// Files without a .prj outside China (issue 13, item 6): longitude and latitude beyond China's range are taken as
// WGS 84 with a note, and drawn in a working CRS of their own place (UTM of the centre, Web Mercator for wider
// data) instead of being skipped.
#include <filesystem>

#include <gtest/gtest.h>

#include "io/catalog_loader.hpp"
#include "support/fixture_writer.hpp"

using namespace wm;
namespace fs = std::filesystem;

namespace {

domain::Catalog loadFile(const fs::path& file) {
  auto sources = io::requestFromSources({file.string()});
  return io::loadCatalog(sources.request);
}

bool said(const domain::Catalog& c, const std::string& message) {
  for (const auto& d : c.diagnostics.items())
    if (core::formatDiagnostic(d, core::Lang::En) == message) return true;
  return false;
}

}  // namespace

TEST(CrsOutsideChina, AWorldLonLatLayerWithoutPrjIsTakenAsWgs84AndDrawnInWebMercator) {
  test::ScopedDir dir;
  test::writeVector(
      dir.path / "world.shp",
      {{"world",
        0,
        {{"name"}},
        {{"POINT(-120 40)", {"California"}}, {"POINT(10 50)", {"Germany"}}, {"POINT(150 -30)", {"Australia"}}}}});
  domain::Catalog c = loadFile(dir.path / "world.shp");
  ASSERT_EQ(c.layers.size(), 1u);
  EXPECT_EQ(c.layers[0].geometry.featureCount(), 3u);
  EXPECT_EQ(c.layers[0].info.sourceCrs, "EPSG:4326");
  EXPECT_TRUE(c.layers[0].info.crsInferred);
  EXPECT_TRUE(said(c, (dir.path / "world.shp").string() +
                          ": layer world: no CRS (missing .prj?); the coordinates are longitude and latitude outside "
                          "China: taken as WGS 84 (EPSG:4326)"));
  EXPECT_EQ(c.workingCrs.epsg(), 3857);
  // Web Mercator: x = R × λ (R = 6378137 m), so 10° E is 1,113,194.9 m east of the origin.
  EXPECT_NEAR(c.layers[0].geometry.x[1], 6378137.0 * 10 * M_PI / 180, 0.5);
}

TEST(CrsOutsideChina, ACountryLayerIsDrawnInTheUtmZoneOfItsCentre) {
  test::ScopedDir dir;
  test::writeVector(dir.path / "town.shp",
                    {{"town", 0, {{"name"}}, {{"LINESTRING(9 50,9.01 50.01)", {"Hauptstraße"}}}}});
  domain::Catalog c = loadFile(dir.path / "town.shp");
  ASSERT_EQ(c.layers.size(), 1u);
  EXPECT_EQ(c.workingCrs.epsg(), 32632);  // zone 32: 6° E to 12° E, central meridian 9° E
  // On the central meridian UTM's easting is exactly the false easting, 500 km.
  EXPECT_NEAR(c.layers[0].geometry.x[0], 500000.0, 1e-3);
}
