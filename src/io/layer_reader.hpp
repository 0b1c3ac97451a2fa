#pragma once
// The second pass: read one planned layer's features, reproject them into the working CRS in batches and,
// for works layers, build Project records with geodesic metrics. Internal to io; safe to run one per thread.
#include <functional>
#include <vector>

#include "core/diagnostic.hpp"
#include "domain/layer.hpp"
#include "domain/project.hpp"
#include "geo/crs.hpp"
#include "io/layer_plan.hpp"

namespace wm::io {

struct LayerResult {
  domain::Layer layer;
  std::vector<domain::Project> projects;  ///< works layers only, one per feature; Project::layer is left 0
  core::Diagnostics problems;
  bool unreadable = false;
  std::size_t featuresSeen = 0;       ///< features GDAL returned, read or skipped
  std::vector<std::string> joinKeys;  ///< a ledger joined to geometry: per project, its normalised name or code
};

/// Reads a layer's features with their coordinates as stored (the layer's own CRS). Columns the plan does not
/// use are not parsed (GDAL's ignored fields, where the driver offers them). Without `figures`, a works layer's
/// progress, investment and parking spaces are not read (Project keeps them unset).
/// `seen(n)`, when given, is called every few thousand features with the number read so far.
LayerResult readLayer(const LayerPlan& plan, bool figures = true, const std::function<void(std::size_t)>& seen = {});

/// Checks that the layer can be reprojected into the working CRS; reports and marks it unreadable if not.
void prepareReprojection(const LayerPlan& plan, LayerResult& result, const geo::Crs& working);

/// A range of features [first, end) of one layer.
struct LayerChunk {
  std::size_t layer = 0;
  std::size_t first = 0;
  std::size_t end = 0;
};
/// Splits the readable layers into chunks of about the same number of vertices.
std::vector<LayerChunk> chunkLayers(const std::vector<LayerResult>& results);

/// Source CRS → lon/lat of the source's datum → working CRS, for the chunk's features in place, and the geodesic
/// length/area of its works: from their working-grid figures and the point scale factor (geo::GridMeasure) where
/// the working CRS is transverse Mercator on the layer's ellipsoid, else (and for a feature the grid declines) with
/// PROJ's geodesic in lon/lat. Chunks of one layer touch disjoint data and may run on different threads.
void reprojectChunk(const LayerPlan& plan, LayerResult& result, const LayerChunk& chunk, const geo::Crs& working,
                    bool measure = true);

/// After all chunks: drops features PROJ could not place (naming them) and fills the layer's counts.
void finishLayer(const LayerPlan& plan, LayerResult& result);

}  // namespace wm::io
