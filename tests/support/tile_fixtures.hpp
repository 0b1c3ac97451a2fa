#pragma once
// Test-only: tile sets as offices get them — MBTiles files (written by GDAL's MBTiles driver, or by SQL as tile
// tools write them) and {z}/{x}/{y} tile folders — with tiles of known colours at known places.
#include <array>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace wm::test {

using TileColour = std::array<std::uint8_t, 4>;  ///< RGBA

/// One tile: zoom, column, row (XYZ: rows from the north) and its file's bytes.
struct TileBytes {
  int z = 0, x = 0, y = 0;
  std::string bytes;
};

/// The bytes of a size × size image of one colour, written by GDAL's PNG ("PNG") or JPEG ("JPEG") driver; a
/// JPEG has no alpha.
std::string tileImage(TileColour colour, const char* driver = "PNG", int size = 256);

/// An MBTiles file as tile tools write it: tables metadata (name, format) and tiles (zoom_level, tile_column,
/// tile_row in TMS order, tile_data), filled by SQL through GDAL's SQLite driver.
void writeMbtiles(const std::filesystem::path& file, const std::vector<TileBytes>& tiles,
                  const std::string& format = "png");

/// A tile folder: dir/z/x/y.<ext>, rows XYZ; or, with `tms`, rows counted from the south and gdal2tiles'
/// tilemapresource.xml (SRS EPSG:3857) beside them.
void writeTileFolder(const std::filesystem::path& dir, const std::vector<TileBytes>& tiles, bool tms = false,
                     const std::string& ext = "png");

/// An MBTiles file written by GDAL's MBTiles driver (PNG tiles) from a Web Mercator image of n × n tiles of
/// zoom z from column x0, row y0, tile (x, y) all of colour(x, y); then `overviews` shallower levels built
/// from it (nearest neighbour, so each keeps its children's colours in their places).
void writeGdalMbtiles(const std::filesystem::path& file, int z, int x0, int y0, int n,
                      const std::function<TileColour(int x, int y)>& colour, int overviews);

/// The Web Mercator (EPSG:3857) centre of tile z/x/y, metres.
std::array<double, 2> tileCentre(int z, int x, int y);

}  // namespace wm::test
