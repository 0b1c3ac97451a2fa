#include "samplegen/benchmark_works.hpp"

#include <numbers>

#include <fmt/format.h>

#include "samplegen/project_names.hpp"
#include "samplegen/project_timeline.hpp"
#include "samplegen/shape_maker.hpp"

namespace wm::samplegen {

BenchmarkWorks::BenchmarkWorks(const CountyLayout& layout, const DistrictGrid& grid, Random random)
    : _layout(layout), _grid(grid), _random(random) {}

Vec2 BenchmarkWorks::anywhere() {
  const Box& b = _grid.bounds();
  double x = _random.uniform(b.minX, b.maxX);
  double y = _random.uniform(b.minY, b.maxY);
  return {x, y};
}

void BenchmarkWorks::makeLine(WorksProject& p) {
  bool road = p.kind == WorksKind::Road;
  double len = road ? _random.uniform(300.0, 3000.0) : _random.uniform(500.0, 5000.0);
  int vertices = _random.between(12, 16);
  for (int attempt = 0;; ++attempt) {
    Vec2 start = anywhere();
    int district = _grid.districtAt(start);
    if (district < 0) continue;
    // Long lines may not fit where the start fell; shorten them gradually so that every draw ends.
    if (attempt % 8 == 7) len = std::max(200.0, len * 0.8);
    auto line = wanderingLine(_random, _grid, district, start, len, vertices);
    if (!line) continue;
    p.district = district;
    p.shape = std::move(*line);
    return;
  }
}

void BenchmarkWorks::makeCompact(WorksProject& p) {
  int vertices = _random.between(6, 9);
  Ring ring;
  if (p.kind == WorksKind::Park) {
    ring = parkRing(_random, {0.0, 0.0}, _random.uniform(800.0, 6000.0), vertices);
    p.spaces = 0;
    p.levels = 0;
  } else {
    bool multiStorey = _random.chance(0.1);
    p.levels = multiStorey ? _random.between(3, 6) : 1;
    p.spaces = multiStorey ? _random.between(120, 300) : _random.between(20, 300);
    double footprint = p.spaces * (multiStorey ? 30.0 : 28.0) / p.levels;
    ring = parkingRing(_random, {0.0, 0.0}, footprint, vertices, _random.uniform(0.0, std::numbers::pi));
  }
  double radius = radiusAround(ring, {0.0, 0.0});
  for (;;) {
    Vec2 centre = anywhere();
    int district = _grid.districtAt(centre);
    if (district < 0 || !_grid.fits(district, centre, radius + 20.0)) continue;
    for (Vec2& v : ring) v = v + centre;
    p.district = district;
    p.shape = std::move(ring);
    return;
  }
}

void BenchmarkWorks::makeName(WorksProject& p, std::size_t serial) {
  const std::string& prefix = _layout.districts[static_cast<std::size_t>(p.district)].shortName;
  std::string base;
  char letter = 'R';
  switch (p.kind) {
    case WorksKind::Road:
      base = roadProjectName(_random, prefix, "");
      break;
    case WorksKind::Park:
      base = parkProjectName(_random, prefix);
      letter = 'G';
      break;
    case WorksKind::Parking:
      base = parkingProjectName(_random, prefix, p.levels > 1);
      letter = 'P';
      break;
    case WorksKind::Sewer:
      base = sewerProjectName(_random, prefix, "");
      letter = 'S';
      break;
  }
  // The serial keeps a million names unique without remembering them.
  p.name = fmt::format("{}-{}{:07}", base, letter, serial);
}

void BenchmarkWorks::next(WorksKind kind, std::size_t serial, WorksProject& p) {
  p.kind = kind;
  if (isLine(kind)) {
    p.spaces = 0;
    p.levels = 0;
    makeLine(p);
  } else {
    makeCompact(p);
  }
  makeName(p, serial);
  p.status = drawStatus(_random);
  p.spelling = static_cast<unsigned>(_random.between(0, 3));
  assignTimeline(_random, p);
  assignInvestment(_random, p, p.district == kTownDistrict || p.district == kMatangDistrict);
}

}  // namespace wm::samplegen
