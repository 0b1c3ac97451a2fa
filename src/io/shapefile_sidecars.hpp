#pragma once
// What a shapefile's companion files say, read without changing them (.cpg text, DBF language driver id,
// which companions are missing), and an in-memory copy for shapefiles whose .shx is missing.
#include <string>
#include <string_view>

namespace wm::io {

struct ShapefileSidecars {
  bool hasShx = false;
  bool hasDbf = false;
  bool hasPrj = false;
  std::string cpg;  ///< first line of the .cpg, trimmed; empty when there is none
  int ldid = 0;     ///< byte 29 of the .dbf header; 0 when absent
};

/// The language driver id of a DBF file from its first bytes (header byte 29); 0 when the header is shorter.
int dbfLanguageDriver(std::string_view dbfHeader);

/// True when the path names a .shp file (case-insensitive), including inside /vsizip/.
bool isShapefilePath(const std::string& path);

/// Inspects the companions of `shpPath` (a real path or a GDAL virtual path).
ShapefileSidecars inspectShapefile(const std::string& shpPath);

/// Copies the shapefile's existing companions into /vsimem/ so GDAL can rebuild a missing .shx there without
/// writing next to the user's data. Returns the in-memory .shp path; release with releaseMemoryCopy().
std::string memoryCopyOfShapefile(const std::string& shpPath);
void releaseMemoryCopy(const std::string& memoryShpPath);

}  // namespace wm::io
