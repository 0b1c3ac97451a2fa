// Ledgers (台账) as bureaus keep them, loaded as works layers: a merged title row, 序号, Excel dates in several
// forms, a total row, several sheets, coordinates or none, and a join to another layer's geometry.
#include <algorithm>
#include <cmath>
#include <fstream>

#include <cpl_string.h>
#include <fmt/format.h>
#include <gdal_priv.h>
#include <gtest/gtest.h>

#include "analysis/district_progress.hpp"
#include "core/diagnostic.hpp"
#include "core/translation.hpp"
#include "io/catalog_loader.hpp"
#include "io/gdal_session.hpp"
#include "report/report_writer.hpp"
#include "samplegen/spreadsheet_writer.hpp"
#include "support/fixture_writer.hpp"

using namespace wm;
namespace fs = std::filesystem;
using samplegen::dateCell;
using samplegen::numberCell;
using samplegen::spreadsheetSerial;
using samplegen::textCell;

namespace {

// Every message of a load, for failure output.
std::string messages(const domain::Catalog& c) {
  std::string out;
  for (const auto& d : c.diagnostics.items()) out += core::formatDiagnostic(d, core::Lang::En) + "\n";
  return out;
}

domain::Catalog load(const std::vector<std::string>& sources) {
  auto request = io::requestFromSources(sources);
  EXPECT_FALSE(request.anyUnreadable);
  return io::loadCatalog(request.request);
}

const domain::Project* named(const domain::Catalog& c, const std::string& name) {
  auto it = std::find_if(c.projects.begin(), c.projects.end(), [&](const auto& p) { return p.name == name; });
  return it == c.projects.end() ? nullptr : &*it;
}

bool hasMessage(const domain::Catalog& c, core::Msg msg) {
  return std::any_of(c.diagnostics.items().begin(), c.diagnostics.items().end(),
                     [&](const core::Diagnostic& d) { return d.msg == msg; });
}

core::Date ymd(int y, int m, int d) { return *core::Date::fromYmd(y, m, d); }

// 停车场台账.xlsx as a bureau keeps it: title merged over A1:J1, a unit line, the header, four projects whose
// dates come as date cells, bare serials, text and month-only text, then a total row.
samplegen::Sheet parkingSheet() {
  samplegen::Sheet s{"Sheet1", {}, {"A1:J1"}};
  s.rows.push_back({textCell("2022年城区停车场建设台账")});
  s.rows.push_back({textCell("填报单位：县住建局"), {}, {}, {}, {}, {}, {}, {}, {}, textCell("单位：个")});
  s.rows.push_back({textCell("序号"), textCell("项目名称"), textCell("状态"), textCell("开工时间"),
                    textCell("计划完工"), textCell("完工时间"), textCell("所属乡镇"), textCell("泊位数"),
                    textCell("经度"), textCell("纬度")});
  s.rows.push_back({numberCell(1), textCell("城北停车场"), textCell("已完工"), dateCell(spreadsheetSerial(2022, 3, 1)),
                    dateCell(spreadsheetSerial(2022, 6, 30)), dateCell(spreadsheetSerial(2022, 6, 20)),
                    textCell("城关镇"), numberCell(120), numberCell(114.301), numberCell(29.601)});
  s.rows.push_back({numberCell(2),
                    textCell("城南停车场"),
                    textCell("在建"),
                    numberCell(44621),
                    textCell("2022年12月"),
                    {},
                    textCell("城关镇"),
                    numberCell(80),
                    numberCell(114.302),
                    numberCell(29.602)});
  s.rows.push_back({numberCell(3), textCell("河东停车场"), textCell("已完工"), textCell("2021/9/1"), textCell("2022.3"),
                    textCell("2022年4月10日"), textCell("河东乡"), textCell("60"), textCell("114.303"),
                    textCell("29.603")});
  s.rows.push_back({numberCell(4),
                    textCell("河西停车场"),
                    textCell("未开工"),
                    {},
                    textCell("6月底"),
                    {},
                    textCell("河西乡"),
                    numberCell(40),
                    {},
                    {}});
  s.rows.push_back({textCell("合计"), {}, {}, {}, {}, {}, {}, numberCell(300), {}, {}});
  return s;
}

}  // namespace

