#include "samplegen/sample_ledgers.hpp"

#include <cmath>
#include <fstream>

#include <fmt/format.h>
#include <ogr_srs_api.h>

#include "samplegen/spreadsheet_writer.hpp"

namespace wm::samplegen {
namespace fs = std::filesystem;
namespace {

const char* statusWord(WorksStatus s) {
  static const char* const kWords[] = {"未开工", "在建", "已完工", "停工"};
  return kWords[static_cast<int>(s)];
}

bool lastDayOfMonth(core::Date d) { return core::Date::fromDays(d.days() + 1).month() != d.month(); }

// The forms ledgers mix: mostly date cells, every third a bare serial (formatting lost in a copy), and a
// month-end date as the month alone ("2023年6月"), which reads back as the same day.
SheetCell dateOf(core::Date d, std::size_t row) {
  double serial = spreadsheetSerial(d.year(), d.month(), d.day());
  if (lastDayOfMonth(d) && row % 2 == 0) return textCell(fmt::format("{}年{}月", d.year(), d.month()));
  if (row % 3 == 2) return numberCell(serial);
  return dateCell(serial);
}

SheetCell optionalDate(const std::optional<core::Date>& d, std::size_t row) {
  return d ? dateOf(*d, row) : SheetCell{};
}

// The centre of a project's shape in lon/lat (CGCS2000), 6 decimals as people copy them from a map.
class LonLatOfLocal {
public:
  LonLatOfLocal() {
    OGRSpatialReferenceH gk = OSRNewSpatialReference(nullptr), geo = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(gk, 4547);
    OSRImportFromEPSG(geo, 4490);
    OSRSetAxisMappingStrategy(gk, OAMS_TRADITIONAL_GIS_ORDER);
    OSRSetAxisMappingStrategy(geo, OAMS_TRADITIONAL_GIS_ORDER);
    _t = OCTNewCoordinateTransformation(gk, geo);
    OSRDestroySpatialReference(gk);
    OSRDestroySpatialReference(geo);
  }
  ~LonLatOfLocal() { OCTDestroyCoordinateTransformation(_t); }
  LonLatOfLocal(const LonLatOfLocal&) = delete;
  LonLatOfLocal& operator=(const LonLatOfLocal&) = delete;
  std::pair<double, double> operator()(const Polyline& shape) const {
    double x = 0, y = 0;
    for (const auto& p : shape)
      x += p.x / static_cast<double>(shape.size()), y += p.y / static_cast<double>(shape.size());
    x += kOriginEasting;
    y += kOriginNorthing;
    OCTTransform(_t, 1, &x, &y, nullptr);
    return {std::round(x * 1e6) / 1e6, std::round(y * 1e6) / 1e6};
  }

private:
  OGRCoordinateTransformationH _t = nullptr;
};

Sheet parkingLedger(const std::vector<WorksProject>& projects, const CountyLayout& layout) {
  Sheet sheet{"Sheet1", {}, {"A1:K1", "A2:K2"}};
  sheet.rows.push_back({textCell(fmt::format("{}城区停车场建设台账（截至{}年{}月）", kCountyName, registerDate().year(),
                                             registerDate().month()))});
  sheet.rows.push_back({textCell("填报单位：示例县住房和城乡建设局（虚构数据）")});
  sheet.rows.push_back({textCell("序号"), textCell("项目名称"), textCell("所属乡镇"), textCell("状态"),
                        textCell("开工时间"), textCell("计划完工"), textCell("完工时间"), textCell("泊位数"),
                        textCell("投资（万元）"), textCell("经度"), textCell("纬度")});
  LonLatOfLocal lonLat;
  double spaces = 0, invest = 0;
  for (const auto& p : projects) {
    if (p.kind != WorksKind::Parking) continue;
    std::size_t n = sheet.rows.size() - 2;
    auto [lon, lat] = lonLat(p.shape);
    sheet.rows.push_back({numberCell(static_cast<double>(n)), textCell(p.name),
                          textCell(layout.districts[static_cast<std::size_t>(p.district)].name),
                          textCell(statusWord(p.status)), dateOf(p.start, n), dateOf(p.planDone, n + 1),
                          optionalDate(p.done, n), numberCell(p.spaces), numberCell(std::round(p.invest)),
                          numberCell(lon), numberCell(lat)});
    spaces += p.spaces;
    invest += std::round(p.invest);
  }
  sheet.rows.push_back({textCell("合计"), {}, {}, {}, {}, {}, {}, numberCell(spaces), numberCell(invest)});
  return sheet;
}

// One sheet per kind, without coordinates; lengths in 公里 and areas in 亩 as bureaus write them.
Sheet kindLedger(const std::vector<WorksProject>& projects, const CountyLayout& layout, WorksKind kind,
                 const char* name) {
  Sheet sheet{name, {}, {"A1:I1"}};
  bool line = isLine(kind);
  sheet.rows.push_back({textCell(fmt::format("{}{}项目台账", kCountyName, name))});
  sheet.rows.push_back({textCell("序号"), textCell("项目名称"), textCell("所在乡镇"), textCell("建设状态"),
                        textCell("开工日期"), textCell("计划完工时间"), textCell("实际完工时间"),
                        textCell(line ? "长度（公里）" : "面积（亩）"), textCell("投资（万元）")});
  double total = 0;
  for (const auto& p : projects) {
    if (p.kind != kind) continue;
    std::size_t n = sheet.rows.size() - 1;
    double figure = line ? std::round(lineLength(p.shape)) / 1000.0
                         : std::round(std::fabs(signedArea(p.shape)) / (2000.0 / 3.0) * 100.0) / 100.0;
    sheet.rows.push_back({numberCell(static_cast<double>(n)), textCell(p.name),
                          textCell(layout.districts[static_cast<std::size_t>(p.district)].name),
                          textCell(statusWord(p.status)), dateOf(p.start, n), dateOf(p.planDone, n + 1),
                          optionalDate(p.done, n), numberCell(figure), numberCell(std::round(p.invest))});
    total += figure;
  }
  sheet.rows.push_back({textCell("小计"), {}, {}, {}, {}, {}, {}, numberCell(std::round(total * 1000.0) / 1000.0)});
  return sheet;
}

constexpr const char* kJoinWorkspace =
    R"(# The road ledger (a sheet without coordinates) drawn on the map with the geometry of the road works
# layer, matched by project name. The shapefile gives only geometry here (role = "base"): the ledger's own
# statuses and dates are what the map and the report show.
title = "示例县道路台账"

[[layer]]
source = "../county/works_roads.shp"
role = "base"

[[layer]]
source = "城建项目台账.xlsx"
layer = "道路"
join_layer = "works_roads"
join_by = "name"
)";

}  // namespace

Result<std::vector<fs::path>> writeSampleLedgers(const fs::path& dir, const std::vector<WorksProject>& projects,
                                                 const CountyLayout& layout) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  std::vector<fs::path> files{dir / "停车场台账.xlsx", dir / "城建项目台账.xlsx", dir / "ledger-join.worksmap.toml"};
  if (auto r = writeXlsx(files[0].string(), {parkingLedger(projects, layout)}); !r) return r.error();
  std::vector<Sheet> sheets{kindLedger(projects, layout, WorksKind::Road, "道路"),
                            kindLedger(projects, layout, WorksKind::Park, "游园"),
                            kindLedger(projects, layout, WorksKind::Sewer, "污水")};
  if (auto r = writeXlsx(files[1].string(), sheets); !r) return r.error();
  std::ofstream(files[2], std::ios::binary) << kJoinWorkspace;
  return files;
}

}  // namespace wm::samplegen
