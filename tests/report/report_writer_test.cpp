#include "report/report_writer.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "report/progress_columns.hpp"

using namespace wm;
using analysis::DistrictGroup;
using analysis::ProgressFigures;
using analysis::ProgressRow;
using analysis::ProgressTable;
using core::Lang;
using domain::Kind;
using domain::Status;
using report::Format;

namespace {

core::Date d(int y, int m, int day) { return *core::Date::fromYmd(y, m, day); }

ProgressFigures figures(std::array<std::int64_t, 6> counts, double km, double m2, std::int64_t spaces, double doneKm,
                        double doneM2, std::int64_t doneSpaces) {
  ProgressFigures f;
  f.total = counts[0];
  for (std::size_t s = 0; s < 4; ++s) f.byStatus[s] = counts[s + 1];
  f.overdue = counts[5];
  f.lengthKm = km, f.areaM2 = m2, f.spaces = spaces;
  f.completedLengthKm = doneKm, f.completedAreaM2 = doneM2, f.completedSpaces = doneSpaces;
  return f;
}

ProgressRow row(std::string district, DistrictGroup group, Kind kind, ProgressFigures f) {
  return ProgressRow{std::move(district), group, kind, f};
}

// As of 2022-08-01, counts as {total, planned, under construction, completed, suspended, overdue}:
//   unassigned pocket park: 1 under construction, 3000.4 m²
//   东城片区 roads: 1 planned + 1 suspended (overdue), 2.5 + 0.6 = 3.1 km
//   城关片区 parking: 1 completed, 2400 m², 120 spaces
//   城关片区 sewer: 1 completed, 3.456789 km (written 3.457)
// County total: 5 projects; 3.1 + 3.456789 = 6.556789 km (6.557); 3000.4 + 2400 = 5400.4 m².
ProgressTable table() {
  ProgressTable t;
  t.query = analysis::asOfQuery(d(2022, 8, 1));
  t.rows = {
      row("unassigned", DistrictGroup::Unassigned, Kind::Park, figures({1, 0, 1, 0, 0, 0}, 0, 3000.4, 0, 0, 0, 0)),
      row("东城片区", DistrictGroup::Named, Kind::Road, figures({2, 1, 0, 0, 1, 1}, 3.1, 0, 0, 0, 0, 0)),
      row("城关片区", DistrictGroup::Named, Kind::Parking, figures({1, 0, 0, 1, 0, 0}, 0, 2400, 120, 0, 2400, 120)),
      row("城关片区", DistrictGroup::Named, Kind::Sewer, figures({1, 0, 0, 1, 0, 0}, 3.456789, 0, 0, 3.456789, 0, 0)),
  };
  for (const auto& r : t.rows) {
    t.kindTotals[static_cast<std::size_t>(r.kind)] += r.figures;
    t.total += r.figures;
  }
  t.summary = analysis::summarize(t.kindTotals);
  return t;
}

const std::string kHeader =
    "district,kind,total,planned,under_construction,completed,suspended,overdue,length_km,area_m2,spaces,"
    "completed_length_km,completed_area_m2,completed_spaces\n";

}  // namespace

TEST(ReportWriter, CsvFollowsTheDesignContractToTheByte) {
  EXPECT_EQ(report::writeReport(table(), Format::Csv, Lang::Zh),
            kHeader +
                "unassigned,park,1,0,1,0,0,0,0.000,3000.400,0,0.000,0.000,0\n"
                "东城片区,road,2,1,0,0,1,1,3.100,0.000,0,0.000,0.000,0\n"
                "城关片区,parking,1,0,0,1,0,0,0.000,2400.000,120,0.000,2400.000,120\n"
                "城关片区,sewer,1,0,0,1,0,0,3.457,0.000,0,3.457,0.000,0\n");
}

