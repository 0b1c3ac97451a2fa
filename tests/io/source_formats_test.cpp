// Every kind of source docs/design.md §2.1 names: a zipped shapefile, KML, GeoJSON, a directory.
#include <algorithm>
#include <cmath>
#include <mutex>
#include <fstream>
#include <sstream>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "io/catalog_loader.hpp"
#include "support/fixture_writer.hpp"

using namespace wm;
namespace fs = std::filesystem;

namespace {

// Two works of one geometry type (a shapefile holds only one).
test::FixtureLayer works(const std::string& name) {
  return {name,
          4490,
          {{"name"}, {"status"}, {"done_date"}},
          {{"LINESTRING(114 29,114.01 29)", {"甲路", "已完工", "2022-06-30"}},
           {"LINESTRING(114.02 29,114.03 29)", {"乙停车场", "在建", ""}}}};
}

std::string readFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

domain::Catalog load(const std::string& source) {
  auto sources = io::requestFromSources({source});
  EXPECT_FALSE(sources.anyUnreadable);
  return io::loadCatalog(sources.request);
}

}  // namespace

TEST(SourceFormats, ZippedShapefileIsReadInPlace) {
  test::ScopedDir dir;
  test::writeVector(dir.path / "works_roads.shp", {works("works_roads")});
  std::vector<std::pair<std::string, std::string>> members;
  for (const char* ext : {".shp", ".shx", ".dbf", ".prj", ".cpg"})
    members.emplace_back(std::string("county/works_roads") + ext,
                         readFile(dir.path / (std::string("works_roads") + ext)));
  test::writeStoredZip(dir.path / "county.zip", members);
  auto c = load((dir.path / "county.zip").string());
  ASSERT_EQ(c.layers.size(), 1u);
  EXPECT_EQ(c.layers[0].info.file, (dir.path / "county.zip").string() + "/county/works_roads.shp");
  ASSERT_EQ(c.projects.size(), 2u);
  EXPECT_EQ(c.projects[0].name, "甲路");
  EXPECT_EQ(c.projects[0].kind, domain::Kind::Road);  // from the layer name
}

TEST(SourceFormats, KmlAndGeoJsonAreRead) {
  test::ScopedDir dir;
  test::writeVector(dir.path / "works.kml", {works("parking")});
  test::writeVector(dir.path / "works.geojson", {works("parking")});
  for (const char* file : {"works.kml", "works.geojson"}) {
    auto c = load((dir.path / file).string());
    ASSERT_EQ(c.projects.size(), 2u) << file;
    EXPECT_EQ(c.projects[1].name, "乙停车场") << file;
    EXPECT_EQ(c.projects[1].recorded, domain::RecordedStatus::UnderConstruction) << file;
    EXPECT_EQ(c.layers[0].info.encoding, "UTF-8");
  }
}

TEST(SourceFormats, DirectoryMeansEveryVectorFileDirectlyInIt) {
  test::ScopedDir dir;
  test::writeVector(dir.path / "a.gpkg", {works("roads")});
  fs::create_directories(dir.path / "older");
  test::writeVector(dir.path / "older" / "b.gpkg", {works("roads")});  // not entered
  std::ofstream(dir.path / "notes.txt") << "not data";                 // not a vector extension
  auto c = load(dir.path.string());
  EXPECT_EQ(c.layers.size(), 1u);
  EXPECT_EQ(c.projects.size(), 2u);
}

TEST(SourceFormats, DatesStoredAsNumbersAreRead) {
  test::ScopedDir dir;
  using F = test::FixtureField;
  test::writeVector(dir.path / "works.gpkg",
                    {{"works",
                      4490,
                      {{"name"}, {"status"}, {"done_date", F::Type::Integer}, {"plan_done", F::Type::Real}},
                      {{"POINT(114 29)", {"甲", "completed", "20220630", "20220531"}}}}});
  auto c = load((dir.path / "works.gpkg").string());
  ASSERT_EQ(c.projects.size(), 1u);
  ASSERT_TRUE(c.projects[0].done.has_value());
  EXPECT_EQ(c.projects[0].done->iso(), "2022-06-30");
  ASSERT_TRUE(c.projects[0].planDone.has_value());
  EXPECT_EQ(c.projects[0].planDone->iso(), "2022-05-31");
  EXPECT_TRUE(c.diagnostics.empty());
}

