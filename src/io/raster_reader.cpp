#include "io/raster_reader.hpp"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <memory>
#include <vector>

#include <fmt/format.h>
#include <gdal_alg.h>
#include <gdal_utils.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include "io/gdal_error_capture.hpp"
#include "io/gdal_session.hpp"
#include "io/raster_warp.hpp"

namespace wm::io {
namespace {

using core::Msg;

// The grid a raster is resampled onto: working-CRS edges, cell size and size in cells.
struct TargetGrid {
  double west = 0, north = 0, cell = 1;
  int width = 0, height = 0;
};

struct Opened {
  DatasetHandle dataset;
  std::string targetWkt;
  TargetGrid grid;
};

std::string extentText(const geo::Extent& e) {
  return fmt::format("{:.0f}, {:.0f} – {:.0f}, {:.0f}", e.minX, e.minY, e.maxX, e.maxY);
}

geo::Extent grown(const geo::Extent& e) {
  geo::Extent out = e;
  double margin = std::max(0.1 * std::max(e.maxX - e.minX, e.maxY - e.minY), 100.0);
  out.minX -= margin, out.minY -= margin, out.maxX += margin, out.maxY += margin;
  return out;
}

// The raster's footprint and natural cell size in the target CRS (GDAL's suggestion, which follows the edges).
bool suggestedOutput(GDALDatasetH ds, const std::string& targetWkt, geo::Extent& footprint, double& cell) {
  const char* options[] = {nullptr, nullptr};
  std::string dst = "DST_SRS=" + targetWkt;
  options[0] = dst.c_str();
  void* transformer = GDALCreateGenImgProjTransformer2(ds, nullptr, const_cast<char**>(options));
  if (!transformer) return false;
  double gt[6];
  int pixels = 0, lines = 0;
  double bounds[4];
  CPLErr err = GDALSuggestedWarpOutput2(ds, GDALGenImgProjTransform, transformer, gt, &pixels, &lines, bounds, 0);
  GDALDestroyGenImgProjTransformer(transformer);
  if (err != CE_None || pixels <= 0 || lines <= 0) return false;
  footprint = {};
  footprint.add(bounds[0], bounds[1]);
  footprint.add(bounds[2], bounds[3]);
  cell = std::abs(gt[1]);
  return cell > 0;
}

// The target grid: the footprint clipped to the data, cells aligned with the footprint's north-west corner (so
// a raster already in the working CRS is sampled at its own cell centres), at most maxSide cells a side.
TargetGrid targetGrid(const geo::Extent& footprint, const geo::Extent& clip, double cell, int maxSide) {
  double w = clip.maxX - clip.minX, h = clip.maxY - clip.minY;
  cell = std::max(cell, std::max(w, h) / maxSide);
  TargetGrid g;
  g.cell = cell;
  g.west = footprint.minX + std::floor((clip.minX - footprint.minX) / cell + 1e-9) * cell;
  g.north = footprint.maxY - std::floor((footprint.maxY - clip.maxY) / cell + 1e-9) * cell;
  double east = std::min(clip.maxX, footprint.maxX), south = std::max(clip.minY, footprint.minY);
  g.width = std::clamp(static_cast<int>(std::ceil((east - g.west) / cell - 1e-9)), 2, maxSide);
  g.height = std::clamp(static_cast<int>(std::ceil((g.north - south) / cell - 1e-9)), 2, maxSide);
  return g;
}

// Opens the raster and decides the grid; on failure adds an Error with `unreadable` and returns nothing.
std::optional<Opened> openRaster(const std::string& path, const geo::Crs& workingCrs, const geo::Extent& dataExtent,
                                 int maxSide, Msg unreadable, core::Diagnostics& problems) {
  initGdal();
  auto fail = [&](Msg msg, std::vector<std::string> args) {
    problems.add(core::Diagnostic::error(msg, std::move(args)).inFile(path));
    return std::nullopt;
  };
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return fail(Msg::SourceNotFound, {});
  GdalErrorCapture errors;
  Opened out;
  out.dataset.reset(
      GDALOpenEx(path.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR, nullptr, nullptr, nullptr));
  if (!out.dataset) {
    std::string reason = errors.take();
    return fail(unreadable, {reason.empty() ? core::msgArg(Msg::ReasonNotRaster) : reason});
  }
  GDALDatasetH ds = out.dataset.get();
  if (GDALGetRasterCount(ds) < 1) return fail(unreadable, {core::msgArg(Msg::ReasonNoRasterBand)});
  OGRSpatialReferenceH source = GDALGetSpatialRef(ds);
  double gt[6];
  if (!source || OGRSpatialReference::FromHandle(source)->IsEmpty() || GDALGetGeoTransform(ds, gt) != CE_None)
    return fail(Msg::RasterNoCrs, {});
  std::optional<std::string> wkt = gisOrderWkt(workingCrs);
  if (!wkt) return fail(Msg::RasterWarpFailed, {workingCrs.label(), errors.take()});
  out.targetWkt = *wkt;
  geo::Extent footprint;
  double cell = 0;
  if (!suggestedOutput(ds, out.targetWkt, footprint, cell))
    return fail(Msg::RasterWarpFailed, {workingCrs.label(), errors.take()});
  geo::Extent clip = footprint;
  if (!dataExtent.empty()) {
    geo::Extent near = grown(dataExtent);
    clip = {std::max(near.minX, footprint.minX), std::max(near.minY, footprint.minY),
            std::min(near.maxX, footprint.maxX), std::min(near.maxY, footprint.maxY)};
    if (clip.minX >= clip.maxX || clip.minY >= clip.maxY)
      return fail(Msg::RasterOutsideData, {extentText(footprint), extentText(dataExtent), workingCrs.label()});
  }
  out.grid = targetGrid(footprint, clip, cell, maxSide);
  if (out.grid.cell > cell * 1.01)
    problems.add(
        core::Diagnostic::info(Msg::RasterReduced, {std::to_string(out.grid.width), std::to_string(out.grid.height),
                                                    fmt::format("{:.1f}", out.grid.cell)})
            .inFile(path));
  errors.take();
  return out;
}

// The chosen bands of the source as an in-memory VRT (gdalwarp of GDAL 3.6 has no band selection).
DatasetHandle selectBands(GDALDatasetH source, const std::vector<int>& bands, std::string& error) {
  std::vector<std::string> args = {"-of", "VRT"};
  for (int b : bands) args.insert(args.end(), {"-b", std::to_string(b)});
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  GdalErrorCapture errors;
  GDALTranslateOptions* options = GDALTranslateOptionsNew(argv.data(), nullptr);
  DatasetHandle out(options ? GDALTranslate("", source, options, nullptr) : nullptr);
  if (options) GDALTranslateOptionsFree(options);
  if (!out) error = errors.take();
  return out;
}

// gdalwarp of `bands` of the source into memory onto the target grid; `extra` chooses type, nodata and alpha.
DatasetHandle warp(const Opened& o, const std::vector<int>& bands, const std::vector<std::string>& extra,
                   std::string& error) {
  DatasetHandle selected = selectBands(o.dataset.get(), bands, error);
  if (!selected) return nullptr;
  const TargetGrid& g = o.grid;
  geo::Extent e;
  e.add(g.west, g.north - g.height * g.cell);
  e.add(g.west + g.width * g.cell, g.north);
  return warpInto(selected.get(), o.targetWkt, e, g.width, g.height, extra, error);
}

// Holes (nodata, or outside a reprojected source's edges) take the mean of their filled neighbours, a ring at a
// time; what is still empty after kPasses rings (a wide hole) takes the lowest height. Returns the count filled.
std::size_t fillNodata(std::vector<float>& h, int width, int height) {
  constexpr int kPasses = 64;
  std::vector<std::size_t> holes;
  for (std::size_t i = 0; i < h.size(); ++i)
    if (std::isnan(h[i])) holes.push_back(i);
  const std::size_t count = holes.size();
  std::vector<std::pair<std::size_t, float>> filled;
  for (int pass = 0; pass < kPasses && !holes.empty(); ++pass) {
    filled.clear();
    std::vector<std::size_t> still;
    for (std::size_t i : holes) {
      int c = static_cast<int>(i % width), r = static_cast<int>(i / width);
      float sum = 0;
      int n = 0;
      for (auto [dc, dr] : {std::pair{-1, 0}, {1, 0}, {0, -1}, {0, 1}}) {
        int cc = c + dc, rr = r + dr;
        if (cc < 0 || rr < 0 || cc >= width || rr >= height) continue;
        float v = h[static_cast<std::size_t>(rr) * width + cc];
        if (!std::isnan(v)) sum += v, ++n;
      }
      if (n > 0)
        filled.emplace_back(i, sum / n);
      else
        still.push_back(i);
    }
    if (filled.empty()) break;
    for (auto [i, v] : filled) h[i] = v;
    holes = std::move(still);
  }
  float lowest = INFINITY;
  for (float v : h)
    if (!std::isnan(v)) lowest = std::min(lowest, v);
  for (std::size_t i : holes) h[i] = lowest;
  return count;
}

}  // namespace

TerrainRead readTerrain(const std::string& path, const geo::Crs& workingCrs, const geo::Extent& dataExtent,
                        int maxSide) {
  TerrainRead out;
  auto opened = openRaster(path, workingCrs, dataExtent, maxSide, Msg::DemUnreadable, out.problems);
  if (!opened) return out;
  std::string error;
  DatasetHandle warped = warp(*opened, {1}, {"-ot", "Float32", "-dstnodata", "nan"}, error);
  if (!warped) {
    out.problems.add(core::Diagnostic::error(Msg::RasterWarpFailed, {workingCrs.label(), error}).inFile(path));
    return out;
  }
  const TargetGrid& g = opened->grid;
  domain::HeightGrid grid;
  grid.west = g.west, grid.north = g.north, grid.cellSize = g.cell, grid.width = g.width, grid.height = g.height;
  grid.file = path;
  grid.heights.resize(static_cast<std::size_t>(g.width) * g.height);
  GDALRasterBandH band = GDALGetRasterBand(warped.get(), 1);
  if (GDALRasterIO(band, GF_Read, 0, 0, g.width, g.height, grid.heights.data(), g.width, g.height, GDT_Float32, 0, 0) !=
      CE_None) {
    out.problems.add(
        core::Diagnostic::error(Msg::DemUnreadable, {core::msgArg(Msg::ReasonCellsUnreadable)}).inFile(path));
    return out;
  }
  if (std::all_of(grid.heights.begin(), grid.heights.end(), [](float v) { return std::isnan(v); })) {
    out.problems.add(core::Diagnostic::error(Msg::DemAllNodata).inFile(path));
    return out;
  }
  if (std::size_t filled = fillNodata(grid.heights, g.width, g.height))
    out.problems.add(core::Diagnostic::info(Msg::DemNodataFilled, {std::to_string(filled)}).inFile(path));
  out.grid = std::move(grid);
  return out;
}

BasemapRead readBasemap(const std::string& path, const geo::Crs& workingCrs, const geo::Extent& dataExtent,
                        int maxSide) {
  BasemapRead out;
  auto opened = openRaster(path, workingCrs, dataExtent, maxSide, Msg::BasemapUnreadable, out.problems);
  if (!opened) return out;
  GDALDatasetH ds = opened->dataset.get();
  int bands = GDALGetRasterCount(ds);
  bool hasAlpha = GDALGetRasterColorInterpretation(GDALGetRasterBand(ds, bands)) == GCI_AlphaBand;
  int colourBands = (hasAlpha ? bands - 1 : bands) >= 3 ? 3 : 1;
  std::vector<std::string> extra = {"-ot", "Byte", "-dstalpha"};
  std::vector<int> chosen;
  for (int b = 1; b <= colourBands; ++b) chosen.push_back(b);
  if (hasAlpha) {
    chosen.push_back(bands);
    extra.push_back("-srcalpha");
  }
  std::string error;
  DatasetHandle warped = warp(*opened, chosen, extra, error);
  if (!warped) {
    out.problems.add(core::Diagnostic::error(Msg::RasterWarpFailed, {workingCrs.label(), error}).inFile(path));
    return out;
  }
  const TargetGrid& g = opened->grid;
  domain::BasemapImage image;
  image.extent.add(g.west, g.north - g.height * g.cell);
  image.extent.add(g.west + g.width * g.cell, g.north);
  image.width = g.width, image.height = g.height, image.file = path;
  if (!readRgba(warped.get(), colourBands, image.rgba)) {
    out.problems.add(
        core::Diagnostic::error(Msg::BasemapUnreadable, {core::msgArg(Msg::ReasonCellsUnreadable)}).inFile(path));
    return out;
  }
  out.image = std::move(image);
  return out;
}

}  // namespace wm::io