TEST(ReportWriter, CsvQuotesOnlyFieldsThatNeedIt) {
  ProgressTable t;
  t.rows = {row("North \"Lake\", East", DistrictGroup::Named, Kind::WaterMain,
                figures({1, 1, 0, 0, 0, 0}, 1234.5678, 0, 0, 0, 0, 0))};
  EXPECT_EQ(report::writeCsv(t), kHeader +
                                     "\"North \"\"Lake\"\", East\",water_main,1,1,0,0,0,0,1234.568,0.000,0,"
                                     "0.000,0.000,0\n");
}

TEST(ReportWriter, CsvOfAComputedTableCountsFromTheCatalog) {
  // End to end: one road in 城关 started 2022-03-01, 1500 m; one in no district completed 2022-05-20, 250 m.
  domain::Catalog c;
  domain::District chengguan;
  chengguan.name = "城关片区";
  c.districts = {chengguan};
  domain::Project a;
  a.kind = Kind::Road, a.district = 0, a.start = d(2022, 3, 1), a.lengthM = 1500;
  domain::Project b;
  b.kind = Kind::Road, b.start = d(2022, 3, 1), b.done = d(2022, 5, 20), b.lengthM = 250;
  c.projects = {a, b};
  auto t = analysis::computeProgress(c, analysis::asOfQuery(d(2022, 6, 1)));
  EXPECT_EQ(report::writeCsv(t), kHeader +
                                     "unassigned,road,1,0,0,1,0,0,0.250,0.000,0,0.250,0.000,0\n"
                                     "城关片区,road,1,0,1,0,0,0,1.500,0.000,0,0.000,0.000,0\n");
}

TEST(ReportWriter, NumbersAreFixedPlainAndNeverNegativeZero) {
  EXPECT_EQ(report::fixedDecimals(1234567.0, 3), "1234567.000");
  EXPECT_EQ(report::fixedDecimals(-1e-12, 3), "0.000");
  EXPECT_EQ(report::fixedDecimals(0.0004, 3), "0.000");
  EXPECT_EQ(report::fixedDecimals(2.25, 1), "2.2");  // exact halfway: round half to even, as printf
  EXPECT_EQ(report::roundedDecimals(3.456789, 3), 3.457);
}

TEST(ReportWriter, JsonCarriesTheCsvFiguresAndCountyTotals) {
  const std::string text = report::writeReport(table(), Format::Json, Lang::En);
  auto j = nlohmann::ordered_json::parse(text);
  EXPECT_EQ(j["query"], nlohmann::ordered_json::parse(R"({"mode":"as_of","as_of":"2022-08-01","by":"district"})"));
  ASSERT_EQ(j["rows"].size(), 4u);
  std::string keys;
  for (const auto& item : j["rows"][0].items()) keys += item.key() + ",";
  keys.back() = '\n';
  EXPECT_EQ(keys, kHeader);  // same keys as the CSV header, in its order
  EXPECT_EQ(j["rows"][1]["district"], "东城片区");
  EXPECT_EQ(j["rows"][1]["overdue"], 1);
  EXPECT_TRUE(j["rows"][2]["spaces"].is_number_integer());
  EXPECT_EQ(j["rows"][2]["spaces"], 120);
  EXPECT_EQ(j["rows"][3]["length_km"].get<double>(), 3.457);
  EXPECT_EQ(j["rows"][0]["area_m2"].get<double>(), 3000.4);
  std::vector<std::string> kinds;
  for (const auto& item : j["totals"].items()) kinds.push_back(item.key());
  EXPECT_EQ(kinds, (std::vector<std::string>{"park", "parking", "road", "sewer"}));
  EXPECT_EQ(j["totals"]["sewer"]["completed_length_km"].get<double>(), 3.457);
  EXPECT_EQ(j["total"]["total"], 5);
  EXPECT_EQ(j["total"]["length_km"].get<double>(), 6.557);
  EXPECT_EQ(j["total"]["area_m2"].get<double>(), 5400.4);
  EXPECT_NE(text.find("\"length_km\": 6.557,"), std::string::npos);  // a number, not a string
}

