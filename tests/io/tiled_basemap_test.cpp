// Tiled basemaps (MBTiles, tile folders) read per view into a CGCS2000 Gauss-Krüger working CRS: the tiles'
// colours land where the tiles are, only one level is read (the one matching the view's pixels), bad tiles and
// bad tile sets are reported by name.
#include "io/tiled_basemap.hpp"

#include <algorithm>
#include <cmath>
#include <fstream>

#include <gtest/gtest.h>

#include "geo/transformer.hpp"
#include "geo/web_datum.hpp"
#include "io/catalog_loader.hpp"
#include "io/source_discovery.hpp"
#include "io/tile_grid.hpp"
#include "io/workspace.hpp"
#include "support/fixture_writer.hpp"
#include "support/tile_fixtures.hpp"

using namespace wm;
namespace fs = std::filesystem;

namespace {

// Tiles of zoom 14 near 114.03 E, 30.6 N (EPSG:4547 has its central meridian at 114 E): columns 13380-13383,
// rows 6726-6729 (tile_grid_test works out 13381/6728 by hand). Tile (x, y) is coloured by its place.
constexpr int kZ = 14, kX0 = 13380, kY0 = 6726, kN = 4;

test::TileColour placeColour(int x, int y) {
  return {static_cast<std::uint8_t>(40 + 50 * (x - kX0)), static_cast<std::uint8_t>(40 + 50 * (y - kY0)), 200, 255};
}

// Made once: each PROJ object built costs a look-up in PROJ's database.
const geo::Crs& gk() {
  static const geo::Crs crs = *geo::Crs::fromDefinition("EPSG:4547");
  return crs;
}

std::string message(const core::Diagnostic& d) { return core::formatDiagnostic(d, core::Lang::En); }

// A point of EPSG:3857 in EPSG:4547.
std::array<double, 2> toGk(std::array<double, 2> p) {
  static auto t = geo::Transformer::create("EPSG:3857", "EPSG:4547");
  t->transform(&p[0], &p[1], 1);
  return p;
}

// The view over tiles 13381-13382 × 6727-6728 of zoom 14, a tenth of a tile in from their outer edges, in
// EPSG:4547, `pixels` across and down. The 2 × 2 tiles are 4892 m of Web Mercator a side, 4892·cos 30.6° =
// 4210 m on the ground; the view is 0.8 of that: about 3370 m.
domain::BasemapView viewOverFourTiles(int pixels) {
  geo::Extent mercator = io::tileExtent(kZ, 13381, 6727);
  mercator.add(io::tileExtent(kZ, 13382, 6728));
  const double in = 0.1 * io::tileSpan(kZ);
  domain::BasemapView view;
  for (auto [x, y] : {std::pair{mercator.minX + in, mercator.minY + in},
                      {mercator.maxX - in, mercator.maxY - in},
                      {mercator.minX + in, mercator.maxY - in},
                      {mercator.maxX - in, mercator.minY + in}}) {
    auto p = toGk({x, y});
    view.extent.add(p[0], p[1]);
  }
  view.width = view.height = pixels;
  return view;
}

// The image's pixel under a point of EPSG:3857.
const std::uint8_t* pixelAt(const domain::BasemapImage& image, std::array<double, 2> mercator) {
  auto p = toGk(mercator);
  const geo::Extent& e = image.extent;
  int col = static_cast<int>((p[0] - e.minX) / (e.maxX - e.minX) * image.width);
  int row = static_cast<int>((e.maxY - p[1]) / (e.maxY - e.minY) * image.height);
  EXPECT_TRUE(col >= 0 && col < image.width && row >= 0 && row < image.height) << col << "," << row;
  return image.at(std::clamp(col, 0, image.width - 1), std::clamp(row, 0, image.height - 1));
}

void expectColour(const std::uint8_t* p, test::TileColour c) {
  for (int k = 0; k < 4; ++k) EXPECT_NEAR(p[k], c[static_cast<std::size_t>(k)], 2) << "channel " << k;
}

std::vector<test::TileBytes> placeTiles() {
  std::vector<test::TileBytes> tiles;
  for (int x = kX0; x < kX0 + kN; ++x)
    for (int y = kY0; y < kY0 + kN; ++y) tiles.push_back({kZ, x, y, test::tileImage(placeColour(x, y))});
  return tiles;
}

// Levels 12, 13 and 14 over the same ground, each one colour: blue, green, red.
const test::TileColour kLevelColour[] = {{0, 0, 230, 255}, {0, 180, 0, 255}, {220, 0, 0, 255}};
std::vector<test::TileBytes> levelTiles() {
  std::vector<test::TileBytes> tiles;
  for (int z = 12; z <= 14; ++z) {
    io::TileRange r = io::rangeAtZoom({kZ, kX0, kY0, kX0 + kN - 1, kY0 + kN - 1}, z);
    std::string bytes = test::tileImage(kLevelColour[z - 12]);
    for (int x = r.x0; x <= r.x1; ++x)
      for (int y = r.y0; y <= r.y1; ++y) tiles.push_back({z, x, y, bytes});
  }
  return tiles;
}

std::shared_ptr<domain::BasemapSource> open(const fs::path& path) {
  io::TiledBasemapOpen opened = io::openTiledBasemap(path.string(), gk(), {});
  EXPECT_TRUE(opened.source) << (opened.problems.empty() ? "" : message(opened.problems.items()[0]));
  return opened.source;
}

std::string openProblem(const fs::path& path, const geo::Extent& data = {}) {
  io::TiledBasemapOpen opened = io::openTiledBasemap(path.string(), gk(), data);
  EXPECT_FALSE(opened.source);
  EXPECT_EQ(opened.problems.size(), 1u);
  if (opened.problems.empty()) return "";
  EXPECT_EQ(opened.problems.items()[0].severity, core::Severity::Error);
  return message(opened.problems.items()[0]);
}

}  // namespace

