#include "io/tile_grid.hpp"

#include <algorithm>
#include <cmath>

namespace wm::io {

double tileSpan(int z) { return 2 * kMercatorHalf / static_cast<double>(1LL << z); }

geo::Extent tileExtent(int z, int x, int y) {
  const double span = tileSpan(z);
  geo::Extent e;
  e.add(-kMercatorHalf + x * span, kMercatorHalf - (y + 1) * span);
  e.add(-kMercatorHalf + (x + 1) * span, kMercatorHalf - y * span);
  return e;
}

TileRange tilesCovering(const geo::Extent& mercator, int z) {
  TileRange r;
  r.z = z;
  if (mercator.empty()) return r;
  const double span = tileSpan(z);
  const int last = static_cast<int>((1LL << z) - 1);
  // A relative epsilon keeps an edge lying on a tile border from reaching one tile too far.
  auto index = [&](double metres, bool upper) {
    double t = metres / span;
    double i = upper ? std::ceil(t - 1e-9) - 1 : std::floor(t + 1e-9);
    return static_cast<int>(std::clamp(i, -1.0, static_cast<double>(last) + 1));
  };
  r.x0 = std::max(index(mercator.minX + kMercatorHalf, false), 0);
  r.x1 = std::min(index(mercator.maxX + kMercatorHalf, true), last);
  r.y0 = std::max(index(kMercatorHalf - mercator.maxY, false), 0);
  r.y1 = std::min(index(kMercatorHalf - mercator.minY, true), last);
  return r;
}

TileRange rangeAtZoom(const TileRange& r, int z) {
  if (r.empty()) return {z, 0, 0, -1, -1};
  TileRange out;
  out.z = z;
  if (z >= r.z) {
    const int k = z - r.z;
    out.x0 = r.x0 << k, out.y0 = r.y0 << k;
    out.x1 = ((r.x1 + 1) << k) - 1, out.y1 = ((r.y1 + 1) << k) - 1;
  } else {
    const int k = r.z - z;
    out.x0 = r.x0 >> k, out.y0 = r.y0 >> k, out.x1 = r.x1 >> k, out.y1 = r.y1 >> k;
  }
  return out;
}

TileRange intersect(const TileRange& a, const TileRange& b) {
  return {a.z, std::max(a.x0, b.x0), std::max(a.y0, b.y0), std::min(a.x1, b.x1), std::min(a.y1, b.y1)};
}

int zoomForPixelSize(double mercatorMetresPerPixel, int tileSize, int minZoom, int maxZoom) {
  if (!(mercatorMetresPerPixel > 0) || tileSize <= 0) return maxZoom;
  const double exact = std::log2(2 * kMercatorHalf / (tileSize * mercatorMetresPerPixel));
  const double z = std::ceil(exact - kZoomSlack);
  return static_cast<int>(std::clamp(z, static_cast<double>(minZoom), static_cast<double>(maxZoom)));
}

}  // namespace wm::io