TEST(ReportWriter, JsonOfAPeriodNamesItsDatesAndSurvivesBadBytes) {
  ProgressTable t;
  t.query = *analysis::yearQuery(2023, analysis::ProgressGrouping::Kind);
  t.rows = {row("bad\xff", DistrictGroup::Named, Kind::Road, figures({1, 0, 0, 1, 0, 0}, 1, 0, 0, 1, 0, 0))};
  auto j = nlohmann::json::parse(report::writeJson(t));
  EXPECT_EQ(j["query"],
            nlohmann::json::parse(R"({"mode":"period","from":"2023-01-01","to":"2023-12-31","by":"kind"})"));
  EXPECT_EQ(j["rows"][0]["district"], "bad\xEF\xBF\xBD");
  EXPECT_TRUE(j["totals"].empty());
}

// Measured in the data's own plane (no CRS places it on the earth): Markdown says so under the title, JSON adds
// "measures": "planar"; CSV keeps the columns of docs/design.md §4.6. Geodesic tables carry neither.
TEST(ReportWriter, PlanarMeasuresAreSaidInMarkdownAndJson) {
  ProgressTable planar = table();
  planar.planarMeasures = true;
  const std::string markdown = report::writeReport(planar, Format::Markdown, Lang::En);
  EXPECT_TRUE(
      markdown.starts_with("# Works progress as of 2022-08-01\n\nLengths and areas are planar: no CRS places "
                           "the data on the earth, so they were measured in its own plane, coordinates taken "
                           "as metres.\n\n## Summary"))
      << markdown;
  EXPECT_EQ(nlohmann::json::parse(report::writeJson(planar))["measures"], "planar");
  EXPECT_EQ(report::writeCsv(planar), report::writeCsv(table()));
  EXPECT_FALSE(nlohmann::json::parse(report::writeJson(table())).contains("measures"));
  EXPECT_EQ(report::writeReport(table(), Format::Markdown, Lang::En).find("planar"), std::string::npos);
}

TEST(ReportWriter, MarkdownInEnglishIsTheWholeReport) {
  std::string align = "| --- |";
  for (int i = 0; i < 12; ++i) align += " ---: |";
  align += '\n';
  const std::string figureHeader =
      "Total | planned | under construction | completed | suspended | Overdue | "
      "Length (km) | Area (m²) | Parking spaces | Completed length (km) | "
      "Completed area (m²) | Completed spaces |\n";
  const std::string expected =
      "# Works progress as of 2022-08-01\n\n"
      "Data: fictional sample county\n\n"
      "## Summary\n\n"
      "0 roads built or renovated (0.000 km), 0.0 m² of new green space in 0 parks, 120 new parking spaces in "
      "1 car parks, 3.457 km of sewer completed.\n\n"
      "## County total\n\n"
      "| Kind | " +
      figureHeader + align +
      "| roads | 2 | 1 | 0 | 0 | 1 | 1 | 3.100 | 0.0 | 0 | 0.000 | 0.0 | 0 |\n"
      "| pocket parks | 1 | 0 | 1 | 0 | 0 | 0 | 0.000 | 3000.4 | 0 | 0.000 | 0.0 | 0 |\n"
      "| parking | 1 | 0 | 0 | 1 | 0 | 0 | 0.000 | 2400.0 | 120 | 0.000 | 2400.0 | 120 |\n"
      "| sewers | 1 | 0 | 0 | 1 | 0 | 0 | 3.457 | 0.0 | 0 | 3.457 | 0.0 | 0 |\n"
      "| **Total** | 5 | 1 | 1 | 2 | 1 | 1 | 6.557 | 5400.4 | 120 | 3.457 | 2400.0 | 120 |\n"
      "\n## By district\n\n"
      "| District | Kind | " +
      figureHeader + "| --- " + align +
      "| unassigned | pocket parks | 1 | 0 | 1 | 0 | 0 | 0 | 0.000 | 3000.4 | 0 | 0.000 | 0.0 | 0 |\n"
      "| 东城片区 | roads | 2 | 1 | 0 | 0 | 1 | 1 | 3.100 | 0.0 | 0 | 0.000 | 0.0 | 0 |\n"
      "| 城关片区 | parking | 1 | 0 | 0 | 1 | 0 | 0 | 0.000 | 2400.0 | 120 | 0.000 | 2400.0 | 120 |\n"
      "| 城关片区 | sewers | 1 | 0 | 0 | 1 | 0 | 0 | 3.457 | 0.0 | 0 | 3.457 | 0.0 | 0 |\n";
  EXPECT_EQ(report::writeReport(table(), Format::Markdown, Lang::En, "fictional sample county"), expected);
}

