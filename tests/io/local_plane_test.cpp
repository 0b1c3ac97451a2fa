// Data that cannot be placed on the earth (issue 13, item 6): a survey grid without a .prj, or a .prj naming a
// local CRS. Alone (or with others sharing the problem) it is shown in a plane of its own, coordinates as
// metres, lengths and areas planar, with a warning naming the file; beside placed data it is left out.
#include <filesystem>
#include <fstream>

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

// A town's works on the survey office's own grid (x 3000…9000 m, y 2000…6000 m): a road from (3000, 2000) to
// (6000, 6000) — a 3-4-5 triangle, 5000 m — and a park 100 m × 60 m = 6000 m² with a 10 m × 10 m pond (100 m²)
// cut out: 5900 m².
test::FixtureLayer gridWorks() {
  return {"works",
          0,
          {{"name"}, {"status"}},
          {{"LINESTRING(3000 2000,6000 6000)", {"环城路", "在建"}},
           {"POLYGON((8900 5000,9000 5000,9000 5060,8900 5060,8900 5000),"
            "(8950 5020,8960 5020,8960 5030,8950 5030,8950 5020))",
            {"小游园", "已完工"}}}};
}

}  // namespace

TEST(LocalPlane, AnUnplaceableLayerAloneIsShownInItsOwnPlaneWithPlanarMeasures) {
  test::ScopedDir dir;
  test::writeVector(dir.path / "works.shp", {gridWorks()});
  domain::Catalog c = load(dir.path / "works.shp");
  ASSERT_EQ(c.layers.size(), 1u) << ::testing::PrintToString(messages(c));
  EXPECT_TRUE(c.workingCrs.planar());
  // The coordinates stand as they are: the road's first vertex is (3000, 2000).
  const auto& g = c.layers[0].geometry;
  EXPECT_DOUBLE_EQ(g.x[0], 3000.0);
  EXPECT_DOUBLE_EQ(g.y[0], 2000.0);
  const domain::Project* road = named(c, "环城路");
  const domain::Project* park = named(c, "小游园");
  ASSERT_NE(road, nullptr);
  ASSERT_NE(park, nullptr);
  EXPECT_DOUBLE_EQ(road->lengthM, 5000.0);
  EXPECT_DOUBLE_EQ(park->areaM2, 5900.0);
  EXPECT_EQ(core::argText(c.layers[0].info.sourceCrs, core::Lang::En), "local plane (no CRS)");
  EXPECT_EQ(messages(c), (std::vector<std::string>{
                             (dir.path / "works.shp").string() +
                             ": layer works: no CRS that places it on the earth (coordinates x 3000…9000, y 2000…6000: "
                             "neither longitude/latitude nor Gauss-Kruger with a zone prefix): shown in a plane of its "
                             "own, coordinates taken as metres, lengths and areas planar; set crs for this layer in the "
                             "workspace to place it"}));
}

// Every layer shares the problem (the survey office's roads and the works on the same grid): all of them are
// shown, together, in the one plane; a register without coordinates beside them is counted too.
TEST(LocalPlane, LayersThatAllShareTheProblemShareThePlane) {
  test::ScopedDir dir;
  test::writeVector(dir.path / "works.shp", {gridWorks()});
  test::writeVector(dir.path / "roads.shp", {{"roads", 0, {{"name"}}, {{"LINESTRING(3000 2500,9000 2500)", {"纬一路"}}}}});
  test::writeVector(dir.path / "register.gpkg",
                    {{"登记", 0, {{"项目名称"}, {"状态"}}, {{"", {"城东停车场", "规划"}}}}});
  domain::Catalog c = load(dir.path);
  EXPECT_TRUE(c.workingCrs.planar());
  ASSERT_EQ(c.layers.size(), 3u) << ::testing::PrintToString(messages(c));
  for (const auto& l : c.layers)
    if (l.info.name == "roads") EXPECT_DOUBLE_EQ(l.geometry.x[1], 9000.0);
  EXPECT_NE(named(c, "城东停车场"), nullptr);
  int planeWarnings = 0;
  for (const auto& d : c.diagnostics.items()) planeWarnings += d.msg == core::Msg::CrsLocalPlane;
  EXPECT_EQ(planeWarnings, 2);  // works and roads; the register has nothing to place
}

// A .prj naming a local (engineering) CRS, as CAD exports and site surveys write it: planar too.
TEST(LocalPlane, APrjNamingALocalCrsIsPlanar) {
  test::ScopedDir dir;
  test::writeVector(dir.path / "site.shp", {gridWorks()});
  std::ofstream(dir.path / "site.prj")
      << R"(LOCAL_CS["Site grid",LOCAL_DATUM["Site",0],UNIT["Meter",1],AXIS["X",EAST],AXIS["Y",NORTH]])";
  domain::Catalog c = load(dir.path / "site.shp");
  ASSERT_EQ(c.layers.size(), 1u) << ::testing::PrintToString(messages(c));
  EXPECT_TRUE(c.workingCrs.planar());
  const domain::Project* road = named(c, "环城路");
  ASSERT_NE(road, nullptr);
  EXPECT_DOUBLE_EQ(road->lengthM, 5000.0);
}
