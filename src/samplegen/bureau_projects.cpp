// The bureau's own named projects in the sample county. Dates and figures are fixed by hand; places follow the
// names (a road project lies on its street, 火车站停车场 beside the station, 铁路桥涵 under the railway).
#include <cstddef>
#include <string>
#include <utility>

#include "samplegen/sample_projects.hpp"
#include "samplegen/shape_maker.hpp"

namespace wm::samplegen {
namespace {

struct Record {
  const char* name;
  WorksStatus status;
  const char* start;
  const char* planDone;
  const char* done;  // nullptr while not completed
  double progress;
  double invest;  // 万元
};

WorksProject fromRecord(WorksKind kind, const Record& r) {
  WorksProject p;
  p.name = r.name;
  p.kind = kind;
  p.status = r.status;
  p.start = core::parseDate(r.start).date;
  p.planDone = core::parseDate(r.planDone).date;
  if (r.done) p.done = core::parseDate(r.done).date;
  p.progress = r.progress;
  p.invest = r.invest;
  return p;
}

constexpr auto kDone = WorksStatus::Completed;
constexpr auto kBuilding = WorksStatus::UnderConstruction;

void addRoads(const CountyLayout& layout, std::vector<WorksProject>& out) {
  struct Road {
    Record record;
    const char* street;  // nullptr: a line given by hand
    double from;
    double to;
  };
  const Road roads[] = {
      {{"长丰北路拓改", kDone, "2021-09-15", "2022-08-31", "2022-08-26", 100, 3250}, "长丰北路", -100, 1700},
      {{"麻塘片区北湖路", kDone, "2021-11-01", "2022-10-31", "2022-12-15", 100, 2680}, nullptr, 0, 0},
      {{"金坳路新建工程", kDone, "2021-12-10", "2022-09-30", "2022-09-28", 100, 2140}, "金坳路", -1100, 1700},
      {{"新墙河路污水厂段路面硬化及护坡工程", kDone, "2022-03-01", "2022-08-31", "2022-08-20", 100, 865},
       "新墙河路",
       -4800,
       -3200},
      {{"团结南路", kDone, "2021-10-08", "2022-06-30", "2022-08-12", 100, 1930}, "团结南路", -1550, -100},
      {{"青山北路改造", kDone, "2022-02-15", "2022-10-31", "2022-10-25", 100, 1580}, "青山北路", -100, 1700},
      {{"新福路西延工程", kDone, "2022-04-01", "2022-11-30", "2022-11-18", 100, 760}, "新福路", -7900, -7400},
      {{"城北路", kBuilding, "2022-07-01", "2023-09-30", nullptr, 68, 3860}, "城北路", -7400, -3200},
      {{"青山北路武装部段", kBuilding, "2022-10-10", "2023-05-31", nullptr, 82, 420}, "青山北路", 1700, 1950},
      {{"公园路付家岭段", kBuilding, "2022-09-01", "2023-08-31", nullptr, 57, 690}, nullptr, 0, 0},
  };
  for (const Road& road : roads) {
    WorksProject p = fromRecord(WorksKind::Road, road.record);
    if (road.street) {
      p.shape = streetLine(*findStreet(layout, road.street), road.from, road.to);
    } else if (p.name == "公园路付家岭段") {
      p.shape = densify({{-7900, 500}, {-7400, 500}}, 200.0);  // not yet a base road: it is being built
    } else {
      for (const BaseRoad& base : layout.roads) {
        if (base.name == "北湖路") p.shape = subLine(base.line, 400.0, 2400.0);
      }
    }
    out.push_back(std::move(p));
  }
}

void addParks(Random& random, std::vector<WorksProject>& out) {
  struct Park {
    Record record;
    Vec2 centre;  // off the street corners so that no park covers a carriageway
    double area;  // m²
    int vertices;
  };
  const Park parks[] = {
      {{"车站路东侧洞子口游园", kDone, "2022-03-10", "2022-06-30", "2022-06-25", 100, 95}, {-3820, -850}, 1650, 8},
      {{"天鹅路城南路交叉口游园", kDone, "2022-04-01", "2022-07-31", "2022-08-20", 100, 118}, {-5400, -1050}, 2200, 9},
      {{"富荣路庆丰路交叉口游园", kDone, "2022-05-05", "2022-08-31", "2022-08-30", 100, 86}, {-7350, -550}, 1800, 7},
      {{"县农机局游园", kDone, "2022-06-01", "2022-09-30", "2022-09-15", 100, 62}, {-4550, 1380}, 1200, 6},
      {{"县委游园", kDone, "2022-03-15", "2022-07-31", "2022-07-28", 100, 168}, {-6420, 820}, 3200, 10},
  };
  for (const Park& park : parks) {
    WorksProject p = fromRecord(WorksKind::Park, park.record);
    p.shape = parkRing(random, park.centre, park.area, park.vertices);
    out.push_back(std::move(p));
  }
}

void addParking(Random& random, std::vector<WorksProject>& out) {
  struct Lot {
    Record record;
    Vec2 centre;
    int spaces;
    int levels;
    double m2PerSpace;  // footprint per space and level; trucks need more
  };
  const Lot lots[] = {
      {{"城南小学南侧", kDone, "2022-02-20", "2022-06-30", "2022-06-28", 100, 215}, {-6420, -1330}, 86, 1, 28},
      {{"岳雅东侧", kDone, "2022-04-10", "2022-08-31", "2022-09-20", 100, 160}, {-4950, 260}, 64, 1, 28},
      {{"团结北路东侧", kDone, "2022-05-01", "2022-08-31", "2022-08-25", 100, 130}, {-4690, 850}, 52, 1, 28},
      {{"荣站货运停车场", kDone, "2021-12-01", "2022-06-30", "2022-07-15", 100, 480}, {-3330, -1250}, 120, 1, 45},
      {{"政务中心立体停车场", kBuilding, "2022-03-01", "2023-01-31", nullptr, 95, 4160}, {-6430, 1380}, 260, 5, 30},
      {{"住建局机关立体停车场", kBuilding, "2022-05-10", "2023-03-31", nullptr, 90, 2880}, {-5780, 780}, 180, 4, 30},
      {{"火车站停车场改造", kBuilding, "2023-04-20", "2023-12-31", nullptr, 15, 550}, {-3810, 330}, 220, 1, 28},
  };
  for (const Lot& lot : lots) {
    WorksProject p = fromRecord(WorksKind::Parking, lot.record);
    p.spaces = lot.spaces;
    p.levels = lot.levels;
    double footprint = lot.spaces * lot.m2PerSpace / lot.levels;
    p.shape = parkingRing(random, lot.centre, footprint, lot.levels > 1 ? 4 : 6, 0.0);
    out.push_back(std::move(p));
  }
}

// The town network: along every east-west street in turn, joined at alternate ends (a boustrophedon).
Polyline townSewerNetwork() {
  const double rows[] = {1700, 1100, 500, -100, -600, -1100, -1550};
  const double west = -7400;
  const double east = -3950;
  Polyline path;
  bool eastward = true;
  for (double y : rows) {
    path.push_back({eastward ? west : east, y});
    path.push_back({eastward ? east : west, y});
    eastward = !eastward;
  }
  return densify(path, 100.0);
}

void addSewer(std::vector<WorksProject>& out) {
  const Record records[] = {
      {"城区污水管网", kDone, "2021-05-10", "2022-10-31", "2022-12-20", 100, 9800},
      {"文胜铁路桥涵改造", kDone, "2022-03-01", "2022-09-30", "2022-09-25", 100, 1260},
      {"岳雅南侧雨污箱涵", kBuilding, "2023-03-15", "2023-11-30", nullptr, 40, 690},
  };
  const Polyline shapes[] = {townSewerNetwork(), densify({{-3950, -600}, {-3350, -600}}, 100.0),
                             densify({{-5420, 20}, {-4830, 20}}, 100.0)};
  for (unsigned i = 0; i < 3; ++i) {
    WorksProject p = fromRecord(WorksKind::Sewer, records[i]);
    p.shape = shapes[i];
    p.spelling = i;
    out.push_back(std::move(p));
  }
}

}  // namespace

Result<std::vector<WorksProject>> bureauProjects(const CountyLayout& layout) {
  Random random(0x5EED0001);
  std::vector<WorksProject> out;
  addRoads(layout, out);
  addParks(random, out);
  addParking(random, out);
  addSewer(out);
  for (WorksProject& p : out) {
    if (p.shape.empty()) return Failure{"no shape for bureau project " + p.name};
    p.district = districtContaining(layout, p.shape.front());
    for (const Vec2& v : p.shape) {
      if (districtContaining(layout, v) != p.district || p.district < 0) {
        return Failure{"bureau project " + p.name + " leaves its district"};
      }
    }
    // A name that says its district (麻塘片区北湖路) must lie in it.
    for (std::size_t d = 0; d < layout.districts.size(); ++d) {
      if (p.name.find(layout.districts[d].name) != std::string::npos && p.district != static_cast<int>(d)) {
        return Failure{"bureau project " + p.name + " is not in the district it names"};
      }
    }
  }
  return out;
}

}  // namespace wm::samplegen
