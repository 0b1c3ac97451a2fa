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

/// A directory means every vector file, ledger and `.gdb` folder directly in it (sorted by name; other
/// subdirectories are not entered, so a folder can keep the same data in another format beside it). Raster-only
/// files are left out. A `.gdb` folder is one dataset; in a zip, so is the folder holding `.gdbtable` members.
Discovery discoverSources(const std::vector<std::string>& sources);

/// True for names with the extension of a vector format we open from directories (.shp .gpkg .geojson .json
/// .kml .fgb .gml .zip .sqlite .tab .mif) or of a ledger (.xlsx .xls .ods .csv). `.gdb` folders are found
/// by discoverSources itself.
bool hasVectorExtension(const std::string& path);

}  // namespace wm::io
