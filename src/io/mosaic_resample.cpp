#include "io/mosaic_resample.hpp"

#include <algorithm>
#include <cmath>

#include "core/parallel_for.hpp"

namespace wm::io {
namespace {

// Pixel indices 0, kNodeStep, 2·kNodeStep … and the last one.
std::vector<int> nodePositions(int n) {
  std::vector<int> out;
  for (int i = 0; i < n; i += kNodeStep) out.push_back(i);
  if (out.back() != n - 1) out.push_back(n - 1);
  return out;
}

// Where the view's pixel centres at the nodes lie in the source, in source pixels (centres at i + 0.5).
struct Nodes {
  std::vector<int> cols, rows;
  std::vector<double> sx, sy;  ///< rows.size() × cols.size()

  // The node segment holding pixel p of `at` and how far along it p lies.
  static std::pair<std::size_t, double> segment(const std::vector<int>& at, int p) {
    std::size_t i = std::min(static_cast<std::size_t>(p / kNodeStep), at.size() - 2);
    return {i, at[i + 1] == at[i] ? 0.0 : double(p - at[i]) / (at[i + 1] - at[i])};
  }
};

Nodes nodesOf(const MercatorImage& s, const geo::Extent& e, int width, int height, const ToTiles& toTiles) {
  Nodes n;
  n.cols = nodePositions(width), n.rows = nodePositions(height);
  if (n.cols.size() == 1) n.cols.push_back(n.cols[0]);
  if (n.rows.size() == 1) n.rows.push_back(n.rows[0]);
  const double cx = (e.maxX - e.minX) / width, cy = (e.maxY - e.minY) / height;
  std::vector<double> x, y;
  for (int r : n.rows)
    for (int c : n.cols) x.push_back(e.minX + (c + 0.5) * cx), y.push_back(e.maxY - (r + 0.5) * cy);
  toTiles(x, y);
  for (std::size_t i = 0; i < x.size(); ++i) {
    n.sx.push_back((x[i] - s.west) / s.pixel);
    n.sy.push_back((s.north - y[i]) / s.pixel);
  }
  return n;
}

// Bilinear over the four source pixels around (sx, sy), each weighted by its alpha; missing ones are transparent.
void sample(const MercatorImage& s, double sx, double sy, std::uint8_t* out) {
  const double x = sx - 0.5, y = sy - 0.5;
  if (!(x > -1 && y > -1 && x < s.width && y < s.height)) {  // also false for NaN
    std::fill(out, out + 4, 0);
    return;
  }
  const int x0 = static_cast<int>(std::floor(x)), y0 = static_cast<int>(std::floor(y));
  const double fx = x - x0, fy = y - y0;
  const double weights[4] = {(1 - fx) * (1 - fy), fx * (1 - fy), (1 - fx) * fy, fx * fy};
  const bool inside = x0 >= 0 && y0 >= 0 && x0 + 1 < s.width && y0 + 1 < s.height;
  if (inside) {  // the common case, four opaque pixels: plain bilinear
    const std::uint8_t* p = s.rgba + (static_cast<std::size_t>(y0) * s.width + x0) * 4;
    const std::uint8_t* q = p + static_cast<std::size_t>(s.width) * 4;
    if ((p[3] & p[7] & q[3] & q[7]) == 255) {
      for (int c = 0; c < 3; ++c)
        out[c] = static_cast<std::uint8_t>(weights[0] * p[c] + weights[1] * p[4 + c] + weights[2] * q[c] +
                                           weights[3] * q[4 + c] + 0.5);
      out[3] = 255;
      return;
    }
  }
  double rgb[3] = {0, 0, 0}, alpha = 0;
  for (int k = 0; k < 4; ++k) {
    const int xi = x0 + (k & 1), yi = y0 + (k >> 1);
    if (!inside && (xi < 0 || yi < 0 || xi >= s.width || yi >= s.height)) continue;
    const std::uint8_t* p = s.rgba + (static_cast<std::size_t>(yi) * s.width + xi) * 4;
    const double w = weights[k] * p[3];
    rgb[0] += w * p[0], rgb[1] += w * p[1], rgb[2] += w * p[2], alpha += w;
  }
  if (alpha <= 0) {
    std::fill(out, out + 4, 0);
    return;
  }
  const double scale = 1 / alpha;
  for (int c = 0; c < 3; ++c) out[c] = static_cast<std::uint8_t>(std::min(255.0, rgb[c] * scale + 0.5));
  out[3] = static_cast<std::uint8_t>(std::min(255.0, alpha + 0.5));
}

// One row of the view: the node positions interpolated between the node rows above and below it, then stepped
// along it pixel by pixel.
void resampleRow(const MercatorImage& s, const Nodes& n, int row, std::uint8_t* out) {
  const auto [r, t] = Nodes::segment(n.rows, row);
  const std::size_t cols = n.cols.size();
  std::vector<double> sx(cols), sy(cols);
  for (std::size_t c = 0; c < cols; ++c) {
    const std::size_t i = r * cols + c, j = i + cols;
    sx[c] = n.sx[i] + (n.sx[j] - n.sx[i]) * t, sy[c] = n.sy[i] + (n.sy[j] - n.sy[i]) * t;
  }
  for (std::size_t c = 0; c + 1 < cols; ++c) {
    const int from = n.cols[c], to = c + 2 == cols ? n.cols[c + 1] + 1 : n.cols[c + 1];
    const double span = std::max(n.cols[c + 1] - from, 1);
    const double dx = (sx[c + 1] - sx[c]) / span, dy = (sy[c + 1] - sy[c]) / span;
    for (int col = from; col < to; ++col)
      sample(s, sx[c] + dx * (col - from), sy[c] + dy * (col - from), out + static_cast<std::size_t>(col) * 4);
  }
}

}  // namespace

std::vector<std::uint8_t> resampleMosaic(const MercatorImage& source, const geo::Extent& extent, int width, int height,
                                         const ToTiles& toTiles, unsigned threads) {
  std::vector<std::uint8_t> out(static_cast<std::size_t>(width) * height * 4, 0);
  if (width < 1 || height < 1 || !source.rgba) return out;
  const Nodes nodes = nodesOf(source, extent, width, height, toTiles);
  constexpr int kRowsPerJob = 64;
  const std::size_t jobs = static_cast<std::size_t>((height + kRowsPerJob - 1) / kRowsPerJob);
  core::parallelFor(jobs, threads, [&](std::size_t job) {
    const int end = std::min(height, static_cast<int>(job + 1) * kRowsPerJob);
    for (int row = static_cast<int>(job) * kRowsPerJob; row < end; ++row)
      resampleRow(source, nodes, row, out.data() + static_cast<std::size_t>(row) * width * 4);
  });
  return out;
}

}  // namespace wm::io
