// The worksmap binary as users run it: exit codes, messages, and a district roll-up checked against figures
// computed independently of PROJ.
#include <sys/wait.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <numbers>
#include <sstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/ellipsoid_area.hpp"
#include "support/fixture_writer.hpp"

using namespace wm;
namespace fs = std::filesystem;

namespace {

struct Outcome {
  int exitCode = -1;
  std::string out;
  std::string err;
};

// Runs worksmap with English messages; stdout and stderr captured separately.
Outcome worksmap(const std::string& args, const fs::path& dir) {
  fs::path errFile = dir / "stderr.txt";
  std::string command = "WORKSMAP_LANG=en " + std::string(WORKSMAP_BINARY) + " " + args + " 2>" + errFile.string();
  Outcome r;
  FILE* pipe = popen(command.c_str(), "r");
  char buffer[4096];
  std::size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) r.out.append(buffer, n);
  int status = pclose(pipe);
  r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream in(errFile);
  std::stringstream ss;
  ss << in.rdbuf();
  r.err = ss.str();
  fs::remove(errFile);
  return r;
}

// Two districts side by side across the equator and five works:
//   road A   城区      0.010° of equator = 1113.195 m; started 2022-03-01, planned 2022-09-30, done 2022-10-15 (late)
//   road B   麻塘片区  0.005° of equator =  556.597 m; started 2022-05-01, planned 2022-12-31, not done
//   park P   城区      quadrangle 114.002-114.004 E × 0.002-0.004 N, done 2022-06-30 (planned 2022-07-31)
//   parking  麻塘片区  a point, 120 spaces, done 2022-11-20
//   sewer S  outside both districts, 1113.195 m, planned, planned completion 2023-03-31
void writeCounty(const fs::path& dir) {
  test::writeVector(dir / "districts.gpkg",
                    {{"districts",
                      4490,
                      {{"name"}},
                      {{"POLYGON((114 -0.01,114.02 -0.01,114.02 0.02,114 0.02,114 -0.01))", {"城区"}},
                       {"POLYGON((114.02 -0.01,114.04 -0.01,114.04 0.02,114.02 0.02,114.02 -0.01))", {"麻塘片区"}}}}});
  using F = test::FixtureField;
  std::vector<F> fields{
      {"name"}, {"kind"}, {"status"}, {"start_date"}, {"plan_done"}, {"done_date"}, {"spaces", F::Type::Integer}};
  test::writeVector(
      dir / "works.gpkg",
      {{"works",
        4490,
        fields,
        {{"LINESTRING(114.001 0,114.011 0)",
          {"A路", "道路", "已完工", "2022-03-01", "2022/9/30", "2022年10月15日", ""}},
         {"LINESTRING(114.021 0,114.026 0)", {"B路", "road", "在建", "20220501", "2022-12-31", "", ""}},
         {"POLYGON((114.002 0.002,114.004 0.002,114.004 0.004,114.002 0.004,114.002 0.002))",
          {"P游园", "游园", "completed", "2022-03-01", "2022-07-31", "2022-06-30", ""}},
         {"POINT(114.03 0.01)", {"K停车场", "停车场", "completed", "2022-05-01", "2022-12-31", "2022-11-20", "120"}},
         {"LINESTRING(114.05 0,114.06 0)", {"S污水", "sewer", "planned", "", "2023-03-31", "", ""}}}}});
}

std::vector<std::vector<std::string>> parseCsv(const std::string& text) {
  std::vector<std::vector<std::string>> rows;
  std::stringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    std::vector<std::string> cells;
    std::stringstream cs(line);
    std::string cell;
    while (std::getline(cs, cell, ',')) cells.push_back(cell);
    rows.push_back(cells);
  }
  return rows;
}

}  // namespace