TEST(SourceFormats, ADrawingLoadLeavesTheFiguresOutAndReadsTheRest) {
  // A shapefile and a GeoPackage: GDAL's ignored fields are honoured by both drivers.
  for (const char* file : {"works_parking.shp", "county.gpkg"}) {
    test::ScopedDir dir;
    test::writeVector(dir.path / file, {{"works_parking",
                                         4490,
                                         {{"name"},
                                          {"status"},
                                          {"progress", test::FixtureField::Type::Real},
                                          {"spaces", test::FixtureField::Type::Integer},
                                          {"remark"}},
                                         {{"POINT(114 29)", {"丙停车场", "在建", "40", "120", "备注"}}}}});
    auto sources = io::requestFromSources({(dir.path / file).string()});
    io::LoadOptions drawing;
    drawing.measure = false;
    auto c = io::loadCatalog(sources.request, drawing);
    ASSERT_EQ(c.projects.size(), 1u) << file;
    EXPECT_EQ(c.projects[0].name, "丙停车场");
    EXPECT_EQ(c.projects[0].recorded, domain::RecordedStatus::UnderConstruction);
    EXPECT_TRUE(std::isnan(c.projects[0].progress));
    EXPECT_EQ(c.projects[0].spaces, 0);
    // A full load reads them.
    auto full = io::loadCatalog(sources.request);
    ASSERT_EQ(full.projects.size(), 1u);
    EXPECT_EQ(full.projects[0].progress, 40.0);
    EXPECT_EQ(full.projects[0].spaces, 120);
  }
}

TEST(SourceFormats, LoadingReportsEachLayersProgressThenItsEnd) {
  // A GeoPackage of 10,000 sewer points and 2 roads: every layer is reported at 0 before any is read, then the
  // points as read every 4,096 features.
  test::ScopedDir dir;
  test::FixtureLayer sewers{"works_sewer", 4490, {{"name"}, {"status"}}, {}};
  for (int i = 0; i < 10000; ++i)
    sewers.features.push_back({fmt::format("POINT({} {})", 114 + i * 1e-5, 29), {"井" + std::to_string(i), "在建"}});
  test::FixtureLayer roads{
      "roads",
      4490,
      {{"name"}},
      {{"LINESTRING(114 29,114.01 29)", {"甲路"}}, {"LINESTRING(114 29.01,114.01 29.01)", {"乙路"}}}};
  test::writeVector(dir.path / "county.gpkg", {sewers, roads});
  std::mutex lock;
  std::vector<io::LayerProgress> events;
  io::LoadOptions options;
  options.progress = [&](const io::LayerProgress& p) {
    std::lock_guard guard(lock);
    events.push_back(p);
  };
  auto sources = io::requestFromSources({(dir.path / "county.gpkg").string()});
  auto c = io::loadCatalog(sources.request, options);
  ASSERT_EQ(c.projects.size(), 10000u);
  using Stage = io::LayerProgress::Stage;
  for (std::size_t layer : {0u, 1u}) {
    std::vector<io::LayerProgress> mine;
    for (const auto& e : events)
      if (e.layer == layer) mine.push_back(e);
    ASSERT_FALSE(mine.empty()) << layer;
    EXPECT_EQ(mine.back().stage, Stage::Done);
    EXPECT_EQ(std::count_if(mine.begin(), mine.end(), [](const auto& e) { return e.stage == Stage::Done; }), 1);
    std::size_t expected = mine.front().name.find("works_sewer") != std::string::npos ? 10000 : 2;
    EXPECT_EQ(mine.back().done, expected);
    std::size_t lastRead = 0, reads = 0;
    for (const auto& e : mine)
      if (e.stage == Stage::Reading) {
        EXPECT_GE(e.done, lastRead);
        EXPECT_EQ(e.total, expected);
        lastRead = e.done, ++reads;
      }
    EXPECT_EQ(lastRead, expected);
    EXPECT_EQ(mine.front().stage, Stage::Reading);
    EXPECT_EQ(mine.front().done, 0u);
    if (expected == 10000) {
      EXPECT_EQ(reads, 4u);  // 0, 4,096, 8,192, then the end
    }
  }
}
