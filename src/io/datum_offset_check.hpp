#pragma once
// After loading: a lon/lat layer that was not converted but sits a GCJ-02 shift away from another layer (its
// vertices meet the other's once shifted back) was probably digitised on a web map; `check` warns. Internal
// to io.
#include <vector>

#include "domain/catalog.hpp"
#include "io/layer_plan.hpp"

namespace wm::io {

/// Compares each unconverted lon/lat layer with every other layer of at most 200 000 vertices: a sample of up
/// to 2 000 of its vertices, nearest vertex of the other layer, as they are and converted back from GCJ-02.
/// Warns (Msg::WebDatumOffsetSuspected) when converted back 60 % of the sample lie within 5 m of the other
/// layer's vertices and as they are the median distance is over 100 m. `plans` are in catalog layer order.
void warnSuspectedWebDatum(const std::vector<const LayerPlan*>& plans, domain::Catalog& catalog);

}  // namespace wm::io
