#include "samplegen/imagery_writer.hpp"

#include <algorithm>
#include <cmath>
#include <memory>
#include <string>
#include <type_traits>
#include <vector>

#include <cpl_string.h>
#include <fmt/format.h>
#include <gdal.h>
#include <gdal_utils.h>
#include <ogr_srs_api.h>

#include "samplegen/gdal_scope.hpp"
#include "samplegen/imagery_paint.hpp"

namespace wm::samplegen {
namespace {

constexpr double kHalf = 20037508.342789244;  // π · 6378137: half the side of the Web Mercator square
constexpr double kCell = 16.0;                // metres: a little finer than a zoom-13 tile pixel here (16.7 m)
constexpr int kTile = 256;

struct DatasetCloser {
  void operator()(GDALDatasetH d) const {
    if (d) GDALClose(d);
  }
};
using Dataset = std::unique_ptr<void, DatasetCloser>;

struct TransformCloser {
  void operator()(OGRCoordinateTransformationH t) const {
    if (t) OCTDestroyCoordinateTransformation(t);
  }
};
using Transform = std::unique_ptr<std::remove_pointer_t<OGRCoordinateTransformationH>, TransformCloser>;

OGRSpatialReferenceH srs(int epsg) {
  OGRSpatialReferenceH s = OSRNewSpatialReference(nullptr);
  OSRImportFromEPSG(s, epsg);
  OSRSetAxisMappingStrategy(s, OAMS_TRADITIONAL_GIS_ORDER);
  return s;
}

Transform transformBetween(int from, int to) {
  OGRSpatialReferenceH a = srs(from), b = srs(to);
  Transform t(OCTNewCoordinateTransformation(a, b));
  OSRRelease(a);
  OSRRelease(b);
  return t;
}

// The box around a box's edges (sampled every tenth) in another CRS.
Box transformedBox(OGRCoordinateTransformationH t, const Box& in) {
  std::vector<double> xs, ys;
  for (int i = 0; i <= 10; ++i) {
    double fx = in.minX + (in.maxX - in.minX) * i / 10, fy = in.minY + (in.maxY - in.minY) * i / 10;
    for (auto [x, y] : {std::pair{fx, in.minY}, {fx, in.maxY}, {in.minX, fy}, {in.maxX, fy}})
      xs.push_back(x), ys.push_back(y);
  }
  OCTTransform(t, static_cast<int>(xs.size()), xs.data(), ys.data(), nullptr);
  return {*std::min_element(xs.begin(), xs.end()), *std::min_element(ys.begin(), ys.end()),
          *std::max_element(xs.begin(), xs.end()), *std::max_element(ys.begin(), ys.end())};
}

// Whole tiles of kImageryMinZoom around the county and 1 km beyond it, in Web Mercator metres; their count.
Box tileBox(const CountyLayout& layout, int& columns, int& rows) {
  Box local = boundsOf(layout.outline);
  Box gk{kOriginEasting + local.minX - 1000, kOriginNorthing + local.minY - 1000, kOriginEasting + local.maxX + 1000,
         kOriginNorthing + local.maxY + 1000};
  Transform toMercator = transformBetween(4547, 3857);
  Box m = transformedBox(toMercator.get(), gk);
  const double span = 2 * kHalf / (1 << kImageryMinZoom);
  const double x0 = std::floor((m.minX + kHalf) / span), x1 = std::floor((m.maxX + kHalf) / span);
  const double y0 = std::floor((kHalf - m.maxY) / span), y1 = std::floor((kHalf - m.minY) / span);
  columns = static_cast<int>(x1 - x0) + 1, rows = static_cast<int>(y1 - y0) + 1;
  return {-kHalf + x0 * span, kHalf - (y1 + 1) * span, -kHalf + (x1 + 1) * span, kHalf - y0 * span};
}

// The imagery painted on a grid (local frame) covering the tiles' box and two cells more, as an EPSG:4547 MEM
// dataset with three bands.
Dataset paintedDataset(const CountyLayout& layout, const Box& mercator) {
  Transform toGk = transformBetween(3857, 4547);
  Box gk = transformedBox(toGk.get(), mercator);
  ImageryGrid grid;
  grid.cell = kCell;
  grid.west = std::floor((gk.minX - kOriginEasting) / kCell - 2) * kCell;
  grid.north = std::ceil((gk.maxY - kOriginNorthing) / kCell + 2) * kCell;
  grid.cols = static_cast<int>(std::ceil((gk.maxX - kOriginEasting - grid.west) / kCell)) + 2;
  grid.rows = static_cast<int>(std::ceil((kOriginNorthing + grid.north - gk.minY) / kCell)) + 2;
  paintImagery(layout, grid);
  Dataset ds(GDALCreate(GDALGetDriverByName("MEM"), "", grid.cols, grid.rows, 3, GDT_Byte, nullptr));
  if (!ds) return nullptr;
  double transform[6] = {kOriginEasting + grid.west, kCell, 0, kOriginNorthing + grid.north, 0, -kCell};
  GDALSetGeoTransform(ds.get(), transform);
  OGRSpatialReferenceH s = srs(4547);
  GDALSetSpatialRef(ds.get(), s);
  OSRRelease(s);
  int bands[3] = {1, 2, 3};
  if (GDALDatasetRasterIO(ds.get(), GF_Write, 0, 0, grid.cols, grid.rows, grid.rgb.data(), grid.cols, grid.rows,
                          GDT_Byte, 3, bands, 3, 3 * static_cast<GSpacing>(grid.cols), 1) != CE_None)
    return nullptr;
  return ds;
}

// The painted imagery resampled (bilinear) onto the Web Mercator pixels of kImageryMaxZoom over the tiles' box.
Dataset mercatorDataset(GDALDatasetH painted, const Box& m, int columns, int rows) {
  const int scale = 1 << (kImageryMaxZoom - kImageryMinZoom);
  std::vector<std::string> args = {"-of",
                                   "MEM",
                                   "-t_srs",
                                   "EPSG:3857",
                                   "-r",
                                   "bilinear",
                                   "-te",
                                   fmt::format("{:.10f}", m.minX),
                                   fmt::format("{:.10f}", m.minY),
                                   fmt::format("{:.10f}", m.maxX),
                                   fmt::format("{:.10f}", m.maxY),
                                   "-ts",
                                   std::to_string(columns * scale * kTile),
                                   std::to_string(rows * scale * kTile)};
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  GDALWarpAppOptions* options = GDALWarpAppOptionsNew(argv.data(), nullptr);
  GDALDatasetH sources[] = {painted};
  Dataset out(options ? GDALWarp("", nullptr, 1, sources, options, nullptr) : nullptr);
  if (options) GDALWarpAppOptionsFree(options);
  return out;
}

}  // namespace

const char* const kImageryWorkspace =
    R"(# 示例县 over imagery: the sample county's layers drawn on imagery.mbtiles, a tile set (MBTiles, Web
# Mercator, zoom levels 11-13) of fictional imagery painted from the county's own layout by worksmap-gencounty.
# The map reads only the tiles of the view it shows, at the screen's resolution. Paths are relative to this folder.
title = "示例县城建项目一张图 · 影像底图（虚构示例数据）"
crs = "auto"
dem = "dem.tif"
basemap = "imagery.mbtiles"          # an .mbtiles file, or a folder of {z}/{x}/{y}.png|jpg tiles

[districts]
layer = "districts"
name_field = "name"

[[layer]]
source = "county/county_boundary.shp"
role = "base"

[[layer]]
source = "county/districts.shp"
role = "districts"

[[layer]]
source = "county/roads.shp"
role = "base"

[[layer]]
source = "county/river.shp"
role = "base"

[[layer]]
source = "county/lake.shp"
role = "base"

[[layer]]
source = "county/railway.shp"
role = "base"

[[layer]]
source = "county/station.shp"
role = "base"

[[layer]]
source = "county/works_roads.shp"
role = "works"
kind = "road"

[[layer]]
source = "county/works_parks.shp"
role = "works"
kind = "游园"

[[layer]]
source = "county/works_parking.shp"
role = "works"
kind = "停车场"

[[layer]]
source = "county/works_sewer.shp"
role = "works"
kind = "sewer"
)";

