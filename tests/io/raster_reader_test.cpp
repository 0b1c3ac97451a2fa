// The DEM and orthophoto of a workspace: read into the working CRS, nodata filled, bad files reported by name.
#include "io/raster_reader.hpp"

#include <cmath>
#include <fstream>
#include <functional>

#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogr_spatialref.h>

#include "geo/transformer.hpp"
#include "io/catalog_loader.hpp"
#include "io/gdal_session.hpp"
#include "io/workspace.hpp"
#include "support/fixture_writer.hpp"

using namespace wm;
namespace fs = std::filesystem;

namespace {

struct RasterSpec {
  int width = 0, height = 0, bands = 1;
  double west = 0, north = 0, cellX = 1, cellY = 1;
  int epsg = 4547;  ///< 0: no CRS
  GDALDataType type = GDT_Float32;
  std::optional<double> nodata;
  std::function<double(int band, int col, int row)> value;
};

RasterSpec spec(int width, int height, int bands, double west, double north, double cellX, double cellY,
                int epsg = 4547) {
  RasterSpec s;
  s.width = width, s.height = height, s.bands = bands, s.west = west, s.north = north;
  s.cellX = cellX, s.cellY = cellY, s.epsg = epsg;
  return s;
}

// A GeoTIFF written with GDAL, north-up: pixel (col, row) covers west + col·cellX.., north − row·cellY...
void writeRaster(const fs::path& file, const RasterSpec& s) {
  io::initGdal();
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GTiff");
  GDALDataset* ds = driver->Create(file.c_str(), s.width, s.height, s.bands, s.type, nullptr);
  ASSERT_NE(ds, nullptr);
  double gt[6] = {s.west, s.cellX, 0, s.north, 0, -s.cellY};
  ds->SetGeoTransform(gt);
  if (s.epsg) {
    OGRSpatialReference srs;
    srs.importFromEPSG(s.epsg);
    ds->SetSpatialRef(&srs);
  }
  for (int b = 1; b <= s.bands; ++b) {
    std::vector<double> values(static_cast<std::size_t>(s.width) * s.height);
    for (int r = 0; r < s.height; ++r)
      for (int c = 0; c < s.width; ++c) values[static_cast<std::size_t>(r) * s.width + c] = s.value(b, c, r);
    GDALRasterBand* band = ds->GetRasterBand(b);
    if (s.nodata) band->SetNoDataValue(*s.nodata);
    ASSERT_EQ(band->RasterIO(GF_Write, 0, 0, s.width, s.height, values.data(), s.width, s.height, GDT_Float64, 0, 0),
              CE_None);
  }
  GDALClose(ds);
}

geo::Crs crs(const char* definition) { return *geo::Crs::fromDefinition(definition); }

std::string message(const core::Diagnostic& d) { return core::formatDiagnostic(d, core::Lang::En); }

// 5 × 4 cells of 10 m in EPSG:4547 with west edge 500000 and north edge 3200040; height 100 + col + 10·row, and
// cell (2, 1) nodata.
RasterSpec gkDem() {
  RasterSpec s = spec(5, 4, 1, 500000, 3200040, 10, 10);
  s.nodata = -9999;
  s.value = [](int, int c, int r) { return c == 2 && r == 1 ? -9999.0 : 100.0 + c + 10 * r; };
  return s;
}

}  // namespace

