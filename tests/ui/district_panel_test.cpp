// District progress under ImGui's null setup: the rows are the `worksmap report` CSV's figures for the same
// catalog and date (added up by district), sorting by a header, a row highlighting its district and asking for a
// zoom, copying the report's CSV and saving a report safely.
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include <gtest/gtest.h>

#include "imgui_harness.hpp"
#include "report/report_writer.hpp"
#include "ui/desk.hpp"
#include "ui_fixture.hpp"

using namespace wm;
using domain::Status;

namespace {

ui::ReportWriters reportWriters() {
  return {[](const analysis::ProgressTable& t) { return report::writeCsv(t); },
          [](const analysis::ProgressTable& t, core::Lang lang) { return report::writeMarkdown(t, lang); }};
}

ui::DeskServices withReportWriters() {
  ui::DeskServices services;
  services.writers = reportWriters();
  return services;
}

struct DistrictFixture {
  domain::Catalog catalog = test::deskCatalog();
  domain::MapStyle style = domain::builtInMapStyle();
  ui::ViewState state = ui::initialViewState(catalog, test::day(2023, 6, 30), core::Lang::En);
  test::ImGuiHarness imgui{1920, 1080};
  ui::Desk desk{catalog, style, withReportWriters()};
  std::function<void()> draw = [this] { desk.draw(state, 1.0f); };

  DistrictFixture() {
    state.panels.filters = state.panels.legend = state.panels.timeline = false;  // room for the table
    state.panels.districts = true;
    for (int i = 0; i < 3; ++i) imgui.frame(draw);
  }
  void click(const std::string& id) { imgui.click(desk.targets(), id, draw); }
};

// A district's line as the report's CSV gives it: its district × kind rows added up.
struct CsvDistrict {
  std::array<long long, 6> counts{};  // total, planned, under_construction, completed, suspended, overdue
  std::string roadKm = "0.000", sewerKm = "0.000", parkM2 = "0.000";
  long long spaces = 0, completedSpaces = 0;
};

std::map<std::string, CsvDistrict> csvByDistrict(const std::string& csv) {
  std::map<std::string, CsvDistrict> out;
  std::istringstream in(csv);
  std::string line;
  std::getline(in, line);
  EXPECT_EQ(line,
            "district,kind,total,planned,under_construction,completed,suspended,overdue,length_km,area_m2,"
            "spaces,completed_length_km,completed_area_m2,completed_spaces");
  while (std::getline(in, line)) {
    std::vector<std::string> f;
    std::stringstream fields(line);
    for (std::string s; std::getline(fields, s, ',');) f.push_back(s);
    EXPECT_EQ(f.size(), 14u) << line;
    if (f.size() != 14) continue;
    CsvDistrict& d = out[f[0]];
    for (int i = 0; i < 6; ++i) d.counts[static_cast<std::size_t>(i)] += std::stoll(f[static_cast<std::size_t>(2 + i)]);
    if (f[1] == "road") d.roadKm = f[8];
    if (f[1] == "sewer") d.sewerKm = f[8];
    if (f[1] == "park") d.parkM2 = f[9];
    d.spaces += std::stoll(f[10]);
    d.completedSpaces += std::stoll(f[13]);
  }
  return out;
}

std::string three(double v) { return fmt::format("{:.3f}", v); }

}  // namespace

