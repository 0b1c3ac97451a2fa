// Data that cannot be placed on the earth (issue 13, item 6): a survey grid without a .prj, or a .prj naming a
// local CRS. Alone (or with others sharing the problem) it is shown in a plane of its own, coordinates as
// metres, lengths and areas planar, with a warning naming the file; beside placed data it is left out.
#include <algorithm>
#include <filesystem>
#include <fstream>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "core/diagnostic.hpp"
#include "core/translation.hpp"
#include "io/catalog_loader.hpp"
#include "support/fixture_writer.hpp"

using namespace wm;
namespace fs = std::filesystem;

namespace {

domain::Catalog load(const fs::path& source) {
  auto sources = io::requestFromSources({source.string()});
  return io::loadCatalog(sources.request);
}

std::vector<std::string> messages(const domain::Catalog& c) {
  std::vector<std::string> out;
  for (const auto& d : c.diagnostics.items()) out.push_back(core::formatDiagnostic(d, core::Lang::En));
  return out;
}

const domain::Project* named(const domain::Catalog& c, const std::string& name) {
  for (const auto& p : c.projects)
    if (p.name == name) return &p;
  return nullptr;
}

// A town's works on the survey office's own grid (x 3000…9000 m, y 2000…6000 m), as two shapefiles without a
// .prj: 道路.shp, a road from (3000, 2000) to (6000, 6000) — a 3-4-5 triangle, 5000 m — and 游园.shp, a park
// 100 m × 60 m = 6000 m² with a 10 m × 10 m pond (100 m²) cut out: 5900 m².
void writeGridWorks(const fs::path& dir) {
  test::writeVector(dir / "道路.shp",
                    {{"道路", 0, {{"name"}, {"status"}}, {{"LINESTRING(3000 2000,6000 6000)", {"环城路", "在建"}}}}});
  test::writeVector(dir / "游园.shp", {{"游园",
                                        0,
                                        {{"name"}, {"status"}},
                                        {{"POLYGON((8900 5000,9000 5000,9000 5060,8900 5060,8900 5000),"
                                          "(8950 5020,8960 5020,8960 5030,8950 5030,8950 5020))",
                                          {"小游园", "已完工"}}}}});
}

}  // namespace

TEST(LocalPlane, UnplaceableLayersAloneAreShownInTheirOwnPlaneWithPlanarMeasures) {
  test::ScopedDir dir;
  writeGridWorks(dir.path);
  domain::Catalog c = load(dir.path);
  ASSERT_EQ(c.layers.size(), 2u) << ::testing::PrintToString(messages(c));
  EXPECT_TRUE(c.workingCrs.planar());
  // The coordinates stand as they are: the road's first vertex is (3000, 2000).
  const domain::Project* road = named(c, "环城路");
  const domain::Project* park = named(c, "小游园");
  ASSERT_NE(road, nullptr);
  ASSERT_NE(park, nullptr);
  const auto& g = c.layers[road->layer].geometry;
  EXPECT_DOUBLE_EQ(g.x[0], 3000.0);
  EXPECT_DOUBLE_EQ(g.y[0], 2000.0);
  EXPECT_DOUBLE_EQ(road->lengthM, 5000.0);
  EXPECT_DOUBLE_EQ(park->areaM2, 5900.0);
  EXPECT_EQ(core::argText(c.layers[0].info.sourceCrs, core::Lang::En), "local plane (no CRS)");
  const std::string said =
      ": no CRS that places it on the earth (coordinates {}: neither longitude/latitude nor "
      "Gauss-Kruger with a zone prefix): shown in a plane of its own; the coordinates' unit is unknown and taken "
      "to be metres, lengths and areas planar; set crs for this layer in the workspace to place it";
  auto expected = std::vector<std::string>{
      (dir.path / "游园.shp").string() + ": layer 游园" + fmt::format(fmt::runtime(said), "x 8900…9000, y 5000…5060"),
      (dir.path / "道路.shp").string() + ": layer 道路" + fmt::format(fmt::runtime(said), "x 3000…6000, y 2000…6000")};
  auto got = messages(c);
  std::sort(got.begin(), got.end());
  std::sort(expected.begin(), expected.end());
  EXPECT_EQ(got, expected);
}

