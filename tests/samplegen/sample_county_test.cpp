// The generator's promises: byte-identical output for the same seed, the bureau's named projects in the sample's
// works layers (read back through GDAL, GBK parks decoded), and a parks shapefile that declares no encoding.
#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include "io/tiled_basemap.hpp"
#include "samplegen/county_generator.hpp"

namespace fs = std::filesystem;
using ::testing::IsSupersetOf;
using wm::samplegen::readTextField;

namespace {

// A scratch folder removed when the test ends.
class ScratchDir {
public:
  explicit ScratchDir(const std::string& name)
      : _path(fs::temp_directory_path() / ("wm_samplegen_" + name + "_" + std::to_string(::getpid()))) {
    fs::remove_all(_path);
    fs::create_directories(_path);
  }
  ~ScratchDir() {
    std::error_code ignored;
    fs::remove_all(_path, ignored);
  }
  const fs::path& path() const { return _path; }

private:
  fs::path _path;
};

std::string contents(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::vector<fs::path> filesUnder(const fs::path& dir) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file()) files.push_back(fs::relative(entry.path(), dir));
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<std::string> names(const fs::path& source, const std::string& layer, const std::string& field,
                               const std::string& encoding = {}) {
  auto values = readTextField(source, layer, field, encoding);
  EXPECT_TRUE(values.ok()) << (values.ok() ? "" : values.error().message);
  return values.ok() ? *values : std::vector<std::string>{};
}

const std::vector<std::string> kBureauRoads = {
    "长丰北路拓改",     "麻塘片区北湖路", "金坳路新建工程", "新墙河路污水厂段路面硬化及护坡工程",
    "团结南路",         "青山北路改造",   "新福路西延工程", "城北路",
    "青山北路武装部段", "公园路付家岭段"};
const std::vector<std::string> kBureauParks = {"车站路东侧洞子口游园", "天鹅路城南路交叉口游园",
                                               "富荣路庆丰路交叉口游园", "县农机局游园", "县委游园"};
const std::vector<std::string> kBureauParking = {"城南小学南侧",    "岳雅东侧",           "团结北路东侧",
                                                 "荣站货运停车场",  "政务中心立体停车场", "住建局机关立体停车场",
                                                 "火车站停车场改造"};
const std::vector<std::string> kBureauSewer = {"城区污水管网", "文胜铁路桥涵改造", "岳雅南侧雨污箱涵"};

}  // namespace

TEST(BenchmarkCounty, SameSeedWritesByteIdenticalFiles) {
  ScratchDir first("bench_a");
  ScratchDir second("bench_b");
  // A stale side file from an older run must not survive a regeneration.
  std::ofstream(second.path() / "works_roads.qix") << "stale";
  auto a = wm::samplegen::generateBenchmarkCounty(first.path(), {2000, 42});
  auto b = wm::samplegen::generateBenchmarkCounty(second.path(), {2000, 42});
  ASSERT_TRUE(a.ok()) << a.error().message;
  ASSERT_TRUE(b.ok()) << b.error().message;

  std::size_t works = 0;
  for (const auto& layer : a->layers) {
    if (layer.layer.rfind("works_", 0) == 0) works += layer.features;
  }
  EXPECT_EQ(works, 2000u);
  std::vector<fs::path> files = filesUnder(first.path());
  ASSERT_EQ(files, filesUnder(second.path()));
  EXPECT_EQ(files.size(), 6u * 5u);  // districts, roads and four works layers: .shp .shx .dbf .prj .cpg
  for (const fs::path& file : files) {
    EXPECT_EQ(contents(first.path() / file), contents(second.path() / file)) << file;
  }
}

TEST(BenchmarkCounty, WorksNamesAreUnique) {
  ScratchDir out("bench_names");
  ASSERT_TRUE(wm::samplegen::generateBenchmarkCounty(out.path(), {2000, 7}).ok());
  std::vector<std::string> all;
  for (const char* layer : {"works_roads", "works_parks", "works_parking", "works_sewer"}) {
    std::vector<std::string> some = names(out.path() / (std::string(layer) + ".shp"), "", "name");
    all.insert(all.end(), some.begin(), some.end());
  }
  EXPECT_EQ(all.size(), 2000u);
  std::sort(all.begin(), all.end());
  EXPECT_EQ(std::adjacent_find(all.begin(), all.end()), all.end());
}

// The sample is generated once for the suite (about a second).
class SampleCounty : public ::testing::Test {
protected:
  static void SetUpTestSuite() {
    scratch = new ScratchDir("sample");
    auto summary = wm::samplegen::generateSampleCounty(scratch->path());
    generated = summary.ok();
    if (!generated) error = summary.error().message;
  }
  static void TearDownTestSuite() {
    delete scratch;
    scratch = nullptr;
  }
  void SetUp() override { ASSERT_TRUE(generated) << error; }
  static fs::path out() { return scratch->path(); }

  static inline ScratchDir* scratch = nullptr;
  static inline bool generated = false;
  static inline std::string error;
};