TEST(LedgerLoading, ParkingLedgerGivesPointsDatesAndSpaces) {
  test::ScopedDir dir;
  fs::path file = dir.path / "停车场台账.xlsx";
  ASSERT_TRUE(samplegen::writeXlsx(file.string(), {parkingSheet()}));
  auto c = load({file.string()});
  ASSERT_EQ(c.layers.size(), 1u) << messages(c);
  EXPECT_EQ(c.layers[0].info.role, domain::LayerRole::Works);
  EXPECT_EQ(c.layers[0].info.driver, "XLSX");
  ASSERT_EQ(c.projects.size(), 4u);  // the total row is no project
  const auto* north = named(c, "城北停车场");
  ASSERT_NE(north, nullptr);
  EXPECT_EQ(north->kind, domain::Kind::Parking);  // from the file name 停车场台账
  EXPECT_EQ(north->recorded, domain::RecordedStatus::Completed);
  EXPECT_EQ(north->start, ymd(2022, 3, 1));
  EXPECT_EQ(north->planDone, ymd(2022, 6, 30));
  EXPECT_EQ(north->done, ymd(2022, 6, 20));
  EXPECT_EQ(north->spaces, 120);
  EXPECT_EQ(north->districtName, "城关镇");
  const auto* south = named(c, "城南停车场");
  ASSERT_NE(south, nullptr);
  EXPECT_EQ(south->start, ymd(2022, 3, 1));       // the bare serial 44621
  EXPECT_EQ(south->planDone, ymd(2022, 12, 31));  // 2022年12月 → the month's last day
  const auto* east = named(c, "河东停车场");
  ASSERT_NE(east, nullptr);
  EXPECT_EQ(east->start, ymd(2021, 9, 1));
  EXPECT_EQ(east->planDone, ymd(2022, 3, 31));
  EXPECT_EQ(east->done, ymd(2022, 4, 10));
  EXPECT_EQ(east->spaces, 60);
  const auto* west = named(c, "河西停车场");
  ASSERT_NE(west, nullptr);
  EXPECT_EQ(west->planDone, ymd(2022, 6, 30));  // 6月底 in the title's year 2022
  EXPECT_TRUE(hasMessage(c, core::Msg::LedgerMonthOnlyDates));
  EXPECT_TRUE(hasMessage(c, core::Msg::LedgerTotalRowsSkipped));
  EXPECT_TRUE(hasMessage(c, core::Msg::CrsInferred)) << messages(c);  // lon/lat → CGCS2000 from the range
  // Three rows have coordinates, the fourth none: it is a project without a place.
  const auto& g = c.layers[0].geometry;
  ASSERT_EQ(g.featureCount(), 4u);
  EXPECT_EQ(g.endPartOf(west->feature) - g.firstPart(west->feature), 0u);
  EXPECT_EQ(g.endPartOf(north->feature) - g.firstPart(north->feature), 1u);
  // 0.001° apart in lon and lat at 29.6°N: about 97 m east and 111 m north in the GK zone.
  auto vx = [&](const domain::Project* p) { return g.x[g.firstVertex(g.firstPart(p->feature))]; };
  auto vy = [&](const domain::Project* p) { return g.y[g.firstVertex(g.firstPart(p->feature))]; };
  EXPECT_NEAR(vx(south) - vx(north), 96.9, 1.0);
  EXPECT_NEAR(vy(south) - vy(north), 110.9, 1.0);
}

