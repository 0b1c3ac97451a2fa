// District progress under ImGui's null setup: the kind rows are the `worksmap report` CSV's rows for the same
// catalog and date or period, the district and county rows their sums (worked out by hand), the columns of each
// mode, opening a district into its kinds, sorting by a header, a row highlighting its district and asking for a
// zoom, the tab-separated table copied in both modes, and saving a report (CSV with a BOM) through the dialog.
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include <unistd.h>

#include <gtest/gtest.h>

#include "district_csv.hpp"
#include "desk_fixture.hpp"
#include "publish/xlsx_report.hpp"
#include "report/report_writer.hpp"
#include "ui/desk.hpp"
#include "ui_fixture.hpp"

using namespace wm;
using domain::Status;

namespace {

ui::ReportWriters reportWriters() {
  return {[](const analysis::ProgressTable& t) { return report::writeCsv(t); },
          [](const analysis::ProgressTable& t, core::Lang lang) { return report::writeMarkdown(t, lang); },
          [](const std::filesystem::path& path, const analysis::ProgressTable& t,
             const std::vector<analysis::OverdueWork>& overdue, core::Lang lang) -> std::optional<std::string> {
            if (auto failed = publish::writeXlsx(path, {t, overdue, {}}, lang)) return failed->text(lang);
            return std::nullopt;
          }};
}

ui::DeskServices withReportWriters(ui::ReportFolder folder = {}) {
  ui::DeskServices services;
  services.writers = reportWriters();
  services.reportFolder = std::move(folder);
  return services;
}

struct DistrictFixture {
  domain::Catalog catalog;
  domain::MapStyle style = domain::builtInMapStyle();
  ui::ViewState state = ui::initialViewState(catalog, test::day(2023, 6, 30), core::Lang::En);
  test::ImGuiHarness imgui{1920, 1080};
  ui::Desk desk;
  std::function<void()> draw = [this] { desk.draw(state, 1.0f); };

  explicit DistrictFixture(domain::Catalog c = test::deskCatalog(), ui::ReportFolder folder = {})
      : catalog(std::move(c)), desk(catalog, style, withReportWriters(std::move(folder))) {
    state.panels.filters = state.panels.legend = state.panels.timeline = false;  // room for the table
    state.panels.districts = true;
    settle();
  }
  void settle() { test::settle(imgui, desk, draw); }
  void click(const std::string& id) {
    test::clickSettled(imgui, desk, id, draw);
    settle();
  }
};

// The report's CSV without its header line.
std::string csvRows(const analysis::ProgressTable& table) {
  std::string csv = report::writeCsv(table);
  return csv.substr(csv.find('\n') + 1);
}

// A fresh folder under the system's temporary one, removed at the end of the test.
struct TempDir {
  std::filesystem::path path;
  explicit TempDir(const std::string& name)
      : path(std::filesystem::temp_directory_path() / (name + "_" + std::to_string(::getpid()))) {
    std::filesystem::remove_all(path);
    std::filesystem::create_directories(path);
  }
  ~TempDir() { std::filesystem::remove_all(path); }
};

std::string three(double v) { return fmt::format("{:.3f}", v); }

// deskCatalog with three works completed in 2022, worked out by hand:
//   6 青山北路   城区      road 900 m, planned 2022-06-30, done 2022-09-15: late
//   7 南门停车场 城区      parking 1200 m², 40 spaces, planned 2022-12-31, done 2022-11-20
//   8 滨江路     麻塘片区  road 1100 m, planned and done 2022-10-31: on time
// In 2022: 城区 roads 1 (late 1, 0.900 km), parking 1 (1200 m², 40 spaces); 麻塘片区 roads 1 (1.100 km);
// county: 3 completed, 1 late, 2.000 km, 1200 m², 40 spaces.
domain::Catalog catalogWith2022() {
  domain::Catalog c = test::deskCatalog();
  auto add = [&c](const char* name, domain::Kind kind, core::Date plan, core::Date done, std::int32_t district,
                  double lengthM, double areaM2, std::int64_t spaces) {
    domain::Project p = test::project(name, kind, domain::RecordedStatus::Completed, test::day(2021, 3, 1), plan, done);
    p.district = district;
    p.lengthM = lengthM;
    p.areaM2 = areaM2;
    p.spaces = spaces;
    c.projects.push_back(p);
  };
  add("青山北路", domain::Kind::Road, test::day(2022, 6, 30), test::day(2022, 9, 15), 0, 900, 0, 0);
  add("南门停车场", domain::Kind::Parking, test::day(2022, 12, 31), test::day(2022, 11, 20), 0, 0, 1200, 40);
  add("滨江路", domain::Kind::Road, test::day(2022, 10, 31), test::day(2022, 10, 31), 1, 1100, 0, 0);
  return c;
}

}  // namespace

