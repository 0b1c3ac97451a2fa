#pragma once
// Invented works for benchmark counties, one at a time: anywhere in the county (uniform by area), with the
// vertex counts of real registers (lines 12-16 vertices, polygons 6-9 plus the closing one), ~11.8 on average.
#include <cstddef>

#include "samplegen/district_grid.hpp"
#include "samplegen/random.hpp"
#include "samplegen/works_project.hpp"

namespace wm::samplegen {

class BenchmarkWorks {
public:
  BenchmarkWorks(const CountyLayout& layout, const DistrictGrid& grid, Random random);

  /// Overwrites project with the next invented work of this kind; serial makes its name unique.
  void next(WorksKind kind, std::size_t serial, WorksProject& project);

private:
  Vec2 anywhere();
  void makeLine(WorksProject& p);
  void makeCompact(WorksProject& p);
  void makeName(WorksProject& p, std::size_t serial);

  const CountyLayout& _layout;
  const DistrictGrid& _grid;
  Random _random;
};

}  // namespace wm::samplegen