// One sheet per kind, no coordinates; lengths in 公里 and areas in 亩 come in metres and square metres.
TEST(LedgerLoading, SheetsPerKindWithoutCoordinatesKeepTheirFigures) {
  test::ScopedDir dir;
  samplegen::Sheet roads{"道路", {}, {}};
  roads.rows.push_back({textCell("项目名称"), textCell("建设状态"), textCell("实际完工时间"), textCell("所在乡镇"),
                        textCell("长度（公里）"), textCell("投资(万元)")});
  roads.rows.push_back({textCell("滨河路"), textCell("已完工"), textCell("2022-05-31"), textCell("城关镇"),
                        numberCell(1.25), numberCell(3000)});
  roads.rows.push_back({textCell("小计"), {}, {}, {}, numberCell(1.25), numberCell(3000)});
  samplegen::Sheet parks{"游园", {}, {}};
  parks.rows.push_back(
      {textCell("项目名称"), textCell("状态"), textCell("竣工时间"), textCell("片区"), textCell("面积（亩）")});
  parks.rows.push_back(
      {textCell("桂花游园"), textCell("已完工"), textCell("2022-08-01"), textCell("河东乡"), numberCell(3)});
  fs::path file = dir.path / "2022年项目台账.xlsx";
  ASSERT_TRUE(samplegen::writeXlsx(file.string(), {roads, parks}));
  auto c = load({file.string()});
  ASSERT_EQ(c.layers.size(), 2u) << messages(c);
  ASSERT_EQ(c.projects.size(), 2u);
  const auto* road = named(c, "滨河路");
  ASSERT_NE(road, nullptr);
  EXPECT_EQ(road->kind, domain::Kind::Road);
  EXPECT_DOUBLE_EQ(road->lengthM, 1250.0);
  EXPECT_DOUBLE_EQ(road->invest, 3000.0);
  EXPECT_EQ(road->districtName, "城关镇");
  const auto* park = named(c, "桂花游园");
  ASSERT_NE(park, nullptr);
  EXPECT_EQ(park->kind, domain::Kind::Park);
  EXPECT_NEAR(park->areaM2, 2000.0, 1e-9);  // 3 亩 = 3 × 666.67 m²
  EXPECT_EQ(park->done, ymd(2022, 8, 1));
  EXPECT_EQ(c.districts.size(), 2u);
}

// A CSV saved by Excel in China: GBK bytes, no title.
TEST(LedgerLoading, GbkCsvLedgerIsDecoded) {
  test::ScopedDir dir;
  std::string utf8 = "项目名称,状态,完工日期,泊位数\n城西停车场,已完工,2022/7/1,55\n";
  char* gbk = CPLRecode(utf8.c_str(), CPL_ENC_UTF8, "GB18030");
  { std::ofstream(dir.path / "停车场.csv", std::ios::binary) << gbk; }
  CPLFree(gbk);
  auto c = load({(dir.path / "停车场.csv").string()});
  ASSERT_EQ(c.projects.size(), 1u);
  EXPECT_EQ(c.projects[0].name, "城西停车场");
  EXPECT_EQ(c.projects[0].spaces, 55);
  EXPECT_EQ(c.projects[0].done, ymd(2022, 7, 1));
  EXPECT_EQ(c.projects[0].kind, domain::Kind::Parking);
}

