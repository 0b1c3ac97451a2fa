// `worksmap report --format xlsx` read back with GDAL's XLSX driver: the district and kind sheets equal the
// CSV report cell for cell, the overdue sheet of a hand-made county holds hand-computed days, headers follow
// the UI language, and a write that cannot happen leaves nothing and says why.
#include <sys/wait.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>

#include <fmt/format.h>
#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include "core/translation.hpp"
#include "domain/kind.hpp"
#include "support/fixture_writer.hpp"

using namespace wm;
namespace fs = std::filesystem;

namespace {

const std::string kSample = std::string(WORKSMAP_GEODATA) + "/sample-county.worksmap.toml";

struct Outcome {
  int exitCode = -1;
  std::string out;
  std::string err;
};

Outcome worksmap(const std::string& lang, const std::string& args, const fs::path& dir) {
  const fs::path errFile = dir / "stderr.txt";
  const std::string command =
      "WORKSMAP_LANG=" + lang + " " + std::string(WORKSMAP_BINARY) + " " + args + " 2>" + errFile.string();
  Outcome r;
  FILE* pipe = popen(command.c_str(), "r");
  char buffer[4096];
  for (std::size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) r.out.append(buffer, n);
  const int status = pclose(pipe);
  r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::stringstream err;
  err << std::ifstream(errFile).rdbuf();
  r.err = err.str();
  fs::remove(errFile);
  return r;
}

std::vector<std::vector<std::string>> csvRows(const std::string& text) {
  std::vector<std::vector<std::string>> rows;
  std::stringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    std::vector<std::string> cells;
    std::stringstream fields(line);
    for (std::string cell; std::getline(fields, cell, ',');) cells.push_back(cell);
    rows.push_back(cells);
  }
  return rows;
}

// The workbook as GDAL reads it, the first row of every sheet taken as its header.
std::unique_ptr<GDALDataset> openWorkbook(const fs::path& file) {
  GDALAllRegister();
  CPLSetConfigOption("OGR_XLSX_HEADERS", "FORCE");
  const char* drivers[] = {"XLSX", nullptr};
  std::unique_ptr<GDALDataset> ds(
      GDALDataset::Open(file.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr));
  CPLSetConfigOption("OGR_XLSX_HEADERS", nullptr);
  return ds;
}

std::vector<std::string> sheetNames(GDALDataset& ds) {
  std::vector<std::string> names;
  for (int i = 0; i < ds.GetLayerCount(); ++i) names.emplace_back(ds.GetLayer(i)->GetName());
  return names;
}

std::vector<std::string> headers(OGRLayer& layer) {
  std::vector<std::string> names;
  OGRFeatureDefn* defn = layer.GetLayerDefn();
  for (int i = 0; i < defn->GetFieldCount(); ++i) names.emplace_back(defn->GetFieldDefn(i)->GetNameRef());
  return names;
}

std::string kindName(const std::string& code) {
  for (int k = 0; k < domain::kKindCount; ++k)
    if (domain::kindCode(static_cast<domain::Kind>(k)) == code)
      return std::string(core::text(domain::kindMsg(static_cast<domain::Kind>(k)), core::Lang::En));
  return "?" + code;
}

// Every figure cell of a sheet row against the CSV's text: a number, equal to the CSV's number.
void expectFigures(OGRFeature& feature, int firstField, const std::vector<std::string>& csv, std::size_t firstCsv) {
  for (std::size_t c = firstCsv; c < csv.size(); ++c) {
    const int field = firstField + static_cast<int>(c - firstCsv);
    const OGRFieldType type = feature.GetFieldDefnRef(field)->GetType();
    EXPECT_TRUE(type == OFTInteger || type == OFTInteger64 || type == OFTReal) << "column " << c;
    EXPECT_DOUBLE_EQ(feature.GetFieldAsDouble(field), std::stod(csv[c])) << "column " << c << " of " << csv[0];
  }
}

}  // namespace

