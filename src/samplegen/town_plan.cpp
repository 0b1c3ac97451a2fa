// The town's street grid, the water, the railway and the county roads of the fictional 示例县.
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <numbers>
#include <string>
#include <utility>

#include "samplegen/county_layout.hpp"

namespace wm::samplegen {
namespace {

// Positions of the town grid, metres. The town (城区) spans x -8000..-3000, y -2000..2000; the railway runs
// at x -3650 and the river at y -1800, so streets stop short of both.
constexpr double kGridWest = -7900.0;
constexpr double kGridInnerWest = -7400.0;
constexpr double kGridEast = -3200.0;
constexpr double kGridSouth = -1550.0;
constexpr double kGridNorth = 1950.0;
constexpr double kNorthSouthSplit = -100.0;  // 解放路: north of it a street is 北路, south of it 南路
// A calm range that no line reaches: the meander is never muted.
constexpr double kNowhere = 1e12;

void addStreet(CountyLayout& layout, const char* name, RoadClass roadClass, bool northSouth, double position,
               double from, double to) {
  TownStreet street{name, roadClass, northSouth, position, from, to};
  layout.roads.push_back({street.name, roadClass, streetLine(street, from, to)});
  layout.townStreets.push_back(std::move(street));
}

// A line through control points with a slow sideways meander, so rivers and rural roads do not look ruled.
// The meander fades to nothing inside [calmFrom, calmTo] along x (the town), and at both ends.
Polyline meander(const Polyline& controls, double step, double amplitude, double wavelength, double calmFrom,
                 double calmTo) {
  Polyline line = densify(controls, step);
  Polyline out = line;
  double walked = 0.0;
  double total = lineLength(line);
  for (std::size_t i = 1; i + 1 < line.size(); ++i) {
    walked += distance(line[i - 1], line[i]);
    Vec2 tangent = line[i + 1] - line[i - 1];
    Vec2 normal = Vec2{-tangent.y, tangent.x} * (1.0 / length(tangent));
    double x = line[i].x;
    double calm = x < calmFrom ? calmFrom - x : (x > calmTo ? x - calmTo : 0.0);
    double fade = std::min({1.0, calm / 800.0, walked / 600.0, (total - walked) / 600.0});
    double wave = std::sin(2.0 * std::numbers::pi * walked / wavelength + 0.6) +
                  0.4 * std::sin(2.0 * std::numbers::pi * walked / (wavelength * 0.37) + 1.9);
    Vec2 p = line[i] + normal * (amplitude * fade * wave);
    out[i] = {std::round(p.x), std::round(p.y)};
  }
  return out;
}

Ring lakeRing() {
  Ring ring;
  const Vec2 centre = km(10.0, -5.0);
  constexpr int kVertices = 40;
  for (int k = 0; k < kVertices; ++k) {
    double t = 2.0 * std::numbers::pi * k / kVertices;
    double r = 1.0 + 0.08 * std::sin(2 * t + 0.5) + 0.05 * std::sin(5 * t + 1.2) + 0.03 * std::sin(9 * t + 2.2);
    ring.push_back({std::round(centre.x + 2100.0 * r * std::cos(t)), std::round(centre.y + 1450.0 * r * std::sin(t))});
  }
  return ring;
}

}  // namespace

void addTownStreets(CountyLayout& layout) {
  using enum RoadClass;
  // North-south streets, west to east.
  addStreet(layout, "富荣路", Branch, true, -7400, kGridSouth, kGridNorth);
  addStreet(layout, "青山北路", Secondary, true, -6750, kNorthSouthSplit, kGridNorth);
  addStreet(layout, "青山南路", Secondary, true, -6750, kGridSouth, kNorthSouthSplit);
  addStreet(layout, "长丰北路", Arterial, true, -6100, kNorthSouthSplit, kGridNorth);
  addStreet(layout, "长丰南路", Arterial, true, -6100, kGridSouth, kNorthSouthSplit);
  addStreet(layout, "天鹅路", Branch, true, -5450, kGridSouth, kGridNorth);
  addStreet(layout, "团结北路", Arterial, true, -4800, kNorthSouthSplit, kGridNorth);
  addStreet(layout, "团结南路", Arterial, true, -4800, kGridSouth, kNorthSouthSplit);
  addStreet(layout, "金坳路", Branch, true, -4300, -1100, 1700);
  addStreet(layout, "车站路", Secondary, true, -3950, kGridSouth, kGridNorth);
  // East-west streets, north to south. 公园路's western end (付家岭段) is still being built, so it is not a
  // base road yet.
  addStreet(layout, "城北路", Secondary, false, 1700, kGridInnerWest, kGridEast);
  addStreet(layout, "新福路", Branch, false, 1100, kGridWest, kGridEast);
  addStreet(layout, "公园路", Arterial, false, 500, kGridInnerWest, kGridEast);
  addStreet(layout, "解放路", Arterial, false, kNorthSouthSplit, kGridWest, kGridEast);
  addStreet(layout, "庆丰路", Branch, false, -600, kGridInnerWest, kGridEast);
  addStreet(layout, "城南路", Secondary, false, -1100, kGridWest, kGridEast);
  addStreet(layout, "新墙河路", Secondary, false, kGridSouth, kGridWest, kGridEast);
}

void addWaterAndRailway(CountyLayout& layout) {
  Polyline river = {km(-17.0, -5.2), km(-14.0, -4.6), km(-11.5, -3.4), km(-9.5, -2.2), km(-8.0, -1.8),
                    km(-3.0, -1.8),  km(-1.0, -2.4),  km(2.0, -3.1),   km(5.0, -3.9),  km(8.3, -4.8)};
  layout.rivers.push_back({"新墙河", meander(river, 150.0, 140.0, 2300.0, -8600.0, -2400.0)});
  Polyline outflow = {km(11.6, -5.0), km(13.5, -5.6), km(16.5, -6.2)};
  layout.rivers.push_back({"南湖港", meander(outflow, 150.0, 60.0, 1500.0, kNowhere, kNowhere)});
  layout.lake = {"南湖", lakeRing()};

  Polyline rail = {km(-1.6, 15.5),  km(-2.4, 10.0), km(-3.3, 5.0),   km(-3.65, 2.6),
                   km(-3.65, -2.6), km(-3.3, -6.0), km(-2.4, -10.0), km(-1.6, -15.5)};
  layout.railway = {"京广铁路", densify(rail, 250.0)};
  layout.station = km(-3.65, 0.2);
  layout.stationName = "示例县站";
}

void addCountyRoads(CountyLayout& layout) {
  using enum RoadClass;
  struct Plan {
    const char* name;
    RoadClass roadClass;
    Polyline controls;
  };
  const Plan plans[] = {
      {"麻塘大道", County, {km(-6.1, 1.95), km(-6.0, 4.0), km(-5.2, 6.8), km(-4.0, 10.8)}},
      {"北湖路", Secondary, {km(-7.4, 4.4), km(-6.2, 4.7), km(-5.0, 4.9), km(-3.9, 5.3)}},
      {"黄沙公路", County, {km(-5.2, 6.8), km(-8.5, 7.8), km(-12.0, 8.0), km(-13.0, 10.0)}},
      {"步仙公路", County, {km(-7.9, 1.1), km(-10.0, 0.0), km(-12.0, -5.5), km(-12.8, -9.0)}},
      {"月田公路", County, {km(-6.1, -1.55), km(-5.5, -4.5), km(-2.5, -8.0), km(-1.5, -11.0)}},
      {"荣新公路", County, {km(-3.2, 0.5), km(0.5, 0.0), km(4.5, 4.5), km(9.0, 8.0), km(12.0, 10.0)}},
      {"荣筻公路",
       County,
       {km(0.5, 0.0), km(5.5, -1.5), km(6.5, -3.0), km(6.8, -7.5), km(10.5, -9.5), km(13.0, -10.0)}},
  };
  for (const Plan& plan : plans) {
    double amplitude = plan.roadClass == County ? 90.0 : 40.0;
    layout.roads.push_back(
        {plan.name, plan.roadClass, meander(plan.controls, 120.0, amplitude, 1700.0, kNowhere, kNowhere)});
  }
}

}  // namespace wm::samplegen