// The workspace joins a ledger without coordinates to a line layer by name: 城北路（二期） in the ledger is
// 城北路(二期) in the shapefile. The unmatched row is named and still counted.
TEST(LedgerLoading, LedgerJoinedToGeometryByName) {
  test::ScopedDir dir;
  test::writeVector(dir.path / "road_lines.shp", {{"road_lines",
                                                   4490,
                                                   {{"名称"}},
                                                   {{"LINESTRING(114.30 29.60,114.31 29.60)", {"城北路(二期)"}},
                                                    {"LINESTRING(114.30 29.61,114.31 29.61)", {"滨河路"}}}}});
  samplegen::Sheet roads{"道路", {}, {}};
  roads.rows.push_back({textCell("项目名称"), textCell("状态"), textCell("完工时间")});
  roads.rows.push_back({textCell("城北路（二期） "), textCell("已完工"), textCell("2022-05-31")});
  roads.rows.push_back({textCell("环城东路"), textCell("在建"), {}});
  ASSERT_TRUE(samplegen::writeXlsx((dir.path / "道路台账.xlsx").string(), {roads}));
  std::ofstream(dir.path / "join.worksmap.toml")
      << "[[layer]]\nsource = \"road_lines.shp\"\n\n"
         "[[layer]]\nsource = \"道路台账.xlsx\"\njoin_layer = \"road_lines\"\n"
         "join_by = \"name\"\n";
  auto c = load({(dir.path / "join.worksmap.toml").string()});
  ASSERT_EQ(c.projects.size(), 2u);
  const auto* joined = named(c, "城北路（二期）");
  ASSERT_NE(joined, nullptr);
  const auto& g = c.layers[joined->layer].geometry;
  ASSERT_EQ(g.endPartOf(joined->feature) - g.firstPart(joined->feature), 1u);
  EXPECT_EQ(g.featureKinds[joined->feature], geo::GeomKind::Line);
  EXPECT_NEAR(joined->lengthM, 968.6, 2.0);  // 0.01° of longitude at 29.6°N, planar in the GK zone
  const auto* alone = named(c, "环城东路");
  ASSERT_NE(alone, nullptr);
  EXPECT_EQ(g.endPartOf(alone->feature) - g.firstPart(alone->feature), 0u);
  EXPECT_TRUE(hasMessage(c, core::Msg::LedgerRowNotJoined));
  EXPECT_TRUE(hasMessage(c, core::Msg::LedgerJoined));
}

// A row without coordinates and without a township column belongs to no district (it has no place to join by).
TEST(LedgerLoading, RowWithoutPlaceOrDistrictStaysUnassigned) {
  test::ScopedDir dir;
  test::writeVector(dir.path / "districts.shp",
                    {{"districts", 4490, {{"name"}}, {{"POLYGON((114 29,115 29,115 30,114 30,114 29))", {"城关镇"}}}}});
  samplegen::Sheet sheet{"Sheet1", {}, {}};
  sheet.rows.push_back({textCell("项目名称"), textCell("状态"), textCell("泊位数")});
  sheet.rows.push_back({textCell("无名停车场"), textCell("在建"), numberCell(10)});
  ASSERT_TRUE(samplegen::writeXlsx((dir.path / "停车场台账.xlsx").string(), {sheet}));
  auto c = load({dir.path.string()});
  ASSERT_EQ(c.projects.size(), 1u) << messages(c);
  EXPECT_EQ(c.projects[0].district, domain::kNoDistrict);
  EXPECT_EQ(c.projects[0].spaces, 10);
}

// A GeoPackage attribute table with a status column is a register too: its rows count, with no place.
TEST(LedgerLoading, AttributeTableWithStatusIsARegister) {
  test::ScopedDir dir;
  test::writeVector(dir.path / "register.gpkg",
                    {{"项目登记",
                      0,
                      {{"项目名称"}, {"状态"}, {"完工日期"}},
                      {{"", {"城东停车场", "已完工", "2022-09-30"}}, {"", {"城西停车场", "在建", ""}}}}});
  auto c = load({(dir.path / "register.gpkg").string()});
  ASSERT_EQ(c.projects.size(), 2u) << messages(c);
  EXPECT_EQ(c.projects[0].done, ymd(2022, 9, 30));
  EXPECT_EQ(c.layers[0].geometry.partCount(), 0u);
}

