// `worksmap render` with a workspace whose basemap is an MBTiles file: the tiles of exactly the view are read
// before the frame is drawn, lie under the works in their places, and a broken tile is named on stderr while
// the rest of the map is drawn (runs under xvfb-run with the render tests).
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "geo/transformer.hpp"
#include "render/map_camera.hpp"
#include "render/offscreen.hpp"
#include "render/pixel_checks.hpp"
#include "support/fixture_writer.hpp"
#include "support/tile_fixtures.hpp"

using namespace wm;
namespace fs = std::filesystem;

namespace {

constexpr double kHalf = 20037508.342789244;
constexpr int kZ = 14, kX0 = 13380, kY0 = 6726;

test::TileColour placeColour(int x, int y) {
  return {static_cast<std::uint8_t>(40 + 50 * (x - kX0)), static_cast<std::uint8_t>(40 + 50 * (y - kY0)), 200, 255};
}

// Web Mercator → lon/lat, degrees.
std::array<double, 2> lonLat(std::array<double, 2> m) {
  constexpr double a = 6378137, deg = 180 / 3.14159265358979323846;
  return {m[0] / a * deg, std::atan(std::sinh(m[1] / a)) * deg};
}

std::array<double, 2> mercatorCorner(int x, int y) {
  const double span = 2 * kHalf / (1 << kZ);
  return {-kHalf + x * span, kHalf - y * span};
}

std::string polygon(std::array<double, 2> sw, std::array<double, 2> ne) {
  return fmt::format("POLYGON(({0:.9f} {1:.9f},{2:.9f} {1:.9f},{2:.9f} {3:.9f},{0:.9f} {3:.9f},{0:.9f} {1:.9f}))",
                     sw[0], sw[1], ne[0], ne[1]);
}

// A county corner over tiles 13381-13382 × 6727-6728 of zoom 14 (114.016-114.060 E, 30.581-30.619 N): a base
// outline a tenth of a tile in from their edges, and a completed park (a fifth of a tile a side) in the middle of
// tile 13381/6727, with a workspace whose basemap is `tiles`.
fs::path writeCounty(const fs::path& dir, const std::string& tiles) {
  const double in = 0.1 * 2 * kHalf / (1 << kZ);
  auto nw = mercatorCorner(13381, 6727), se = mercatorCorner(13383, 6729);
  test::writeVector(dir / "outline.gpkg",
                    {{"outline",
                      4490,
                      {{"name"}},
                      {{polygon(lonLat({nw[0] + in, se[1] + in}), lonLat({se[0] - in, nw[1] - in})), {"示例"}}}}});
  auto c = test::tileCentre(kZ, 13381, 6727);
  test::writeVector(dir / "parks.gpkg", {{"parks",
                                          4490,
                                          {{"name"}, {"status"}, {"start_date"}, {"done_date"}},
                                          {{polygon(lonLat({c[0] - in, c[1] - in}), lonLat({c[0] + in, c[1] + in})),
                                            {"游园", "completed", "2022-03-01", "2022-06-30"}}}}});
  std::ofstream(dir / "county.worksmap.toml")
      << "title = \"T\"\nbasemap = \"" << tiles << "\"\n[[layer]]\nsource = \"outline.gpkg\"\nrole = \"base\"\n"
      << "[[layer]]\nsource = \"parks.gpkg\"\nrole = \"works\"\nkind = \"park\"\n";
  return dir / "county.worksmap.toml";
}

// Runs `worksmap render` at 600 × 600; its exit code, stderr in `err`.
int runRender(const fs::path& workspace, const fs::path& png, std::string& err) {
  const fs::path errFile = png.parent_path() / "stderr.txt";
  std::string command = "WORKSMAP_LANG=en " + std::string(WORKSMAP_BINARY) + " render " + workspace.string() + " -o " +
                        png.string() + " --size 600x600 --as-of 2023-01-01 >/dev/null 2>" + errFile.string();
  int status = std::system(command.c_str());
  std::ifstream in(errFile);
  std::stringstream text;
  text << in.rdbuf();
  err = text.str();
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// Where the centre of tile (x, y) is drawn in the PNG: `render` fits the data (the outline, in EPSG:4547) with
// a 3 % margin, north up; its rows count from the top.
std::array<int, 2> drawnAt(int x, int y) {
  auto t = geo::Transformer::create("EPSG:3857", "EPSG:4547");
  EXPECT_TRUE(t);
  const double in = 0.1 * 2 * kHalf / (1 << kZ);
  auto nw = mercatorCorner(13381, 6727), se = mercatorCorner(13383, 6729);
  auto from4490 = geo::Transformer::create("EPSG:4490", "EPSG:4547");
  geo::Extent data;
  for (auto corner : {std::array{nw[0] + in, se[1] + in},
                      {se[0] - in, se[1] + in},
                      {se[0] - in, nw[1] - in},
                      {nw[0] + in, nw[1] - in}}) {
    auto ll = lonLat(corner);
    from4490->transform(&ll[0], &ll[1], 1);
    data.add(ll[0], ll[1]);
  }
  auto c = test::tileCentre(kZ, x, y);
  t->transform(&c[0], &c[1], 1);
  render::MapCamera camera;
  camera.setViewport(600, 600);
  geo::Extent local;
  local.add(data.minX - data.centerX(), data.minY - data.centerY());
  local.add(data.maxX - data.centerX(), data.maxY - data.centerY());
  camera.fit(local);
  auto p = camera.project({c[0] - data.centerX(), c[1] - data.centerY(), 0});
  EXPECT_TRUE(p);
  return {static_cast<int>(p->x()), 599 - static_cast<int>(p->y())};
}

test::Rgb rgb(test::TileColour c) { return {c[0], c[1], c[2]}; }

}  // namespace

TEST(TiledBasemapRender, TilesLieUnderTheWorksInTheirPlaces) {
  test::ScopedDir dir;
  test::writeGdalMbtiles(dir.path / "影像.mbtiles", kZ, kX0, kY0, 4, placeColour, 2);
  fs::path workspace = writeCounty(dir.path, "影像.mbtiles"), png = dir.path / "county.png";
  std::string err;
  ASSERT_EQ(runRender(workspace, png, err), 0) << err;
  EXPECT_EQ(err.find("tile"), std::string::npos) << err;
  auto image = render::readPng(png.string());
  ASSERT_TRUE(image);
  for (auto [x, y] : {std::pair{13382, 6727}, {13381, 6728}, {13382, 6728}}) {
    auto at = drawnAt(x, y);
    test::expectNear(test::pixel(*image, at[0], at[1]), rgb(placeColour(x, y)));
  }
  // The park, over tile 13381/6727: the darkest pixel a little off its centre (its label) is its hatch, drawn in
  // the completed colour over the tile.
  auto park = drawnAt(13381, 6727);
  test::Rgb darkest{255, 255, 255};
  for (int dy = 14; dy <= 22; ++dy)  // below the label, well inside the park (about 70 px a side)
    for (int dx = -4; dx <= 4; ++dx) {
      test::Rgb p = test::pixel(*image, park[0] + dx, park[1] + dy);
      if (p[0] + p[1] + p[2] < darkest[0] + darkest[1] + darkest[2]) darkest = p;
    }
  test::expectNear(darkest, test::rgb(test::style().status[2]));
  if (HasFailure()) (void)render::writePng(*image, "tiled_basemap_actual.png");
}

TEST(TiledBasemapRender, ABrokenTileIsNamedAndTheRestIsDrawn) {
  test::ScopedDir dir;
  std::vector<test::TileBytes> tiles;
  for (int x = kX0; x < kX0 + 4; ++x)
    for (int y = kY0; y < kY0 + 4; ++y)
      tiles.push_back({kZ, x, y, x == 13382 && y == 6728 ? std::string("broken") : test::tileImage(placeColour(x, y))});
  test::writeMbtiles(dir.path / "tiles.mbtiles", tiles);
  fs::path workspace = writeCounty(dir.path, "tiles.mbtiles"), png = dir.path / "county.png";
  std::string err;
  ASSERT_EQ(runRender(workspace, png, err), 0) << err;
  const std::string line = "warning: " + (dir.path / "tiles.mbtiles").string() +
                           ": tile 14/13382/6728 is not a PNG, JPEG or WebP image; that part of the basemap stays "
                           "empty\n";
  EXPECT_NE(err.find(line), std::string::npos) << err;
  EXPECT_EQ(err.find("tile 14/", err.find(line) + line.size()), std::string::npos) << "said once: " << err;
  auto image = render::readPng(png.string());
  ASSERT_TRUE(image);
  auto broken = drawnAt(13382, 6728), good = drawnAt(13381, 6728);
  test::expectNear(test::pixel(*image, broken[0], broken[1]), test::kBackground);
  test::expectNear(test::pixel(*image, good[0], good[1]), rgb(placeColour(13381, 6728)));
}
