#pragma once
// Loading a catalog: plan the layers, choose the working CRS, read layers in parallel (each reprojected in
// batches), then give every project its district by attribute or by a spatial join on the district polygons.
#include <string>
#include <vector>

#include "domain/catalog.hpp"
#include "domain/map_style.hpp"
#include "io/load_request.hpp"

namespace wm::io {

struct LoadOptions {
  unsigned threads = 0;  ///< worker threads for layers and the district join; 0 = hardware concurrency
  /// Geodesic length and area of every project, and its progress, investment and parking spaces (reports need
  /// them; drawing the map does not: `render` skips them and leaves Project::lengthM and areaM2 at 0, progress,
  /// invest and spaces unset).
  bool measure = true;
  /// The spatial join giving projects without a district attribute the district polygon they lie in (reports,
  /// district filters). `render` skips it (a highlighted district is drawn from the district layer itself):
  /// those projects keep domain::kNoDistrict.
  bool joinDistricts = true;
};

/// Never throws for bad data: unreadable sources and features are reported in Catalog::diagnostics.
domain::Catalog loadCatalog(const LoadRequest& request, const LoadOptions& options = {});

/// A request from command-line sources: workspace files (*.toml) contribute their layers and settings, every
/// other source (file, directory, zip, PG: string) its layers with automatic settings. Problems met here
/// (a missing file, a workspace error) are returned with the request.
struct SourcesRequest {
  LoadRequest request;
  core::Diagnostics problems;
  bool anyUnreadable = false;  ///< a source is missing or a workspace could not be parsed
  domain::MapStyle style;      ///< baseStyle with the (last) workspace's style overrides
};
/// `baseStyle` is the style a workspace's style overrides (io::loadDefaultStyle() where the map is drawn); its
/// class columns, or the workspace's, go into the request.
SourcesRequest requestFromSources(const std::vector<std::string>& sources,
                                  const domain::MapStyle& baseStyle = domain::builtInMapStyle());

}  // namespace wm::io
