#pragma once
// The fixed design of the fictional 示例县 (Shili County): outline, districts, town street grid, water, railway
// and county roads. Everything is in the local frame: metres east and north of the origin, which is
// EPSG:4547 E 412 400 m, N 3 226 200 m (about 113.10°E, 29.15°N).
#include <string>
#include <vector>

#include "samplegen/plane.hpp"

namespace wm::samplegen {

inline constexpr double kOriginEasting = 412400.0;
inline constexpr double kOriginNorthing = 3226200.0;
inline constexpr const char* kCountyName = "示例县";

enum class RoadClass { Arterial, Secondary, Branch, County, Township };
/// The Chinese class name written to roads.shp (主干路, 次干路, 支路, 县道, 乡道).
const char* roadClassName(RoadClass roadClass);

struct BaseRoad {
  std::string name;
  RoadClass roadClass = RoadClass::Branch;
  Polyline line;
};

struct NamedLine {
  std::string name;
  Polyline line;
};

struct District {
  std::string name;       ///< 城区, 麻塘片区, 荣家湾镇 ...
  std::string code;       ///< fictional 9-digit township code
  std::string shortName;  ///< prefix used in project names (荣家湾镇 → 荣家湾); empty for 城区
  Ring ring;              ///< counter-clockwise; shares its edges exactly with its neighbours
  Vec2 seat;              ///< where the township's own works cluster
};

/// One named section of the town's orthogonal street grid.
struct TownStreet {
  std::string name;
  RoadClass roadClass = RoadClass::Branch;
  bool northSouth = true;  ///< runs along y at x = position; otherwise along x at y = position
  double position = 0.0;
  double from = 0.0;  ///< extent along the street, metres
  double to = 0.0;
};

struct CountyLayout {
  Ring outline;
  std::vector<District> districts;  ///< index kTownDistrict is 城区, kMatangDistrict 麻塘片区
  std::vector<TownStreet> townStreets;
  std::vector<BaseRoad> roads;  ///< the town streets and the county roads (township roads come later)
  std::vector<NamedLine> rivers;
  NamedLine lake;  ///< the lake's ring, counter-clockwise
  NamedLine railway;
  Vec2 station;
  std::string stationName;
};

inline constexpr int kTownDistrict = 0;
inline constexpr int kMatangDistrict = 1;

/// Builds the county; pure and deterministic (no random draws).
CountyLayout buildCountyLayout();

/// The district whose ring contains p, or -1.
int districtContaining(const CountyLayout& layout, Vec2 p);

/// The street's centre line between two positions along it (metres), clamped to the street.
Polyline streetLine(const TownStreet& street, double from, double to);
const TownStreet* findStreet(const CountyLayout& layout, const std::string& name);

// Parts of buildCountyLayout, in town_plan.cpp.
void addTownStreets(CountyLayout& layout);
void addWaterAndRailway(CountyLayout& layout);
void addCountyRoads(CountyLayout& layout);

}  // namespace wm::samplegen