TEST(DistrictPanel, RowsAreTheReportsFiguresForTheSameDate) {
  DistrictFixture f;
  for (core::Date date : {test::day(2023, 6, 30), test::day(2022, 12, 31), test::day(2024, 1, 1)}) {
    f.state.asOf = date;
    f.imgui.frame(f.draw);
    std::string csv = report::writeCsv(analysis::computeProgress(f.catalog, analysis::asOfQuery(date)));
    std::map<std::string, CsvDistrict> expected = csvByDistrict(csv);
    const auto& rows = f.desk.districts().rows();
    ASSERT_EQ(rows.size(), expected.size()) << date.iso();
    for (const ui::DistrictRow& row : rows) {
      ASSERT_TRUE(expected.count(row.district)) << row.district;
      const CsvDistrict& e = expected[row.district];
      const analysis::ProgressFigures& g = row.figures;
      EXPECT_EQ((std::array<long long, 6>{g.total, g.count(Status::Planned), g.count(Status::UnderConstruction),
                                          g.count(Status::Completed), g.count(Status::Suspended), g.overdue}),
                e.counts)
          << row.district << " " << date.iso();
      EXPECT_EQ(three(row.roadKm), e.roadKm) << row.district;
      EXPECT_EQ(three(row.sewerKm), e.sewerKm) << row.district;
      EXPECT_EQ(three(row.parkM2), e.parkM2) << row.district;
      EXPECT_EQ(g.spaces, e.spaces);
      EXPECT_EQ(g.completedSpaces, e.completedSpaces);
    }
  }
}

TEST(DistrictPanel, InPeriodModeRowsAreThePeriodReports) {
  DistrictFixture f;
  f.state.periodMode = true;
  f.state.periodFrom = test::day(2023, 1, 1);
  f.state.periodTo = test::day(2023, 12, 31);
  f.imgui.frame(f.draw);
  std::string csv = report::writeCsv(
      analysis::computeProgress(f.catalog, analysis::periodQuery(f.state.periodFrom, f.state.periodTo)));
  std::map<std::string, CsvDistrict> expected = csvByDistrict(csv);
  // Completed in 2023: only 东风路改造 (2023-05-01, on time) in 城区.
  const auto& rows = f.desk.districts().rows();
  ASSERT_EQ(rows.size(), 1u);
  ASSERT_EQ(expected.size(), 1u);
  EXPECT_EQ(rows[0].district, "城区");
  EXPECT_EQ(rows[0].figures.total, expected["城区"].counts[0]);
  EXPECT_EQ(rows[0].figures.count(Status::Completed), 1);
  EXPECT_EQ(three(rows[0].roadKm), expected["城区"].roadKm);
  EXPECT_EQ(three(rows[0].roadKm), "1.500");
}

TEST(DistrictPanel, FiguresAsWorkedOutByHand) {
  DistrictFixture f;
  std::map<std::string, ui::DistrictRow> rows;
  for (const ui::DistrictRow& r : f.desk.districts().rows()) rows[r.district] = r;
  ASSERT_EQ(rows.size(), 3u);
  const ui::DistrictRow& town = rows["城区"];
  EXPECT_EQ(town.index, 0);
  EXPECT_EQ(town.figures.total, 3);
  EXPECT_EQ(town.figures.count(Status::UnderConstruction), 1);
  EXPECT_EQ(town.figures.count(Status::Completed), 2);
  EXPECT_EQ(town.figures.overdue, 1);
  EXPECT_EQ(three(town.roadKm), "2.320");
  EXPECT_EQ(three(town.completedRoadKm), "1.500");
  EXPECT_EQ(town.figures.spaces, 120);
  EXPECT_EQ(town.figures.completedSpaces, 120);
  EXPECT_DOUBLE_EQ(town.completedShare(), 2.0 / 3.0);
  const ui::DistrictRow& matang = rows["麻塘片区"];
  EXPECT_EQ(matang.figures.count(Status::Planned), 1);
  EXPECT_EQ(matang.figures.count(Status::Suspended), 1);
  EXPECT_EQ(matang.figures.overdue, 1);
  EXPECT_EQ(three(matang.parkM2), "5000.000");
  EXPECT_EQ(matang.completedShare(), 0.0);
  const ui::DistrictRow& none = rows["unassigned"];
  EXPECT_EQ(none.group, analysis::DistrictGroup::Unassigned);
  EXPECT_EQ(none.index, domain::kNoDistrict);
  EXPECT_EQ(three(none.parkM2), "2500.000");
}

