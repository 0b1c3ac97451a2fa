// File geodatabases as bureaus receive them: feature classes inside a feature dataset, pinyin column names
// with Chinese aliases, a status stored as codes with a coded-value domain; as a folder and zipped.
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
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

// A feature with its fields as text (GDAL converts for integer fields).
void addFeature(OGRLayer& layer, const char* wkt, const std::vector<std::pair<const char*, std::string>>& values) {
  OGRFeature f(layer.GetLayerDefn());
  for (const auto& [field, value] : values) f.SetField(field, value.c_str());
  OGRGeometry* g = nullptr;
  OGRGeometryFactory::createFromWkt(wkt, nullptr, &g);
  f.SetGeometryDirectly(g);
  ASSERT_EQ(layer.CreateFeature(&f), OGRERR_NONE);
}

void add(OGRLayer& layer, const char* wkt, const char* name, int status) {
  addFeature(layer, wkt, {{"XMMC", name}, {"JSZT", std::to_string(status)}});
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

namespace {

// What ArcGIS writes into a feature class's definition (GDB_Items.Definition) for subtypes on `column`;
// `domains`: per subtype code, the fields it gives a coded-value domain of its own (field, domain name).
std::string subtypesXml(const std::string& column, const std::vector<std::pair<int, std::string>>& subtypes,
                        const std::map<int, std::vector<std::pair<std::string, std::string>>>& domains = {}) {
  std::string xml = "<SubtypeFieldName>" + column + "</SubtypeFieldName><DefaultSubtypeCode>" +
                    std::to_string(subtypes.front().first) +
                    "</DefaultSubtypeCode><Subtypes xsi:type=\"typens:ArrayOfSubtype\">";
  for (const auto& [code, name] : subtypes) {
    xml += "<Subtype xsi:type=\"typens:Subtype\"><SubtypeName>" + name + "</SubtypeName><SubtypeCode>" +
           std::to_string(code) + "</SubtypeCode>";
    auto own = domains.find(code);
    if (own == domains.end()) {
      xml += "<FieldInfos xsi:type=\"typens:ArrayOfSubtypeFieldInfo\"/></Subtype>";
      continue;
    }
    xml += "<FieldInfos xsi:type=\"typens:ArrayOfSubtypeFieldInfo\">";
    for (const auto& [field, domain] : own->second)
      xml += "<SubtypeFieldInfo xsi:type=\"typens:SubtypeFieldInfo\"><FieldName>" + field + "</FieldName><DomainName>" +
             domain + "</DomainName><DefaultValue xsi:type=\"xs:int\">1</DefaultValue></SubtypeFieldInfo>";
    xml += "</FieldInfos></Subtype>";
  }
  return xml + "</Subtypes>";
}

// GDAL 3.6 writes geodatabases but not subtypes: they are added to the feature class's definition in the
// GDB_Items system table afterwards, where ArcGIS keeps them (before <FeatureType>, as ArcGIS orders them).
void addSubtypes(const fs::path& gdb, const std::string& featureClass, const std::string& xml) {
  const char* const options[] = {"LIST_ALL_TABLES=YES", nullptr};
  std::unique_ptr<GDALDataset> ds(
      GDALDataset::Open(gdb.string().c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, options, nullptr));
  ASSERT_NE(ds, nullptr);
  OGRLayer* items = ds->GetLayerByName("GDB_Items");
  ASSERT_NE(items, nullptr);
  items->ResetReading();
  bool found = false;
  while (std::unique_ptr<OGRFeature> f{items->GetNextFeature()}) {
    if (featureClass != f->GetFieldAsString("Name")) continue;
    std::string definition = f->GetFieldAsString("Definition");
    std::size_t at = definition.find("<FeatureType>");
    ASSERT_NE(at, std::string::npos);
    definition.insert(at, xml);
    f->SetField("Definition", definition.c_str());
    // GDAL gives the item a new GlobalID on the way (and says so); nothing refers to it in these fixtures.
    CPLPushErrorHandler(CPLQuietErrorHandler);
    OGRErr written = items->SetFeature(f.get());
    CPLPopErrorHandler();
    ASSERT_EQ(written, OGRERR_NONE);
    found = true;
  }
  ASSERT_TRUE(found) << featureClass;
}

// 改造项目.gdb, three feature classes (a class has at most one subtype column):
//   游园: XMMC, JSZT (alias 建设状态) holding subtype codes 1/2/3 named 规划/在建/已完工, no domain;
//   停车场: XMMC, ZT — a name WorksMap does not know — holding the same status subtypes;
//   项目: XMMC, JSZT as text, LX holding kind subtypes 10 道路 / 20 停车场.
void writeSubtypeGeodatabase(const fs::path& gdb) {
  GDALAllRegister();
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("OpenFileGDB");
  ASSERT_NE(driver, nullptr);
  {
    std::unique_ptr<GDALDataset> ds(driver->Create(gdb.string().c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    ASSERT_NE(ds, nullptr);
    OGRSpatialReference srs;
    srs.importFromEPSG(4490);
    auto makeClass = [&](const char* name, std::vector<std::pair<const char*, OGRFieldType>> fields) {
      OGRLayer* layer = ds->CreateLayer(name, &srs, wkbPoint, nullptr);
      for (const auto& [field, type] : fields) {
        OGRFieldDefn defn(field, type);
        if (std::string(field) == "JSZT") defn.SetAlternativeName("建设状态");
        layer->CreateField(&defn);
      }
      return layer;
    };
    OGRLayer* parks = makeClass("游园", {{"XMMC", OFTString}, {"JSZT", OFTInteger}});
    add(*parks, "POINT(114.30 29.60)", "桂花游园", 3);
    add(*parks, "POINT(114.31 29.61)", "樱花游园", 1);
    OGRLayer* parking = makeClass("停车场", {{"XMMC", OFTString}, {"ZT", OFTInteger}});
    addFeature(*parking, "POINT(114.30 29.60)", {{"XMMC", "城北停车场"}, {"ZT", "2"}});
    OGRLayer* projects = makeClass("项目", {{"XMMC", OFTString}, {"JSZT", OFTString}, {"LX", OFTInteger}});
    addFeature(*projects, "POINT(114.30 29.60)", {{"XMMC", "滨河路"}, {"JSZT", "在建"}, {"LX", "10"}});
    addFeature(*projects, "POINT(114.31 29.60)", {{"XMMC", "城南停车场"}, {"JSZT", "规划"}, {"LX", "20"}});
  }
  const std::vector<std::pair<int, std::string>> statuses{{1, "规划"}, {2, "在建"}, {3, "已完工"}};
  addSubtypes(gdb, "游园", subtypesXml("JSZT", statuses));
  addSubtypes(gdb, "停车场", subtypesXml("ZT", statuses));
  addSubtypes(gdb, "项目", subtypesXml("LX", {{10, "道路"}, {20, "停车场"}}));
}

const domain::Project* named(const domain::Catalog& c, const std::string& name) {
  for (const auto& p : c.projects)
    if (p.name == name) return &p;
  return nullptr;
}

}  // namespace

TEST(Geodatabase, SubtypeCodesResolveToTheirNamesBeforeTheAliases) {
  test::ScopedDir dir;
  writeSubtypeGeodatabase(dir.path / "改造项目.gdb");
  auto c = load((dir.path / "改造项目.gdb").string());
  ASSERT_EQ(c.projects.size(), 5u) << messages(c);
  EXPECT_EQ(named(c, "桂花游园")->recorded, domain::RecordedStatus::Completed);  // subtype 3 → 已完工
  EXPECT_EQ(named(c, "樱花游园")->recorded, domain::RecordedStatus::Planned);    // 1 → 规划
  EXPECT_EQ(named(c, "桂花游园")->kind, domain::Kind::Park);                     // from the class name 游园
}

// ZT is no column name WorksMap knows, but its subtype names are statuses: it is the status column, and the
// class a works layer. LX's subtype names are kinds: it is the kind column of 项目.
TEST(Geodatabase, ASubtypeColumnIsRecognisedByItsSubtypeNames) {
  test::ScopedDir dir;
  writeSubtypeGeodatabase(dir.path / "改造项目.gdb");
  auto c = load((dir.path / "改造项目.gdb").string());
  const domain::Project* parking = named(c, "城北停车场");
  ASSERT_NE(parking, nullptr) << messages(c);
  EXPECT_EQ(parking->recorded, domain::RecordedStatus::UnderConstruction);  // ZT 2 → 在建
  EXPECT_EQ(parking->kind, domain::Kind::Parking);
  ASSERT_NE(named(c, "滨河路"), nullptr);
  EXPECT_EQ(named(c, "滨河路")->kind, domain::Kind::Road);         // LX 10 → 道路
  EXPECT_EQ(named(c, "城南停车场")->kind, domain::Kind::Parking);  // LX 20 → 停车场
  EXPECT_EQ(named(c, "城南停车场")->recorded, domain::RecordedStatus::Planned);
}

namespace {

std::unique_ptr<OGRCodedFieldDomain> statusDomain(const char* name,
                                                  const std::vector<std::pair<const char*, const char*>>& codes) {
  std::vector<OGRCodedValue> values;
  for (const auto& [code, status] : codes) values.push_back({CPLStrdup(code), CPLStrdup(status)});
  return std::make_unique<OGRCodedFieldDomain>(name, "", OFTInteger, OFSTNone, std::move(values));
}

// 设施.gdb, one feature class 设施 whose subtypes LX (10 道路, 20 停车场) give its status column JSZT a coded-value
// domain each, as two departments coded their statuses: 道路状态 (1 规划, 2 在建, 3 已完工) for roads and
// 停车场状态 (1 已完工, 2 在建, 3 规划) for parking. JSZT has no domain of its own; the same code 1 means
// 规划 for a road and 已完工 for a car park.
void writeSubtypeDomainGeodatabase(const fs::path& gdb) {
  GDALAllRegister();
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("OpenFileGDB");
  ASSERT_NE(driver, nullptr);
  {
    std::unique_ptr<GDALDataset> ds(driver->Create(gdb.string().c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    ASSERT_NE(ds, nullptr);
    std::string failure;
    ASSERT_TRUE(ds->AddFieldDomain(statusDomain("道路状态", {{"1", "规划"}, {"2", "在建"}, {"3", "已完工"}}), failure))
        << failure;
    ASSERT_TRUE(
        ds->AddFieldDomain(statusDomain("停车场状态", {{"1", "已完工"}, {"2", "在建"}, {"3", "规划"}}), failure))
        << failure;
    OGRSpatialReference srs;
    srs.importFromEPSG(4490);
    OGRLayer* layer = ds->CreateLayer("设施", &srs, wkbPoint, nullptr);
    for (const auto& [field, type] : {std::pair{"XMMC", OFTString}, {"JSZT", OFTInteger}, {"LX", OFTInteger}}) {
      OGRFieldDefn defn(field, type);
      layer->CreateField(&defn);
    }
    addFeature(*layer, "POINT(114.30 29.60)", {{"XMMC", "滨河路"}, {"JSZT", "1"}, {"LX", "10"}});
    addFeature(*layer, "POINT(114.31 29.60)", {{"XMMC", "城北停车场"}, {"JSZT", "1"}, {"LX", "20"}});
    addFeature(*layer, "POINT(114.32 29.60)", {{"XMMC", "城南停车场"}, {"JSZT", "3"}, {"LX", "20"}});
    addFeature(*layer, "POINT(114.33 29.60)", {{"XMMC", "环城路"}, {"JSZT", "2"}, {"LX", "10"}});
  }
  addSubtypes(gdb, "设施",
              subtypesXml("LX", {{10, "道路"}, {20, "停车场"}},
                          {{10, {{"JSZT", "道路状态"}}}, {20, {{"JSZT", "停车场状态"}}}}));
}

}  // namespace

// A subtype may give a field a coded-value domain of its own (ArcGIS's "domains per subtype"): each feature's
// code is named by the domain of its own subtype.
TEST(Geodatabase, EachSubtypesOwnDomainNamesItsCodes) {
  test::ScopedDir dir;
  writeSubtypeDomainGeodatabase(dir.path / "设施.gdb");
  auto c = load((dir.path / "设施.gdb").string());
  ASSERT_EQ(c.projects.size(), 4u) << messages(c);
  EXPECT_EQ(named(c, "滨河路")->recorded, domain::RecordedStatus::Planned);            // road: 1 → 规划
  EXPECT_EQ(named(c, "城北停车场")->recorded, domain::RecordedStatus::Completed);      // car park: 1 → 已完工
  EXPECT_EQ(named(c, "城南停车场")->recorded, domain::RecordedStatus::Planned);        // car park: 3 → 规划
  EXPECT_EQ(named(c, "环城路")->recorded, domain::RecordedStatus::UnderConstruction);  // road: 2 → 在建
  EXPECT_EQ(named(c, "城北停车场")->kind, domain::Kind::Parking);                      // LX 20 → 停车场
  EXPECT_EQ(named(c, "滨河路")->kind, domain::Kind::Road);
}