TEST(XlsxReport, SampleCountysDistrictSheetEqualsTheCsvReportCellForCell) {
  test::ScopedDir dir;
  const Outcome csv = worksmap("en", "report " + kSample + " --as-of 2023-06-30 --format csv", dir.path);
  const fs::path book = dir.path / "进度.xlsx";
  const Outcome xlsx =
      worksmap("en", "report " + kSample + " --as-of 2023-06-30 --format xlsx -o " + book.string(), dir.path);
  ASSERT_EQ(csv.exitCode, 0) << csv.err;
  ASSERT_EQ(xlsx.exitCode, 0) << xlsx.err;
  EXPECT_EQ(xlsx.out, "");
  EXPECT_FALSE(fs::exists(dir.path / "进度.xlsx.tmp"));
  auto ds = openWorkbook(book);
  ASSERT_TRUE(ds);
  EXPECT_EQ(sheetNames(*ds), (std::vector<std::string>{"By district", "By kind", "Overdue works", "About"}));
  OGRLayer& sheet = *ds->GetLayer(0);
  const auto rows = csvRows(csv.out);
  ASSERT_GT(rows.size(), 10u);
  EXPECT_EQ(headers(sheet),
            (std::vector<std::string>{"District", "Kind", "Total", "planned", "under construction", "completed",
                                      "suspended", "Overdue", "Length (km)", "Area (m²)", "Parking spaces",
                                      "Completed length (km)", "Completed area (m²)", "Completed spaces"}));
  ASSERT_EQ(sheet.GetFeatureCount(), static_cast<GIntBig>(rows.size()));  // the CSV's header ↔ the total row
  sheet.ResetReading();
  for (std::size_t r = 1; r < rows.size(); ++r) {
    std::unique_ptr<OGRFeature> feature(sheet.GetNextFeature());
    ASSERT_TRUE(feature);
    EXPECT_EQ(std::string(feature->GetFieldAsString(0)), rows[r][0]);
    EXPECT_EQ(std::string(feature->GetFieldAsString(1)), kindName(rows[r][1]));
    expectFigures(*feature, 2, rows[r], 2);
  }
  std::unique_ptr<OGRFeature> total(sheet.GetNextFeature());
  ASSERT_TRUE(total);
  EXPECT_STREQ(total->GetFieldAsString(0), "County total");
  std::int64_t projects = 0;
  for (std::size_t r = 1; r < rows.size(); ++r) projects += std::stoll(rows[r][2]);
  EXPECT_EQ(total->GetFieldAsInteger64(2), projects);
}

TEST(XlsxReport, KindSheetEqualsTheByKindCsvReport) {
  test::ScopedDir dir;
  const Outcome csv = worksmap("en", "report " + kSample + " --year 2022 --by kind --format csv", dir.path);
  const fs::path book = dir.path / "2022.xlsx";
  ASSERT_EQ(worksmap("en", "report " + kSample + " --year 2022 --format xlsx -o " + book.string(), dir.path).exitCode,
            0);
  auto ds = openWorkbook(book);
  ASSERT_TRUE(ds);
  OGRLayer& sheet = *ds->GetLayer(1);
  const auto rows = csvRows(csv.out);
  ASSERT_EQ(sheet.GetFeatureCount(), static_cast<GIntBig>(rows.size()));
  EXPECT_EQ(headers(sheet)[6], "Completed late");  // a period's overdue column holds its late completions
  // The sheet lists kinds in their natural order (roads, parks, parking, sewers, ...), the CSV by kind code.
  std::map<std::string, std::vector<std::string>> byKind;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    EXPECT_EQ(rows[r][0], "all");
    byKind[kindName(rows[r][1])] = rows[r];
  }
  EXPECT_EQ(byKind.size(), rows.size() - 1);
  sheet.ResetReading();
  std::vector<std::string> order;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    std::unique_ptr<OGRFeature> feature(sheet.GetNextFeature());
    ASSERT_TRUE(feature);
    order.emplace_back(feature->GetFieldAsString(0));
    ASSERT_TRUE(byKind.count(order.back())) << order.back();
    expectFigures(*feature, 1, byKind[order.back()], 2);
  }
  EXPECT_EQ(order.front(), "roads");
  std::unique_ptr<OGRFeature> total(sheet.GetNextFeature());
  ASSERT_TRUE(total);
  EXPECT_STREQ(total->GetFieldAsString(0), "Total");
}

