// File geodatabases as bureaus receive them: feature classes inside a feature dataset, pinyin column names
// with Chinese aliases, a status stored as codes with a coded-value domain; as a folder and zipped.
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>

#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include "core/diagnostic.hpp"
#include "io/catalog_loader.hpp"
#include "support/fixture_writer.hpp"

using namespace wm;
namespace fs = std::filesystem;

namespace {

OGRLayer* worksClass(GDALDataset& ds, const char* name, OGRwkbGeometryType type, const char* featureDataset) {
  OGRSpatialReference srs;
  srs.importFromEPSG(4490);
  CPLStringList options;
  if (featureDataset) options.SetNameValue("FEATURE_DATASET", featureDataset);
  OGRLayer* layer = ds.CreateLayer(name, &srs, type, options.List());
  OGRFieldDefn xmmc("XMMC", OFTString);
  xmmc.SetAlternativeName("项目名称");
  layer->CreateField(&xmmc);
  OGRFieldDefn jszt("JSZT", OFTInteger);
  jszt.SetAlternativeName("建设状态");
  jszt.SetDomainName("项目状态");
  layer->CreateField(&jszt);
  return layer;
}

void add(OGRLayer& layer, const char* wkt, const char* name, int status) {
  OGRFeature f(layer.GetLayerDefn());
  f.SetField("XMMC", name);
  f.SetField("JSZT", status);
  OGRGeometry* g = nullptr;
  OGRGeometryFactory::createFromWkt(wkt, nullptr, &g);
  f.SetGeometryDirectly(g);
  ASSERT_EQ(layer.CreateFeature(&f), OGRERR_NONE);
}

// 城建项目.gdb: feature dataset 城建项目 with 停车场 (points), and 道路 (lines) at the top level.
void writeGeodatabase(const fs::path& gdb) {
  GDALAllRegister();
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("OpenFileGDB");
  ASSERT_NE(driver, nullptr);
  std::unique_ptr<GDALDataset> ds(driver->Create(gdb.string().c_str(), 0, 0, 0, GDT_Unknown, nullptr));
  ASSERT_NE(ds, nullptr);
  std::vector<OGRCodedValue> values(3);  // the domain adds the terminating null pair itself
  values[0] = {CPLStrdup("1"), CPLStrdup("规划")};
  values[1] = {CPLStrdup("2"), CPLStrdup("在建")};
  values[2] = {CPLStrdup("3"), CPLStrdup("已完工")};
  auto domain = std::make_unique<OGRCodedFieldDomain>("项目状态", "建设状态", OFTInteger, OFSTNone, std::move(values));
  std::string failure;
  ASSERT_TRUE(ds->AddFieldDomain(std::move(domain), failure)) << failure;
  OGRLayer* parking = worksClass(*ds, "停车场", wkbPoint, "城建项目");
  ASSERT_NE(parking, nullptr);
  add(*parking, "POINT(114.30 29.60)", "城北停车场", 3);
  add(*parking, "POINT(114.31 29.61)", "城南停车场", 2);
  OGRLayer* roads = worksClass(*ds, "道路", wkbLineString, nullptr);
  ASSERT_NE(roads, nullptr);
  add(*roads, "LINESTRING(114.30 29.60,114.31 29.60)", "滨河路", 1);
}

// Every message of a load, for failure output.
std::string messages(const domain::Catalog& c) {
  std::string out;
  for (const auto& d : c.diagnostics.items()) out += core::formatDiagnostic(d, core::Lang::En) + "\n";
  return out;
}

domain::Catalog load(const std::string& source) {
  auto request = io::requestFromSources({source});
  EXPECT_FALSE(request.anyUnreadable);
  return io::loadCatalog(request.request);
}

void expectBureauProjects(const domain::Catalog& c) {
  ASSERT_EQ(c.layers.size(), 2u) << messages(c);
  ASSERT_EQ(c.projects.size(), 3u);
  for (const auto& p : c.projects) {
    if (p.name == "城北停车场") {
      EXPECT_EQ(p.recorded, domain::RecordedStatus::Completed);  // code 3 → 已完工
      EXPECT_EQ(p.kind, domain::Kind::Parking);
    } else if (p.name == "城南停车场") {
      EXPECT_EQ(p.recorded, domain::RecordedStatus::UnderConstruction);  // 2 → 在建
    } else {
      EXPECT_EQ(p.name, "滨河路");
      EXPECT_EQ(p.recorded, domain::RecordedStatus::Planned);  // 1 → 规划
      EXPECT_EQ(p.kind, domain::Kind::Road);
      EXPECT_NEAR(p.lengthM, 968.6, 1.0);
    }
  }
}

}  // namespace

TEST(Geodatabase, FolderIsASourceWithEveryFeatureClass) {
  test::ScopedDir dir;
  writeGeodatabase(dir.path / "城建项目.gdb");
  expectBureauProjects(load((dir.path / "城建项目.gdb").string()));
}

TEST(Geodatabase, FolderInsideADirectoryIsFound) {
  test::ScopedDir dir;
  writeGeodatabase(dir.path / "城建项目.gdb");
  expectBureauProjects(load(dir.path.string()));
}

TEST(Geodatabase, ZippedFolderAndZippedContentAreRead) {
  test::ScopedDir dir;
  fs::path gdb = dir.path / "城建项目.gdb";
  writeGeodatabase(gdb);
  std::vector<std::pair<std::string, std::string>> withFolder, contentOnly;
  for (const auto& entry : fs::directory_iterator(gdb)) {
    std::ifstream in(entry.path(), std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    withFolder.emplace_back("城建项目.gdb/" + entry.path().filename().string(), bytes);
    contentOnly.emplace_back(entry.path().filename().string(), bytes);
  }
  test::writeStoredZip(dir.path / "城建项目.gdb.zip", withFolder);
  test::writeStoredZip(dir.path / "content.gdb.zip", contentOnly);
  expectBureauProjects(load((dir.path / "城建项目.gdb.zip").string()));
  expectBureauProjects(load((dir.path / "content.gdb.zip").string()));
}
