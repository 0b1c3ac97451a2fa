// `worksmap atlas`: the progress-by-district book's pages counted and their text read back from the PDF with
// poppler's pdfinfo and pdftotext (runs under xvfb-run with the render tests: the maps are drawn offscreen).
#include <filesystem>
#include <fstream>
#include <regex>
#include <string>

#include <gtest/gtest.h>

#include "render/command_line.hpp"
#include "support/fixture_writer.hpp"

using namespace wm;
namespace fs = std::filesystem;

namespace {

using test::commandOutput;
using test::linesStartingWith;
using test::pdfPages;

test::Outcome run(const std::string& args, const fs::path& dir, const std::string& lang = "en") {
  return test::runWorksmap(args, dir, lang);
}

// The text of one page, laid out as on the page (a table's row on one line).
std::string pageText(const fs::path& pdf, int page) {
  return commandOutput("pdftotext -layout -f " + std::to_string(page) + " -l " + std::to_string(page) + " " +
                       pdf.string() + " -");
}

// Two districts side by side, 西片 (113.98–114.01) then 东片 (114.01–114.02). As of 2022-07-01, by hand:
// - 西片: 西片路, started 2022-01-10, planned 2022-05-31, not done: overdue 31 days (June's 30 and July 1st);
//   西园, completed 2022-03-01: not overdue.
// - 东片: twelve roads 东片支路01…12, started 2022-01-01, planned 2022-06-01 … 2022-06-12, not done: overdue
//   30 … 19 days. Ten fit under the district's map; the other two go on to a page of their own.
// County table: 西片 2 works (1 building, 1 completed, 1 overdue), 东片 12 (12 building, 12 overdue), total 14.
fs::path writeCounty(const fs::path& dir) {
  test::FixtureLayer roads{"roads", 4490, {{"name"}, {"status"}, {"start_date"}, {"plan_done"}, {"done_date"}}, {}};
  roads.features.push_back(
      {"LINESTRING(113.985 29.004,114.005 29.004)", {"西片路", "在建", "2022-01-10", "2022-05-31", ""}});
  for (int k = 1; k <= 12; ++k) {
    const std::string n = (k < 10 ? "0" : "") + std::to_string(k), lat = std::to_string(29.0005 + 0.0007 * k);
    roads.features.push_back({"LINESTRING(114.012 " + lat + ",114.018 " + lat + ")",
                              {"东片支路" + n, "在建", "2022-01-01", "2022-06-" + n, ""}});
  }
  test::writeVector(dir / "county.gpkg",
                    {{"districts",
                      4490,
                      {{"name"}},
                      {{"POLYGON((113.98 29,114.01 29,114.01 29.01,113.98 29.01,113.98 29))", {"西片"}},
                       {"POLYGON((114.01 29,114.02 29,114.02 29.01,114.01 29.01,114.01 29))", {"东片"}}}},
                     {"parks",
                      4490,
                      {{"name"}, {"status"}, {"start_date"}, {"plan_done"}, {"done_date"}},
                      {{"POLYGON((113.99 29.006,113.995 29.006,113.995 29.009,113.99 29.009,113.99 29.006))",
                        {"西园", "已完工", "2021-10-01", "2022-04-30", "2022-03-01"}}}},
                     roads});
  const fs::path ws = dir / "county.worksmap.toml";
  std::ofstream(ws, std::ios::binary)
      << "title = \"测试县\"\n[districts]\nlayer = \"districts\"\nname_field = \"name\"\n\n"
         "[[layer]]\nsource = \"county.gpkg\"\n";
  return ws;
}

}  // namespace

