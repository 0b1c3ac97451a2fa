#pragma once
// Reading a works feature's attributes into a Project (names, kind, status, dates, metrics). Internal to io.
#include "core/diagnostic.hpp"
#include "domain/project.hpp"
#include "io/layer_plan.hpp"

class OGRFeature;

namespace wm::io {

/// Fills the attribute part of `project` from `feature`; problems (unparseable dates, unknown kinds or
/// statuses, out-of-range numbers) are added to `problems` naming the plan's file and layer and the feature.
void readWorksAttributes(const OGRFeature& feature, const LayerPlan& plan, domain::Project& project,
                         core::Diagnostics& problems);

}  // namespace wm::io