namespace {

// Districts 城区 and 麻塘片区 side by side, and five works (see tests/analysis/overdue_works_test.cpp for the
// same dates worked through). As of 2023-06-30:
//   S污水 sewer, outside both districts, planned 2022-12-31, not started: 31+28+31+30+31+30 = 181 days overdue
//   A路   road, 城区, planned 2023-03-31, under construction: 30+31+30 = 91 days overdue
//   P游园 park, 麻塘片区, planned 2023-06-01, under construction: 29 days overdue
//   K停车 parking, 城区, planned 2023-05-31, done 2023-06-20: completed (late by 20 days, not overdue)
//   B路   road, 城区, planned 2023-12-31: on time
void writeCounty(const fs::path& dir) {
  test::writeVector(dir / "districts.gpkg",
                    {{"districts",
                      4490,
                      {{"name"}},
                      {{"POLYGON((114 -0.01,114.02 -0.01,114.02 0.02,114 0.02,114 -0.01))", {"城区"}},
                       {"POLYGON((114.02 -0.01,114.04 -0.01,114.04 0.02,114.02 0.02,114.02 -0.01))", {"麻塘片区"}}}}});
  std::vector<test::FixtureField> fields{{"name"}, {"kind"}, {"status"}, {"start_date"}, {"plan_done"}, {"done_date"}};
  test::writeVector(
      dir / "works.gpkg",
      {{"works",
        4490,
        fields,
        {{"LINESTRING(114.001 0,114.011 0)", {"A路", "道路", "在建", "2023-01-05", "2023-03-31", ""}},
         {"POLYGON((114.022 0.002,114.024 0.002,114.024 0.004,114.022 0.004,114.022 0.002))",
          {"P游园", "游园", "在建", "2023-01-10", "2023-06-01", ""}},
         {"LINESTRING(114.05 0,114.06 0)", {"S污水", "sewer", "planned", "", "2022-12-31", ""}},
         {"POINT(114.005 0.01)", {"K停车", "停车场", "已完工", "2023-01-01", "2023-05-31", "2023-06-20"}},
         {"LINESTRING(114.002 0.005,114.008 0.005)", {"B路", "road", "在建", "2023-02-01", "2023-12-31", ""}}}}});
}

struct Overdue {
  std::string name, kind, district, planned;
  std::int64_t days;
  bool operator==(const Overdue&) const = default;
};

std::vector<Overdue> overdueRows(OGRLayer& sheet) {
  std::vector<Overdue> rows;
  sheet.ResetReading();
  const int last = sheet.GetLayerDefn()->GetFieldCount() - 1;
  while (std::unique_ptr<OGRFeature> f{sheet.GetNextFeature()}) {
    EXPECT_EQ(f->GetFieldDefnRef(3)->GetType(), OFTDate);
    int y = 0, m = 0, d = 0, h = 0, min = 0, tz = 0;
    float s = 0;
    f->GetFieldAsDateTime(3, &y, &m, &d, &h, &min, &s, &tz);
    rows.push_back({f->GetFieldAsString(0), f->GetFieldAsString(1), f->GetFieldAsString(2),
                    fmt::format("{:04}-{:02}-{:02}", y, m, d), f->GetFieldAsInteger64(last)});
  }
  return rows;
}

}  // namespace

TEST(XlsxReport, OverdueSheetListsHandComputedDaysOverdueMostFirst) {
  test::ScopedDir dir;
  writeCounty(dir.path);
  const fs::path book = dir.path / "overdue.xlsx";
  const Outcome run =
      worksmap("en", "report " + dir.path.string() + " --as-of 2023-06-30 --format xlsx -o " + book.string(), dir.path);
  ASSERT_EQ(run.exitCode, 0) << run.err;
  auto ds = openWorkbook(book);
  ASSERT_TRUE(ds);
  OGRLayer& sheet = *ds->GetLayer(2);
  EXPECT_EQ(headers(sheet), (std::vector<std::string>{"Project", "Kind", "District", "Planned completion (date)",
                                                      "Days overdue (days)"}));
  EXPECT_EQ(overdueRows(sheet), (std::vector<Overdue>{{"S污水", "sewers", "unassigned", "2022-12-31", 181},
                                                      {"A路", "roads", "城区", "2023-03-31", 91},
                                                      {"P游园", "pocket parks", "麻塘片区", "2023-06-01", 29}}));
}

