#pragma once
// The first, cheap pass over the requested data: open each dataset, list its layers and decide for each its
// role, text encoding, CRS and field mapping, without reading the features. Internal to io.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "domain/layer.hpp"
#include "geo/crs.hpp"
#include "geo/extent.hpp"
#include "io/load_request.hpp"
#include "io/works_schema.hpp"

namespace wm::io {


struct LayerPlan {
  std::string openPath;       ///< what the readers open (an in-memory copy when the .shx had to be rebuilt)
  bool memoryCopy = false;
  std::string display;        ///< file name for messages
  std::string layerName;
  int layerIndex = 0;
  std::string driver;
  bool shapefile = false;
  domain::LayerRole role = domain::LayerRole::Base;
  std::optional<domain::Kind> kind;
  std::string encoding;       ///< the ENCODING open option for shapefiles; empty for other formats
  std::string encodingLabel;
  std::string encodingHow;
  geo::Crs crs;
  bool crsInferred = false;
  geo::Extent extent;         ///< in the layer's own CRS
  std::int64_t featureCount = 0;
  std::array<int, kWorksFieldCount> worksColumns{};  ///< column index per WorksField, -1 when absent
  int labelColumn = -1;       ///< name column of base and district layers
  int classColumn = -1;       ///< class column of base and district layers (LoadRequest::classColumns)
};

struct Plan {
  std::vector<LayerPlan> layers;
  core::Diagnostics problems;
  bool anyUnreadable = false;
};

/// Plans every requested layer. Layers that cannot be used (unreadable, no CRS) are reported and left out.
Plan planLayers(const LoadRequest& request);

/// Releases in-memory copies made while planning.
void releasePlan(Plan& plan);

}  // namespace wm::io