TEST(TiledBasemap, GdalWrittenMbtilesLandsInGaussKrugerWhereItsTilesAre) {
  test::ScopedDir dir;
  const fs::path file = dir.path / "影像.mbtiles";
  test::writeGdalMbtiles(file, kZ, kX0, kY0, kN, placeColour, 2);
  auto source = open(file);
  ASSERT_TRUE(source);
  // 420 pixels over 3370 m: 8.0 m a pixel, 9.3 m of Web Mercator; a zoom-14 tile pixel is 9.55 m: level 14.
  domain::BasemapViewRead read = source->read(viewOverFourTiles(420));
  ASSERT_TRUE(read.image);
  EXPECT_TRUE(read.problems.empty());
  EXPECT_EQ(read.zoom, 14);
  EXPECT_EQ(read.tiles, 4u);
  EXPECT_EQ(read.image->width, 420);
  for (int x : {13381, 13382})
    for (int y : {6727, 6728}) expectColour(pixelAt(*read.image, test::tileCentre(kZ, x, y)), placeColour(x, y));
  // A view four times coarser reads level 12 (GDAL's overviews keep each child's colour in its place): the one
  // column 13381 >> 2 = 13382 >> 2 = 3345, rows 6727 >> 2 = 1681 and 6728 >> 2 = 1682.
  domain::BasemapViewRead coarse = source->read(viewOverFourTiles(105));
  ASSERT_TRUE(coarse.image);
  EXPECT_EQ(coarse.zoom, 12);
  EXPECT_EQ(coarse.tiles, 2u);
  expectColour(pixelAt(*coarse.image, test::tileCentre(kZ, 13381, 6728)), placeColour(13381, 6728));
}

