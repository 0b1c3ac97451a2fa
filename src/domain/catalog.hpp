#pragma once
// Everything loaded from a set of sources: layers, works projects, districts, and the problems met.
#include <cstdint>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "domain/layer.hpp"
#include "domain/project.hpp"
#include "geo/crs.hpp"

namespace wm::domain {

struct District {
  std::string name;
  std::uint32_t layer = 0;    ///< index into Catalog::layers (the district layer)
  std::uint32_t feature = 0;  ///< feature index in that layer
};

struct Catalog {
  geo::Crs workingCrs;
  std::vector<Layer> layers;
  std::vector<Project> projects;    ///< all works projects of all works layers
  std::vector<District> districts;  ///< in the district layer's order
  core::Diagnostics diagnostics;    ///< problems met while loading
  bool anySourceUnreadable = false; ///< some named source or file could not be opened at all

  /// Index of the district with this name (exact, after trimming), or kNoDistrict.
  std::int32_t findDistrict(const std::string& name) const;
};

}  // namespace wm::domain
