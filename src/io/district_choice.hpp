#pragma once
// Which of several district layers is the district layer (internal to io): data as bureaus have it often holds
// more than one admin layer (区县界, 乡镇界, 村界 …), each recognised by its name and name field.
#include "domain/catalog.hpp"

namespace wm::io {

/// Keeps one layer of role Districts: the finest (most polygons) of those that cover the works about as well as
/// the best one does (within 2 points of the share of works inside), the first in order on a tie; the others
/// become base layers. With several candidates, an Info diagnostic names the choice and the others (shown by
/// `check`). Whether one or several, a Warning (Msg::DistrictLayerCoversFewWorks) says when fewer than half of
/// the works with a place lie inside the layer kept. Reads the representative points of a sample of at most
/// 2,000 works; works without a place (ledger rows without coordinates) are left out of it.
void chooseDistrictLayer(domain::Catalog& catalog);

}  // namespace wm::io