TEST(TiledBasemap, OnlyTheLevelMatchingTheViewsPixelsIsRead) {
  test::ScopedDir dir;
  const fs::path file = dir.path / "levels.mbtiles";
  test::writeMbtiles(file, levelTiles());
  auto source = open(file);
  ASSERT_TRUE(source);
  // Pixels of 8, 16 and 32 m: levels 14, 13 and 12, each read alone (its colour everywhere); at 1.7 m, closer
  // than level 14 goes, level 14 magnified. Tiles read: 2 × 2 at 14 and 13 (13381-13382 → 6690-6691,
  // 6727-6728 → 3363-3364), 1 × 2 at 12.
  struct Case {
    int pixels, zoom;
    std::size_t tiles;
  };
  for (Case c : {Case{420, 14, 4}, Case{210, 13, 4}, Case{105, 12, 2}, Case{2000, 14, 4}}) {
    domain::BasemapViewRead read = source->read(viewOverFourTiles(c.pixels));
    ASSERT_TRUE(read.image);
    EXPECT_EQ(read.zoom, c.zoom) << c.pixels;
    EXPECT_EQ(read.tiles, c.tiles) << c.pixels;
    expectColour(read.image->at(c.pixels / 2, c.pixels / 2), kLevelColour[c.zoom - 12]);
  }
}

TEST(TiledBasemap, XyzAndTmsFoldersPutEachTileInItsPlace) {
  test::ScopedDir dir;
  test::writeTileFolder(dir.path / "xyz", placeTiles());
  test::writeTileFolder(dir.path / "tms", placeTiles(), /*tms=*/true);
  for (const char* folder : {"xyz", "tms"}) {
    io::TiledBasemapOpen opened = io::openTiledBasemap((dir.path / folder).string(), gk(), {});
    ASSERT_TRUE(opened.source) << folder;
    ASSERT_EQ(opened.problems.size(), 1u);
    EXPECT_EQ(message(opened.problems.items()[0]),
              (dir.path / folder).string() + ": " + (std::string(folder) == "xyz" ? "XYZ" : "TMS") +
                  " tile set, zoom levels 14 to 14, png tiles: read for each view at the screen's resolution");
    domain::BasemapViewRead read = opened.source->read(viewOverFourTiles(420));
    ASSERT_TRUE(read.image);
    EXPECT_EQ(read.tiles, 4u) << folder;
    for (int x : {13381, 13382})
      for (int y : {6727, 6728}) expectColour(pixelAt(*read.image, test::tileCentre(kZ, x, y)), placeColour(x, y));
  }
}

TEST(TiledBasemap, OutsideTheTilesTheImageIsTransparent) {
  test::ScopedDir dir;
  test::writeTileFolder(dir.path / "tiles", placeTiles());
  auto source = open(dir.path / "tiles");
  ASSERT_TRUE(source);
  // The view over tiles 13381-13382 moved 2 tiles east: its east half is beyond column 13383, the last one.
  domain::BasemapView view = viewOverFourTiles(420);
  const double shift = 2 * 0.861 * io::tileSpan(kZ);
  view.extent.minX += shift, view.extent.maxX += shift;
  domain::BasemapViewRead read = source->read(view);
  ASSERT_TRUE(read.image);
  EXPECT_EQ(read.image->at(400, 210)[3], 0);
  EXPECT_EQ(read.image->at(20, 210)[3], 255);
  // Wholly elsewhere: nothing read, a transparent image.
  view.extent.minX += 50000, view.extent.maxX += 50000;
  domain::BasemapViewRead away = source->read(view);
  ASSERT_TRUE(away.image);
  EXPECT_EQ(away.zoom, -1);
  EXPECT_EQ(away.tiles, 0u);
  EXPECT_EQ(away.image->at(0, 0)[3], 0);
}

