// Chinese admin layers as bureaus get them (issue 13, item 4): district layers recognised by their names and name
// fields — GBK shapefiles named 区县界_area with NAME, 乡镇界, 村界, 三调's XZQ with XZQMC/XZQDM — become the
// district layer exactly as a workspace's [districts] would make them (names, the spatial join); of several, the
// finest that covers the works, said in a note.
#include <cmath>
#include <fstream>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "io/catalog_loader.hpp"
#include "support/fixture_writer.hpp"

using namespace wm;
using test::FixtureLayer;
namespace fs = std::filesystem;

namespace {

// A square of `size` degrees with its lower left corner at (x, y), as WKT.
std::string square(double x, double y, double size) {
  return fmt::format("POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))", x, y, x + size, y + size);
}

// Works: four points, one in each quarter of the square 114..114.02 × 29..29.02.
FixtureLayer works() {
  return {"works",
          4490,
          {{"name"}, {"status"}},
          {{"POINT(114.005 29.005)", {"西南游园", "completed"}},
           {"POINT(114.015 29.005)", {"东南停车场", "planned"}},
           {"POINT(114.005 29.015)", {"西北游园", "completed"}},
           {"POINT(114.015 29.015)", {"东北道路", "planned"}}}};
}

domain::Catalog loadDir(const fs::path& dir) {
  auto sources = io::requestFromSources({dir.string()});
  return io::loadCatalog(sources.request);
}

const domain::Layer* layerNamed(const domain::Catalog& c, const std::string& name) {
  for (const auto& l : c.layers)
    if (l.info.name == name) return &l;
  return nullptr;
}

}  // namespace

TEST(AdminLayers, AGbkDistrictShapefileNamedQuXianJieWithNameIsTheDistrictLayer) {
  test::ScopedDir dir;
  // Two districts, west and east halves, GBK as real files are; the layer name carries the `_area` suffix.
  test::writeVector(dir.path / "区县界_area.shp",
                    {{"区县界_area",
                      4490,
                      {{"NAME"}, {"CODE"}},
                      {{"POLYGON((114 29,114.01 29,114.01 29.02,114 29.02,114 29))", {"青山区", "420101"}},
                       {"POLYGON((114.01 29,114.02 29,114.02 29.02,114.01 29.02,114.01 29))", {"洪山区", "420102"}}},
                      {"ENCODING=CP936"}}});
  test::writeVector(dir.path / "works.gpkg", {works()});
  domain::Catalog c = loadDir(dir.path);
  ASSERT_GE(c.districtLayer, 0);
  EXPECT_EQ(c.layers[static_cast<std::size_t>(c.districtLayer)].info.name, "区县界_area");
  EXPECT_EQ(c.layers[static_cast<std::size_t>(c.districtLayer)].info.role, domain::LayerRole::Districts);
  ASSERT_EQ(c.districts.size(), 2u);
  EXPECT_EQ(c.districts[0].name, "青山区");  // decoded from GBK
  EXPECT_EQ(c.districts[1].name, "洪山区");
  ASSERT_EQ(c.projects.size(), 4u);
  // Joined by position, as [districts] would: the western works in 青山区, the eastern in 洪山区.
  for (const auto& p : c.projects) {
    ASSERT_GE(p.district, 0) << p.name;
    EXPECT_EQ(c.districts[static_cast<std::size_t>(p.district)].name, p.name.starts_with("西") ? "青山区" : "洪山区");
  }
}

TEST(AdminLayers, XzqWithXzqmcIsLabelledByXzqmcNotByItsCode) {
  test::ScopedDir dir;
  test::writeVector(
      dir.path / "三调.gpkg",
      {{"XZQ", 4490, {{"XZQDM"}, {"XZQMC"}, {"MC"}}, {{square(114, 29, 0.02), {"420101001", "青山街道", "备注"}}}}});
  domain::Catalog c = loadDir(dir.path);
  ASSERT_EQ(c.districtLayer, 0);
  ASSERT_EQ(c.districts.size(), 1u);
  EXPECT_EQ(c.districts[0].name, "青山街道");
}