TEST(Atlas, CountyPageThenAPagePerDistrictWithItsOverdueWorks) {
  test::ScopedDir dir;
  const fs::path ws = writeCounty(dir.path), pdf = dir.path / "atlas.pdf";
  test::Outcome r = run("atlas " + ws.string() + " -o " + pdf.string() + " --as-of 2022-07-01", dir.path);
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(linesStartingWith(r.out, "page "),
            "page 1/4: 测试县\npage 2/4: 西片\npage 3/4: 东片\npage 4/4: 东片 (continued)\n");
  EXPECT_NE(r.out.find(pdf.string() + ": 4 pages\n"), std::string::npos) << r.out;
  ASSERT_EQ(pdfPages(pdf), 4);
  EXPECT_FALSE(fs::exists(dir.path / "atlas.pdf.tmp"));

  const std::string county = pageText(pdf, 1);
  for (const char* expected : {"Works progress by district", "测试县", "Works progress as of 2022-07-01", "Districts",
                               "0 roads built or renovated", "0 new parking spaces"})
    EXPECT_NE(county.find(expected), std::string::npos) << expected << " not on:\n" << county;
  // District, total, planned, under construction, completed, suspended, overdue, then the completed amounts.
  EXPECT_TRUE(std::regex_search(county, std::regex("西片 +2 +0 +1 +1 +0 +1 +0\\.00 "))) << county;
  EXPECT_TRUE(std::regex_search(county, std::regex("东片 +12 +0 +12 +0 +0 +12 +0\\.00 +0 +0"))) << county;
  EXPECT_TRUE(std::regex_search(county, std::regex("Total +14 +0 +13 +1 +0 +13 "))) << county;

  const std::string west = pageText(pdf, 2);
  EXPECT_NE(west.find("Overdue works: 1"), std::string::npos) << west;
  EXPECT_TRUE(std::regex_search(west, std::regex("西片路 +roads +2022-05-31 +31\\n"))) << west;
  EXPECT_EQ(west.find("西园"), std::string::npos) << west;  // completed on time
  EXPECT_NE(west.find("西片: figures"), std::string::npos) << west;

  const std::string east = pageText(pdf, 3), more = pageText(pdf, 4);
  EXPECT_NE(east.find("Overdue works: 12"), std::string::npos) << east;
  // Most overdue first: 东片支路01 (planned June 1st) 30 days … 东片支路10 21 days here, 11 and 12 on the next page.
  EXPECT_TRUE(std::regex_search(east, std::regex("东片支路01 +roads +2022-06-01 +30\\n"))) << east;
  EXPECT_TRUE(std::regex_search(east, std::regex("东片支路10 +roads +2022-06-10 +21\\n"))) << east;
  EXPECT_EQ(east.find("东片支路11"), std::string::npos) << east;
  EXPECT_NE(more.find("东片 (continued)"), std::string::npos) << more;
  EXPECT_NE(more.find("Days overdue"), std::string::npos) << more;  // the header again
  EXPECT_TRUE(std::regex_search(more, std::regex("东片支路12 +roads +2022-06-12 +19\\n"))) << more;
  // The page number ("4 / 4") comes back with or without its spaces, by the size it is set at.
  EXPECT_TRUE(std::regex_search(more, std::regex("4 ?/ ?4"))) << more;
}

TEST(Atlas, AYearListsTheWorksCompletedLateInChinese) {
  test::ScopedDir dir;
  const fs::path ws = writeCounty(dir.path), pdf = dir.path / "atlas.pdf";
  // 2022: only 西园 was completed (on time); 2021 had nothing at all.
  test::Outcome r = run("atlas " + ws.string() + " -o " + pdf.string() + " --year 2022", dir.path, "zh");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(linesStartingWith(r.out, "第 "), "第 1/3 页：测试县\n第 2/3 页：西片\n第 3/3 页：东片\n");
  ASSERT_EQ(pdfPages(pdf), 3);
  const std::string county = pageText(pdf, 1), west = pageText(pdf, 2);
  EXPECT_NE(county.find("城建项目分片区进度"), std::string::npos) << county;
  EXPECT_NE(county.find("2022-01-01 至 2022-12-31 完工项目"), std::string::npos) << county;
  EXPECT_TRUE(std::regex_search(county, std::regex("西片 +1 +0 +0\\.00"))) << county;
  EXPECT_NE(west.find("逾期完工项目：0 个"), std::string::npos) << west;
  EXPECT_NE(west.find("没有逾期完工的项目。"), std::string::npos) << west;
}

TEST(Atlas, BadDatesAndUnwritableFilesAreReported) {
  test::ScopedDir dir;
  const fs::path ws = writeCounty(dir.path);
  test::Outcome r =
      run("atlas " + ws.string() + " -o " + (dir.path / "a.pdf").string() + " --as-of 2022-13-01", dir.path);
  EXPECT_EQ(r.code, 3);
  r = run("atlas " + ws.string() + " -o " + (dir.path / "a.pdf").string() + " --as-of 2022-07-01 --year 2022",
          dir.path);
  EXPECT_EQ(r.code, 3);
  r = run("atlas " + ws.string() + " -o " + (dir.path / "missing" / "a.pdf").string(), dir.path);
  EXPECT_EQ(r.code, 4);
  EXPECT_NE(r.err.find("the atlas could not be written"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(dir.path / "a.pdf"));
  EXPECT_FALSE(fs::exists(dir.path / "missing"));
}