TEST(Cli, ReportAsOfMatchesHandComputedDistrictFigures) {
  test::ScopedDir dir;
  writeCounty(dir.path);
  Outcome r = worksmap("report " + dir.path.string() + " --as-of 2023-06-30 --format csv", dir.path);
  ASSERT_EQ(r.exitCode, 0) << r.err;
  auto rows = parseCsv(r.out);
  ASSERT_EQ(rows.size(), 6u) << r.out;
  EXPECT_EQ(r.out.substr(0, r.out.find('\n')),
            "district,kind,total,planned,under_construction,completed,suspended,overdue,length_km,area_m2,spaces,"
            "completed_length_km,completed_area_m2,completed_spaces");
  std::vector<std::string> expected{
      "unassigned,sewer,1,1,0,0,0,1,1.113,0.000,0,0.000,0.000,0",
      "城区,road,1,0,0,1,0,0,1.113,0.000,0,1.113,0.000,0",
      "麻塘片区,parking,1,0,0,1,0,0,0.000,0.000,120,0.000,0.000,120",
      "麻塘片区,road,1,0,1,0,0,1,0.557,0.000,0,0.000,0.000,0",
  };
  std::string body = r.out;
  for (const auto& row : expected) EXPECT_NE(body.find(row + "\n"), std::string::npos) << row << "\n" << body;
  // The park's area, from the authalic quadrangle formula: about 49,235 m².
  double park = test::quadrangleArea(114.002, 0.002, 114.004, 0.004);
  auto parkRow = std::find_if(rows.begin(), rows.end(), [](const auto& c) { return c.size() > 1 && c[1] == "park"; });
  ASSERT_NE(parkRow, rows.end());
  EXPECT_EQ((*parkRow)[0], "城区");
  EXPECT_NEAR(std::stod((*parkRow)[9]), park, 0.01);
  EXPECT_NEAR(std::stod((*parkRow)[12]), park, 0.01);
  EXPECT_EQ((*parkRow)[5], "1");
}