TEST(RasterReader, DemInTheWorkingCrsKeepsItsCellsAndValues) {
  test::ScopedDir dir;
  writeRaster(dir.path / "dem.tif", gkDem());
  auto read = io::readTerrain((dir.path / "dem.tif").string(), crs("EPSG:4547"), {});
  ASSERT_TRUE(read.grid) << (read.problems.empty() ? "" : message(read.problems.items()[0]));
  const auto& g = *read.grid;
  EXPECT_EQ(g.width, 5);
  EXPECT_EQ(g.height, 4);
  EXPECT_DOUBLE_EQ(g.west, 500000);
  EXPECT_DOUBLE_EQ(g.north, 3200040);
  EXPECT_DOUBLE_EQ(g.cellSize, 10);
  EXPECT_FLOAT_EQ(g.at(0, 0), 100);
  EXPECT_FLOAT_EQ(g.at(4, 0), 104);
  EXPECT_FLOAT_EQ(g.at(3, 2), 123);
  EXPECT_FLOAT_EQ(g.at(4, 3), 134);
  // Cell centre (500035, 3200015) is cell (3, 2); between cells the height is bilinear.
  EXPECT_FLOAT_EQ(g.heightAt(500035, 3200015), 123);
  EXPECT_NEAR(g.heightAt(500040, 3200015), 123.5, 1e-4);
}

TEST(RasterReader, NodataCellTakesTheMeanOfItsNeighbours) {
  test::ScopedDir dir;
  writeRaster(dir.path / "dem.tif", gkDem());
  auto read = io::readTerrain((dir.path / "dem.tif").string(), crs("EPSG:4547"), {});
  ASSERT_TRUE(read.grid);
  // Neighbours of (2, 1): 111 west, 113 east, 102 north, 122 south → 112.
  EXPECT_FLOAT_EQ(read.grid->at(2, 1), 112);
  ASSERT_EQ(read.problems.size(), 1u);
  EXPECT_EQ(read.problems.items()[0].severity, core::Severity::Info);
  EXPECT_EQ(message(read.problems.items()[0]),
            (dir.path / "dem.tif").string() + ": 1 nodata cells of the DEM were filled from their neighbours");
}

TEST(RasterReader, GeographicDemIsReprojectedToGaussKruger) {
  // 0.001° cells over 114.00-114.04 E, 29.00-29.04 N (EPSG:4490), height 1000·(lon − 114) + 500·(lat − 29) m:
  // at 114.02 E, 29.02 N that is 20 + 10 = 30 m. A plane survives bilinear resampling nearly exactly.
  test::ScopedDir dir;
  RasterSpec s = spec(40, 40, 1, 114.0, 29.04, 0.001, 0.001, 4490);
  s.value = [](int, int c, int r) { return 1000 * (c + 0.5) * 0.001 + 500 * (0.04 - (r + 0.5) * 0.001); };
  writeRaster(dir.path / "dem4490.tif", s);
  auto read = io::readTerrain((dir.path / "dem4490.tif").string(), crs("EPSG:4547"), {});
  ASSERT_TRUE(read.grid);
  auto t = geo::Transformer::create("EPSG:4490", "EPSG:4547");
  ASSERT_TRUE(t);
  double x = 114.02, y = 29.02;
  ASSERT_EQ(t->transform(&x, &y, 1), 1u);
  EXPECT_NEAR(x, 501949, 1);  // east of CM 114 E by 0.02° of longitude at 29° N, about 1.95 km
  EXPECT_NEAR(read.grid->heightAt(x, y), 30.0, 0.2);
  // Cells near 0.001° of latitude (111 m) or longitude (97 m): GDAL keeps about the source's resolution.
  EXPECT_GT(read.grid->cellSize, 80);
  EXPECT_LT(read.grid->cellSize, 115);
}

TEST(RasterReader, MissingAndGarbageFilesAreReportedByName) {
  test::ScopedDir dir;
  std::string missing = (dir.path / "nope.tif").string();
  auto none = io::readTerrain(missing, crs("EPSG:4547"), {});
  EXPECT_FALSE(none.grid);
  ASSERT_EQ(none.problems.size(), 1u);
  EXPECT_EQ(none.problems.items()[0].severity, core::Severity::Error);
  EXPECT_EQ(message(none.problems.items()[0]), missing + ": no such file or directory");

  std::string garbage = (dir.path / "garbage.tif").string();
  std::ofstream(garbage) << "this is not a GeoTIFF";
  auto bad = io::readBasemap(garbage, crs("EPSG:4547"), {});
  EXPECT_FALSE(bad.image);
  ASSERT_EQ(bad.problems.size(), 1u);
  EXPECT_EQ(message(bad.problems.items()[0]),
            garbage + ": cannot be read as a basemap image, the map is shown without it: `" + garbage +
                "' not recognized as a supported file format.");
}

