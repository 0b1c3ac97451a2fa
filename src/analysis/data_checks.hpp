#pragma once
// The checks of `worksmap check` that need only the loaded catalog: dates against statuses (docs/design.md §3.2),
// districts, and names.
#include "core/date.hpp"
#include "core/diagnostic.hpp"
#include "domain/catalog.hpp"

namespace wm::analysis {

/// Checks every works project of the catalog as of `today` and returns one Warning per problem, naming
/// file (the layer's LayerInfo::file), layer (LayerInfo::name) and feature (Project::fid):
///   MissingName; CompletionBeforeStart; CompletedWithoutDate; StartedWithoutDate; CompletionInFuture;
///   StatusContradictsDates (recorded status vs statusAt(p, today)); OutsideDistricts (no district attribute
///   and in no district polygon) and UnknownDistrict (a district attribute matching no district polygon,
///   whether it resolved to no district or to an attribute-only one), both only when the catalog has
///   district polygons (District::hasGeometry); DuplicateName (the second and later uses of a name, after
///   trimming, naming the first as a FeatureLocation).
/// Statuses and locations in the arguments are core::msgArg references, so the messages print translated
/// in either language. Order: by layer index, then feature id, then the checks in the order above.
/// First, an Info NoWorksLayer when the catalog has no works at all (no works layer, no projects): the map and
/// report of such data are empty, and the note says how works are recognised.
/// Pure and never fails; does not include the catalog's own load diagnostics.
core::Diagnostics checkCatalog(const domain::Catalog& catalog, core::Date today);

/// Whether any layer of the catalog is a works layer.
bool hasWorksLayer(const domain::Catalog& catalog);

}  // namespace wm::analysis
