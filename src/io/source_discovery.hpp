#pragma once
// Turns what the user named (files, directories, zips, PG: strings) into datasets GDAL can open.
#include <string>
#include <vector>

#include "core/diagnostic.hpp"

namespace wm::io {

struct DatasetRef {
  std::string gdalPath;  ///< what GDAL opens: a path, /vsizip/... or PG:...
  std::string display;   ///< how messages name it: the user's path (zip members as zip/member.shp)
};

struct Discovery {
  std::vector<DatasetRef> datasets;
  core::Diagnostics problems;
  bool anyUnreadable = false;  ///< a named source does not exist or holds no vector data
};

/// A directory means every vector file directly in it (sorted by name; subdirectories are not entered, so a
/// folder can keep the same data in another format beside it). Raster-only files are left out.
Discovery discoverSources(const std::vector<std::string>& sources);

/// True for names with the extension of a vector format we open from directories (.shp .gpkg .geojson .json
/// .kml .fgb .gml .zip .sqlite .tab .mif).
bool hasVectorExtension(const std::string& path);

}  // namespace wm::io
