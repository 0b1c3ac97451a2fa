#pragma once
// The Measure panel's geodesic figures (ui::MeasureGeodesic), made here because ui does not depend on geo: the
// clicked points go from the working CRS to longitude/latitude on that CRS's own ellipsoid (its geodetic CRS,
// so no datum shift is involved) and are measured with geo::Geodesic, PROJ's geodesic routines, as the
// reports measure layers.
#include "geo/crs.hpp"
#include "ui/measurement.hpp"

namespace wm::app {

/// Geodesic figures for points in `workingCrs`; an empty function when the CRS is not valid or PROJ cannot
/// convert it to its geodetic CRS (the panel then shows planar figures). The function owns its PROJ context:
/// call it on one thread at a time (the viewer's). It returns none when a point cannot be converted.
ui::MeasureGeodesic geodesicMeasure(const geo::Crs& workingCrs);

}  // namespace wm::app
