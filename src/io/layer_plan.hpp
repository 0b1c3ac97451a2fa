#pragma once
// The first, cheap pass over the requested data: open each dataset, list its layers and decide for each its
// role, text encoding, CRS and field mapping, without reading the features. Internal to io.
#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "domain/layer.hpp"
#include "geo/crs.hpp"
#include "geo/extent.hpp"
#include "geo/web_datum.hpp"
#include "io/load_request.hpp"
#include "io/works_schema.hpp"

namespace wm::io {

struct LayerPlan {
  std::string openPath;  ///< what the readers open (an in-memory copy when the .shx had to be rebuilt)
  bool memoryCopy = false;
  std::string display;  ///< file name for messages
  std::string layerName;
  int layerIndex = 0;
  std::string driver;
  bool shapefile = false;
  bool ledger = false;               ///< a spreadsheet/CSV ledger (read from its in-memory GeoPackage copy)
  bool rowsWithoutGeometry = false;  ///< works features without geometry are kept as projects with no place
  LedgerJoin join;                   ///< the workspace's join of this layer to another layer's geometry
  domain::LayerRole role = domain::LayerRole::Base;
  std::optional<domain::Kind> kind;
  std::string encoding;  ///< the ENCODING open option for shapefiles; empty for other formats
  std::string encodingLabel;
  domain::EncodingHow encodingHow;
  geo::Crs crs;
  bool crsInferred = false;
  geo::WebDatum datum = geo::WebDatum::None;  ///< web-map lon/lat converted to WGS 84 while reprojecting
  geo::Extent extent;                         ///< in the layer's own CRS
  std::int64_t featureCount = 0;
  std::array<int, kWorksFieldCount> worksColumns{};   ///< column index per WorksField, -1 when absent
  std::array<double, kWorksFieldCount> worksScale{};  ///< per WorksField: unit factor of its header (公里 → 1000)
  /// Per WorksField: the column's coded-value domain (code → name, e.g. "2" → "在建"); empty when it has none.
  std::array<std::map<std::string, std::string>, kWorksFieldCount> codedValues;
  std::map<std::string, std::string> labelCodedValues;  ///< the same for the label column
  int subtypeColumn = -1;  ///< a file geodatabase's subtype column (code → subtypeNames), -1 when none
  std::map<std::string, std::string> subtypeNames;
  /// Where the subtypes give a works or label column a coded-value domain of their own: subtype code → column →
  /// code → name (io/coded_values.hpp codesFor picks the one of a feature's subtype).
  std::map<std::string, std::map<int, std::map<std::string, std::string>>> subtypeCodedValues;
  int labelColumn = -1;  ///< name column of base and district layers
  int classColumn = -1;  ///< class column of base and district layers (LoadRequest::classColumns)
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
