#include "samplegen/dem_writer.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

#include <cpl_string.h>
#include <gdal.h>
#include <ogr_srs_api.h>

#include "samplegen/gdal_scope.hpp"

namespace wm::samplegen {
namespace {

constexpr double kCell = 50.0;
constexpr float kNoData = -9999.0f;

double smoothstep(double edge0, double edge1, double x) {
  double t = std::clamp((x - edge0) / (edge1 - edge0), 0.0, 1.0);
  return t * t * (3.0 - 2.0 * t);
}

// Lattice value noise in [-1, 1]: a hash per integer lattice point, blended with smoothstep weights. Integer
// arithmetic only for the lattice, so every machine gets the same hills.
double latticeValue(std::int64_t ix, std::int64_t iy, std::uint64_t seed) {
  std::uint64_t h = static_cast<std::uint64_t>(ix) * 0x9E3779B97F4A7C15ull ^
                    static_cast<std::uint64_t>(iy) * 0xC2B2AE3D27D4EB4Full ^ seed;
  h = (h ^ (h >> 31)) * 0xBF58476D1CE4E5B9ull;
  h ^= h >> 29;
  return static_cast<double>(h >> 11) * 0x1.0p-52 - 1.0;
}

double valueNoise(double x, double y, std::uint64_t seed) {
  double fx = std::floor(x);
  double fy = std::floor(y);
  auto ix = static_cast<std::int64_t>(fx);
  auto iy = static_cast<std::int64_t>(fy);
  double tx = smoothstep(0.0, 1.0, x - fx);
  double ty = smoothstep(0.0, 1.0, y - fy);
  double a = latticeValue(ix, iy, seed) + (latticeValue(ix + 1, iy, seed) - latticeValue(ix, iy, seed)) * tx;
  double b =
      latticeValue(ix, iy + 1, seed) + (latticeValue(ix + 1, iy + 1, seed) - latticeValue(ix, iy + 1, seed)) * tx;
  return a + (b - a) * ty;
}

struct Hill {
  double x, y, height, sigma;  // metres
};

double hills(Vec2 p) {
  static const Hill list[] = {
      {-12500, -7000, 430, 2600}, {-13500, -1500, 330, 2200}, {-10000, -10500, 360, 2400}, {-13000, 5000, 260, 2600},
      {-8500, -6500, 190, 1600},  {-11000, 9500, 200, 2200},  {-5500, -10500, 160, 2000},  {-1000, 9000, 80, 2000},
      {2500, -9500, 60, 1800},    {-7200, 1200, 30, 600},  // 付家岭, the low hill at the west edge of town
  };
  double sum = 0.0;
  for (const Hill& h : list) {
    double dx = p.x - h.x;
    double dy = p.y - h.y;
    sum += h.height * std::exp(-(dx * dx + dy * dy) / (2.0 * h.sigma * h.sigma));
  }
  return sum;
}

double distanceToRivers(const CountyLayout& layout, Vec2 p) {
  double best = 1e12;
  for (const NamedLine& river : layout.rivers) best = std::min(best, distanceToPolyline(p, river.line));
  return best;
}

}  // namespace

double elevationAt(const CountyLayout& layout, Vec2 p) {
  if (contains(layout.lake.line, p)) return 26.0;  // the lake's surface
  double westness = smoothstep(-1000.0, -11000.0, p.x + 0.35 * p.y);
  double eastness = smoothstep(-2000.0, 6000.0, p.x);
  double roughness = 0.6 * valueNoise(p.x / 1800.0, p.y / 1800.0, 11) + 0.3 * valueNoise(p.x / 650.0, p.y / 650.0, 23) +
                     0.1 * valueNoise(p.x / 240.0, p.y / 240.0, 37);
  // Broad noise breaks the round hills into spurs and saddles.
  double relief = 0.78 + 0.3 * valueNoise(p.x / 1500.0, p.y / 1500.0, 53);
  double e = 30.0 + 22.0 * (1.0 - eastness) + hills(p) * (0.56 + 0.45 * westness) * relief +
             roughness * (3.0 + 50.0 * westness);
  // The river cuts a valley: wide in the hills, a shallow trough on the plain.
  double floor = 27.0 + 30.0 * westness;
  double width = 300.0 + 900.0 * westness;
  double d = distanceToRivers(layout, p);
  double cut = std::exp(-(d * d) / (width * width));
  if (e > floor) e -= (e - floor) * 0.9 * cut;
  return std::max(e, 25.0);
}

namespace {

struct HeightGrid {
  double minX = 0.0;  // west edge, local metres
  double maxY = 0.0;  // north edge
  DemFacts facts;
  std::vector<float> heights;  // row-major from the north-west corner
};

HeightGrid sampleHeights(const CountyLayout& layout) {
  Box b = boundsOf(layout.outline);
  HeightGrid g;
  g.minX = std::floor(b.minX / 1000.0) * 1000.0 - 1000.0;
  g.maxY = std::ceil(b.maxY / 1000.0) * 1000.0 + 1000.0;
  double maxX = std::ceil(b.maxX / 1000.0) * 1000.0 + 1000.0;
  double minY = std::floor(b.minY / 1000.0) * 1000.0 - 1000.0;
  g.facts = {static_cast<int>((maxX - g.minX) / kCell), static_cast<int>((g.maxY - minY) / kCell), kCell, 1e9, -1e9};
  g.heights.resize(static_cast<std::size_t>(g.facts.cols) * static_cast<std::size_t>(g.facts.rows));
  for (int r = 0; r < g.facts.rows; ++r) {
    for (int c = 0; c < g.facts.cols; ++c) {
      Vec2 p{g.minX + (c + 0.5) * kCell, g.maxY - (r + 0.5) * kCell};
      bool covered = contains(layout.outline, p) || distanceToPolyline(p, layout.outline) <= 1000.0;
      // Tenths of a metre: plenty for a 50 m DEM, and DEFLATE packs the rounded floats far better.
      double e = covered ? std::round(elevationAt(layout, p) * 10.0) / 10.0 : kNoData;
      g.heights[static_cast<std::size_t>(r) * g.facts.cols + c] = static_cast<float>(e);
      if (covered) {
        g.facts.minElevation = std::min(g.facts.minElevation, e);
        g.facts.maxElevation = std::max(g.facts.maxElevation, e);
      }
    }
  }
  return g;
}

Status saveGeoTiff(const std::filesystem::path& file, HeightGrid& g) {
  GDALDriverH driver = GDALGetDriverByName("GTiff");
  char** options = nullptr;
  options = CSLSetNameValue(options, "COMPRESS", "DEFLATE");
  options = CSLSetNameValue(options, "PREDICTOR", "3");
  options = CSLSetNameValue(options, "ZLEVEL", "9");
  options = CSLSetNameValue(options, "TILED", "YES");
  const int cols = g.facts.cols;
  const int rows = g.facts.rows;
  GDALDatasetH ds = driver ? GDALCreate(driver, file.string().c_str(), cols, rows, 1, GDT_Float32, options) : nullptr;
  CSLDestroy(options);
  if (!ds) return Failure{"cannot create " + file.string() + ": " + lastGdalError("no GTiff driver")};
  double transform[6] = {kOriginEasting + g.minX, kCell, 0.0, kOriginNorthing + g.maxY, 0.0, -kCell};
  GDALSetGeoTransform(ds, transform);
  OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
  OSRImportFromEPSG(srs, 4547);
  GDALSetSpatialRef(ds, srs);
  OSRRelease(srs);
  GDALRasterBandH band = GDALGetRasterBand(ds, 1);
  GDALSetRasterNoDataValue(band, kNoData);
  CPLErr err = GDALRasterIO(band, GF_Write, 0, 0, cols, rows, g.heights.data(), cols, rows, GDT_Float32, 0, 0);
  GDALClose(ds);
  if (err != CE_None) return Failure{"cannot write " + file.string() + ": " + lastGdalError("write failed")};
  return std::monostate{};
}

}  // namespace

Result<DemFacts> writeDem(const std::filesystem::path& file, const CountyLayout& layout) {
  HeightGrid grid = sampleHeights(layout);
  if (Status saved = saveGeoTiff(file, grid); !saved) return saved.error();
  return grid.facts;
}

}  // namespace wm::samplegen
