#pragma once
// Picking the project under a point of the map (docs/design.md §5.4: through a CPU spatial index in the working CRS,
// not by scene-graph intersection): the works index finds the features near the point, then exact distances decide,
// in the order the map draws them: markers over lines and outlines over fills.
#include <cstdint>
#include <functional>
#include <optional>

#include "domain/catalog.hpp"
#include "scene/coverage_raster.hpp"

namespace wm::scene {

/// The index pickProject searches: every works feature of the catalog, lines cut into stretches of a few
/// segments with their own extents (a long line's extent would make it a candidate across a whole district).
/// Built once per catalog, on up to `threads` threads.
WorksIndex pickingIndex(const domain::Catalog& catalog, unsigned threads = 2);

struct PickedProject {
  std::uint32_t project = 0;  ///< index into Catalog::projects
  double distanceM = 0;       ///< from the point to what was hit (0 inside a polygon), working-CRS metres
};

/// The project at (x, y) (working CRS, metres) within `toleranceM` (a few pixels on the ground, so thin lines and
/// small markers can be hit): a point work within the tolerance first, else a line or a polygon's outline within
/// it, else a polygon containing the point (holes excluded); the nearest in its class, and among equals the one
/// drawn last (on top). `visible(project)` says whether the map shows it now (date and filters); empty: all.
/// `index` must be pickingIndex(catalog) (or any WorksIndex over `catalog`). Cost: the index query and a distance per
/// vertex of the features it returns (hand-written rather than GEOS: building a GEOS geometry per candidate would cost
/// more than the pick).
std::optional<PickedProject> pickProject(const domain::Catalog& catalog, const WorksIndex& index, double x, double y,
                                         double toleranceM,
                                         const std::function<bool(std::uint32_t project)>& visible = {});

/// A vertex of a works feature, where the Measure tool snaps to.
struct SnappedVertex {
  double x = 0, y = 0;        ///< working CRS, metres
  std::uint32_t project = 0;  ///< whose vertex it is
  double distanceM = 0;       ///< from the point asked about
};

/// The vertex nearest (x, y) (working CRS, metres) within `toleranceM` among the works `visible` says the map
/// shows (empty: all); none when no vertex is that near. Ties go to the feature drawn last. Cost: the index
/// query (a box of 2 × toleranceM) and a distance per vertex of the entries it returns (a line's stretches near
/// the point, a polygon's or point's whole geometry), so it does not grow with the number of features.
std::optional<SnappedVertex> nearestVertex(const domain::Catalog& catalog, const WorksIndex& index, double x, double y,
                                           double toleranceM,
                                           const std::function<bool(std::uint32_t project)>& visible = {});

}  // namespace wm::scene
