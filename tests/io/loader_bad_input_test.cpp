// Bad input made by the tests themselves: each case gets its documented message, the other layers still load
// and nothing is written next to the data.
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "core/diagnostic.hpp"
#include "io/catalog_loader.hpp"
#include "support/fixture_writer.hpp"

using namespace wm;
using test::FixtureField;
using test::FixtureLayer;
namespace fs = std::filesystem;

namespace {

// A good works layer that every case places beside the bad file: one road 0.01 degrees long.
FixtureLayer goodRoads() {
  return {"good_roads", 4490, {{"name"}, {"status"}}, {{"LINESTRING(114 29,114.01 29)", {"好路", "completed"}}}};
}

FixtureLayer lonLatLines(const std::string& name, int epsg = 4490) {
  return {
      name, epsg, {{"name"}}, {{"LINESTRING(114 29,114.01 29.01)", {"a"}}, {"LINESTRING(114.02 29,114.03 29)", {"b"}}}};
}

domain::Catalog loadDir(const fs::path& dir) {
  auto sources = io::requestFromSources({dir.string()});
  auto catalog = io::loadCatalog(sources.request);
  catalog.diagnostics.append(sources.problems);
  catalog.anySourceUnreadable |= sources.anyUnreadable;
  return catalog;
}

std::vector<std::string> messages(const domain::Catalog& c) {
  std::vector<std::string> out;
  for (const auto& d : c.diagnostics.items()) out.push_back(core::formatDiagnostic(d, core::Lang::En));
  return out;
}

bool hasMessage(const domain::Catalog& c, const std::string& text) {
  auto all = messages(c);
  return std::find(all.begin(), all.end(), text) != all.end();
}

const domain::Layer* layerNamed(const domain::Catalog& c, const std::string& name) {
  for (const auto& l : c.layers)
    if (l.info.name == name) return &l;
  return nullptr;
}

class BadInput : public ::testing::Test {
protected:
  void SetUp() override { test::writeVector(dir.path / "good_roads.shp", {goodRoads()}); }
  void expectGoodLayerLoaded(const domain::Catalog& c) {
    ASSERT_NE(layerNamed(c, "good_roads"), nullptr);
    ASSERT_EQ(c.projects.size(), 1u);
    EXPECT_EQ(c.projects[0].name, "好路");
  }
  test::ScopedDir dir;
};

}  // namespace

TEST_F(BadInput, MissingShxIsRebuiltInMemoryWithoutWritingOne) {
  test::writeVector(dir.path / "lines.shp", {lonLatLines("lines")});
  fs::remove(dir.path / "lines.shx");
  std::string before = test::directorySnapshot(dir.path);
  auto c = loadDir(dir.path);
  EXPECT_EQ(test::directorySnapshot(dir.path), before);
  EXPECT_TRUE(hasMessage(c, (dir.path / "lines.shp").string() +
                                ": the .shx index is missing; it was rebuilt in memory (no file was written)"))
      << testing::PrintToString(messages(c));
  const auto* lines = layerNamed(c, "lines");
  ASSERT_NE(lines, nullptr);
  EXPECT_EQ(lines->geometry.featureCount(), 2u);
  expectGoodLayerLoaded(c);
}

TEST_F(BadInput, MissingDbfLoadsGeometryWithoutAttributes) {
  test::writeVector(dir.path / "lines.shp", {lonLatLines("lines")});
  fs::remove(dir.path / "lines.dbf");
  std::string before = test::directorySnapshot(dir.path);
  auto c = loadDir(dir.path);
  EXPECT_EQ(test::directorySnapshot(dir.path), before);
  EXPECT_TRUE(hasMessage(c, (dir.path / "lines.shp").string() +
                                ": the .dbf attribute table is missing; the layer is loaded without attributes"));
  ASSERT_NE(layerNamed(c, "lines"), nullptr);
  EXPECT_EQ(layerNamed(c, "lines")->geometry.featureCount(), 2u);
  expectGoodLayerLoaded(c);
}

TEST_F(BadInput, MissingPrjWithLonLatCoordinatesIsInferredAndFlagged) {
  test::writeVector(dir.path / "lines.shp", {lonLatLines("lines")});
  fs::remove(dir.path / "lines.prj");
  auto c = loadDir(dir.path);
  EXPECT_TRUE(hasMessage(c, (dir.path / "lines.shp").string() +
                                ": layer lines: no CRS (missing .prj?); assumed EPSG:4490 from the coordinate range"));
  const auto* lines = layerNamed(c, "lines");
  ASSERT_NE(lines, nullptr);
  EXPECT_TRUE(lines->info.crsInferred);
  // Longitude 114 is the central meridian of the working zone (EPSG:4547): easting exactly 500 km.
  EXPECT_EQ(c.workingCrs.epsg(), 4547);
  EXPECT_NEAR(lines->geometry.x[0], 500000.0, 1e-6);
  expectGoodLayerLoaded(c);
}

