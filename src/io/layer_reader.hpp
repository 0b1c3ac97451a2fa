#pragma once
// The second pass: read one planned layer's features, reproject them into the working CRS in batches and,
// for works layers, build Project records with geodesic metrics. Internal to io; safe to run one per thread.
#include <vector>

#include "core/diagnostic.hpp"
#include "domain/layer.hpp"
#include "domain/project.hpp"
#include "geo/crs.hpp"
#include "io/layer_plan.hpp"

namespace wm::io {

struct LayerResult {
  domain::Layer layer;
  std::vector<domain::Project> projects;  ///< works layers only; Project::layer is left 0 for the caller to set
  core::Diagnostics problems;
  bool unreadable = false;
};

LayerResult readLayer(const LayerPlan& plan, const geo::Crs& working);

}  // namespace wm::io
