#pragma once
// Flattening OGR geometries of every type into a GeometryStore. Internal to io.
#include <string>

#include "geo/geometry_store.hpp"

class OGRGeometry;

namespace wm::io {

enum class GeometryOutcome { Added, Null, Empty, Unsupported, Absurd };

/// Appends one feature: multipart geometries become several parts, Z/M are dropped, curves are linearised,
/// collections are taken apart (the feature's kind is its highest dimension), TIN/polyhedral surfaces become
/// polygons. `geographic` selects the plausibility test (|lon| <= 180, |lat| <= 90; else |x|, |y| <= 1e8).
/// On anything but Added the store is left as it was; `detail` then says what was wrong.
GeometryOutcome appendGeometry(const OGRGeometry* geometry, bool geographic, geo::GeometryStore& store,
                               std::string& detail);

}  // namespace wm::io
