#pragma once
// The works register of the sample county: the bureau's own named projects plus about 300 invented ones.
#include <vector>

#include "samplegen/failure.hpp"
#include "samplegen/district_grid.hpp"
#include "samplegen/random.hpp"
#include "samplegen/works_project.hpp"

namespace wm::samplegen {

/// The bureau's named projects (roads, pocket parks, parking, sewer), with fixed dates, figures and places;
/// most are in 城区. Fails only if a shape fell outside its district (a design error).
Result<std::vector<WorksProject>> bureauProjects(const CountyLayout& layout);

/// Adds invented township roads (乡道) to layout.roads: count of them, spread over the townships.
/// withSerial appends a serial number so that thousands of names stay unique.
void addTownshipRoads(CountyLayout& layout, const DistrictGrid& grid, Random& random, int count, bool withSerial);

/// The full sample register: bureauProjects followed by the invented projects, every name unique.
Result<std::vector<WorksProject>> sampleProjects(const CountyLayout& layout, const DistrictGrid& grid);

}  // namespace wm::samplegen
