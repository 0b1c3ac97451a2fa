#pragma once
// Resampling a raster into the working CRS onto a chosen grid, in memory (gdalwarp to a MEM dataset), and
// reading the RGBA pixels of the result, for the single-file rasters (raster_reader; tile sets resample their
// view's mosaic themselves, mosaic_resample). Internal to io.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <gdal.h>

#include "geo/crs.hpp"
#include "geo/extent.hpp"

namespace wm::io {

struct DatasetHandleCloser {
  void operator()(GDALDatasetH d) const {
    if (d) GDALClose(d);
  }
};
using DatasetHandle = std::unique_ptr<void, DatasetHandleCloser>;

/// The CRS as WKT with GIS axis order (easting first), for gdalwarp's -t_srs; nothing when GDAL cannot read it.
std::optional<std::string> gisOrderWkt(const geo::Crs& crs);

/// gdalwarp of `source` into a MEM dataset of `width` × `height` pixels covering `extent` (in `targetWkt`)
/// exactly, bilinear; `extra` adds options (type, nodata, alpha). On failure, null and GDAL's reason in `error`.
DatasetHandle warpInto(GDALDatasetH source, const std::string& targetWkt, const geo::Extent& extent, int width,
                       int height, const std::vector<std::string>& extra, std::string& error);

/// Reads a warped dataset's colour bands (1 grey, repeated, or 3) and its last band as alpha into interleaved
/// RGBA bytes, rows from the north. False when GDAL fails to read.
bool readRgba(GDALDatasetH warped, int colourBands, std::vector<std::uint8_t>& rgba);

}  // namespace wm::io
