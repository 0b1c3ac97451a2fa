// Base-layer feature classes (road classes) read from the first class column the layer has.
#include <algorithm>

#include <gtest/gtest.h>

#include "io/catalog_loader.hpp"
#include "support/fixture_writer.hpp"

using namespace wm;
namespace fs = std::filesystem;

namespace {

const domain::Layer* layerNamed(const domain::Catalog& c, const std::string& name) {
  for (const auto& l : c.layers)
    if (l.info.name == name) return &l;
  return nullptr;
}

}  // namespace

TEST(BaseClasses, SampleRoadsCarryTheirClassColumn) {
  // ogrinfo -al -geom=NO geodata/county/roads.shp: class 乡道 ×36, 县道 ×6, 主干路 ×6, 次干路 ×7, 支路 ×5.
  auto sources = io::requestFromSources({std::string(WORKSMAP_GEODATA) + "/county/roads.shp"});
  auto catalog = io::loadCatalog(sources.request);
  const auto* roads = layerNamed(catalog, "roads");
  ASSERT_NE(roads, nullptr);
  ASSERT_EQ(roads->classes.size(), 60u);
  auto count = [&](const char* value) { return std::count(roads->classes.begin(), roads->classes.end(), value); };
  EXPECT_EQ(count("乡道"), 36);
  EXPECT_EQ(count("县道"), 6);
  EXPECT_EQ(count("主干路"), 6);
  EXPECT_EQ(count("次干路"), 7);
  EXPECT_EQ(count("支路"), 5);
}

TEST(BaseClasses, FirstColumnOfTheListWinsAndMissingValuesAreEmpty) {
  test::ScopedDir dir;
  test::writeVector(dir.path / "streets.gpkg",
                    {{"streets",
                      4490,
                      {{"name"}, {"highway"}, {"等级"}},
                      {{"LINESTRING(114 29,114.01 29)", {"甲路", "primary", "二级"}},
                       {"LINESTRING(114 29.01,114.01 29.01)", {"乙路", "", "三级"}}}},
                     {"plain", 4490, {{"name"}}, {{"LINESTRING(114 29,114.01 29)", {"丙路"}}}}});
  auto sources = io::requestFromSources({(dir.path / "streets.gpkg").string()});
  sources.request.classColumns = {"等级", "highway"};
  auto catalog = io::loadCatalog(sources.request);
  ASSERT_NE(layerNamed(catalog, "streets"), nullptr);
  EXPECT_EQ(layerNamed(catalog, "streets")->classes, (std::vector<std::string>{"二级", "三级"}));
  sources.request.classColumns = {"highway"};
  catalog = io::loadCatalog(sources.request);
  EXPECT_EQ(layerNamed(catalog, "streets")->classes, (std::vector<std::string>{"primary", ""}));
  EXPECT_TRUE(layerNamed(catalog, "plain")->classes.empty());  // no class column: no classes at all
}