TEST(AdminLayers, OfSeveralDistrictLayersTheFinestThatCoversTheWorksIsChosenAndSaid) {
  test::ScopedDir dir;
  // 乡镇界: 2 towns covering all four works; 村界: 3 villages, but only over the western half (2 of 4 works);
  // 区县界: the one county around everything. The finest covering the works as well as the best is 乡镇界.
  test::writeVector(dir.path / "admin.gpkg",
                    {{"区县界", 4490, {{"NAME"}}, {{square(113.99, 28.99, 0.04), {"示例县"}}}},
                     {"乡镇界",
                      4490,
                      {{"乡镇名称"}},
                      {{"POLYGON((114 29,114.01 29,114.01 29.02,114 29.02,114 29))", {"西镇"}},
                       {"POLYGON((114.01 29,114.02 29,114.02 29.02,114.01 29.02,114.01 29))", {"东镇"}}}},
                     {"村界",
                      4490,
                      {{"名称"}},
                      {{square(114, 29, 0.01), {"甲村"}},
                       {"POLYGON((114 29.01,114.01 29.01,114.01 29.02,114 29.02,114 29.01))", {"乙村"}},
                       {square(113.99, 28.99, 0.005), {"丙村"}}}}});
  test::writeVector(dir.path / "works.gpkg", {works()});
  domain::Catalog c = loadDir(dir.path);
  const domain::Layer* towns = layerNamed(c, "乡镇界");
  ASSERT_NE(towns, nullptr);
  EXPECT_EQ(towns->info.role, domain::LayerRole::Districts);
  EXPECT_EQ(layerNamed(c, "村界")->info.role, domain::LayerRole::Base);
  EXPECT_EQ(layerNamed(c, "区县界")->info.role, domain::LayerRole::Base);
  ASSERT_EQ(c.districts.size(), 2u);
  EXPECT_EQ(c.districts[0].name, "西镇");
  std::string said;
  for (const auto& d : c.diagnostics.items())
    if (d.msg == core::Msg::DistrictLayerChosen) said = core::formatDiagnostic(d, core::Lang::En);
  EXPECT_TRUE(said.ends_with(
      "admin.gpkg: district layer: 乡镇界 (2 districts, 100% of the works inside); other admin layers drawn as "
      "base layers: 区县界 (1, 100%), 村界 (3, 50%)"))
      << said;
}

TEST(AdminLayers, ACountyOutlineIsABaseLayerNotTheDistricts) {
  test::ScopedDir dir;
  test::writeVector(dir.path / "县界.shp",
                    {{"县界", 4490, {{"NAME"}}, {{square(114, 29, 0.02), {"示例县"}}}, {"ENCODING=CP936"}}});
  domain::Catalog c = loadDir(dir.path);
  ASSERT_EQ(c.layers.size(), 1u);
  EXPECT_EQ(c.layers[0].info.role, domain::LayerRole::Base);
  EXPECT_EQ(c.districtLayer, -1);
  ASSERT_EQ(c.layers[0].labels.size(), 1u);
  EXPECT_EQ(c.layers[0].labels[0], "示例县");
}

namespace {

std::vector<std::string> messagesOf(const domain::Catalog& c, core::Msg msg) {
  std::vector<std::string> out;
  for (const auto& d : c.diagnostics.items())
    if (d.msg == msg) out.push_back(core::formatDiagnostic(d, core::Lang::En));
  return out;
}

}  // namespace

// One district layer that covers only the western quarter-square's work (1 of 4): said, since the other three
// count as unassigned; the same layer over all four works says nothing.
TEST(AdminLayers, ASingleDistrictLayerMissingMostWorksIsSaid) {
  test::ScopedDir dir;
  test::writeVector(dir.path / "乡镇界.gpkg", {{"乡镇界", 4490, {{"NAME"}}, {{square(114, 29, 0.01), {"西南镇"}}}}});
  test::writeVector(dir.path / "works.gpkg", {works()});
  domain::Catalog c = loadDir(dir.path);
  ASSERT_GE(c.districtLayer, 0);
  EXPECT_EQ(messagesOf(c, core::Msg::DistrictLayerCoversFewWorks),
            (std::vector<std::string>{(dir.path / "乡镇界.gpkg").string() +
                                      ": district layer 乡镇界: only 25% of the works with a place lie inside its "
                                      "polygons; the others count as unassigned (is it the admin layer of these works, "
                                      "and do both share a CRS?)"}));
  test::ScopedDir covered;
  test::writeVector(covered.path / "乡镇界.gpkg", {{"乡镇界", 4490, {{"NAME"}}, {{square(114, 29, 0.02), {"全镇"}}}}});
  test::writeVector(covered.path / "works.gpkg", {works()});
  EXPECT_TRUE(messagesOf(loadDir(covered.path), core::Msg::DistrictLayerCoversFewWorks).empty());
}

