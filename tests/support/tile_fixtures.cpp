#include "support/tile_fixtures.hpp"

#include <cmath>
#include <fstream>
#include <memory>
#include <stdexcept>

#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>

namespace wm::test {
namespace fs = std::filesystem;
namespace {

constexpr double kHalf = 20037508.342789244;  // π · 6378137

struct Closer {
  void operator()(GDALDataset* d) const { GDALClose(d); }
};
using DatasetPtr = std::unique_ptr<GDALDataset, Closer>;

DatasetPtr memImage(int width, int height, int bands) {
  GDALAllRegister();
  GDALDriver* mem = GetGDALDriverManager()->GetDriverByName("MEM");
  return DatasetPtr(mem->Create("", width, height, bands, GDT_Byte, nullptr));
}

void fill(GDALDataset& ds, int x0, int y0, int w, int h, const TileColour& c, int bands) {
  std::vector<std::uint8_t> row(static_cast<std::size_t>(w) * h);
  for (int b = 0; b < bands; ++b) {
    std::fill(row.begin(), row.end(), c[static_cast<std::size_t>(b)]);
    if (ds.GetRasterBand(b + 1)->RasterIO(GF_Write, x0, y0, w, h, row.data(), w, h, GDT_Byte, 0, 0) != CE_None)
      throw std::runtime_error("cannot fill a fixture image");
  }
}

std::string hex(const std::string& bytes) {
  static const char* digits = "0123456789abcdef";
  std::string out;
  for (unsigned char b : bytes) out += digits[b >> 4], out += digits[b & 15];
  return out;
}

void sql(GDALDataset& db, const std::string& statement) {
  OGRLayer* result = db.ExecuteSQL(statement.c_str(), nullptr, nullptr);
  if (result) db.ReleaseResultSet(result);
}

}  // namespace

std::string tileImage(TileColour colour, const char* driver, int size) {
  const int bands = std::string(driver) == "JPEG" ? 3 : 4;
  DatasetPtr image = memImage(size, size, bands);
  fill(*image, 0, 0, size, size, colour, bands);
  const std::string name = "/vsimem/fixture_tile." + std::string(driver);
  GDALDriver* out = GetGDALDriverManager()->GetDriverByName(driver);
  DatasetPtr written(out->CreateCopy(name.c_str(), image.get(), FALSE, nullptr, nullptr, nullptr));
  if (!written) throw std::runtime_error("cannot encode a fixture tile");
  written.reset();
  vsi_l_offset length = 0;
  GByte* data = VSIGetMemFileBuffer(name.c_str(), &length, FALSE);
  std::string bytes(reinterpret_cast<const char*>(data), static_cast<std::size_t>(length));
  VSIUnlink(name.c_str());
  return bytes;
}

void writeMbtiles(const fs::path& file, const std::vector<TileBytes>& tiles, const std::string& format) {
  GDALAllRegister();
  GDALDriver* sqlite = GetGDALDriverManager()->GetDriverByName("SQLite");
  const char* options[] = {"METADATA=NO", nullptr};
  DatasetPtr db(sqlite->Create(file.c_str(), 0, 0, 0, GDT_Unknown, const_cast<char**>(options)));
  if (!db) throw std::runtime_error("cannot create " + file.string());
  sql(*db, "CREATE TABLE metadata (name TEXT, value TEXT)");
  sql(*db, "INSERT INTO metadata VALUES ('name', 'fixture'), ('format', '" + format + "')");
  sql(*db, "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)");
  sql(*db, "CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row)");
  for (const TileBytes& t : tiles)
    sql(*db, "INSERT INTO tiles VALUES (" + std::to_string(t.z) + ", " + std::to_string(t.x) + ", " +
                 std::to_string((1 << t.z) - 1 - t.y) + ", X'" + hex(t.bytes) + "')");
}

void writeTileFolder(const fs::path& dir, const std::vector<TileBytes>& tiles, bool tms, const std::string& ext) {
  for (const TileBytes& t : tiles) {
    const int row = tms ? (1 << t.z) - 1 - t.y : t.y;
    const fs::path file = dir / std::to_string(t.z) / std::to_string(t.x) / (std::to_string(row) + "." + ext);
    fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << t.bytes;
  }
  if (tms)
    std::ofstream(dir / "tilemapresource.xml")
        << "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<TileMap version=\"1.0.0\" "
           "tilemapservice=\"http://tms.osgeo.org/1.0.0\">\n  <Title>fixture</Title>\n  <SRS>EPSG:3857</SRS>\n"
           "  <TileSets profile=\"mercator\"/>\n</TileMap>\n";
}

void writeGdalMbtiles(const fs::path& file, int z, int x0, int y0, int n,
                      const std::function<TileColour(int x, int y)>& colour, int overviews) {
  constexpr int kTile = 256;
  DatasetPtr image = memImage(n * kTile, n * kTile, 4);
  for (int dy = 0; dy < n; ++dy)
    for (int dx = 0; dx < n; ++dx) fill(*image, dx * kTile, dy * kTile, kTile, kTile, colour(x0 + dx, y0 + dy), 4);
  image->GetRasterBand(4)->SetColorInterpretation(GCI_AlphaBand);
  const double span = 2 * kHalf / (1 << z);
  double gt[6] = {-kHalf + x0 * span, span / kTile, 0, kHalf - y0 * span, 0, -span / kTile};
  image->SetGeoTransform(gt);
  OGRSpatialReference mercator;
  mercator.importFromEPSG(3857);
  image->SetSpatialRef(&mercator);
  GDALDriver* mbtiles = GetGDALDriverManager()->GetDriverByName("MBTiles");
  const char* options[] = {"TILE_FORMAT=PNG", "RESAMPLING=NEAREST", nullptr};
  DatasetPtr out(mbtiles->CreateCopy(file.c_str(), image.get(), FALSE, const_cast<char**>(options), nullptr, nullptr));
  if (!out) throw std::runtime_error("cannot write " + file.string());
  std::vector<int> factors;
  for (int k = 1; k <= overviews; ++k) factors.push_back(1 << k);
  if (!factors.empty() && out->BuildOverviews("NEAREST", static_cast<int>(factors.size()), factors.data(), 0, nullptr,
                                              nullptr, nullptr) != CE_None)
    throw std::runtime_error("cannot build the overviews of " + file.string());
}

std::array<double, 2> tileCentre(int z, int x, int y) {
  const double span = 2 * kHalf / (1 << z);
  return {-kHalf + (x + 0.5) * span, kHalf - (y + 0.5) * span};
}

}  // namespace wm::test