TEST(DistrictPanel, KindRowsAreTheReportsCsvRowsForTheSameDate) {
  DistrictFixture f;
  for (core::Date date : {test::day(2023, 6, 30), test::day(2022, 12, 31), test::day(2024, 1, 1)}) {
    f.state.asOf = date;
    f.imgui.frame(f.draw);
    EXPECT_EQ(test::kindLinesAsCsv(f.desk.districts().rows()),
              csvRows(analysis::computeProgress(f.catalog, analysis::asOfQuery(date))))
        << date.iso();
  }
}

TEST(DistrictPanel, InPeriodModeKindRowsAreThePeriodReportsCsvRows) {
  DistrictFixture f(catalogWith2022());
  f.state.periodMode = true;
  for (int year : {2022, 2023}) {
    f.state.periodFrom = test::day(year, 1, 1);
    f.state.periodTo = test::day(year, 12, 31);
    f.imgui.frame(f.draw);
    EXPECT_TRUE(f.desk.districts().periodMode());
    EXPECT_EQ(test::kindLinesAsCsv(f.desk.districts().rows()),
              csvRows(analysis::computeProgress(f.catalog, *analysis::yearQuery(year))))
        << year;
  }
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
  ASSERT_EQ(town.kinds.size(), 2u);  // parking, road: the report's order
  EXPECT_EQ(town.kinds[0].kind, domain::Kind::Parking);
  EXPECT_EQ(town.kinds[1].kind, domain::Kind::Road);
  const analysis::ProgressFigures roads = town.ofKind(domain::Kind::Road);
  EXPECT_EQ(roads.total, 2);
  EXPECT_EQ(roads.count(Status::Completed), 1);
  EXPECT_EQ(three(roads.lengthKm), "2.320");
  EXPECT_EQ(three(roads.completedLengthKm), "1.500");
  EXPECT_EQ(town.ofKind(domain::Kind::Parking).completedSpaces, 120);
  EXPECT_EQ(town.ofKind(domain::Kind::Sewer).total, 0);
  EXPECT_DOUBLE_EQ(town.completedShare(), 2.0 / 3.0);
  const ui::DistrictRow& matang = rows["麻塘片区"];
  EXPECT_EQ(matang.figures.count(Status::Planned), 1);
  EXPECT_EQ(matang.figures.count(Status::Suspended), 1);
  EXPECT_EQ(matang.figures.overdue, 1);
  EXPECT_EQ(three(matang.ofKind(domain::Kind::Park).areaM2), "5000.000");
  EXPECT_EQ(matang.completedShare(), 0.0);
  const ui::DistrictRow& none = rows["unassigned"];
  EXPECT_EQ(none.group, analysis::DistrictGroup::Unassigned);
  EXPECT_EQ(none.index, domain::kNoDistrict);
  EXPECT_EQ(three(none.figures.areaM2), "2500.000");
  // The county: all six works; by kind park 2, parking 1, road 3.
  const ui::DistrictRow& county = f.desk.districts().county();
  EXPECT_EQ(county.group, analysis::DistrictGroup::AllDistricts);
  EXPECT_EQ(county.figures.total, 6);
  EXPECT_EQ(county.figures.overdue, 2);
  EXPECT_EQ(three(county.figures.lengthKm), "4.320");
  EXPECT_EQ(three(county.figures.areaM2), "10500.000");
  ASSERT_EQ(county.kinds.size(), 3u);
  EXPECT_EQ(county.ofKind(domain::Kind::Park).total, 2);
  EXPECT_EQ(county.ofKind(domain::Kind::Parking).total, 1);
  EXPECT_EQ(county.ofKind(domain::Kind::Road).total, 3);
}