TEST(XlsxReport, OverAPeriodTheOverdueSheetListsLateCompletionsWithTheirCompletionDate) {
  test::ScopedDir dir;
  writeCounty(dir.path);
  const fs::path book = dir.path / "2023.xlsx";
  ASSERT_EQ(worksmap("en", "report " + dir.path.string() + " --year 2023 --format xlsx -o " + book.string(), dir.path)
                .exitCode,
            0);
  auto ds = openWorkbook(book);
  ASSERT_TRUE(ds);
  OGRLayer& sheet = *ds->GetLayer(2);
  EXPECT_EQ(headers(sheet), (std::vector<std::string>{"Project", "Kind", "District", "Planned completion (date)",
                                                      "Completed on (date)", "Days late (days)"}));
  EXPECT_EQ(overdueRows(sheet), (std::vector<Overdue>{{"K停车", "parking", "城区", "2023-05-31", 20}}));
}

TEST(XlsxReport, ChineseUiGivesChineseSheetsAndHeadersWithUnitsAndFrozenHeaderRows) {
  test::ScopedDir dir;
  writeCounty(dir.path);
  const fs::path book = dir.path / "报表.xlsx";
  ASSERT_EQ(worksmap("zh-CN", "report " + dir.path.string() + " --as-of 2023-06-30 --format xlsx -o " + book.string(),
                     dir.path)
                .exitCode,
            0);
  auto ds = openWorkbook(book);
  ASSERT_TRUE(ds);
  EXPECT_EQ(sheetNames(*ds), (std::vector<std::string>{"按片区", "按类型", "逾期项目", "说明"}));
  const auto district = headers(*ds->GetLayer(0));
  EXPECT_EQ(district[0], "片区");
  EXPECT_EQ(district[8], "长度（公里）");
  EXPECT_EQ(district[9], "面积（㎡）");
  EXPECT_EQ(headers(*ds->GetLayer(2)).back(), "逾期天数（天）");
  std::unique_ptr<OGRFeature> first(ds->GetLayer(2)->GetNextFeature());
  ASSERT_TRUE(first);
  EXPECT_STREQ(first->GetFieldAsString(1), "污水管网");
  EXPECT_STREQ(first->GetFieldAsString(2), "未分配");
  // Each sheet's header row is frozen: the pane in the sheet's XML, read through GDAL's zip reader.
  for (int sheet = 1; sheet <= 3; ++sheet) {
    const std::string member = "/vsizip/" + book.string() + "/xl/worksheets/sheet" + std::to_string(sheet) + ".xml";
    VSILFILE* f = VSIFOpenL(member.c_str(), "rb");
    ASSERT_TRUE(f) << member;
    std::string xml(1 << 16, '\0');
    xml.resize(VSIFReadL(xml.data(), 1, xml.size(), f));
    VSIFCloseL(f);
    EXPECT_NE(xml.find("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"),
              std::string::npos)
        << member;
  }
}

TEST(XlsxReport, AFolderThatCannotBeWrittenLeavesNothingAndSaysWhy) {
  test::ScopedDir dir;
  writeCounty(dir.path);
  const std::string before = test::directorySnapshot(dir.path);
  const fs::path book = dir.path / "missing" / "r.xlsx";
  const Outcome run = worksmap("en", "report " + dir.path.string() + " --format xlsx -o " + book.string(), dir.path);
  EXPECT_EQ(run.exitCode, 4);
  EXPECT_EQ(run.err, "cannot write " + book.string() + ": the folder does not exist\n");  // the system's ENOENT
  EXPECT_EQ(test::directorySnapshot(dir.path), before);
}

TEST(XlsxReport, AWorkbookIsNeverWrittenToTheTerminal) {
  test::ScopedDir dir;
  writeCounty(dir.path);
  const Outcome run = worksmap("en", "report " + dir.path.string() + " --format xlsx", dir.path);
  EXPECT_EQ(run.exitCode, 3);
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(run.err, "--format xlsx writes a binary workbook: name the file with -o FILE.xlsx\n");
}