TEST(ReportWriter, MarkdownInChineseTranslatesHeadersKindsAndUnassigned) {
  const std::string md = report::writeMarkdown(table(), Lang::Zh);
  EXPECT_TRUE(md.starts_with("# 城建项目进度（截至 2022-08-01）\n\n## 综述\n\n"));
  EXPECT_NE(md.find("新建改造城市道路 0 条（0.000 公里），新增城市休闲绿地 0.0 ㎡（0 处游园），新增城区停车位 120 个"
                    "（1 处停车场），完成城区污水管网 3.457 公里。"),
            std::string::npos);
  EXPECT_NE(md.find("| 片区 | 类型 | 合计 | 规划 | 在建 | 已完工 | 停工 | 逾期 | 长度（公里） | 面积（㎡） | 停车位 | "
                    "已完工长度（公里） | 已完工面积（㎡） | 已完工车位 |\n"),
            std::string::npos);
  EXPECT_NE(md.find("| 未分配 | 游园 | 1 | 0 | 1 |"), std::string::npos);
  EXPECT_NE(md.find("| **合计** | 5 |"), std::string::npos);
  EXPECT_EQ(md.find("unassigned"), std::string::npos);
}

TEST(ReportWriter, MarkdownOfAPeriodByKindHasLateCompletionsAndNoDistrictTable) {
  ProgressTable t;
  t.query = *analysis::yearQuery(2022, analysis::ProgressGrouping::Kind);
  t.rows = {row("all", DistrictGroup::AllDistricts, Kind::Road, figures({3, 0, 0, 3, 0, 2}, 4, 0, 0, 4, 0, 0))};
  t.kindTotals[static_cast<std::size_t>(Kind::Road)] = t.rows[0].figures;
  t.total = t.rows[0].figures;
  t.summary = analysis::summarize(t.kindTotals);
  const std::string md = report::writeMarkdown(t, Lang::En);
  EXPECT_TRUE(md.starts_with("# Works completed from 2022-01-01 to 2022-12-31\n"));
  EXPECT_NE(md.find("3 roads built or renovated (4.000 km)"), std::string::npos);
  EXPECT_NE(md.find("| suspended | Completed late | Length (km) |"), std::string::npos);
  EXPECT_NE(md.find("| roads | 3 | 0 | 0 | 3 | 0 | 2 | 4.000 |"), std::string::npos);
  EXPECT_EQ(md.find("## By district"), std::string::npos);
}

TEST(ReportFormat, ParsesTheCommandLineValues) {
  EXPECT_EQ(report::parseFormat("md"), Format::Markdown);
  EXPECT_EQ(report::parseFormat("Markdown"), Format::Markdown);
  EXPECT_EQ(report::parseFormat(" CSV "), Format::Csv);
  EXPECT_EQ(report::parseFormat("json"), Format::Json);
  EXPECT_EQ(report::parseFormat("XLSX"), Format::Xlsx);
  EXPECT_FALSE(report::parseFormat("xls").has_value());
  EXPECT_EQ(report::formatCode(Format::Json), "json");
}
