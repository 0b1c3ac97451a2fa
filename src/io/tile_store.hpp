#pragma once
// Where the tiles of a tiled basemap come from: an MBTiles file (an SQLite database, read through GDAL's SQLite
// driver) or a folder of {z}/{x}/{y}.png|jpg|webp files (XYZ rows, or TMS rows when gdal2tiles'
// tilemapresource.xml is beside them). A store lists the tiles of a range and hands each over as something
// GDAL opens; decodeTile turns that into RGBA pixels. Internal to io; one thread at a time per store.
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "core/diagnostic.hpp"
#include "io/tile_grid.hpp"

namespace wm::io {

/// What opening a tile set found out.
struct TileSetFacts {
  std::string kind;    ///< "MBTiles", "XYZ" or "TMS"
  std::string format;  ///< the tiles' image format as named by the file or metadata: "png", "jpg", "webp", …
  int minZoom = 0;
  int maxZoom = 0;
  TileRange coverage;  ///< the tiles present at minZoom (their bounding range)
  int tileSize = 256;  ///< pixels a side, from the first tile at minZoom (256 when it cannot be read)
};

/// One tile handed to TileStore::forEachTile's callback.
struct TileRef {
  int x = 0, y = 0;      ///< column and row (XYZ, rows from the north) at the range's zoom
  std::string gdalPath;  ///< what GDAL opens: the tile file, or a /vsimem/ file valid during the callback
  std::string file;      ///< what messages name: the tile file, or the MBTiles file
};

class TileStore {
public:
  virtual ~TileStore() = default;
  /// Calls `each` for every tile present in `range` (missing tiles are skipped: the basemap stays empty there).
  /// False (with GDAL's reason) when the store could not be read at all.
  virtual bool forEachTile(const TileRange& range, const std::function<void(const TileRef&)>& each,
                           std::string& error) = 0;
  const TileSetFacts& facts() const { return _facts; }
  const std::string& path() const { return _path; }

protected:
  TileSetFacts _facts;
  std::string _path;
};

struct TileStoreOpen {
  std::unique_ptr<TileStore> store;  ///< null on failure
  core::Diagnostics problems;        ///< an Error naming the file on failure
};

/// Whether `path` names a tile set rather than one raster: a file ending in .mbtiles, or a folder.
bool isTileSetPath(const std::string& path);
/// Whether the folder at `path` holds numbered zoom folders with numbered column folders in them (a quick look,
/// for telling a tile folder given as a data source from a folder without data).
bool looksLikeTileFolder(const std::string& path);
/// Opens the MBTiles file or tile folder at `path` read-only and finds its zoom levels, coverage and tile size.
TileStoreOpen openTileStore(const std::string& path);
TileStoreOpen openMbtilesStore(const std::string& path);
TileStoreOpen openFolderStore(const std::string& path);

/// Why a tile could not be decoded.
enum class TileFailure : std::uint8_t { None, NotAnImage, ReadFailed };
/// Decodes the image GDAL opens at `gdalPath` (grey, grey + alpha, paletted, RGB or RGBA, 8-bit) into
/// `size` × `size` RGBA pixels at `rgba`, rows `stride` bytes apart (an image of another size is resampled to
/// it: averaged, or nearest for a paletted one). On failure the pixels are left alone and `reason` holds GDAL's
/// message, if any.
TileFailure decodeTile(const std::string& gdalPath, int size, std::uint8_t* rgba, std::size_t stride,
                       std::string& reason);
/// What one tile says of all: its width (0 when it is not an image) and its format ("png", "jpeg", "webp").
struct TileProbe {
  int width = 0;
  std::string format;
};
TileProbe probeTile(const std::string& gdalPath);

}  // namespace wm::io
