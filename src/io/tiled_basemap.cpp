#include "io/tiled_basemap.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <filesystem>
#include <mutex>
#include <optional>
#include <set>
#include <tuple>
#include <vector>

#include <fmt/format.h>

#include "geo/transformer.hpp"
#include "io/datum_hint.hpp"
#include "io/gdal_error_capture.hpp"
#include "io/mosaic_resample.hpp"
#include "io/tile_store.hpp"

namespace wm::io {
namespace {

/// The most pixels a view's mosaic of tiles holds (64 MiB of RGBA): about twice a full-screen view's.
constexpr long long kMaxMosaicPixels = 16LL << 20;

using core::Diagnostic;
using core::Msg;

constexpr double kEarthRadius = 6378137.0, kDegree = 3.14159265358979323846 / 180;

// An extent's edges sampled 16 times each (a Gauss-Krüger square is curved in Web Mercator).
void edgeSamples(const geo::Extent& e, std::vector<double>& xs, std::vector<double>& ys) {
  constexpr int kSteps = 16;
  for (int i = 0; i <= kSteps; ++i) {
    const double fx = e.minX + (e.maxX - e.minX) * i / kSteps, fy = e.minY + (e.maxY - e.minY) * i / kSteps;
    for (auto [x, y] : {std::pair{fx, e.minY}, {fx, e.maxY}, {e.minX, fy}, {e.maxX, fy}})
      xs.push_back(x), ys.push_back(y);
  }
}

// The box of the points a transformation could take (the others are not finite).
geo::Extent finiteBox(const std::vector<double>& xs, const std::vector<double>& ys) {
  geo::Extent out;
  for (std::size_t i = 0; i < xs.size(); ++i)
    if (std::isfinite(xs[i]) && std::isfinite(ys[i])) out.add(xs[i], ys[i]);
  return out;
}

// Web Mercator (spherical) ↔ lon/lat in degrees, for the GCJ-02 shift of web-map tiles.
geo::LonLat lonLatOf(double x, double y) {
  return {x / kEarthRadius / kDegree, std::atan(std::sinh(y / kEarthRadius)) / kDegree};
}
std::array<double, 2> mercatorOf(geo::LonLat p) {
  return {p.lon * kDegree * kEarthRadius, kEarthRadius * std::asinh(std::tan(p.lat * kDegree))};
}

std::string extentText(const geo::Extent& e) {
  return fmt::format("{:.0f}, {:.0f} – {:.0f}, {:.0f}", e.minX, e.minY, e.maxX, e.maxY);
}

bool overlaps(const geo::Extent& a, const geo::Extent& b) {
  return !a.empty() && !b.empty() && a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY;
}

// A view's tiles drawn side by side into one RGBA image in Web Mercator, `tileSize` pixels a tile (the tiles' own,
// or fewer for a view wider than the shallowest level).
struct Mosaic {
  TileRange range;
  int tileSize = 256;
  std::vector<std::uint8_t> rgba;  ///< zero (transparent) where no tile was drawn
  std::size_t tiles = 0;           ///< tiles drawn
  std::size_t found = 0;           ///< tiles the store holds in the range, drawn or broken

  int width() const { return (range.x1 - range.x0 + 1) * tileSize; }
  int height() const { return (range.y1 - range.y0 + 1) * tileSize; }
};

class TiledBasemap : public domain::BasemapSource {
public:
  TiledBasemap(std::unique_ptr<TileStore> store, geo::Transformer toMercator, geo::Extent coverage, geo::WebDatum datum)
      : _store(std::move(store)), _toMercator(std::move(toMercator)), _coverage(coverage), _datum(datum) {}

  domain::BasemapViewRead read(const domain::BasemapView& view) override;
  geo::Extent coverage() const override { return _coverage; }
  const std::string& file() const override { return _store->path(); }

private:
  void plan(Mosaic& m, const geo::Extent& mercator, const domain::BasemapView& view) const;
  geo::Extent tilesUnder(const geo::Extent& view) const;
  void toTiles(std::vector<double>& x, std::vector<double>& y) const;
  domain::BasemapImage resampled(const Mosaic& m, const domain::BasemapView& view) const;
  void drawTiles(Mosaic& m, core::Diagnostics& problems);
  void reportOnce(std::tuple<int, int, int> key, core::Diagnostic d, core::Diagnostics& problems);
  static domain::BasemapImage blank(const domain::BasemapView& view, const std::string& file);