Result<ImageryFacts> writeImagery(const std::filesystem::path& file, const CountyLayout& layout) {
  int columns = 0, rows = 0;
  const Box mercator = tileBox(layout, columns, rows);
  Dataset painted = paintedDataset(layout, mercator);
  Dataset warped = painted ? mercatorDataset(painted.get(), mercator, columns, rows) : nullptr;
  if (!warped) return Failure{"cannot resample the imagery: " + lastGdalError("warp failed")};
  char** options = nullptr;
  options = CSLSetNameValue(options, "TILE_FORMAT", "JPEG");
  options = CSLSetNameValue(options, "QUALITY", "70");
  options = CSLSetNameValue(options, "NAME", "示例县影像（虚构）");
  options = CSLSetNameValue(options, "DESCRIPTION", "Fictional imagery of the sample county, by worksmap-gencounty");
  options = CSLSetNameValue(options, "TYPE", "baselayer");
  Dataset out(GDALCreateCopy(GDALGetDriverByName("MBTiles"), file.string().c_str(), warped.get(), FALSE, options,
                             nullptr, nullptr));
  CSLDestroy(options);
  if (!out) return Failure{"cannot create " + file.string() + ": " + lastGdalError("no MBTiles driver")};
  // Reopened for the overviews, as gdaladdo does: on the dataset CreateCopy returns, GDAL 3.6 looks for a mask in
  // a database it has not opened and complains.
  out.reset();
  out.reset(GDALOpenEx(file.string().c_str(), GDAL_OF_RASTER | GDAL_OF_UPDATE, nullptr, nullptr, nullptr));
  if (!out) return Failure{"cannot reopen " + file.string() + ": " + lastGdalError("open failed")};
  std::vector<int> factors;
  for (int z = kImageryMaxZoom - 1; z >= kImageryMinZoom; --z) factors.push_back(1 << (kImageryMaxZoom - z));
  if (GDALBuildOverviews(out.get(), "AVERAGE", static_cast<int>(factors.size()), factors.data(), 0, nullptr, nullptr,
                         nullptr) != CE_None)
    return Failure{"cannot write the shallower levels of " + file.string() + ": " + lastGdalError("overviews")};
  ImageryFacts facts{kImageryMinZoom, kImageryMaxZoom, 0};
  for (int z = kImageryMinZoom; z <= kImageryMaxZoom; ++z)
    facts.tiles += static_cast<std::size_t>(columns * rows) << (2 * (z - kImageryMinZoom));
  return facts;
}

}  // namespace wm::samplegen
