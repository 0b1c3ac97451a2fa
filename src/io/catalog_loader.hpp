#pragma once
// Loading a catalog: plan the layers, choose the working CRS, read layers in parallel (each reprojected in
// batches), then give every project its district by attribute or by a spatial join on the district polygons.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "domain/catalog.hpp"
#include "domain/map_style.hpp"
#include "domain/slide.hpp"
#include "io/load_request.hpp"

namespace wm::io {

/// How far loading one layer has come, for a progress bar per layer.
struct LayerProgress {
  enum class Stage : std::uint8_t { Reading, Reprojecting, Done };
  std::size_t layer = 0;  ///< the layer's place among those planned (the order sources and layers were given)
  std::string name;       ///< "file: layer", as messages name it
  Stage stage = Stage::Reading;
  std::size_t done = 0;   ///< features read or reprojected so far
  std::size_t total = 0;  ///< features the source says it has (0: unknown); at Done, those kept
};

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
  /// Called as layers are read (every few thousand features), reprojected (every chunk) and done, from the
  /// loader's worker threads, possibly at once: it must be thread-safe and quick. Empty: not reported.
  std::function<void(const LayerProgress&)> progress;
};

/// Never throws for bad data: unreadable sources and features are reported in Catalog::diagnostics.
domain::Catalog loadCatalog(const LoadRequest& request, const LoadOptions& options = {});

/// A request from command-line sources: workspace files (*.toml) contribute their layers and settings, every
/// other source (file, directory, zip, PG: string) its layers with automatic settings. Problems met here
/// (a missing file, a workspace error) are returned with the request.
struct SourcesRequest {
  LoadRequest request;
  core::Diagnostics problems;
  bool anyUnreadable = false;         ///< a source is missing or a workspace could not be parsed
  domain::MapStyle style;             ///< baseStyle with the (last) workspace's style overrides
  std::vector<domain::Slide> slides;  ///< the (last) workspace's slides
  std::string slidesFile;             ///< the workspace file they are from, for messages
  std::string workspaceText;          ///< that file's bytes as read: the baseline of io::saveSlides
};
/// `baseStyle` is the style a workspace's style overrides (io::loadDefaultStyle() where the map is drawn); its
/// class columns, or the workspace's, go into the request.
SourcesRequest requestFromSources(const std::vector<std::string>& sources,
                                  const domain::MapStyle& baseStyle = domain::builtInMapStyle());

}  // namespace wm::io