TEST(DistrictPanel, ADistrictOpensIntoItsKindRowsAndTheCountyTotalEndsTheTable) {
  DistrictFixture f;
  EXPECT_TRUE(f.desk.targets().find("districts.row.all"));
  EXPECT_FALSE(f.desk.targets().find("districts.kind.0.road"));
  f.click("districts.expand.0");
  EXPECT_TRUE(f.desk.districts().expanded("城区"));
  EXPECT_TRUE(f.desk.targets().find("districts.kind.0.road"));
  EXPECT_TRUE(f.desk.targets().find("districts.kind.0.parking"));
  EXPECT_FALSE(f.desk.targets().find("districts.kind.1.road"));
  EXPECT_EQ(f.state.highlightDistrict, domain::kNoDistrict);  // the button opens, it does not select
  auto town = f.desk.targets().find("districts.row.0");
  auto road = f.desk.targets().find("districts.kind.0.road");
  auto county = f.desk.targets().find("districts.row.all");
  ASSERT_TRUE(town && road && county);
  EXPECT_LT(town->centerY(), road->centerY());
  EXPECT_LT(road->centerY(), county->centerY());
  f.click("districts.expand.0");
  EXPECT_FALSE(f.desk.targets().find("districts.kind.0.road"));
  f.click("districts.expandall");
  EXPECT_TRUE(f.desk.targets().find("districts.kind.1.park"));
  EXPECT_TRUE(f.desk.targets().find("districts.kind.all.parking"));
}