TEST(TiledBasemap, ABrokenTileIsNamedOnceAndTheRestIsDrawn) {
  test::ScopedDir dir;
  std::vector<test::TileBytes> tiles = placeTiles();
  for (auto& t : tiles)
    if (t.x == 13382 && t.y == 6727) t.bytes = "not an image at all";
  const fs::path file = dir.path / "broken.mbtiles";
  test::writeMbtiles(file, tiles);
  auto source = open(file);
  ASSERT_TRUE(source);
  domain::BasemapViewRead read = source->read(viewOverFourTiles(420));
  ASSERT_TRUE(read.image);
  EXPECT_EQ(read.tiles, 3u);
  ASSERT_EQ(read.problems.size(), 1u);
  EXPECT_EQ(read.problems.items()[0].severity, core::Severity::Warning);
  EXPECT_EQ(
      message(read.problems.items()[0]),
      file.string() + ": tile 14/13382/6727 is not a PNG, JPEG or WebP image; that part of the basemap stays empty");
  EXPECT_EQ(pixelAt(*read.image, test::tileCentre(kZ, 13382, 6727))[3], 0);
  expectColour(pixelAt(*read.image, test::tileCentre(kZ, 13381, 6727)), placeColour(13381, 6727));
  EXPECT_TRUE(source->read(viewOverFourTiles(400)).problems.empty());  // said once
}

// Holes in a sparse tile set (an MBTiles file, a folder with files missing) are no broken tiles: one warning a
// view naming the tile set and how many of the view's tiles it lacks, and not one a tile.
TEST(TiledBasemap, MissingTilesAreCountedOnceAViewAndToldApartFromBrokenOnes) {
  test::ScopedDir dir;
  std::vector<test::TileBytes> tiles;
  for (auto& t : placeTiles())
    if (!(t.x == 13382 && (t.y == 6727 || t.y == 6728))) tiles.push_back(t);  // two of the view's four are gone
  for (auto& t : tiles)
    if (t.x == 13381 && t.y == 6727) t.bytes = "not an image at all";  // and one is broken
  for (const bool folder : {false, true}) {
    const fs::path set = folder ? dir.path / "holes" : dir.path / "holes.mbtiles";
    folder ? test::writeTileFolder(set, tiles) : test::writeMbtiles(set, tiles);
    auto source = open(set);
    ASSERT_TRUE(source);
    domain::BasemapViewRead read = source->read(viewOverFourTiles(420));
    ASSERT_TRUE(read.image);
    EXPECT_EQ(read.tiles, 1u);
    std::vector<std::string> said;
    for (const auto& d : read.problems.items()) said.push_back(message(d));
    ASSERT_EQ(said.size(), 2u) << ::testing::PrintToString(said);
    EXPECT_EQ(said[1], set.string() +
                           ": 2 of the 4 tiles of this view at zoom level 14 are missing from the tile set (not there "
                           "at all, rather than broken); the basemap stays empty there");
    EXPECT_EQ(read.problems.items()[1].severity, core::Severity::Warning);
    EXPECT_NE(said[0].find("tile 14/13381/6727 is not a PNG, JPEG or WebP image"), std::string::npos) << said[0];
    EXPECT_EQ(pixelAt(*read.image, test::tileCentre(kZ, 13382, 6728))[3], 0);
    expectColour(pixelAt(*read.image, test::tileCentre(kZ, 13381, 6728)), placeColour(13381, 6728));
    // The next view (moved, or resized) says it again, once; the broken tile was said already.
    domain::BasemapViewRead next = source->read(viewOverFourTiles(400));
    ASSERT_EQ(next.problems.size(), 1u);
    EXPECT_EQ(next.problems.items()[0].msg, core::Msg::BasemapTilesMissing);
  }
  // A whole set: nothing missing, nothing said.
  test::writeMbtiles(dir.path / "whole.mbtiles", placeTiles());
  EXPECT_TRUE(open(dir.path / "whole.mbtiles")->read(viewOverFourTiles(420)).problems.empty());
}

