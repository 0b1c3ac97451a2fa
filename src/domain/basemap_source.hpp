#pragma once
// A basemap read per view: a tile pyramid (MBTiles, a tile folder) is far too large to resample whole, so the
// map asks it for the ground it shows, at about the screen's resolution, each time the view moves enough.
// Declared here so that the catalog can carry one without knowing how it is read (io implements it).
#include <cstddef>
#include <optional>
#include <string>

#include "core/diagnostic.hpp"
#include "domain/height_grid.hpp"
#include "geo/extent.hpp"

namespace wm::domain {

/// What a view asks for: the ground it shows, in the working CRS, and the pixels across and down it should
/// have (the image's cells are extent / pixels, square or not).
struct BasemapView {
  geo::Extent extent;
  int width = 0;
  int height = 0;

  /// Metres a pixel across (0 for an empty view).
  double metresPerPixel() const { return width > 0 ? (extent.maxX - extent.minX) / width : 0.0; }
};

/// What one read gave.
struct BasemapViewRead {
  std::optional<BasemapImage> image;  ///< covering the view's extent exactly; none when the read failed
  core::Diagnostics problems;         ///< tiles that could not be read (each reported once per source)
  int zoom = -1;                      ///< the tile level read (-1: none, e.g. the view is outside the tiles)
  std::size_t tiles = 0;              ///< tiles found and drawn into the image
};

class BasemapSource {
public:
  virtual ~BasemapSource() = default;
  /// Reads the ground of `view` into an RGBA image in the working CRS: only the tiles of one level under it,
  /// that level chosen for the view's pixel size; alpha 0 where there are no tiles. May take a while (tens of
  /// milliseconds): call it off the UI thread. Safe to call from any thread; calls run one at a time.
  virtual BasemapViewRead read(const BasemapView& view) = 0;
  /// Where tiles may be, in the working CRS (a view beyond it reads nothing).
  virtual geo::Extent coverage() const = 0;
  /// The tile set's file or folder, for messages.
  virtual const std::string& file() const = 0;
};

}  // namespace wm::domain