TEST(DistrictPanel, ClickingAHeaderSortsByItsColumnAndAgainReverses) {
  DistrictFixture f;
  f.click("districts.header.total");
  EXPECT_EQ(f.desk.districts().sortColumn(), ui::DistrictColumn::Total);
  auto totals = [&] {
    std::vector<std::int64_t> out;
    for (const ui::DistrictRow& r : f.desk.districts().rows()) out.push_back(r.figures.total);
    return out;
  };
  bool first = f.desk.districts().descending();
  EXPECT_EQ(totals(), first ? (std::vector<std::int64_t>{3, 2, 1}) : (std::vector<std::int64_t>{1, 2, 3}));
  f.click("districts.header.total");
  EXPECT_NE(f.desk.districts().descending(), first);
  EXPECT_EQ(totals(), !first ? (std::vector<std::int64_t>{3, 2, 1}) : (std::vector<std::int64_t>{1, 2, 3}));
  f.click("districts.header.share");
  EXPECT_EQ(f.desk.districts().sortColumn(), ui::DistrictColumn::Share);
}

TEST(DistrictPanel, ClickingADistrictHighlightsItAndAsksForAZoom) {
  DistrictFixture f;
  f.click("districts.row.1");
  EXPECT_EQ(f.state.highlightDistrict, 1);
  EXPECT_EQ(ui::mapFilter(f.state).highlightDistrict, 1);
  auto requests = f.state.takeRequests();
  ASSERT_EQ(requests.size(), 1u);
  EXPECT_EQ(requests[0].kind, ui::ViewRequest::Kind::ZoomToDistrict);
  EXPECT_EQ(requests[0].index, 1);
  f.click("districts.row.unassigned");  // no polygon to highlight or zoom to
  EXPECT_EQ(f.state.highlightDistrict, 1);
  EXPECT_TRUE(f.state.takeRequests().empty());
}

TEST(DistrictPanel, CopyPutsTheReportsCsvOnTheClipboard) {
  DistrictFixture f;
  f.click("districts.copy");
  EXPECT_EQ(std::string(ImGui::GetClipboardText()), report::writeCsv(f.desk.districts().table()));
  EXPECT_EQ(f.desk.districts().message(), "Copied 6 lines of CSV");  // the header and five district × kind rows
}

TEST(DistrictPanel, SavesMarkdownOrCsvAndRefusesWhatIsNotSafe) {
  DistrictFixture f;
  const auto& table = f.desk.districts().table();
  std::filesystem::path dir = std::filesystem::temp_directory_path() / "wm_district_panel_test";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  auto lang = core::Lang::En;
  EXPECT_EQ(ui::saveReport(dir / "progress.csv", table, reportWriters(), lang, false),
            "Saved " + (dir / "progress.csv").string());
  std::ifstream in(dir / "progress.csv");
  std::stringstream text;
  text << in.rdbuf();
  EXPECT_EQ(text.str(), report::writeCsv(table));
  EXPECT_EQ(ui::saveReport(dir / "progress.csv", table, reportWriters(), lang, false),
            (dir / "progress.csv").string() + " exists; tick Overwrite to replace it");
  EXPECT_EQ(ui::saveReport(dir / "progress.csv", table, reportWriters(), lang, true),
            "Saved " + (dir / "progress.csv").string());
  EXPECT_EQ(ui::saveReport(dir / "progress.md", table, reportWriters(), lang, false),
            "Saved " + (dir / "progress.md").string());
  EXPECT_TRUE(std::filesystem::file_size(dir / "progress.md") > 0);
  EXPECT_EQ(ui::saveReport(dir / "progress.txt", table, reportWriters(), lang, false),
            "give a file name ending .md or .csv");
  EXPECT_EQ(ui::saveReport(dir / "no" / "such.md", table, reportWriters(), lang, false),
            "no folder " + (dir / "no").string());
  EXPECT_FALSE(std::filesystem::exists(dir / "progress.txt"));
  EXPECT_FALSE(std::filesystem::exists(dir / "progress.csv.tmp"));
  std::filesystem::remove_all(dir);
}