// Every layer shares the problem (the survey office's roads and the works on the same grid): all of them are
// shown, together, in the one plane; a register without coordinates beside them is counted too.
TEST(LocalPlane, LayersThatAllShareTheProblemShareThePlane) {
  test::ScopedDir dir;
  writeGridWorks(dir.path);
  test::writeVector(dir.path / "roads.shp",
                    {{"roads", 0, {{"name"}}, {{"LINESTRING(3000 2500,9000 2500)", {"纬一路"}}}}});
  test::writeVector(dir.path / "register.gpkg",
                    {{"登记", 0, {{"项目名称"}, {"状态"}}, {{"", {"城东停车场", "规划"}}}}});
  domain::Catalog c = load(dir.path);
  EXPECT_TRUE(c.workingCrs.planar());
  ASSERT_EQ(c.layers.size(), 4u) << ::testing::PrintToString(messages(c));
  for (const auto& l : c.layers)
    if (l.info.name == "roads") {
      EXPECT_DOUBLE_EQ(l.geometry.x[1], 9000.0);
    }
  EXPECT_NE(named(c, "城东停车场"), nullptr);
  int planeWarnings = 0;
  for (const auto& d : c.diagnostics.items()) planeWarnings += d.msg == core::Msg::CrsLocalPlane;
  EXPECT_EQ(planeWarnings, 3);  // works, parks and roads; the register has nothing to place
}

// A .prj naming a local (engineering) CRS, as CAD exports and site surveys write it: planar too.
TEST(LocalPlane, APrjNamingALocalCrsIsPlanar) {
  test::ScopedDir dir;
  writeGridWorks(dir.path);
  std::ofstream(dir.path / "道路.prj")
      << R"(LOCAL_CS["Site grid",LOCAL_DATUM["Site",0],UNIT["Meter",1],AXIS["X",EAST],AXIS["Y",NORTH]])";
  domain::Catalog c = load(dir.path / "道路.shp");
  ASSERT_EQ(c.layers.size(), 1u) << ::testing::PrintToString(messages(c));
  EXPECT_TRUE(c.workingCrs.planar());
  const domain::Project* road = named(c, "环城路");
  ASSERT_NE(road, nullptr);
  EXPECT_DOUBLE_EQ(road->lengthM, 5000.0);
}

// A site grid in US survey feet (1 ft = 1200/3937 m = 0.3048006096 m), its .prj saying so: the coordinates are
// converted to metres as they are read, and so are the measures. The road's 5000 ft are 1524.003048 m; the
// park's 5900 ft² are 5900 × 0.3048006096² = 548.1301 m²; its corner x 8900 ft is 2712.725 m.
TEST(LocalPlane, ALocalCrsInFeetIsShownAndMeasuredInMetres) {
  test::ScopedDir dir;
  writeGridWorks(dir.path);
  const char* feet = R"x(LOCAL_CS["Site grid (US ft)",LOCAL_DATUM["Site",0],UNIT["US survey foot",0.304800609601219],)x"
                     R"x(AXIS["X",EAST],AXIS["Y",NORTH]])x";
  std::ofstream(dir.path / "道路.prj") << feet;
  std::ofstream(dir.path / "游园.prj") << feet;
  domain::Catalog c = load(dir.path);
  ASSERT_EQ(c.layers.size(), 2u) << ::testing::PrintToString(messages(c));
  EXPECT_TRUE(c.workingCrs.planar());
  const double foot = 1200.0 / 3937.0;
  const domain::Project* road = named(c, "环城路");
  const domain::Project* park = named(c, "小游园");
  ASSERT_NE(road, nullptr);
  ASSERT_NE(park, nullptr);
  EXPECT_NEAR(road->lengthM, 1524.003048, 1e-6);
  EXPECT_NEAR(park->areaM2, 548.1301285, 1e-6);
  const auto& g = c.layers[road->layer].geometry;
  EXPECT_NEAR(g.x[0], 3000 * foot, 1e-9);  // 914.4018 m
  EXPECT_NEAR(g.y[1], 6000 * foot, 1e-9);
  const std::string said = (dir.path / "道路.shp").string() +
                           ": layer 道路: its CRS 'Site grid (US ft)' is a local one that does not place it on the "
                           "earth (coordinates x 3000…6000, y 2000…6000): shown in a plane of its own, its "
                           "coordinates in US survey foot converted to metres (1 US survey foot = 0.3048006096 m), "
                           "lengths and areas planar; set crs for this layer in the workspace to place it";
  auto got = messages(c);
  EXPECT_NE(std::find(got.begin(), got.end(), said), got.end()) << ::testing::PrintToString(got);
}