  std::unique_ptr<TileStore> _store;
  geo::Transformer _toMercator;
  geo::Extent _coverage;
  geo::WebDatum _datum;  ///< None, or Gcj02: the tiles draw places at their GCJ-02 positions
  std::mutex _mutex;
  std::set<std::tuple<int, int, int>> _reported;  ///< tiles (and, as -1/-1/-1, whole-store problems) told once
};

// The level whose pixels match the view's (Web Mercator metres a pixel, from the view's area there) and its
// tiles under the view within the tile set's coverage; a shallower level while the mosaic would exceed
// kMaxMosaicPixels. A view wider than the shallowest level wants reads that level's tiles at a half, a quarter …
// of their size (the mosaic stays about the view's size).
void TiledBasemap::plan(Mosaic& m, const geo::Extent& mercator, const domain::BasemapView& view) const {
  const TileSetFacts& f = _store->facts();
  const double mercatorPixel =
      std::sqrt((mercator.maxX - mercator.minX) * (mercator.maxY - mercator.minY) / (double(view.width) * view.height));
  const int wanted = zoomForPixelSize(mercatorPixel, f.tileSize, 0, f.maxZoom);
  int z = std::max(wanted, f.minZoom);
  auto rangeAt = [&](int level) { return intersect(tilesCovering(mercator, level), rangeAtZoom(f.coverage, level)); };
  auto pixels = [&](const TileRange& r, int size) { return r.count() * size * size; };
  m.range = rangeAt(z);
  while (z > f.minZoom && pixels(m.range, f.tileSize) > kMaxMosaicPixels) m.range = rangeAt(--z);
  int shrink = z == f.minZoom ? std::clamp(f.minZoom - wanted, 0, 5) : 0;
  while (shrink < 5 && pixels(m.range, f.tileSize >> shrink) > kMaxMosaicPixels) ++shrink;
  m.tileSize = std::max(f.tileSize >> shrink, 1);
}

// Points of the working CRS where they lie on the tiles, Web Mercator metres: for GCJ-02 tiles, where a GCJ-02
// web map draws them.
void TiledBasemap::toTiles(std::vector<double>& x, std::vector<double>& y) const {
  _toMercator.transform(x.data(), y.data(), x.size());
  if (_datum != geo::WebDatum::Gcj02) return;
  for (std::size_t i = 0; i < x.size(); ++i) {
    const geo::LonLat wgs = lonLatOf(x[i], y[i]);
    if (!std::isfinite(x[i]) || !std::isfinite(y[i]) || !geo::insideChinaRectangle(wgs)) continue;
    const auto shifted = mercatorOf(geo::gcj02FromWgs84(wgs));
    x[i] = shifted[0], y[i] = shifted[1];
  }
}

// Where the view's ground lies on the tiles: its edges, sampled, on the tiles.
geo::Extent TiledBasemap::tilesUnder(const geo::Extent& view) const {
  std::vector<double> xs, ys;
  edgeSamples(view, xs, ys);
  toTiles(xs, ys);
  return finiteBox(xs, ys);
}

domain::BasemapImage TiledBasemap::resampled(const Mosaic& m, const domain::BasemapView& view) const {
  const geo::Extent nw = tileExtent(m.range.z, m.range.x0, m.range.y0);
  const MercatorImage source{m.rgba.data(), m.width(), m.height(), nw.minX, nw.maxY, tileSpan(m.range.z) / m.tileSize};
  domain::BasemapImage image = blank(view, _store->path());
  image.width = view.width, image.height = view.height;
  image.rgba = resampleMosaic(source, view.extent, view.width, view.height,
                              [this](std::vector<double>& x, std::vector<double>& y) { toTiles(x, y); });
  return image;
}

void TiledBasemap::reportOnce(std::tuple<int, int, int> key, core::Diagnostic d, core::Diagnostics& problems) {
  if (_reported.insert(key).second) problems.add(std::move(d));
}

void TiledBasemap::drawTiles(Mosaic& m, core::Diagnostics& problems) {
  m.rgba.assign(static_cast<std::size_t>(m.width()) * m.height() * 4, 0);
  const std::size_t stride = static_cast<std::size_t>(m.width()) * 4;
  std::string error;
  bool ok = _store->forEachTile(
      m.range,
      [&](const TileRef& t) {
        std::uint8_t* at = m.rgba.data() + static_cast<std::size_t>(t.y - m.range.y0) * m.tileSize * stride +
                           static_cast<std::size_t>(t.x - m.range.x0) * m.tileSize * 4;
        ++m.found;
        std::string reason;
        TileFailure failure = decodeTile(t.gdalPath, m.tileSize, at, stride, reason);
        if (failure == TileFailure::None) {
          ++m.tiles;
          return;
        }
        std::string name = fmt::format("{}/{}/{}", m.range.z, t.x, t.y);
        Msg msg = failure == TileFailure::NotAnImage ? Msg::BasemapTileNotImage : Msg::BasemapTileUnreadable;
        reportOnce({m.range.z, t.x, t.y}, Diagnostic::warning(msg, {name, reason}).inFile(t.file), problems);
      },
      error);
  if (!ok) {
    reportOnce({-1, -1, -1}, Diagnostic::error(Msg::BasemapTilesUnreadable, {error}).inFile(_store->path()), problems);
    return;
  }
  // Holes in a sparse tile set (or a folder with files missing) are no fault of any one tile: said once per read,
  // that is once per view change, with how many of the view's tiles the set lacks.
  const auto wanted = static_cast<std::size_t>(m.range.count());
  if (m.found < wanted)
    problems.add(Diagnostic::warning(Msg::BasemapTilesMissing, {std::to_string(wanted - m.found),
                                                                std::to_string(wanted), std::to_string(m.range.z)})
                     .inFile(_store->path()));
}

domain::BasemapImage TiledBasemap::blank(const domain::BasemapView& view, const std::string& file) {
  domain::BasemapImage image;
  image.extent = view.extent;
  image.width = image.height = 2;
  image.rgba.assign(16, 0);
  image.file = file;
  return image;
}

domain::BasemapViewRead TiledBasemap::read(const domain::BasemapView& view) {
  std::lock_guard lock(_mutex);
  GdalErrorCapture errors;
  domain::BasemapViewRead out;
  if (view.width < 1 || view.height < 1 || view.extent.empty()) return out;
  out.image = blank(view, _store->path());  // nothing to draw: transparent, not the last view's image
  const geo::Extent mercator = tilesUnder(view.extent);
  if (mercator.empty()) return out;
  Mosaic m;
  plan(m, mercator, view);
  out.zoom = m.range.empty() ? -1 : m.range.z;
  if (m.range.empty()) return out;
  if (m.range.count() > kMaxTilesPerView) {
    reportOnce({-2, -2, -2},
               Diagnostic::info(Msg::BasemapTooManyTiles,
                                {std::to_string(kMaxTilesPerView), std::to_string(_store->facts().minZoom)})
                   .inFile(_store->path()),
               out.problems);
    return out;
  }
  drawTiles(m, out.problems);
  out.tiles = m.tiles;
  if (m.tiles == 0) return out;
  out.image = resampled(m, view);
  return out;
}

// The tiles' web-map datum: the workspace's, else a hint in the tile set's own name ("高德", "gcj02" …), noted.
geo::WebDatum tileDatum(const std::optional<geo::WebDatum>& requested, const std::string& path,
                        core::Diagnostics& problems) {
  if (requested) {
    if (*requested != geo::WebDatum::None)
      problems.add(
          Diagnostic::info(Msg::WebDatumFromWorkspace, {std::string(geo::webDatumName(*requested))}).inFile(path));
    return *requested;
  }
  std::filesystem::path own(path);
  if (!own.has_filename()) own = own.parent_path();  // a folder written with a trailing slash
  DatumHint hint = datumFromNames({own.filename().string()});
  if (hint.datum != geo::WebDatum::None)
    problems.add(Diagnostic::warning(Msg::BasemapDatumFromHint, {std::string(geo::webDatumName(hint.datum)), hint.word})
                     .inFile(path));
  return hint.datum;
}

}  // namespace

bool isTiledBasemap(const std::string& path) { return isTileSetPath(path); }

TiledBasemapOpen openTiledBasemap(const std::string& path, const geo::Crs& workingCrs, const geo::Extent& dataExtent,
                                  const std::optional<geo::WebDatum>& datum) {
  TiledBasemapOpen out;
  TileStoreOpen opened = openTileStore(path);
  out.problems.append(opened.problems);
  if (!opened.store) return out;
  auto fail = [&](Msg msg, std::vector<std::string> args) {
    out.problems.add(Diagnostic::error(msg, std::move(args)).inFile(path));
    return std::move(out);
  };
  const geo::WebDatum webDatum = tileDatum(datum, path, out.problems);
  if (webDatum == geo::WebDatum::Bd09) return fail(Msg::BasemapBaiduTiles, {});
  auto toMercator = geo::Transformer::create(workingCrs.definition(), "EPSG:3857");
  auto fromMercator = geo::Transformer::create("EPSG:3857", workingCrs.definition());
  if (!toMercator || !fromMercator)
    return fail(Msg::RasterWarpFailed,
                {workingCrs.label(), (toMercator ? fromMercator.error() : toMercator.error()).asArg()});
  const TileSetFacts& f = opened.store->facts();
  geo::Extent mercator = tileExtent(f.coverage.z, f.coverage.x0, f.coverage.y0);
  mercator.add(tileExtent(f.coverage.z, f.coverage.x1, f.coverage.y1));
  std::vector<double> xs, ys;
  edgeSamples(mercator, xs, ys);
  fromMercator->transform(xs.data(), ys.data(), xs.size());
  const geo::Extent coverage = finiteBox(xs, ys);
  if (!dataExtent.empty()) {
    geo::Extent near = dataExtent;
    const double margin = 0.1 * std::max(near.maxX - near.minX, near.maxY - near.minY);
    near.minX -= margin, near.minY -= margin, near.maxX += margin, near.maxY += margin;
    if (!overlaps(coverage, near))
      return fail(Msg::RasterOutsideData, {extentText(coverage), extentText(dataExtent), workingCrs.label()});
  }
  out.problems.add(
      Diagnostic::info(Msg::BasemapTileSet, {f.kind, std::to_string(f.minZoom), std::to_string(f.maxZoom), f.format})
          .inFile(path));
  out.source = std::make_shared<TiledBasemap>(std::move(opened.store), std::move(*toMercator), coverage, webDatum);
  return out;
}

}  // namespace wm::io