TEST(DistrictPanel, InPeriodModeTheColumnsAreThePeriods) {
  DistrictFixture f;
  EXPECT_TRUE(f.desk.targets().find("districts.header.share"));
  f.state.periodMode = true;
  f.imgui.frame(f.draw);
  f.imgui.frame(f.draw);
  for (const char* key : {"completed_in_period", "late", "completed_km", "completed_m2", "completed_spaces"})
    EXPECT_TRUE(f.desk.targets().find(std::string("districts.header.") + key)) << key;
  for (const char* key : {"share", "planned", "length_km", "overdue"})
    EXPECT_FALSE(f.desk.targets().find(std::string("districts.header.") + key)) << key;
  f.click("districts.header.completed_km");
  EXPECT_EQ(f.desk.districts().sortColumn(), ui::DistrictColumn::CompletedKm);
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

TEST(DistrictPanel, CopyPutsTheTableOnTheClipboardAsTabSeparatedRows) {
  DistrictFixture f;
  f.click("districts.copy");
  // As of 2023-06-30 (ui_fixture.hpp): each district's all-kinds line and its kinds, then the county.
  const std::string header =
      "District\tKind\tTotal\tplanned\tunder construction\tcompleted\tsuspended\tOverdue\tLength (km)\t"
      "Completed length (km)\tArea (m²)\tCompleted area (m²)\tParking spaces\tCompleted spaces\n";
  EXPECT_EQ(std::string(ImGui::GetClipboardText()),
            header +
                "unassigned\tall kinds\t1\t0\t1\t0\t0\t0\t0.000\t0.000\t2500.000\t0.000\t0\t0\n"
                "unassigned\tpocket parks\t1\t0\t1\t0\t0\t0\t0.000\t0.000\t2500.000\t0.000\t0\t0\n"
                "城区\tall kinds\t3\t0\t1\t2\t0\t1\t2.320\t1.500\t3000.000\t3000.000\t120\t120\n"
                "城区\tparking\t1\t0\t0\t1\t0\t0\t0.000\t0.000\t3000.000\t3000.000\t120\t120\n"
                "城区\troads\t2\t0\t1\t1\t0\t1\t2.320\t1.500\t0.000\t0.000\t0\t0\n"
                "麻塘片区\tall kinds\t2\t1\t0\t0\t1\t1\t2.000\t0.000\t5000.000\t0.000\t0\t0\n"
                "麻塘片区\tpocket parks\t1\t0\t0\t0\t1\t1\t0.000\t0.000\t5000.000\t0.000\t0\t0\n"
                "麻塘片区\troads\t1\t1\t0\t0\t0\t0\t2.000\t0.000\t0.000\t0.000\t0\t0\n"
                "County total\tall kinds\t6\t1\t2\t2\t1\t2\t4.320\t1.500\t10500.000\t3000.000\t120\t120\n"
                "County total\tpocket parks\t2\t0\t1\t0\t1\t1\t0.000\t0.000\t7500.000\t0.000\t0\t0\n"
                "County total\tparking\t1\t0\t0\t1\t0\t0\t0.000\t0.000\t3000.000\t3000.000\t120\t120\n"
                "County total\troads\t3\t1\t1\t1\t0\t1\t4.320\t1.500\t0.000\t0.000\t0\t0\n");
  EXPECT_EQ(f.desk.districts().message(), "Copied 12 rows: paste them into Excel or WPS");
}

TEST(DistrictPanel, InPeriodModeCopiesWhatWasCompletedInThePeriodInChinese) {
  DistrictFixture f(catalogWith2022());
  f.state.lang = core::Lang::Zh;
  f.state.periodMode = true;
  f.state.periodFrom = test::day(2022, 1, 1);
  f.state.periodTo = test::day(2022, 12, 31);
  f.imgui.frame(f.draw);
  f.click("districts.copy");
  // 2022: how many roads 城区 finished (1, late, 0.900 km), and the rest as worked out in catalogWith2022.
  EXPECT_EQ(std::string(ImGui::GetClipboardText()),
            "片区\t类型\t期内完工\t逾期完工\t已完工长度（公里）\t已完工面积（㎡）\t已完工车位\n"
            "城区\t全部类型\t2\t1\t0.900\t1200.000\t40\n"
            "城区\t停车场\t1\t0\t0.000\t1200.000\t40\n"
            "城区\t道路\t1\t1\t0.900\t0.000\t0\n"
            "麻塘片区\t全部类型\t1\t0\t1.100\t0.000\t0\n"
            "麻塘片区\t道路\t1\t0\t1.100\t0.000\t0\n"
            "全县合计\t全部类型\t3\t1\t2.000\t1200.000\t40\n"
            "全县合计\t停车场\t1\t0\t0.000\t1200.000\t40\n"
            "全县合计\t道路\t2\t1\t2.000\t0.000\t0\n");
  EXPECT_EQ(f.desk.districts().message(), "已复制 8 行，可粘贴到 Excel 或 WPS");
}

std::string fileText(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(DistrictPanel, SavesMarkdownOrCsvWithABomAndRefusesWhatIsNotSafe) {
  DistrictFixture f;
  const auto& table = f.desk.districts().table();
  TempDir temp("wm_district_panel_test");
  const std::filesystem::path& dir = temp.path;
  auto lang = core::Lang::En;
  auto save = [&](const std::filesystem::path& p, bool overwrite) {
    return ui::saveReport(p, table, reportWriters(), lang, overwrite);
  };
  EXPECT_TRUE(save(dir / "progress.csv", false).saved);
  // Excel reads a CSV as UTF-8 only after a byte order mark; the report's own CSV (docs/design.md §4.6) has none.
  EXPECT_EQ(fileText(dir / "progress.csv"), "\xEF\xBB\xBF" + report::writeCsv(table));
  EXPECT_EQ(report::writeCsv(table).rfind("district,kind,", 0), 0u);
  ui::SaveOutcome again = save(dir / "progress.csv", false);
  EXPECT_FALSE(again.saved);
  EXPECT_EQ(again.message, (dir / "progress.csv").string() + " already exists");
  EXPECT_EQ(save(dir / "progress.csv", true).message, "Saved " + (dir / "progress.csv").string());
  EXPECT_TRUE(save(dir / "进度.md", false).saved);
  EXPECT_EQ(fileText(dir / "进度.md"), report::writeMarkdown(table, lang));
  EXPECT_EQ(save(dir / "progress.txt", false).message, "give a file name ending .md, .csv or .xlsx");
  EXPECT_EQ(save(dir / "no" / "such.md", false).message, "no folder " + (dir / "no").string());
  EXPECT_FALSE(std::filesystem::exists(dir / "progress.txt"));
  EXPECT_FALSE(std::filesystem::exists(dir / "progress.csv.tmp"));
}

TEST(SaveFileDialog, ListsFoldersFirstThenReportsByName) {
  TempDir temp("wm_save_dialog_list");
  const std::filesystem::path& dir = temp.path;
  for (const char* folder : {"乙片区", "a-folder", ".hidden"}) std::filesystem::create_directory(dir / folder);
  for (const char* file : {"进度.csv", "b.MD", "notes.txt", "a.csv", "c.xlsx"}) std::ofstream(dir / file) << "x";
  auto entries = ui::listReportFolder(dir);
  ASSERT_TRUE(entries);
  EXPECT_EQ(*entries, (std::vector<ui::FolderEntry>{{"a-folder", true},
                                                    {"乙片区", true},
                                                    {"a.csv", false},
                                                    {"b.MD", false},
                                                    {"c.xlsx", false},
                                                    {"进度.csv", false}}));
  EXPECT_FALSE(ui::listReportFolder(dir / "missing"));
  EXPECT_EQ(ui::withReportExtension("进度", ui::ReportFileType::Csv), "进度.csv");
  EXPECT_EQ(ui::withReportExtension("a.MD", ui::ReportFileType::Csv), "a.csv");
  EXPECT_EQ(ui::withReportExtension("a.csv", ui::ReportFileType::Markdown), "a.md");
  EXPECT_EQ(ui::withReportExtension("v1.2", ui::ReportFileType::Markdown), "v1.2.md");
  EXPECT_EQ(ui::withReportExtension("a.csv", ui::ReportFileType::Excel), "a.xlsx");
  EXPECT_EQ(ui::withReportExtension("a.XLSX", ui::ReportFileType::Csv), "a.csv");
}

TEST(DistrictPanel, SaveAsExcelOffersAWorkbookAndWritesItThroughTheDesksWriter) {
  TempDir temp("wm_save_dialog_xlsx");
  const std::filesystem::path& dir = temp.path;
  DistrictFixture f(test::deskCatalog(), {dir, {}});
  f.click("districts.savexlsx");
  const ui::SaveFileDialog& dialog = f.desk.districts().saveDialog();
  ASSERT_TRUE(dialog.isOpen());
  EXPECT_EQ(dialog.fileName(), "district-progress_2023-06-30.xlsx");
  f.click("savedialog.csv");  // the type can still be changed, and back
  EXPECT_EQ(dialog.fileName(), "district-progress_2023-06-30.csv");
  f.click("savedialog.xlsx");
  f.click("savedialog.save");
  const std::filesystem::path saved = dir / "district-progress_2023-06-30.xlsx";
  EXPECT_FALSE(dialog.isOpen());
  EXPECT_EQ(f.desk.districts().message(), "Saved " + saved.string());
  EXPECT_EQ(fileText(saved).substr(0, 4), "PK\x03\x04");  // a zip: the workbook (read back in tests/app)
  EXPECT_FALSE(std::filesystem::exists(dir / "district-progress_2023-06-30.xlsx.tmp"));
  // The list now shows it, and picking it keeps the Excel type.
  f.click("districts.savexlsx");
  EXPECT_EQ(dialog.entries(), (std::vector<ui::FolderEntry>{{"district-progress_2023-06-30.xlsx", false}}));
  f.click("savedialog.cancel");
}

TEST(DistrictPanel, SaveReportOpensTheDialogInTheRememberedFolderAndRemembersWhereItSaved) {
  TempDir temp("wm_save_dialog_flow");
  const std::filesystem::path& dir = temp.path;
  std::filesystem::create_directory(dir / "二〇二三");
  std::vector<std::filesystem::path> remembered;
  DistrictFixture f(test::deskCatalog(),
                    {dir, [&remembered](const std::filesystem::path& p) { remembered.push_back(p); }});
  f.click("districts.save");
  const ui::SaveFileDialog& dialog = f.desk.districts().saveDialog();
  ASSERT_TRUE(dialog.isOpen());
  EXPECT_EQ(dialog.folder(), dir);
  EXPECT_EQ(dialog.fileName(), "district-progress_2023-06-30.csv");
  f.click("savedialog.entry.二〇二三");  // into the folder
  EXPECT_EQ(dialog.folder(), dir / "二〇二三");
  f.click("savedialog.save");
  const std::filesystem::path saved = dir / "二〇二三" / "district-progress_2023-06-30.csv";
  EXPECT_FALSE(dialog.isOpen());
  EXPECT_EQ(fileText(saved), "\xEF\xBB\xBF" + report::writeCsv(f.desk.districts().table()));
  EXPECT_EQ(f.desk.districts().message(), "Saved " + saved.string());
  EXPECT_EQ(remembered, std::vector<std::filesystem::path>{dir / "二〇二三"});
  EXPECT_EQ(f.desk.districts().reportFolder(), dir / "二〇二三");
  // Again: the dialog starts where the last report went, and asks before replacing it.
  f.click("districts.save");
  EXPECT_EQ(dialog.folder(), dir / "二〇二三");
  f.click("savedialog.md");
  EXPECT_EQ(dialog.fileName(), "district-progress_2023-06-30.md");
  f.click("savedialog.csv");
  f.click("savedialog.save");
  ASSERT_TRUE(dialog.confirming());
  EXPECT_EQ(*dialog.confirming(), saved);
  EXPECT_TRUE(dialog.isOpen());
  f.click("savedialog.cancel");  // back to the name: nothing replaced
  EXPECT_FALSE(dialog.confirming());
  EXPECT_TRUE(dialog.isOpen());
  f.click("savedialog.save");
  f.click("savedialog.replace");
  EXPECT_FALSE(dialog.isOpen());
  EXPECT_EQ(remembered.size(), 2u);
  f.click("districts.save");
  f.click("savedialog.up");
  EXPECT_EQ(dialog.folder(), dir);
  f.click("savedialog.cancel");
  EXPECT_FALSE(dialog.isOpen());
}

TEST(DistrictRows, CellsShowCompletedOverAllAndLeaveOutMeasuresARowHasNot) {
  analysis::ProgressFigures roads;
  roads.total = 2;
  roads.byStatus[static_cast<std::size_t>(Status::Completed)] = 1;
  roads.lengthKm = 2.32;
  roads.completedLengthKm = 1.5;
  EXPECT_EQ(ui::districtCell(roads, ui::DistrictColumn::LengthKm), "1.500 / 2.320");
  EXPECT_EQ(ui::districtCell(roads, ui::DistrictColumn::AreaM2), "");  // roads have no m² here
  EXPECT_EQ(ui::districtCell(roads, ui::DistrictColumn::Spaces), "");
  EXPECT_EQ(ui::districtCell(roads, ui::DistrictColumn::Completed), "1");
  EXPECT_EQ(ui::districtCell(roads, ui::DistrictColumn::CompletedKm), "1.500");
  EXPECT_EQ(ui::districtCell(roads, ui::DistrictColumn::Share), "");  // drawn as a bar
}