// A layer projected in US survey feet and placed on the earth (EPSG:2227, California zone III, a Lambert
// conformal conic): PROJ takes the feet to longitude/latitude, and the measures are the ground's. A road 5280 ft
// due north (1609.3472 m on the grid) near 37.5 N (northing 2 000 000 ft, the false northing being
// 1 640 416.67 ft at 36.5 N) and a park 1000 ft × 1000 ft (92 903.41 m² on the grid): on
// the ground they differ from the grid by the projection's scale factor, within 1e-4 of 1 between the zone's
// standard parallels (37°04' and 38°26').
TEST(LocalPlane, AProjectedLayerInFeetIsMeasuredInMetres) {
  test::ScopedDir dir;
  test::writeVector(dir.path / "roads.shp", {{"roads",
                                              2227,
                                              {{"name"}, {"status"}},
                                              {{"LINESTRING(6000000 2000000,6000000 2005280)", {"Main St", "在建"}}}}});
  test::writeVector(dir.path / "parks.shp",
                    {{"parks",
                      2227,
                      {{"name"}, {"status"}},
                      {{"POLYGON((6010000 2000000,6011000 2000000,6011000 2001000,6010000 2001000,6010000 2000000))",
                        {"Oak Park", "已完工"}}}}});
  domain::Catalog c = load(dir.path);
  ASSERT_EQ(c.layers.size(), 2u) << ::testing::PrintToString(messages(c));
  EXPECT_FALSE(c.workingCrs.planar());
  const domain::Project* road = named(c, "Main St");
  const domain::Project* park = named(c, "Oak Park");
  ASSERT_NE(road, nullptr);
  ASSERT_NE(park, nullptr);
  EXPECT_NEAR(road->lengthM, 1609.3472, 1609.3472 * 1e-4);
  EXPECT_NEAR(park->areaM2, 92903.41, 92903.41 * 2e-4);
}

// A workspace asking for a working CRS in feet (or in degrees) would have the map, its scale bar and its
// measures take those units for metres: it is said, and the CRS chosen from the data is used.
TEST(LocalPlane, AWorkingCrsNotInMetresIsReplacedSayingWhy) {
  test::ScopedDir dir;
  test::writeVector(dir.path / "roads.shp",
                    {{"roads", 4490, {{"name"}}, {{"LINESTRING(114.3 30.6,114.31 30.6)", {"滨河路"}}}}});
  for (const auto& [crs, unit] : {std::pair{"EPSG:2227", "US survey foot"}, {"EPSG:4490", "degree"}}) {
    auto sources = io::requestFromSources({(dir.path / "roads.shp").string()});
    sources.request.workingCrs = crs;
    domain::Catalog c = io::loadCatalog(sources.request);
    EXPECT_EQ(c.workingCrs.epsg(), 4547);  // CGCS2000 3° GK CM 114E, from the data
    auto got = messages(c);
    const std::string said = std::string("the working CRS '") + crs + "' has its coordinates in " + unit +
                             ", but the map is drawn, scaled and measured in metres: the CRS chosen from the data "
                             "is used instead";
    EXPECT_NE(std::find(got.begin(), got.end(), said), got.end()) << ::testing::PrintToString(got);
  }
}