TEST(TiledBasemap, ATruncatedTileFileIsNamedByItsPath) {
  test::ScopedDir dir;
  std::vector<test::TileBytes> tiles = placeTiles();
  for (auto& t : tiles)
    if (t.x == 13381 && t.y == 6728) t.bytes = t.bytes.substr(0, 60);  // the PNG header and a piece of its data
  test::writeTileFolder(dir.path / "tiles", tiles);
  auto source = open(dir.path / "tiles");
  ASSERT_TRUE(source);
  domain::BasemapViewRead read = source->read(viewOverFourTiles(420));
  ASSERT_EQ(read.problems.size(), 1u);
  const std::string tile = (dir.path / "tiles" / "14" / "13381" / "6728.png").string();
  EXPECT_EQ(message(read.problems.items()[0]).substr(0, tile.size() + 16), tile + ": tile 14/13381/");
  EXPECT_EQ(read.tiles, 3u);
  expectColour(pixelAt(*read.image, test::tileCentre(kZ, 13382, 6728)), placeColour(13382, 6728));
}

TEST(TiledBasemap, BadTileSetsAreReportedByName) {
  test::ScopedDir dir;
  const std::string missing = (dir.path / "nope.mbtiles").string();
  EXPECT_EQ(openProblem(missing), missing + ": no such file or directory");

  const fs::path garbage = dir.path / "garbage.mbtiles";
  std::ofstream(garbage) << "this is not an MBTiles file";
  EXPECT_EQ(openProblem(garbage), garbage.string() +
                                      ": cannot be read as a tile set (MBTiles or a tile folder), the map is shown "
                                      "without the basemap: file is not a database");

  const fs::path empty = dir.path / "empty.mbtiles";
  test::writeMbtiles(empty, {});
  EXPECT_EQ(openProblem(empty), empty.string() + ": the tile set holds no tiles; the map is shown without the basemap");

  const fs::path vector = dir.path / "roads.mbtiles";
  test::writeMbtiles(vector, {{14, kX0, kY0, "\x1a\x02"}}, "pbf");
  EXPECT_EQ(openProblem(vector), vector.string() +
                                     ": holds vector tiles (pbf), which cannot be drawn as a basemap; the map is "
                                     "shown without it");

  const fs::path folder = dir.path / "空文件夹";
  fs::create_directories(folder / "14" / "13380");
  std::ofstream(folder / "14" / "13380" / "readme.txt") << "no tiles here";
  EXPECT_EQ(openProblem(folder), folder.string() +
                                     ": the folder holds no map tiles (files {z}/{x}/{y}.png, .jpg or .webp under "
                                     "it); the map is shown without the basemap");

  const fs::path geodetic = dir.path / "geodetic";
  test::writeTileFolder(geodetic, placeTiles(), /*tms=*/true);
  std::ofstream(geodetic / "tilemapresource.xml") << "<TileMap><SRS>EPSG:4326</SRS></TileMap>";
  EXPECT_EQ(openProblem(geodetic), geodetic.string() +
                                       ": is not a Web Mercator (EPSG:3857) tile set (its tilemapresource.xml says "
                                       "EPSG:4326); the map is shown without the basemap");
}

TEST(TiledBasemap, AnSqliteFileWithoutTilesIsNotMbtiles) {
  test::ScopedDir dir;
  const fs::path file = dir.path / "notes.mbtiles";
  test::writeVector(dir.path / "x.gpkg", {{"x", 4490, {{"name"}}, {{"POINT(114 30)", {"a"}}}}});
  fs::copy_file(dir.path / "x.gpkg", file);  // a GeoPackage is an SQLite database with other tables
  EXPECT_EQ(openProblem(file), file.string() +
                                   ": is not an MBTiles tile set (it has no table of tiles); the map is shown "
                                   "without the basemap");
}

TEST(TiledBasemap, TilesFarFromTheDataAreNotUsed) {
  test::ScopedDir dir;
  test::writeTileFolder(dir.path / "tiles", placeTiles());
  geo::Extent elsewhere;  // 300 km north
  elsewhere.add(500000, 3700000);
  elsewhere.add(510000, 3710000);
  io::TiledBasemapOpen opened = io::openTiledBasemap((dir.path / "tiles").string(), gk(), elsewhere);
  EXPECT_FALSE(opened.source);
  EXPECT_TRUE(opened.problems.contains(core::Msg::RasterOutsideData));
}