// Beside a placed layer, one that cannot be placed would land anywhere: it is left out, saying why (alone it
// would be shown in its own plane: local_plane_test).
TEST_F(BadInput, MissingPrjWithLocalCoordinatesBesidePlacedDataSkipsTheLayer) {
  test::writeVector(dir.path / "local.shp", {{"local", 0, {{"name"}}, {{"LINESTRING(100 200,300 400)", {"x"}}}}});
  auto c = loadDir(dir.path);
  EXPECT_TRUE(hasMessage(c, (dir.path / "local.shp").string() +
                                ": layer local: no CRS that places it on the earth (coordinates x 100…300, y 200…400: "
                                "neither longitude/latitude nor Gauss-Kruger with a zone prefix), so it cannot be "
                                "placed relative to the other layers; set crs for this layer in the workspace (layer "
                                "skipped)"));
  EXPECT_FALSE(c.workingCrs.planar());
  EXPECT_EQ(layerNamed(c, "local"), nullptr);
  expectGoodLayerLoaded(c);
}

TEST_F(BadInput, EmptyLayerIsReported) {
  test::writeVector(dir.path / "empty.gpkg", {{"empty", 4490, {{"name"}}, {}}});
  auto c = loadDir(dir.path);
  EXPECT_TRUE(hasMessage(c, (dir.path / "empty.gpkg").string() + ": layer empty: the layer has no features"));
  expectGoodLayerLoaded(c);
}

TEST_F(BadInput, NullGeometryIsSkippedAndNamed) {
  test::writeVector(
      dir.path / "works.gpkg",
      {{"works",
        4490,
        {{"name"}, {"status"}},
        {{"POINT(114 29)", {"甲", "planned"}}, {"", {"乙", "planned"}}, {"POINT(114.1 29)", {"丙", "planned"}}}}});
  auto c = loadDir(dir.path);
  EXPECT_TRUE(hasMessage(c, (dir.path / "works.gpkg").string() + ": layer works, feature 2: no geometry; skipped"))
      << testing::PrintToString(messages(c));
  EXPECT_EQ(c.projects.size(), 3u);  // 好路, 甲, 丙
}

TEST_F(BadInput, TruncatedShpLosesOnlyTheDamagedFeatures) {
  test::writeVector(dir.path / "lines.shp", {lonLatLines("lines")});
  // Header (100 bytes) + first record (8-byte record header + 4 type + 32 box + 4 parts + 4 points + 4 part
  // index + 2 points × 16 = 88 bytes) = 188 bytes: cut in the middle of the second record.
  fs::resize_file(dir.path / "lines.shp", 200);
  auto c = loadDir(dir.path);
  const auto* lines = layerNamed(c, "lines");
  ASSERT_NE(lines, nullptr);
  EXPECT_EQ(lines->geometry.featureCount(), 1u);
  bool named = false;
  for (const auto& m : messages(c))
    named |= m.starts_with((dir.path / "lines.shp").string() + ": layer lines, feature 1: unreadable feature:");
  EXPECT_TRUE(named) << testing::PrintToString(messages(c));
  expectGoodLayerLoaded(c);
}

TEST_F(BadInput, ZipWithoutShapefileIsUnreadable) {
  test::writeStoredZip(dir.path / "county.zip", {{"readme.txt", "no shapefile here"}});

  auto c = loadDir(dir.path);
  EXPECT_TRUE(c.anySourceUnreadable);
  EXPECT_TRUE(hasMessage(
      c, (dir.path / "county.zip").string() + ": the zip archive contains no shapefile or other vector data"));
  expectGoodLayerLoaded(c);
}

TEST_F(BadInput, AbsurdCoordinatesAreSkippedAndNamed) {
  test::writeVector(dir.path / "works.gpkg",
                    {{"works",
                      4490,
                      {{"name"}, {"status"}},
                      {{"POINT(114 29)", {"甲", "planned"}}, {"POINT(514 29)", {"乙", "planned"}}}}});
  auto c = loadDir(dir.path);
  EXPECT_TRUE(hasMessage(
      c, (dir.path / "works.gpkg").string() + ": layer works, feature 2: coordinates out of range (514, 29); skipped"))
      << testing::PrintToString(messages(c));
  EXPECT_EQ(c.projects.size(), 2u);
}

TEST_F(BadInput, MissingSourceIsReportedAndTheRestLoads) {
  auto sources = io::requestFromSources({(dir.path / "nothing.shp").string(), dir.path.string()});
  EXPECT_TRUE(sources.anyUnreadable);
  ASSERT_EQ(sources.problems.size(), 1u);
  EXPECT_EQ(core::formatDiagnostic(sources.problems.items()[0], core::Lang::En),
            (dir.path / "nothing.shp").string() + ": no such file or directory");
  auto c = io::loadCatalog(sources.request);
  expectGoodLayerLoaded(c);
}
