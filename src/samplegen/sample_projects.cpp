// The invented part of the sample register, and the township roads it leans on.
#include "samplegen/sample_projects.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <numbers>

#include <fmt/format.h>

#include "samplegen/project_names.hpp"
#include "samplegen/project_timeline.hpp"
#include "samplegen/shape_maker.hpp"
#include "samplegen/site_finder.hpp"

namespace wm::samplegen {
namespace {

constexpr std::uint64_t kSampleSeed = 0x53484C49'20230630ull;
constexpr int kAttempts = 60;

struct Context {
  const CountyLayout& layout;
  const DistrictGrid& grid;
  SiteFinder& sites;
  NameBook& names;
  Random& random;
};

// 城区 has the most works, as in the bureau's register; 麻塘片区 next; the six townships share the rest.
int drawDistrict(Random& random, std::size_t districtCount) {
  double u = random.unit();
  if (u < 0.40) return kTownDistrict;
  if (u < 0.52) return kMatangDistrict;
  int township = 2 + static_cast<int>((u - 0.52) / 0.08);
  return std::min(township, static_cast<int>(districtCount) - 1);
}

const std::string& prefixOf(const Context& c, int district) {
  return c.layout.districts[static_cast<std::size_t>(district)].shortName;
}

Vec2 seatOf(const Context& c, int district) { return c.layout.districts[static_cast<std::size_t>(district)].seat; }

bool makeTownRoad(Context& c, WorksProject& p) {
  const TownStreet& street = c.random.pick(c.layout.townStreets);
  double span = street.to - street.from;
  double len = span <= 300.0 ? span : c.random.uniform(300.0, std::min(3000.0, span));
  double from = street.from + c.random.uniform(0.0, span - len);
  p.shape = streetLine(street, from, from + len);
  p.name = uniqueName(c.names, [&] { return roadProjectName(c.random, "", street.name); });
  return true;
}

// A pipe laid along the town streets, turning at crossings now and then.
Polyline townGridWalk(Random& random, double lengthMetres) {
  static const double xs[] = {-7400, -6750, -6100, -5450, -4800, -4300, -3950};
  static const double ys[] = {-1550, -1100, -600, -100, 500, 1100, 1700};
  const int steps[4][2] = {{1, 0}, {0, 1}, {-1, 0}, {0, -1}};
  int i = random.between(0, 6);
  int j = random.between(0, 6);
  int dir = random.between(0, 3);
  Polyline path{{xs[i], ys[j]}};
  double walked = 0.0;
  while (walked < lengthMetres) {
    if (random.chance(0.35)) dir = (dir + (random.chance(0.5) ? 1 : 3)) % 4;
    for (int turn : {0, 1, 3, 2}) {
      int d = (dir + turn) % 4;
      int ni = i + steps[d][0];
      int nj = j + steps[d][1];
      if (ni < 0 || nj < 0 || ni > 6 || nj > 6) continue;
      dir = d;
      i = ni;
      j = nj;
      break;
    }
    walked += distance(path.back(), {xs[i], ys[j]});
    path.push_back({xs[i], ys[j]});
  }
  return densify(subLine(path, 0.0, lengthMetres), 100.0);
}

bool makeTownSewer(Context& c, WorksProject& p) {
  p.shape = townGridWalk(c.random, c.random.uniform(500.0, 5000.0));
  // A pipe under one street is named after it; a pipe that turns serves an area.
  std::string street;
  const Vec2 a = p.shape.front();
  const Vec2 b = p.shape.back();
  for (const TownStreet& s : c.layout.townStreets) {
    double along = s.northSouth ? (a.y + b.y) / 2 : (a.x + b.x) / 2;
    bool onIt = s.northSouth ? (a.x == s.position && b.x == s.position) : (a.y == s.position && b.y == s.position);
    if (onIt && along >= s.from && along <= s.to && lineLength(p.shape) <= distance(a, b) + 1.0) street = s.name;
  }
  p.name = uniqueName(c.names, [&] { return sewerProjectName(c.random, "", street); });
  return true;
}

bool makeRuralLine(Context& c, WorksProject& p) {
  bool road = p.kind == WorksKind::Road;
  for (int attempt = 0; attempt < kAttempts; ++attempt) {
    double dx = c.random.bell() * 2000.0;
    double dy = c.random.bell() * 2000.0;
    double len = road ? c.random.uniform(300.0, 3000.0) : c.random.uniform(500.0, 5000.0);
    int vertices = c.random.between(12, 20);
    auto line = wanderingLine(c.random, c.grid, p.district, seatOf(c, p.district) + Vec2{dx, dy}, len, vertices);
    if (!line) continue;
    p.shape = std::move(*line);
    const std::string& prefix = prefixOf(c, p.district);
    p.name = uniqueName(
        c.names, [&] { return road ? roadProjectName(c.random, prefix, "") : sewerProjectName(c.random, prefix, ""); });
    return true;
  }
  return false;
}

// Places a ring made around the origin at a free site near the district's seat.
bool placeCompact(Context& c, WorksProject& p, Ring ring) {
  double radius = radiusAround(ring, {0.0, 0.0});
  double spread = p.district == kTownDistrict ? 1300.0 : 1800.0;
  auto centre = c.sites.find(c.random, p.district, seatOf(c, p.district), spread, radius);
  if (!centre) return false;
  for (Vec2& v : ring) v = v + *centre;
  c.sites.occupy(*centre, radius);
  p.shape = std::move(ring);
  return true;
}

bool makePark(Context& c, WorksProject& p) {
  double area = c.random.uniform(800.0, 6000.0);
  int vertices = c.random.between(6, 12);
  if (!placeCompact(c, p, parkRing(c.random, {0.0, 0.0}, area, vertices))) return false;
  p.name = uniqueName(c.names, [&] { return parkProjectName(c.random, prefixOf(c, p.district)); });
  return true;
}

bool makeParking(Context& c, WorksProject& p) {
  bool town = p.district == kTownDistrict;
  bool multiStorey = c.random.chance(town ? 0.2 : 0.05);
  p.levels = multiStorey ? c.random.between(3, 6) : 1;
  p.spaces = multiStorey ? c.random.between(120, 300) : c.random.between(20, 200);
  double footprint = p.spaces * (multiStorey ? 30.0 : 28.0) / p.levels;
  int vertices = multiStorey ? 4 : c.random.between(4, 8);
  // Town lots line up with the street grid; rural ones lie any way.
  double angle = town ? (c.random.chance(0.5) ? 0.0 : std::numbers::pi / 2) : c.random.uniform(0.0, std::numbers::pi);
  if (!placeCompact(c, p, parkingRing(c.random, {0.0, 0.0}, footprint, vertices, angle))) return false;
  p.name = uniqueName(c.names, [&] { return parkingProjectName(c.random, prefixOf(c, p.district), multiStorey); });
  return true;
}

const std::string& villageName(Random& random) {
  static const std::vector<std::string> pool = {"桃林", "白石", "青龙", "杨林", "长冲", "黄岭", "新塘", "荷塘",
                                                "石桥", "枫树", "栗山", "茶园", "大湾", "鹿角", "高桥", "洪源"};
  return random.pick(pool);
}

bool makeShape(Context& c, WorksProject& p) {
  bool town = p.district == kTownDistrict;
  switch (p.kind) {
    case WorksKind::Road:
      return town ? makeTownRoad(c, p) : makeRuralLine(c, p);
    case WorksKind::Sewer:
      return town ? makeTownSewer(c, p) : makeRuralLine(c, p);
    case WorksKind::Park:
      return makePark(c, p);
    case WorksKind::Parking:
      return makeParking(c, p);
  }
  return false;
}

}  // namespace

void addTownshipRoads(CountyLayout& layout, const DistrictGrid& grid, Random& random, int count, bool withSerial) {
  NameBook names;
  const int townships = static_cast<int>(layout.districts.size()) - 1;
  for (int k = 0; k < count; ++k) {
    int district = 1 + random.between(0, townships - 1);
    const District& d = layout.districts[static_cast<std::size_t>(district)];
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
      double dx = random.bell() * 2500.0;
      double dy = random.bell() * 2500.0;
      double len = random.uniform(1500.0, 5000.0);
      int vertices = std::clamp(static_cast<int>(len / 200.0), 8, 25);
      auto line = wanderingLine(random, grid, district, d.seat + Vec2{dx, dy}, len, vertices);
      if (!line) continue;
      std::string name = withSerial ? fmt::format("{}{}村道Y{:04}", d.shortName, villageName(random), k + 1)
                                    : uniqueName(names, [&] { return d.shortName + villageName(random) + "村道"; });
      layout.roads.push_back({std::move(name), RoadClass::Township, std::move(*line)});
      break;
    }
  }
}

