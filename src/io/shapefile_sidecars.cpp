#include "io/shapefile_sidecars.hpp"

#include <atomic>
#include <vector>

#include <cpl_string.h>
#include <cpl_vsi.h>
#include <fmt/format.h>

#include "core/text.hpp"

namespace wm::io {
namespace {

// The companion path with the given extension, trying lower then upper case as GDAL does.
std::string companion(const std::string& shp, const char* ext) {
  std::string stem = shp.substr(0, shp.size() - 4);
  for (std::string candidate : {stem + "." + ext, stem + "." + std::string(CPLString(ext).toupper())}) {
    VSIStatBufL st;
    if (VSIStatL(candidate.c_str(), &st) == 0) return candidate;
  }
  return {};
}

std::string readSmallFile(const std::string& path, std::size_t maxBytes) {
  VSILFILE* f = VSIFOpenL(path.c_str(), "rb");
  if (!f) return {};
  std::string buffer(maxBytes, '\0');
  std::size_t n = VSIFReadL(buffer.data(), 1, maxBytes, f);
  VSIFCloseL(f);
  buffer.resize(n);
  return buffer;
}

}  // namespace

int dbfLanguageDriver(std::string_view dbfHeader) {
  return dbfHeader.size() >= 30 ? static_cast<unsigned char>(dbfHeader[29]) : 0;
}

bool isShapefilePath(const std::string& path) {
  return path.size() > 4 && core::asciiLower(path.substr(path.size() - 4)) == ".shp";
}

ShapefileSidecars inspectShapefile(const std::string& shp) {
  ShapefileSidecars s;
  s.hasShx = !companion(shp, "shx").empty();
  std::string dbf = companion(shp, "dbf");
  s.hasDbf = !dbf.empty();
  s.hasPrj = !companion(shp, "prj").empty();
  if (std::string cpg = companion(shp, "cpg"); !cpg.empty()) {
    std::string text = readSmallFile(cpg, 256);
    s.cpg = std::string(core::trim(text.substr(0, text.find('\n'))));
  }
  if (s.hasDbf) s.ldid = dbfLanguageDriver(readSmallFile(dbf, 32));
  return s;
}

std::string memoryCopyOfShapefile(const std::string& shp) {
  static std::atomic<int> counter{0};
  std::string dir = fmt::format("/vsimem/worksmap_{}", counter++);
  VSIMkdir(dir.c_str(), 0755);
  std::string base = CPLGetBasename(shp.c_str());
  for (const char* ext : {"shp", "dbf", "prj", "cpg"}) {
    std::string from = ext == std::string("shp") ? shp : companion(shp, ext);
    if (from.empty()) continue;
    std::string to = fmt::format("{}/{}.{}", dir, base, ext);
    VSILFILE* in = VSIFOpenL(from.c_str(), "rb");
    VSILFILE* out = VSIFOpenL(to.c_str(), "wb");
    if (in && out) {
      std::vector<char> buffer(1 << 20);
      std::size_t n = 0;
      while ((n = VSIFReadL(buffer.data(), 1, buffer.size(), in)) > 0) VSIFWriteL(buffer.data(), 1, n, out);
    }
    if (in) VSIFCloseL(in);
    if (out) VSIFCloseL(out);
  }
  return fmt::format("{}/{}.shp", dir, base);
}

void releaseMemoryCopy(const std::string& memoryShp) { VSIRmdirRecursive(CPLGetPath(memoryShp.c_str())); }

}  // namespace wm::io
