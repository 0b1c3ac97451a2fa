#pragma once
// What to load: layers of datasets with the user's overrides (from a workspace file or plain arguments).
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/kind.hpp"
#include "domain/layer.hpp"
#include "domain/map_style.hpp"
#include "geo/web_datum.hpp"
#include "io/source_discovery.hpp"
#include "io/works_schema.hpp"

namespace wm::io {

/// A ledger without coordinates takes the geometry of another layer's feature with the same project name (or
/// code): names compare after normalisation (ledger_table.hpp normalisedProjectName).
enum class JoinBy : std::uint8_t { Name, Code };
struct LedgerJoin {
  std::string layer;  ///< the layer whose features give the geometry; empty: no join
  JoinBy by = JoinBy::Name;
  std::string field;  ///< that layer's column holding the name or code; empty: name/名称/项目名称 (or code columns)
};

struct LayerRequest {
  DatasetRef dataset;
  std::string layerName;                     ///< a layer of the dataset; empty means all of them
  std::optional<domain::LayerRole> role;     ///< forced role; else decided from the layer's fields and name
  std::optional<domain::Kind> kind;          ///< works kind when the data carries none per feature
  std::string encoding;                      ///< text encoding override (shapefiles), empty = automatic
  std::string crs;                           ///< the layer's CRS when its own is missing or wrong
  bool ignoreOwnCrs = false;                 ///< infer the CRS even if the source names one (a ledger's copy)
  std::map<WorksField, std::string> fields;  ///< works field → the source's column name
  std::optional<geo::WebDatum> datum;        ///< web-map datum of its lon/lat; nothing: from name hints
  LedgerJoin join;                           ///< geometry for a ledger from another layer
  std::string workspaceFile;                 ///< the workspace that asked for it, for messages; empty if none
  int workspaceLine = 0;                     ///< the line of its [[layer]] entry
};

struct LoadRequest {
  std::vector<LayerRequest> layers;
  std::string workingCrs = "auto";  ///< "auto" = CGCS2000 3-degree GK zone nearest the data's centre
  std::string districtLayer;        ///< layer name of the districts; empty = by convention
  std::string districtNameField;    ///< empty = name/名称
  std::string title;
  /// Base and district layers: the columns a feature's class (road class) is read from, the first one a layer
  /// has wins (the map style's class_columns).
  std::vector<std::string> classColumns = domain::builtInMapStyle().classColumns;
  std::string dem;      ///< a DEM raster (GDAL) for terrain; empty = none
  std::string basemap;  ///< an orthophoto raster (GDAL) or a tile set drawn under the map; empty = none
  std::optional<geo::WebDatum> basemapDatum;  ///< the tile set's web-map datum; none: from its name
};

}  // namespace wm::io
