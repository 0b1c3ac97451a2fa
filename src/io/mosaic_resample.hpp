#pragma once
// Resampling a view's mosaic of Web Mercator tiles onto the view's grid in the working CRS. Where each of the
// view's pixels lies in the mosaic is computed exactly (PROJ, batched) every kNodeStep pixels and interpolated in
// between, as gdalwarp's approximate transformer does, then sampled bilinearly with alpha. Done here rather than
// by gdalwarp, whose set-up (PROJ look-ups for both CRSs, an output dataset) cost more than the resampling for
// every view. Pure but for the callback; internal to io.
#include <cstdint>
#include <functional>
#include <vector>

#include "geo/extent.hpp"

namespace wm::io {

/// RGBA pixels in Web Mercator, rows from the north: pixel (0, 0)'s north-west corner at (west, north), square
/// pixels `pixel` metres a side.
struct MercatorImage {
  const std::uint8_t* rgba = nullptr;
  int width = 0;
  int height = 0;
  double west = 0;
  double north = 0;
  double pixel = 1;
};

/// Moves points of the working CRS to where they lie on the tiles (Web Mercator metres), in place; a point that
/// cannot be moved becomes non-finite.
using ToTiles = std::function<void(std::vector<double>& x, std::vector<double>& y)>;

/// View pixels between two exactly computed positions (a Gauss-Krüger view bends in Web Mercator by far less than
/// a pixel over this span).
inline constexpr int kNodeStep = 16;

/// `width` × `height` RGBA pixels covering `extent` (working CRS, rows from the north) sampled from `source`:
/// bilinear, weighted by alpha (a pixel half over the source's edge keeps its colour at half alpha), alpha 0
/// beyond it. Rows are shared out over `threads` threads.
std::vector<std::uint8_t> resampleMosaic(const MercatorImage& source, const geo::Extent& extent, int width, int height,
                                         const ToTiles& toTiles, unsigned threads = 2);

}  // namespace wm::io
