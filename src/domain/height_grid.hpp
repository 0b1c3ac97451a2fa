#pragma once
// Rasters the map shows under the works: terrain heights from a DEM and an orthophoto basemap, both already
// resampled into the working CRS by io. Plain values: no GDAL or OSG types.
#include <cstdint>
#include <string>
#include <vector>

#include "geo/extent.hpp"

namespace wm::domain {

/// Terrain heights on a regular grid in the working CRS (metres). Cell (col, row) is a square `cellSize` wide
/// whose centre is at x = west + (col + 0.5) · cellSize, y = north − (row + 0.5) · cellSize: rows run from the
/// north, as in the source raster. Every cell has a height (io fills nodata before it gets here).
struct HeightGrid {
  double west = 0;             ///< x of the grid's western edge
  double north = 0;            ///< y of the grid's northern edge
  double cellSize = 1;         ///< metres
  int width = 0;               ///< cells across
  int height = 0;              ///< cells down
  std::vector<float> heights;  ///< width × height, row-major from the north-west cell
  std::string file;            ///< the DEM it came from, for messages

  float at(int col, int row) const { return heights[static_cast<std::size_t>(row) * width + col]; }
  /// The grid's outer edges (not the cell centres).
  geo::Extent extent() const;
  float minHeight() const;
  float maxHeight() const;
  /// Bilinear height between cell centres at (x, y); outside the grid, the nearest edge cell's.
  float heightAt(double x, double y) const;
};

/// An orthophoto resampled into the working CRS: RGBA pixels, rows from the north, covering `extent` exactly
/// (pixel edges at the extent's edges). Pixels outside the source image have alpha 0.
struct BasemapImage {
  geo::Extent extent;
  int width = 0;
  int height = 0;
  std::vector<std::uint8_t> rgba;  ///< width × height × 4
  std::string file;                ///< the image file it came from, for messages

  const std::uint8_t* at(int col, int row) const { return &rgba[(static_cast<std::size_t>(row) * width + col) * 4]; }
};

}  // namespace wm::domain