TEST(RasterReader, RasterAwayFromTheDataIsLeftOutWithItsExtents) {
  test::ScopedDir dir;
  writeRaster(dir.path / "dem.tif", gkDem());
  geo::Extent data;
  data.add(600000, 3300000);
  data.add(601000, 3301000);
  auto read = io::readTerrain((dir.path / "dem.tif").string(), crs("EPSG:4547"), data);
  EXPECT_FALSE(read.grid);
  ASSERT_EQ(read.problems.size(), 1u);
  EXPECT_EQ(message(read.problems.items()[0]),
            (dir.path / "dem.tif").string() +
                ": the raster (500000, 3200000 – 500050, 3200040) does not overlap the data (600000, 3300000 – "
                "601000, 3301000, in EPSG:4547); the map is shown without it");
}

TEST(RasterReader, DemIsClippedToTheDataAndCapped) {
  // 400 × 400 cells of 1 m; the data covers 100 m in the middle, so the grid covers that plus a margin of at
  // least 100 m: x 500050-500350, 300 m, capped at 32 cells a side: cells of 300 / 32 = 9.375 m, aligned with
  // the raster's corner (west edge 500000 + 5 · 9.375).
  test::ScopedDir dir;
  RasterSpec s = spec(400, 400, 1, 500000, 3200400, 1, 1);
  s.value = [](int, int c, int) { return static_cast<double>(c); };
  writeRaster(dir.path / "big.tif", s);
  geo::Extent data;
  data.add(500150, 3200150);
  data.add(500250, 3200250);
  auto read = io::readTerrain((dir.path / "big.tif").string(), crs("EPSG:4547"), data, 32);
  ASSERT_TRUE(read.grid);
  EXPECT_EQ(read.grid->width, 32);
  EXPECT_EQ(read.grid->height, 32);
  EXPECT_DOUBLE_EQ(read.grid->cellSize, 9.375);
  EXPECT_DOUBLE_EQ(read.grid->west, 500046.875);
  // The height is the source column, so 199.5 m at x = 500200 (a plane survives the averaging).
  EXPECT_NEAR(read.grid->heightAt(500200, 3200200), 199.5, 0.5);
  EXPECT_TRUE(read.problems.contains(core::Msg::RasterReduced));
}

TEST(RasterReader, NodataEverywhereOrNoCrsLeavesNoTerrain) {
  test::ScopedDir dir;
  RasterSpec empty = gkDem();
  empty.value = [](int, int, int) { return -9999.0; };
  writeRaster(dir.path / "empty.tif", empty);
  auto read = io::readTerrain((dir.path / "empty.tif").string(), crs("EPSG:4547"), {});
  EXPECT_FALSE(read.grid);
  ASSERT_EQ(read.problems.size(), 1u);
  EXPECT_EQ(read.problems.items()[0].msg, core::Msg::DemAllNodata);

  RasterSpec plain = gkDem();
  plain.epsg = 0;
  writeRaster(dir.path / "plain.tif", plain);
  auto noCrs = io::readTerrain((dir.path / "plain.tif").string(), crs("EPSG:4547"), {});
  EXPECT_FALSE(noCrs.grid);
  ASSERT_EQ(noCrs.problems.size(), 1u);
  EXPECT_EQ(message(noCrs.problems.items()[0]), (dir.path / "plain.tif").string() +
                                                    ": the raster has no coordinate reference system; the map is "
                                                    "shown without it");
}

