#pragma once
// After loading: a layer that was not converted but lies a GCJ-02 or BD-09 shift away from another layer
// (shifted back, it lies on the other's lines and points) was probably digitised on a web map; `check` warns.
// Internal to io.
#include <vector>

#include "domain/catalog.hpp"
#include "io/layer_plan.hpp"

namespace wm::io {

/// Compares each unconverted layer placed in China (at least 20 vertices) with every other layer of at most
/// 200 000 vertices whose extent its sample comes near: a sample of up to 2 000 of its vertices, distance to the
/// nearest segment (or point) of the other layer, as they are and converted back from GCJ-02 and from BD-09 (the
/// better fit counts). Warns (Msg::WebDatumOffsetSuspected, naming the shift, the other layer, both shares and the
/// datum) when converted back at least 60 % of the sample lie within 10 m of the other layer, and that share
/// exceeds the share as they are by at least 40 points: data that meets the other only by chance (a street grid
/// under scattered points) fits about as well either way. Vertices need not coincide: a road traced on Amap is
/// compared with the surveyed road's line, not its vertices. `plans` are in catalog layer order. Nothing for data
/// in a plane of its own.
void warnSuspectedWebDatum(const std::vector<const LayerPlan*>& plans, domain::Catalog& catalog);

}  // namespace wm::io