TEST(TiledBasemap, WorkspaceBasemapOpensTheTileSetWithTheCatalog) {
  test::ScopedDir dir;
  fs::create_directories(dir.path / "影像");
  test::writeMbtiles(dir.path / "影像" / "县城.mbtiles", levelTiles());
  test::writeVector(dir.path / "roads.gpkg",
                    {{"roads", 4490, {{"name"}}, {{"LINESTRING(114.02 30.59,114.04 30.61)", {"新华路"}}}}});
  std::ofstream(dir.path / "county.worksmap.toml")
      << "basemap = \"影像/县城.mbtiles\"\n[[layer]]\nsource = \"roads.gpkg\"\nrole = \"base\"\n";
  io::SourcesRequest sources = io::requestFromSources({(dir.path / "county.worksmap.toml").string()});
  domain::Catalog catalog = io::loadCatalog(sources.request);
  ASSERT_TRUE(catalog.basemapTiles);
  EXPECT_FALSE(catalog.basemap);  // nothing read yet: the map reads per view
  EXPECT_EQ(catalog.basemapTiles->file(), (dir.path / "影像" / "县城.mbtiles").string());
  bool described = false;
  for (const auto& d : catalog.diagnostics.items())
    if (d.msg == core::Msg::BasemapTileSet)
      described = message(d) == (dir.path / "影像" / "县城.mbtiles").string() +
                                    ": MBTiles tile set, zoom levels 12 to 14, png tiles: read for each view at the "
                                    "screen's resolution";
  EXPECT_TRUE(described);
}

TEST(TiledBasemap, ATileSetGivenAsDataSaysItIsABasemap) {
  test::ScopedDir dir;
  test::writeTileFolder(dir.path / "tiles", placeTiles());
  test::writeMbtiles(dir.path / "影像.mbtiles", placeTiles());
  for (const fs::path& source : {dir.path / "tiles", dir.path / "影像.mbtiles"}) {
    io::Discovery found = io::discoverSources({source.string()});
    EXPECT_TRUE(found.datasets.empty());
    EXPECT_TRUE(found.anyUnreadable);
    ASSERT_EQ(found.problems.size(), 1u);
    EXPECT_EQ(message(found.problems.items()[0]),
              source.string() +
                  ": is a map tile set (a basemap), not vector data: name it as the basemap of a "
                  "workspace file (basemap = \"…\")");
  }
}

TEST(TiledBasemap, AViewWiderThanTheShallowestLevelReadsItsTilesSmaller) {
  // Only level 14 exists; a view of 32 m pixels wants level 12. Level 14's four tiles under it are read at a
  // quarter of their size (64 pixels), each still its own colour.
  test::ScopedDir dir;
  test::writeTileFolder(dir.path / "tiles", placeTiles());
  auto source = open(dir.path / "tiles");
  ASSERT_TRUE(source);
  domain::BasemapViewRead read = source->read(viewOverFourTiles(105));
  ASSERT_TRUE(read.image);
  EXPECT_EQ(read.zoom, 14);
  EXPECT_EQ(read.tiles, 4u);
  for (int x : {13381, 13382})
    for (int y : {6727, 6728}) expectColour(pixelAt(*read.image, test::tileCentre(kZ, x, y)), placeColour(x, y));
}

