#include "io/raster_warp.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <gdal_utils.h>
#include <ogr_spatialref.h>

#include "io/gdal_error_capture.hpp"

namespace wm::io {

std::optional<std::string> gisOrderWkt(const geo::Crs& crs) {
  OGRSpatialReference target;
  target.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  char* wkt = nullptr;
  if (target.SetFromUserInput(crs.definition().c_str()) != OGRERR_NONE || target.exportToWkt(&wkt) != OGRERR_NONE) {
    CPLFree(wkt);
    return std::nullopt;
  }
  std::string out = wkt;
  CPLFree(wkt);
  return out;
}

DatasetHandle warpInto(GDALDatasetH source, const std::string& targetWkt, const geo::Extent& extent, int width,
                       int height, const std::vector<std::string>& extra, std::string& error) {
  std::vector<std::string> args = {"-of",
                                   "MEM",
                                   "-t_srs",
                                   targetWkt,
                                   "-r",
                                   "bilinear",
                                   "-te",
                                   fmt::format("{:.17g}", extent.minX),
                                   fmt::format("{:.17g}", extent.minY),
                                   fmt::format("{:.17g}", extent.maxX),
                                   fmt::format("{:.17g}", extent.maxY),
                                   "-ts",
                                   std::to_string(width),
                                   std::to_string(height),
                                   "-wm",
                                   "256"};
  args.insert(args.end(), extra.begin(), extra.end());
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  GdalErrorCapture errors;
  GDALWarpAppOptions* options = GDALWarpAppOptionsNew(argv.data(), nullptr);
  GDALDatasetH sources[] = {source};
  int usageError = 0;
  DatasetHandle out(options ? GDALWarp("", nullptr, 1, sources, options, &usageError) : nullptr);
  if (options) GDALWarpAppOptionsFree(options);
  if (!out) error = errors.take();
  return out;
}

bool readRgba(GDALDatasetH warped, int colourBands, std::vector<std::uint8_t>& rgba) {
  const int width = GDALGetRasterXSize(warped), height = GDALGetRasterYSize(warped);
  rgba.resize(static_cast<std::size_t>(width) * height * 4);
  // Interleaved read: bands 1..colourBands then alpha go to bytes 0..2 (grey repeated) and 3.
  const int alphaBand = GDALGetRasterCount(warped);
  for (int k = 0; k < 4; ++k) {
    int band = k == 3 ? alphaBand : std::min(k + 1, colourBands);
    if (GDALRasterIO(GDALGetRasterBand(warped, band), GF_Read, 0, 0, width, height, rgba.data() + k, width, height,
                     GDT_Byte, 4, 4 * static_cast<GSpacing>(width)) != CE_None)
      return false;
  }
  return true;
}

}  // namespace wm::io