TEST(RasterReader, OrthophotoBecomesRgbaWithoutWritingNextToIt) {
  // 4 × 2 pixels of 10 m: the west half red, the east half blue.
  test::ScopedDir dir;
  RasterSpec s = spec(4, 2, 3, 500000, 3200020, 10, 10);
  s.type = GDT_Byte;
  s.value = [](int band, int c, int) { return (band == 1 && c < 2) || (band == 3 && c >= 2) ? 255.0 : 0.0; };
  writeRaster(dir.path / "ortho.tif", s);
  std::string before = test::directorySnapshot(dir.path);
  auto read = io::readBasemap((dir.path / "ortho.tif").string(), crs("EPSG:4547"), {});
  ASSERT_TRUE(read.image);
  const auto& im = *read.image;
  EXPECT_EQ(im.width, 4);
  EXPECT_EQ(im.height, 2);
  EXPECT_DOUBLE_EQ(im.extent.minX, 500000);
  EXPECT_DOUBLE_EQ(im.extent.maxY, 3200020);
  const std::uint8_t* west = im.at(0, 1);
  const std::uint8_t* east = im.at(3, 0);
  EXPECT_EQ(std::vector<int>(west, west + 4), (std::vector<int>{255, 0, 0, 255}));
  EXPECT_EQ(std::vector<int>(east, east + 4), (std::vector<int>{0, 0, 255, 255}));
  EXPECT_EQ(test::directorySnapshot(dir.path), before);
}

TEST(RasterReader, WorkspaceDemAndBasemapLoadWithTheCatalog) {
  test::ScopedDir dir;
  fs::create_directory(dir.path / "raster");
  writeRaster(dir.path / "raster" / "dem.tif", gkDem());
  std::ofstream(dir.path / "raster" / "ortho.tif") << "garbage";
  test::writeVector(dir.path / "parking.gpkg",
                    {{"parking",
                      4547,
                      {{"name"}, {"status"}, {"层数", test::FixtureField::Type::Integer}},
                      {{"POLYGON((500010 3200010,500030 3200010,500030 3200030,500010 3200030,500010 3200010))",
                        {"立体停车楼", "在建", "4"}}}}});
  std::ofstream(dir.path / "county.worksmap.toml") << "dem = \"raster/dem.tif\"\nbasemap = 'raster\\ortho.tif'\n"
                                                      "[[layer]]\nsource = \"parking.gpkg\"\nkind = \"停车场\"\n";
  auto sources = io::requestFromSources({(dir.path / "county.worksmap.toml").string()});
  EXPECT_EQ(sources.request.dem, (dir.path / "raster" / "dem.tif").string());
  EXPECT_EQ(sources.request.basemap, (dir.path / "raster" / "ortho.tif").string());
  auto catalog = io::loadCatalog(sources.request);
  ASSERT_EQ(catalog.projects.size(), 1u);
  EXPECT_EQ(catalog.projects[0].levels, 4);
  ASSERT_TRUE(catalog.terrain);
  EXPECT_FLOAT_EQ(catalog.terrain->at(0, 0), 100);
  EXPECT_FALSE(catalog.basemap);
  EXPECT_TRUE(catalog.diagnostics.contains(core::Msg::BasemapUnreadable));
}

TEST(RasterReader, WorkspaceRasterKeysAreTextNamingTheLineOtherwise) {
  io::WorkspaceLoad load = io::parseWorkspace("title = \"县\"\ndem = 5\nbasemap = \"\"\n", "ws/x.worksmap.toml");
  ASSERT_TRUE(load.workspace);
  EXPECT_EQ(load.workspace->dem, "");
  EXPECT_EQ(load.workspace->basemap, "");  // empty text: no basemap
  ASSERT_EQ(load.problems.size(), 1u);
  EXPECT_EQ(message(load.problems.items()[0]), "ws/x.worksmap.toml:2: 'dem' must be text in quotes");
}