TEST(TiledBasemap, Gcj02TilesAreShiftedOntoWhereThePlacesTrulyAre) {
  // An Amap-style tile set draws a place P (114.03 E, 30.60 N, WGS 84) at its GCJ-02 position G, a few hundred
  // metres east and south. Zoom-17 tiles (306 m of Web Mercator): the one holding G is red, the others grey.
  const geo::LonLat p{114.03, 30.60};
  const geo::LonLat g = geo::gcj02FromWgs84(p);
  auto mercator = [](geo::LonLat l) {
    constexpr double a = 6378137, rad = 3.14159265358979323846 / 180;
    geo::Extent e;
    e.add(l.lon * rad * a, a * std::asinh(std::tan(l.lat * rad)));
    return io::tilesCovering(e, 17);
  };
  const io::TileRange atG = mercator(g), atP = mercator(p);
  ASSERT_NE(atG.x0, atP.x0);  // at least a tile apart
  std::vector<test::TileBytes> tiles;
  const std::string red = test::tileImage({220, 0, 0, 255}), grey = test::tileImage({128, 128, 128, 255});
  for (int x = std::min(atG.x0, atP.x0) - 2; x <= std::max(atG.x0, atP.x0) + 2; ++x)
    for (int y = std::min(atG.y0, atP.y0) - 2; y <= std::max(atG.y0, atP.y0) + 2; ++y)
      tiles.push_back({17, x, y, x == atG.x0 && y == atG.y0 ? red : grey});
  test::ScopedDir dir;
  const fs::path folder = dir.path / "高德影像";
  test::writeTileFolder(folder, tiles);
  // 300 m around P at 1 m pixels (1.16 m of Web Mercator: zoom 17).
  auto t = geo::Transformer::create("EPSG:4326", "EPSG:4547");
  ASSERT_TRUE(t);
  double x = p.lon, y = p.lat;
  t->transform(&x, &y, 1);
  domain::BasemapView view;
  view.extent.add(x - 150, y - 150);
  view.extent.add(x + 150, y + 150);
  view.width = view.height = 300;

  io::TiledBasemapOpen named = io::openTiledBasemap(folder.string(), gk(), {});  // the name says 高德
  ASSERT_TRUE(named.source);
  EXPECT_EQ(message(named.problems.items()[0]),
            folder.string() +
                ": the name says '高德': its tiles are taken as gcj02 web-map imagery and shifted onto "
                "WGS 84/CGCS2000 (set basemap_datum = \"none\" in the workspace if wrong)");
  domain::BasemapViewRead read = named.source->read(view);
  ASSERT_TRUE(read.image);
  EXPECT_EQ(read.zoom, 17);
  expectColour(read.image->at(150, 150), {220, 0, 0, 255});

  io::TiledBasemapOpen asIs = io::openTiledBasemap(folder.string(), gk(), {}, geo::WebDatum::None);
  ASSERT_TRUE(asIs.source);
  expectColour(asIs.source->read(view).image->at(150, 150), {128, 128, 128, 255});

  io::TiledBasemapOpen baidu = io::openTiledBasemap(folder.string(), gk(), {}, geo::WebDatum::Bd09);
  EXPECT_FALSE(baidu.source);
  EXPECT_TRUE(baidu.problems.contains(core::Msg::BasemapBaiduTiles));
}

TEST(TiledBasemap, WorkspaceBasemapDatumIsAWebDatumNamingTheLineOtherwise) {
  io::WorkspaceLoad good =
      io::parseWorkspace("basemap = \"高德.mbtiles\"\nbasemap_datum = \"GCJ02\"\n", "ws/x.worksmap.toml");
  ASSERT_TRUE(good.workspace);
  EXPECT_EQ(good.workspace->basemapDatum, geo::WebDatum::Gcj02);
  EXPECT_TRUE(good.problems.empty());
  io::WorkspaceLoad bad =
      io::parseWorkspace("basemap = \"x.mbtiles\"\nbasemap_datum = \"wgs\"\n", "ws/x.worksmap.toml");
  ASSERT_TRUE(bad.workspace);
  EXPECT_FALSE(bad.workspace->basemapDatum);
  ASSERT_EQ(bad.problems.size(), 1u);
  EXPECT_EQ(message(bad.problems.items()[0]),
            "ws/x.worksmap.toml:2: 'basemap_datum' cannot be 'wgs'; use one of: gcj02, bd09, none");
}