TEST_F(SampleCounty, HoldsTheBureausNamedProjectsInShapefilesAndGeoPackage) {
  const fs::path shp = out() / "county";
  const fs::path gpkg = out() / "county.gpkg";

  EXPECT_THAT(names(shp / "works_roads.shp", "", "name"), IsSupersetOf(kBureauRoads));
  EXPECT_THAT(names(shp / "works_parks.shp", "", "项目名称", "CP936"), IsSupersetOf(kBureauParks));
  EXPECT_THAT(names(shp / "works_parking.shp", "", "name"), IsSupersetOf(kBureauParking));
  EXPECT_THAT(names(shp / "works_sewer.shp", "", "name"), IsSupersetOf(kBureauSewer));

  EXPECT_EQ(names(gpkg, "works_roads", "name"), names(shp / "works_roads.shp", "", "name"));
  EXPECT_EQ(names(gpkg, "works_parks", "项目名称"), names(shp / "works_parks.shp", "", "项目名称", "CP936"));
  EXPECT_EQ(names(gpkg, "works_parking", "status"), names(shp / "works_parking.shp", "", "status"));
  EXPECT_EQ(names(gpkg, "works_sewer", "start_date"), names(shp / "works_sewer.shp", "", "start_date"));
  EXPECT_EQ(names(shp / "districts.shp", "", "name").size(), 8u);
  EXPECT_TRUE(fs::exists(out() / "dem.tif"));
  EXPECT_TRUE(fs::exists(out() / "README.md"));
}

TEST_F(SampleCounty, ParksShapefileIsGbkAndDeclaresNoEncoding) {
  EXPECT_FALSE(fs::exists(out() / "county" / "works_parks.cpg"));
  EXPECT_TRUE(fs::exists(out() / "county" / "works_roads.cpg"));
  std::string dbf = contents(out() / "county" / "works_parks.dbf");
  ASSERT_GT(dbf.size(), 32u);
  EXPECT_EQ(dbf[29], '\0');  // DBF language driver id: not stated
  // 县委游园 in GBK: cf d8 ce af d3 ce d4 b0.
  EXPECT_NE(dbf.find("\xcf\xd8\xce\xaf\xd3\xce\xd4\xb0"), std::string::npos);
  EXPECT_EQ(dbf.find("县委游园"), std::string::npos);
}

namespace {

// The imagery's pixel at a point of EPSG:4547, read (as the map does) for a view of 2 km around it at `metres` a
// pixel.
std::array<int, 4> imageryAt(wm::domain::BasemapSource& source, double x, double y, double metres,
                             int* zoom = nullptr) {
  wm::domain::BasemapView view;
  view.extent.add(x - 1000, y - 1000);
  view.extent.add(x + 1000, y + 1000);
  view.width = view.height = static_cast<int>(2000 / metres);
  wm::domain::BasemapViewRead read = source.read(view);
  EXPECT_TRUE(read.image);
  EXPECT_TRUE(read.problems.empty());
  if (zoom) *zoom = read.zoom;
  if (!read.image) return {};
  const std::uint8_t* p = read.image->at(view.width / 2, view.height / 2);
  return {p[0], p[1], p[2], p[3]};
}

}  // namespace

TEST_F(SampleCounty, ImageryIsASmallTileSetLinedUpWithTheCountysWater) {
  const fs::path file = out() / "imagery.mbtiles";
  ASSERT_TRUE(fs::exists(file));
  EXPECT_LT(fs::file_size(file), 2u << 20);  // it travels in the repository and the package
  EXPECT_TRUE(fs::exists(out() / "sample-county-imagery.worksmap.toml"));
  const wm::geo::Crs gk = *wm::geo::Crs::fromDefinition("EPSG:4547");
  wm::io::TiledBasemapOpen opened = wm::io::openTiledBasemap(file.string(), gk, {});
  ASSERT_TRUE(opened.source);
  ASSERT_EQ(opened.problems.size(), 1u);
  EXPECT_EQ(wm::core::formatDiagnostic(opened.problems.items()[0], wm::core::Lang::En),
            file.string() +
                ": MBTiles tile set, zoom levels 11 to 13, jpg tiles: read for each view at the screen's "
                "resolution");
  // 南湖's centre is 10 km east and 5 km south of the county's origin (EPSG:4547 E 412 400, N 3 226 200): water,
  // blue over red, at every level. The town's centre (−5.5 km, 0) is not.
  for (double metres : {16.0, 40.0, 140.0}) {
    int zoom = -1;
    std::array<int, 4> lake = imageryAt(*opened.source, 422400, 3221200, metres, &zoom);
    EXPECT_GT(lake[2], lake[0] + 30) << metres << " m: level " << zoom;
    EXPECT_EQ(lake[3], 255);
    std::array<int, 4> town = imageryAt(*opened.source, 406900, 3226200, metres);
    EXPECT_LT(town[2], town[0] + 30) << metres;
  }
  // Whole tiles at every level: near the coverage's corners the shallowest level is imagery, not black.
  const wm::geo::Extent c = opened.source->coverage();
  for (auto [x, y] : {std::pair{c.minX + 1500, c.minY + 1500}, {c.maxX - 1500, c.maxY - 1500}}) {
    std::array<int, 4> corner = imageryAt(*opened.source, x, y, 150);
    EXPECT_GT(corner[0] + corner[1] + corner[2], 150) << x << ", " << y;
  }
}
