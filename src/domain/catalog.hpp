#pragma once
// Everything loaded from a set of sources: layers, works projects, districts, and the problems met.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "domain/basemap_source.hpp"
#include "domain/height_grid.hpp"
#include "domain/layer.hpp"
#include "domain/project.hpp"
#include "geo/crs.hpp"

namespace wm::domain {

/// A district (片区/乡镇). Those of the district layer have a polygon; names that occur only in works'
/// district attributes are districts too (a register without district polygons still reports by district),
/// with hasGeometry false.
struct District {
  std::string name;
  bool hasGeometry = false;
  std::uint32_t layer = 0;    ///< index into Catalog::layers (the district layer), when hasGeometry
  std::uint32_t feature = 0;  ///< feature index in that layer, when hasGeometry
};

struct Catalog {
  geo::Crs workingCrs;
  std::vector<Layer> layers;
  std::vector<Project> projects;        ///< all works projects of all works layers
  std::vector<District> districts;      ///< in the district layer's order
  core::Diagnostics diagnostics;        ///< problems met while loading
  bool anySourceUnreadable = false;     ///< some named source or file could not be opened at all
  std::int32_t districtLayer = -1;      ///< index into layers of the district layer, -1 when there is none
  std::optional<HeightGrid> terrain;    ///< from the workspace's DEM, in the working CRS; none without one
  std::optional<BasemapImage> basemap;  ///< from the workspace's orthophoto, in the working CRS
  /// The workspace's tile set (MBTiles, tile folder), read per view; null without one. Shared: the loader opens
  /// it, the map's reader thread reads it.
  std::shared_ptr<BasemapSource> basemapTiles;

  /// Index of the district with this name (exact, after trimming), or kNoDistrict.
  std::int32_t findDistrict(const std::string& name) const;
};

/// The order layers are drawn in when the user has not changed it, bottom first: base polygons, then base
/// lines and points, the district layer, then works polygons, lines and points (so nothing hides the works and
/// outlines stay over fills); layers of one group keep the catalog's order. A layer counts as its most common
/// geometry (an empty one as polygons). Indices into Catalog::layers.
std::vector<std::uint32_t> defaultDrawOrder(const Catalog& catalog);

}  // namespace wm::domain
