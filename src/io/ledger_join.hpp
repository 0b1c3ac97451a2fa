#pragma once
// A ledger without coordinates placed on the map with another layer's geometry, matched by project name or
// code (workspace `join_layer`, `join_by`, `join_field`). Internal to io.
#include <vector>

#include "io/layer_plan.hpp"
#include "io/layer_reader.hpp"

namespace wm::io {

/// For every layer planned with a join: each of its rows whose key (LayerResult::joinKeys) matches a feature
/// of the join layer takes that feature's geometry (already in the working CRS); a row with no match keeps
/// what it had (a point or nothing) and is named in a warning. Recorded lengths and areas stay; where a row
/// has none, the planar figure of the joined geometry in the working CRS (a Gauss-Kruger zone: within 0.1 %
/// of the geodesic one across a county) stands. Reads the join layer's key column through GDAL, so it must run
/// before the plan's in-memory copies are released.
void joinLedgers(const std::vector<LayerPlan>& plans, std::vector<LayerResult>& results);

}  // namespace wm::io
