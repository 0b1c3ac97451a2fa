#include "io/tile_store.hpp"

#include <algorithm>
#include <filesystem>
#include <memory>
#include <vector>

#include <gdal.h>

#include "core/text.hpp"
#include "io/gdal_error_capture.hpp"
#include "io/gdal_session.hpp"
#include "io/raster_warp.hpp"

namespace wm::io {
namespace {

// Tiles are web images; GTiff too, for tile sets cut by hand.
const char* const kTileDrivers[] = {"PNG", "JPEG", "WEBP", "GTiff", nullptr};

DatasetHandle openImage(const std::string& gdalPath) {
  return DatasetHandle(GDALOpenEx(gdalPath.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR,
                                  kTileDrivers, nullptr, nullptr));
}

// `bands` interleaved bytes a pixel (1 grey or palette index, 2 grey + alpha, 3 RGB, 4 RGBA) → RGBA.
void expandPixels(const std::vector<std::uint8_t>& in, int bands, GDALColorTableH palette, int size, std::uint8_t* rgba,
                  std::size_t stride) {
  for (int row = 0; row < size; ++row) {
    std::uint8_t* out = rgba + row * stride;
    const std::uint8_t* p = in.data() + static_cast<std::size_t>(row) * size * bands;
    for (int col = 0; col < size; ++col, p += bands, out += 4) {
      if (palette) {
        const GDALColorEntry* e = GDALGetColorEntry(palette, p[0]);
        out[0] = static_cast<std::uint8_t>(e ? e->c1 : 0), out[1] = static_cast<std::uint8_t>(e ? e->c2 : 0);
        out[2] = static_cast<std::uint8_t>(e ? e->c3 : 0), out[3] = static_cast<std::uint8_t>(e ? e->c4 : 0);
      } else if (bands <= 2) {
        out[0] = out[1] = out[2] = p[0];
        out[3] = bands == 2 ? p[1] : 255;
      } else {
        out[0] = p[0], out[1] = p[1], out[2] = p[2];
        out[3] = bands == 4 ? p[3] : 255;
      }
    }
  }
}

}  // namespace

bool isTileSetPath(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return true;
  return core::asciiLower(std::filesystem::path(path).extension().string()) == ".mbtiles";
}

TileStoreOpen openTileStore(const std::string& path) {
  initGdal();
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return openFolderStore(path);
  if (!std::filesystem::exists(path, ec)) {
    TileStoreOpen out;
    out.problems.add(core::Diagnostic::error(core::Msg::SourceNotFound).inFile(path));
    return out;
  }
  return openMbtilesStore(path);
}

TileFailure decodeTile(const std::string& gdalPath, int size, std::uint8_t* rgba, std::size_t stride,
                       std::string& reason) {
  GdalErrorCapture errors;
  DatasetHandle ds = openImage(gdalPath);
  if (!ds) {
    reason = errors.take();
    return TileFailure::NotAnImage;
  }
  const int bands = std::min(GDALGetRasterCount(ds.get()), 4);
  if (bands < 1) return TileFailure::NotAnImage;
  GDALRasterBandH first = GDALGetRasterBand(ds.get(), 1);
  GDALColorTableH palette = bands == 1 ? GDALGetRasterColorTable(first) : nullptr;
  std::vector<std::uint8_t> pixels(static_cast<std::size_t>(size) * size * bands);
  int bandMap[4] = {1, 2, 3, 4};
  GDALRasterIOExtraArg extra;
  INIT_RASTERIO_EXTRA_ARG(extra);
  extra.eResampleAlg = palette ? GRIORA_NearestNeighbour : GRIORA_Average;  // a smaller tile: averaged colours
  CPLErr err = GDALDatasetRasterIOEx(ds.get(), GF_Read, 0, 0, GDALGetRasterXSize(ds.get()),
                                     GDALGetRasterYSize(ds.get()), pixels.data(), size, size, GDT_Byte, bands, bandMap,
                                     bands, static_cast<GSpacing>(size) * bands, 1, &extra);
  if (err != CE_None) {
    reason = errors.take();
    return TileFailure::ReadFailed;
  }
  expandPixels(pixels, bands, palette, size, rgba, stride);
  return TileFailure::None;
}

TileProbe probeTile(const std::string& gdalPath) {
  GdalErrorCapture errors;
  DatasetHandle ds = openImage(gdalPath);
  if (!ds) return {};
  return {GDALGetRasterXSize(ds.get()), core::asciiLower(GDALGetDriverShortName(GDALGetDatasetDriver(ds.get())))};
}

}  // namespace wm::io