namespace {

// Everything a report and the map take from a ledger's projects, one line each, to compare two loads.
std::vector<std::string> projectLines(const domain::Catalog& c) {
  std::vector<std::string> lines;
  auto date = [](const std::optional<core::Date>& d) { return d ? d->iso() : std::string("-"); };
  for (const auto& p : c.projects) {
    const auto& g = c.layers[p.layer].geometry;
    std::string place = "-";
    if (g.endPartOf(p.feature) > g.firstPart(p.feature)) {
      std::uint32_t v = g.firstVertex(g.firstPart(p.feature));
      place = fmt::format("{:.3f},{:.3f}", g.x[v], g.y[v]);
    }
    lines.push_back(fmt::format("{} {} {} {} {} {} {} {} {}", p.name, static_cast<int>(p.recorded),
                                static_cast<int>(p.kind), date(p.start), date(p.planDone), date(p.done), p.spaces,
                                p.districtName, place));
  }
  return lines;
}

std::string reportOf(const domain::Catalog& c, report::Format format) {
  auto table = analysis::computeProgress(c, analysis::asOfQuery(ymd(2022, 12, 31)));
  return report::writeReport(table, format, core::Lang::Zh);
}

}  // namespace

// The same parking ledger saved by LibreOffice/WPS (.ods) and by an old Excel (.xls) reads exactly as the .xlsx:
// the merged title, 序号, the 合计 row, date cells, the bare serial 44621, 2022年12月, 2022.3 and 6月底 alike,
// and the report is the same to the byte.
TEST(LedgerLoading, OdsAndXlsLedgersReadAsTheXlsxDoes) {
  test::ScopedDir dir;
  fs::path xlsx = dir.path / "xlsx" / "停车场台账.xlsx", ods = dir.path / "ods" / "停车场台账.ods",
           xls = dir.path / "xls" / "停车场台账.xls";
  for (const auto& file : {xlsx, ods, xls}) fs::create_directories(file.parent_path());
  ASSERT_TRUE(samplegen::writeXlsx(xlsx.string(), {parkingSheet()}));
  ASSERT_TRUE(samplegen::writeOds(ods.string(), {parkingSheet()}));
  ASSERT_TRUE(samplegen::writeXls(xls.string(), {parkingSheet()}));
  auto fromXlsx = load({xlsx.string()});
  ASSERT_EQ(fromXlsx.projects.size(), 4u) << messages(fromXlsx);
  for (const auto& [file, driver] : {std::pair{ods, "ODS"}, std::pair{xls, "XLS"}}) {
    auto other = load({file.string()});
    ASSERT_EQ(other.layers.size(), 1u) << messages(other);
    EXPECT_EQ(other.layers[0].info.driver, driver);
    EXPECT_EQ(projectLines(other), projectLines(fromXlsx)) << driver;
    EXPECT_TRUE(hasMessage(other, core::Msg::LedgerMonthOnlyDates)) << driver;
    EXPECT_TRUE(hasMessage(other, core::Msg::LedgerTotalRowsSkipped)) << driver;
    EXPECT_EQ(reportOf(other, report::Format::Markdown), reportOf(fromXlsx, report::Format::Markdown)) << driver;
    EXPECT_EQ(reportOf(other, report::Format::Json), reportOf(fromXlsx, report::Format::Json)) << driver;
  }
}

// A GDAL built without the XLS driver (it needs FreeXL; Debian's has it) cannot open an .xls at all: the
// message says what to do instead of calling it "not vector data".
TEST(LedgerLoading, XlsWithoutTheDriverSaysToSaveItAsXlsx) {
  test::ScopedDir dir;
  fs::path xls = dir.path / "停车场台账.xls";
  ASSERT_TRUE(samplegen::writeXls(xls.string(), {parkingSheet()}));
  io::initGdal();
  GDALDriverManager* drivers = GetGDALDriverManager();
  GDALDriver* driver = drivers->GetDriverByName("XLS");
  ASSERT_NE(driver, nullptr);
  drivers->DeregisterDriver(driver);
  auto request = io::requestFromSources({xls.string()});
  auto c = io::loadCatalog(request.request);
  drivers->RegisterDriver(driver);
  EXPECT_TRUE(c.projects.empty());
  EXPECT_TRUE(c.anySourceUnreadable);
  EXPECT_EQ(messages(c), xls.string() +
                             ": .xls spreadsheets cannot be read here: this computer's GDAL has no XLS "
                             "driver; open the file in Excel or WPS, save it as .xlsx and open that\n");
}
