#pragma once
// Reading the optional rasters of a workspace: a DEM into a height grid and an orthophoto into an RGBA image,
// both resampled (bilinear) into the working CRS over the data's extent and capped in size, so a province-wide
// or very fine raster costs no more than what a screen can show. Source files are opened read-only and nothing
// is written next to them.
#include <optional>
#include <string>

#include "core/diagnostic.hpp"
#include "domain/height_grid.hpp"
#include "geo/crs.hpp"
#include "geo/extent.hpp"

namespace wm::io {

/// Cells a side of a terrain grid: finer than a full-screen view needs, coarse enough for a quick mesh.
inline constexpr int kMaxTerrainSide = 1024;
/// Pixels a side of a basemap image: the texture size every OpenGL 3 implementation supports.
inline constexpr int kMaxBasemapSide = 4096;

struct TerrainRead {
  std::optional<domain::HeightGrid> grid;  ///< nothing when the DEM cannot be used (see problems)
  core::Diagnostics problems;              ///< naming the file; Error when there is no grid
};

struct BasemapRead {
  std::optional<domain::BasemapImage> image;
  core::Diagnostics problems;
};

/// Reads band 1 of the DEM at `path` into a grid in `workingCrs`, clipped to `dataExtent` (working CRS) plus a
/// margin of 10 % (the whole raster when `dataExtent` is empty). The grid keeps the source's resolution unless
/// that makes it more than `maxSide` cells a side. Nodata cells are filled from their neighbours (the lowest
/// height where a hole is too wide). Fails (no grid, an Error) for a missing or unreadable file, a raster with no
/// CRS, no overlap with the data, or nodata everywhere. Thread-safe.
TerrainRead readTerrain(const std::string& path, const geo::Crs& workingCrs, const geo::Extent& dataExtent,
                        int maxSide = kMaxTerrainSide);

/// Reads an orthophoto (1 band grey, or 3-4 bands RGB(A), 8-bit) the same way into RGBA pixels, at most
/// `maxSide` pixels a side; pixels outside the source get alpha 0. Failures as for readTerrain.
BasemapRead readBasemap(const std::string& path, const geo::Crs& workingCrs, const geo::Extent& dataExtent,
                        int maxSide = kMaxBasemapSide);

}  // namespace wm::io