TEST(Cli, ReportForAYearCountsThatYearsCompletionsAndLateOnes) {
  test::ScopedDir dir;
  writeCounty(dir.path);
  Outcome r = worksmap("report " + dir.path.string() + " --year 2022 --format csv", dir.path);
  ASSERT_EQ(r.exitCode, 0) << r.err;
  auto rows = parseCsv(r.out);
  ASSERT_EQ(rows.size(), 4u) << r.out;  // header, park and road of 城区, parking of 麻塘片区
  EXPECT_NE(r.out.find("城区,road,1,0,0,1,0,1,1.113,0.000,0,1.113,0.000,0\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("麻塘片区,parking,1,0,0,1,0,0,0.000,0.000,120,0.000,0.000,120\n"), std::string::npos);
}

TEST(Cli, CheckListsDataProblemsOneLineEachAndExitsOne) {
  test::ScopedDir dir;
  writeCounty(dir.path);
  test::writeVector(dir.path / "bad.gpkg", {{"bad",
                                             4490,
                                             {{"name"}, {"status"}, {"start_date"}, {"done_date"}},
                                             {{"POINT(114.01 0.01)", {"倒序", "completed", "2022-05-01", "2022-04-01"}},
                                              {"POINT(114.01 0.01)", {"无日期", "completed", "2022-05-01", ""}},
                                              {"POINT(114.01 0.01)", {"A路", "施工中", "2022-13-01", ""}},
                                              {"POINT(114.01 0.01)", {"怪状态", "快好了", "", ""}}}}});
  Outcome r = worksmap("check " + dir.path.string(), dir.path);
  EXPECT_EQ(r.exitCode, 1) << r.out << r.err;
  std::string file = (dir.path / "bad.gpkg").string();
  // Problems go to stderr, one line each (docs/design.md §4.4); stdout has the layer lines and the summary.
  EXPECT_THAT(r.out, ::testing::HasSubstr("problems\n"));
  using ::testing::HasSubstr;
  EXPECT_THAT(
      r.err,
      HasSubstr(file +
                ": layer bad, feature 1: '倒序': completion date 2022-04-01 is before the start date 2022-05-01\n"));
  EXPECT_THAT(r.err,
              HasSubstr(file + ": layer bad, feature 2: '无日期': recorded as completed but has no completion date\n"));
  EXPECT_THAT(r.err,
              HasSubstr(file + ": layer bad, feature 3: field start_date: '2022-13-01' is not a real calendar day\n"));
  EXPECT_THAT(r.err,
              HasSubstr(file + ": layer bad, feature 4: unknown status '快好了' (status taken from the dates)\n"));
  EXPECT_THAT(r.err, HasSubstr("'A路': the same name is used by"));
}

TEST(Cli, UnreadableInputExitsTwoAndNamesTheFile) {
  test::ScopedDir dir;
  std::ofstream(dir.path / "broken.geojson") << "{ this is not json";
  Outcome r = worksmap("check " + (dir.path / "broken.geojson").string(), dir.path);
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_THAT(r.err,
              ::testing::HasSubstr((dir.path / "broken.geojson").string() + ": cannot be opened as vector data"));
}

TEST(Cli, WorkspaceSyntaxErrorIsReportedWithItsLineAndExitsTwo) {
  test::ScopedDir dir;
  fs::path ws = dir.path / "county.worksmap.toml";
  std::ofstream(ws) << "title = \"示例\"\n\n[[layer]]\nsource = \"works.gpkg\n";
  Outcome r = worksmap("check " + ws.string(), dir.path);
  EXPECT_EQ(r.exitCode, 2) << r.out;
  EXPECT_THAT(r.err, ::testing::HasSubstr(ws.string() + ":4: syntax error"));
}

TEST(Cli, BadDateOnTheCommandLineIsAUsageError) {
  test::ScopedDir dir;
  Outcome r = worksmap("report " + dir.path.string() + " --as-of 2023-02-30", dir.path);
  EXPECT_EQ(r.exitCode, 3);
  EXPECT_EQ(r.err, "'2023-02-30' is not a valid date for --as-of\n");
  r = worksmap("report " + dir.path.string() + " --as-of 2023-01-01 --year 2022", dir.path);
  EXPECT_EQ(r.exitCode, 3);
  // --year 0 is a year given, and refused; it is not taken for "no --year".
  r = worksmap("report " + dir.path.string() + " --year 0", dir.path);
  EXPECT_EQ(r.exitCode, 3);
  EXPECT_EQ(r.err, "'0' is not a valid date for --year\n");
  // A reversed period is refused, not answered with an empty report.
  r = worksmap("report " + dir.path.string() + " --from 2023-01-01 --to 2022-01-01", dir.path);
  EXPECT_EQ(r.exitCode, 3);
  EXPECT_EQ(r.err, "--from 2023-01-01 is after --to 2022-01-01\n");
  EXPECT_EQ(r.out, "");
}

TEST(Cli, ChineseLocaleGivesChineseMessages) {
  test::ScopedDir dir;
  Outcome r = worksmap("report " + dir.path.string() + " --as-of 2023-02-30", dir.path);
  std::string command = "LC_ALL=zh_CN.UTF-8 " + std::string(WORKSMAP_BINARY) + " report " + dir.path.string() +
                        " --as-of 2023-02-30 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  char buffer[512] = {};
  std::size_t n = fread(buffer, 1, sizeof buffer - 1, pipe);
  pclose(pipe);
  EXPECT_EQ(std::string(buffer, n), "“2023-02-30”不是 --as-of 的有效日期\n");
}

// A developer build (no share/worksmap/ above the binary) finds its folders in the source tree and says so; an
// override is reported as such. The package test checks the installed case.
TEST(Cli, VersionNamesWhereTheShadersAssetsAndSampleCountyAreFound) {
  test::ScopedDir dir;
  for (const char* variable : {"WORKSMAP_SHADERS", "WORKSMAP_ASSETS", "WORKSMAP_GEODATA"}) unsetenv(variable);
  Outcome r = worksmap("--version", dir.path);
  EXPECT_EQ(r.exitCode, 0) << r.err;
  const std::string source = WORKSMAP_SOURCE_DIR;
  EXPECT_THAT(r.out, ::testing::ContainsRegex("^worksmap [0-9]+\\.[0-9]+\\.[0-9]+\n"));
  EXPECT_THAT(r.out, ::testing::EndsWith("\nshaders: " + source + "/shaders (source tree of a developer build)\n" +
                                         "assets: " + source + "/assets (source tree of a developer build)\n" +
                                         "geodata: " + source + "/geodata (source tree of a developer build)\n"));
  setenv("WORKSMAP_ASSETS", "/srv/worksmap-assets", 1);
  r = worksmap("--version", dir.path);
  unsetenv("WORKSMAP_ASSETS");
  EXPECT_THAT(r.out, ::testing::HasSubstr("\nassets: /srv/worksmap-assets (set by $WORKSMAP_ASSETS)\n"));
}

TEST(Cli, SampleShapefilesAndGeoPackageGiveTheSameFiguresAndNothingIsWritten) {
  test::ScopedDir dir;
  fs::copy(WORKSMAP_GEODATA, dir.path / "geodata", fs::copy_options::recursive);
  std::string before = test::directorySnapshot(dir.path / "geodata");
  std::string shp = (dir.path / "geodata" / "county").string(), gpkg = (dir.path / "geodata" / "county.gpkg").string();
  for (const char* period : {"--year 2022", "--as-of 2023-06-30"}) {
    Outcome fromShp = worksmap("report " + shp + " " + period + " --format csv", dir.path);
    Outcome fromGpkg = worksmap("report " + gpkg + " " + period + " --format csv", dir.path);
    ASSERT_EQ(fromShp.exitCode, 0) << fromShp.err;
    ASSERT_EQ(fromGpkg.exitCode, 0) << fromGpkg.err;
    EXPECT_EQ(fromShp.out, fromGpkg.out) << period;
    // The GBK parks layer (no .cpg) is decoded: its districts and kind appear in the figures.
    EXPECT_NE(fromShp.out.find("城区,park,"), std::string::npos) << fromShp.out;
  }
  EXPECT_EQ(test::directorySnapshot(dir.path / "geodata"), before);
}

TEST(Cli, CheckReportsInvalidPolygonsAndStillLoadsThem) {
  test::ScopedDir dir;
  test::writeVector(dir.path / "parks.gpkg",
                    {{"parks",
                      4490,
                      {{"name"}, {"status"}},
                      {{"POLYGON((114 29,114.01 29.01,114.01 29,114 29.01,114 29))", {"蝴蝶游园", "planned"}}}}});
  Outcome r = worksmap("check " + (dir.path / "parks.gpkg").string(), dir.path);
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_THAT(r.err, ::testing::HasSubstr((dir.path / "parks.gpkg").string() +
                                          ": layer parks, feature 1: invalid polygon (Self-intersection["));
  EXPECT_THAT(r.out, ::testing::HasSubstr("layer parks (works): 1 features read, 0 skipped"));
  // The data has no district layer: said once, so nobody wonders why everything is unassigned.
  EXPECT_THAT(r.err, ::testing::HasSubstr("warning: no district layer (a polygon layer named like 片区, 乡镇界, 街道"));
}

TEST(Cli, DataWithoutWorksSaysHowWorksAreRecognised) {
  test::ScopedDir dir;
  // What a bureau often starts with: the district shapefile alone (GBK, NAME, the layer named 区县界_area).
  test::writeVector(dir.path / "区县界_area.shp",
                    {{"区县界_area",
                      4490,
                      {{"NAME"}},
                      {{"POLYGON((114 29,114.01 29,114.01 29.02,114 29.02,114 29))", {"青山区"}}},
                      {"ENCODING=CP936"}}});
  const std::string said = "note: no works layer was found: a layer is taken as works when it has a status column";
  auto check = worksmap("check " + dir.path.string(), dir.path);
  EXPECT_THAT(check.err, ::testing::HasSubstr(said));
  EXPECT_THAT(check.out, ::testing::HasSubstr("layer 区县界_area (districts)"));
  EXPECT_EQ(check.exitCode, 0);  // a note, not a problem
  auto report = worksmap("report " + dir.path.string(), dir.path);
  EXPECT_THAT(report.err, ::testing::HasSubstr(said));
}

// A town's works on a local survey grid with no .prj, alone: shown in its own plane; `check` says so and
// `report` marks its lengths as planar. The road runs (3000, 2000) → (6000, 6000): 5000 m, a 3-4-5 triangle.
TEST(Cli, ALocalGridAloneIsReportedWithPlanarMeasures) {
  test::ScopedDir dir;
  test::writeVector(dir.path / "works.shp",
                    {{"works",
                      0,
                      {{"name"}, {"kind"}, {"status"}, {"done_date"}},
                      {{"LINESTRING(3000 2000,6000 6000)", {"环城路", "道路", "已完工", "2022-05-31"}}}}});
  const std::string file = (dir.path / "works.shp").string();
  auto check = worksmap("check " + file, dir.path);
  EXPECT_THAT(check.out, ::testing::HasSubstr("working CRS: local plane (no CRS)"));
  EXPECT_THAT(check.out, ::testing::HasSubstr("CRS local plane (no CRS);"));
  EXPECT_THAT(check.err, ::testing::HasSubstr("warning: " + file +
                                              ": layer works: no CRS that places it on the earth (coordinates x "
                                              "3000…6000, y 2000…6000"));
  EXPECT_EQ(check.exitCode, 1);  // a warning is a problem to look at
  auto markdown = worksmap("report " + file + " --as-of 2022-12-31", dir.path);
  EXPECT_THAT(markdown.out, ::testing::HasSubstr("Lengths and areas are planar: no CRS places the data on the earth"));
  auto json = worksmap("report " + file + " --as-of 2022-12-31 --format json", dir.path);
  EXPECT_THAT(json.out, ::testing::HasSubstr("\"measures\": \"planar\""));
  auto csv = parseCsv(worksmap("report " + file + " --as-of 2022-12-31 --format csv", dir.path).out);
  ASSERT_EQ(csv.size(), 2u);
  EXPECT_EQ(csv[1][8], "5.000");  // length_km
}

// Two admin layers over the western half only: 乡镇界 (2 towns) and 区县界 (1 county) each hold 1 of the 3 works
// (33%), so the finer 乡镇界 is kept; `check` says which and why, and warns that it misses most of the works.
TEST(Cli, CheckSaysWhichDistrictLayerWasChosenAndThatItMissesMostWorks) {
  test::ScopedDir dir;
  test::writeVector(
      dir.path / "admin.gpkg",
      {{"区县界", 4490, {{"NAME"}}, {{"POLYGON((114 29,114.01 29,114.01 29.02,114 29.02,114 29))", {"西县"}}}},
       {"乡镇界",
        4490,
        {{"NAME"}},
        {{"POLYGON((114 29,114.01 29,114.01 29.01,114 29.01,114 29))", {"南镇"}},
         {"POLYGON((114 29.01,114.01 29.01,114.01 29.02,114 29.02,114 29.01))", {"北镇"}}}}});
  test::writeVector(dir.path / "works.gpkg", {{"works",
                                               4490,
                                               {{"name"}, {"status"}},
                                               {{"POINT(114.005 29.005)", {"甲", "planned"}},
                                                {"POINT(114.015 29.005)", {"乙", "planned"}},
                                                {"POINT(114.015 29.015)", {"丙", "planned"}}}}});
  const std::string admin = (dir.path / "admin.gpkg").string();
  auto check = worksmap("check " + dir.path.string(), dir.path);
  EXPECT_THAT(check.err,
              ::testing::HasSubstr("note: " + admin +
                                   ": district layer: 乡镇界 (2 districts, 33% of the "
                                   "works inside); other admin layers drawn as base layers: 区县界 (1, 33%)"));
  EXPECT_THAT(check.err, ::testing::HasSubstr("warning: " + admin +
                                              ": district layer 乡镇界: only 33% of the works "
                                              "with a place lie inside its polygons"));
  EXPECT_EQ(check.exitCode, 1);
}