Result<std::vector<WorksProject>> sampleProjects(const CountyLayout& layout, const DistrictGrid& grid) {
  auto bureau = bureauProjects(layout);
  if (!bureau) return bureau.error();
  std::vector<WorksProject> projects = std::move(*bureau);
  NameBook names;
  SiteFinder sites(layout, grid);
  for (const WorksProject& p : projects) {
    names.claim(p.name);
    if (isLine(p.kind)) continue;
    Box box = boundsOf(p.shape);
    Vec2 centre{(box.minX + box.maxX) / 2, (box.minY + box.maxY) / 2};
    sites.occupy(centre, radiusAround(p.shape, centre));
  }
  Random random = Random(kSampleSeed).fork(1);
  Context c{layout, grid, sites, names, random};
  const std::pair<WorksKind, int> quotas[] = {
      {WorksKind::Road, 85}, {WorksKind::Park, 75}, {WorksKind::Parking, 60}, {WorksKind::Sewer, 80}};
  for (auto [kind, quota] : quotas) {
    for (int made = 0; made < quota;) {
      WorksProject p;
      p.kind = kind;
      p.district = drawDistrict(random, layout.districts.size());
      if (!makeShape(c, p)) continue;  // no room there this time: draw another district
      p.status = drawStatus(random);
      p.spelling = static_cast<unsigned>(random.between(0, 3));
      assignTimeline(random, p);
      assignInvestment(random, p, p.district == kTownDistrict || p.district == kMatangDistrict);
      projects.push_back(std::move(p));
      ++made;
    }
  }
  return projects;
}

}  // namespace wm::samplegen