// Ledger rows without coordinates have no place to be inside anything: they do not count against the layer.
// Here 2 placed works inside and 6 register rows (a GeoPackage table with a status column) without a place.
TEST(AdminLayers, WorksWithoutAPlaceDoNotCountAgainstTheDistrictLayer) {
  test::ScopedDir dir;
  test::writeVector(dir.path / "乡镇界.gpkg", {{"乡镇界", 4490, {{"NAME"}}, {{square(114, 29, 0.02), {"全镇"}}}}});
  test::writeVector(dir.path / "works.gpkg",
                    {{"works",
                      4490,
                      {{"name"}, {"status"}},
                      {{"POINT(114.005 29.005)", {"甲", "planned"}}, {"POINT(114.015 29.015)", {"乙", "planned"}}}}});
  std::vector<test::FixtureFeature> rows;
  for (int i = 0; i < 6; ++i) rows.push_back({"", {fmt::format("登记{}", i), "在建"}});
  test::writeVector(dir.path / "register.gpkg", {{"项目登记", 0, {{"项目名称"}, {"状态"}}, rows}});
  domain::Catalog c = loadDir(dir.path);
  ASSERT_EQ(c.projects.size(), 8u);
  EXPECT_TRUE(messagesOf(c, core::Msg::DistrictLayerCoversFewWorks).empty());
}

// Of several candidates the finest covering the works is kept, and when even it misses most of them that is
// said too: 村界 (2 villages) and 区县界 (1 county), both over the south-western quarter only (1 of 4 works).
TEST(AdminLayers, TheChosenDistrictLayerIsAlsoCheckedForCoverage) {
  test::ScopedDir dir;
  test::writeVector(dir.path / "admin.gpkg",
                    {{"区县界", 4490, {{"NAME"}}, {{square(114, 29, 0.01), {"西南县"}}}},
                     {"村界",
                      4490,
                      {{"名称"}},
                      {{"POLYGON((114 29,114.01 29,114.01 29.0075,114 29.0075,114 29))", {"甲村"}},
                       {"POLYGON((114 29.0075,114.01 29.0075,114.01 29.01,114 29.01,114 29.0075))", {"乙村"}}}}});
  test::writeVector(dir.path / "works.gpkg", {works()});
  domain::Catalog c = loadDir(dir.path);
  ASSERT_GE(c.districtLayer, 0);
  EXPECT_EQ(c.layers[static_cast<std::size_t>(c.districtLayer)].info.name, "村界");
  auto said = messagesOf(c, core::Msg::DistrictLayerCoversFewWorks);
  ASSERT_EQ(said.size(), 1u);
  EXPECT_NE(said[0].find("district layer 村界: only 25% of the works"), std::string::npos) << said[0];
}

// Real admin data as a new user brings it: the districts as a GBK shapefile 区县界_area.shp with NAME and no
// .cpg and no DBF language byte, and the county outline as a GeoJSON of 3000 short segments (a public
// admin-boundary extract). The districts are decoded and joined; the outline is a base layer, vertex for vertex.
TEST(AdminLayers, GbkDistrictsWithoutCpgBesideADenseCountyOutline) {
  test::ScopedDir dir;
  test::writeGbkDistricts(dir.path);
  fs::remove(dir.path / "区县界_area.cpg");
  {
    std::fstream dbf(dir.path / "区县界_area.dbf", std::ios::in | std::ios::out | std::ios::binary);
    dbf.seekp(29);
    dbf.put('\0');  // no language driver id either
  }
  std::string ring = "POLYGON((";
  for (int i = 0; i <= 3000; ++i) {
    const double a = 2 * M_PI * (i % 3000) / 3000.0;
    ring += fmt::format("{}{:.7f} {:.7f}", i ? "," : "", 114.01 + 0.015 * std::cos(a), 29.01 + 0.015 * std::sin(a));
  }
  test::writeVector(dir.path / "县界.geojson", {{"县界", 4326, {{"NAME"}}, {{ring + "))", {"示例县"}}}}});
  test::writeVector(dir.path / "works.gpkg", {works()});
  domain::Catalog c = loadDir(dir.path);
  const domain::Layer* districts = layerNamed(c, "区县界_area");
  ASSERT_NE(districts, nullptr);
  EXPECT_EQ(districts->info.role, domain::LayerRole::Districts);
  EXPECT_EQ(districts->info.encodingHow.source, domain::EncodingSource::Detected);
  ASSERT_EQ(c.districts.size(), 2u);
  EXPECT_EQ(c.districts[0].name, "青山区");
  for (const auto& p : c.projects) EXPECT_GE(p.district, 0) << p.name;
  const domain::Layer* outline = layerNamed(c, "县界");
  ASSERT_NE(outline, nullptr);
  EXPECT_EQ(outline->info.role, domain::LayerRole::Base);
  EXPECT_EQ(outline->geometry.x.size(), 3001u);
  ASSERT_EQ(outline->labels.size(), 1u);
  EXPECT_EQ(outline->labels[0], "示例县");
}
