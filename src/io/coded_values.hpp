#pragma once
// File geodatabases (and GeoPackages) may store a works column as codes with a coded-value domain naming
// them (1 → 规划, 2 → 在建, 3 → 已完工); the codes are resolved to those names before the aliases apply.
// Internal to io.
#include <map>
#include <string>

class GDALDataset;

namespace wm::io {

struct LayerPlan;

/// For each works column of the plan whose field has a coded-value domain in `dataset`: code → name, in
/// LayerPlan::codedValues. Columns without a domain (or with a range/glob domain) are left as they are.
void readCodedValues(GDALDataset& dataset, LayerPlan& plan);

}  // namespace wm::io
