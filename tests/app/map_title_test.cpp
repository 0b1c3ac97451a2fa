// The map's title on any data (issue 13, item 6): the workspace's, else a name from the data, never a path.
#include <filesystem>

#include <gtest/gtest.h>

#include "app/load_sources.hpp"

using namespace wm;

namespace {

domain::Layer namedLayer(const std::string& layerName, std::vector<std::string> labels,
                         domain::LayerRole role = domain::LayerRole::Base) {
  domain::Layer l;
  l.info.name = layerName;
  l.info.role = role;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    l.geometry.beginFeature(geo::GeomKind::Polygon);
    l.geometry.beginPart(geo::PartRole::OuterRing);
    for (auto [x, y] : {std::pair{0.0, 0.0}, {1.0, 0.0}, {1.0, 1.0}, {0.0, 0.0}}) l.geometry.addVertex(x + i, y);
    l.geometry.endPart();
    l.geometry.endFeature();
  }
  l.labels = std::move(labels);
  return l;
}

}  // namespace

TEST(MapTitle, TheWorkspaceTitleWins) {
  app::Loaded loaded;
  loaded.title = "示例县城建项目";
  loaded.catalog.layers.push_back(namedLayer("县界", {"示例县"}));
  EXPECT_EQ(app::mapTitle(loaded, {"/home/u/示例县.worksmap.toml"}), "示例县城建项目");
}

TEST(MapTitle, ACountyOutlineNamesTheMap) {
  app::Loaded loaded;
  loaded.catalog.layers.push_back(namedLayer("roads", {"一路", "二路"}));
  loaded.catalog.layers.push_back(namedLayer("县界", {" 青山县 "}));
  EXPECT_EQ(app::mapTitle(loaded, {"/home/u/data/"}), "青山县");
}

TEST(MapTitle, ADistrictLayerOfOneDistrictNamesTheMapAndOfSeveralDoesNot) {
  app::Loaded loaded;
  loaded.catalog.layers.push_back(namedLayer("区县界_area", {"洪山区"}, domain::LayerRole::Districts));
  loaded.catalog.districtLayer = 0;
  EXPECT_EQ(app::mapTitle(loaded, {"/home/u/gis/区县界_area.shp"}), "洪山区");
  loaded.catalog.layers[0] = namedLayer("区县界_area", {"洪山区", "青山区"}, domain::LayerRole::Districts);
  EXPECT_EQ(app::mapTitle(loaded, {"/home/u/gis/区县界_area.shp"}), "区县界_area");
}

TEST(MapTitle, ElseTheFirstSourcesNameWithoutFoldersOrExtensions) {
  app::Loaded loaded;
  EXPECT_EQ(app::mapTitle(loaded, {"/home/u/gis/区县界_area.shp", "/home/u/gis/roads.shp"}), "区县界_area");
  EXPECT_EQ(app::mapTitle(loaded, {"downloads/停车场.shp.zip"}), "停车场");
  EXPECT_EQ(app::mapTitle(loaded, {"/data/三调.gdb/"}), "三调");
  EXPECT_EQ(app::mapTitle(loaded, {"/data/county/"}), "county");
  EXPECT_EQ(app::mapTitle(loaded, {"县域.geojson"}), "县域");
  // The working directory given as "." is named by its folder, never "." (`worksmap render . -o map.png`).
  EXPECT_EQ(app::mapTitle(loaded, {"."}), std::filesystem::current_path().filename().string());
  EXPECT_EQ(app::mapTitle(loaded, {"/data/county/parks/.."}), "county");
}
