#include "scene/label_layout.hpp"

#include <algorithm>
#include <cmath>

#include "core/text.hpp"

namespace wm::scene {
namespace {

bool isWide(char32_t cp) {
  return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3) ||
         (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
         (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
}

struct Homogeneous {
  double x, y, z, w;
};

Homogeneous apply(const WindowTransform& t, double x, double y, double z) {
  const auto& m = t.m;
  return {m[0] * x + m[1] * y + m[2] * z + m[3], m[4] * x + m[5] * y + m[6] * z + m[7],
          m[8] * x + m[9] * y + m[10] * z + m[11], m[12] * x + m[13] * y + m[14] * z + m[15]};
}

bool isProjective(const WindowTransform& t) { return t.m[12] != 0 || t.m[13] != 0 || t.m[14] != 0 || t.m[15] != 1; }

// The ground distance of one pixel at an anchor of a perspective view: the finer of the scales along x and y
// (the one across the view is not foreshortened). p is the anchor's transformed position, p.w > 0.
double localMetresPerPixel(const WindowTransform& t, const Homogeneous& p) {
  const auto& m = t.m;
  double w2 = p.w * p.w;
  auto rate = [&](int col) {
    double dx = (m[static_cast<std::size_t>(col)] * p.w - p.x * m[static_cast<std::size_t>(12 + col)]) / w2;
    double dy = (m[static_cast<std::size_t>(4 + col)] * p.w - p.y * m[static_cast<std::size_t>(12 + col)]) / w2;
    return std::sqrt(dx * dx + dy * dy);
  };
  double fastest = std::max(rate(0), rate(1));
  return fastest > 0 ? 1.0 / fastest : std::numeric_limits<double>::infinity();
}

// Placed rectangles bucketed by a uniform grid over the window.
class ScreenGrid {
public:
  ScreenGrid(int width, int height) {
    _cell = std::max(32.0f, static_cast<float>(std::max(width, height)) / 128.0f);  // at most ~128 × 128 cells
    _nx = static_cast<int>(static_cast<float>(width) / _cell) + 1;
    _ny = static_cast<int>(static_cast<float>(height) / _cell) + 1;
    _cells.resize(static_cast<std::size_t>(_nx) * static_cast<std::size_t>(_ny));
  }

  // Whether r grown by pad overlaps any rectangle added so far.
  bool collides(const PlacedLabel& r, float pad) const {
    bool hit = false;
    forCells(r, pad, [&](std::vector<std::uint32_t>& cell) {
      for (std::uint32_t i : cell) {
        const PlacedLabel& o = _placed[i];
        if (r.x0 - pad < o.x1 && o.x0 < r.x1 + pad && r.y0 - pad < o.y1 && o.y0 < r.y1 + pad) return hit = true;
      }
      return false;
    });
    return hit;
  }

  void add(const PlacedLabel& r) {
    auto id = static_cast<std::uint32_t>(_placed.size());
    _placed.push_back(r);
    forCells(r, 0, [&](std::vector<std::uint32_t>& cell) {
      cell.push_back(id);
      return false;
    });
  }

private:
  template <typename F>
  void forCells(const PlacedLabel& r, float pad, F&& f) const {
    auto clampCell = [](float v, float cell, int n) {
      return std::clamp(static_cast<int>(std::floor(v / cell)), 0, n - 1);
    };
    int cx0 = clampCell(r.x0 - pad, _cell, _nx), cx1 = clampCell(r.x1 + pad, _cell, _nx);
    int cy0 = clampCell(r.y0 - pad, _cell, _ny), cy1 = clampCell(r.y1 + pad, _cell, _ny);
    for (int cy = cy0; cy <= cy1; ++cy)
      for (int cx = cx0; cx <= cx1; ++cx)
        if (f(_cells[static_cast<std::size_t>(cy) * static_cast<std::size_t>(_nx) + static_cast<std::size_t>(cx)]))
          return;
  }

  float _cell = 32;
  int _nx = 1, _ny = 1;
  mutable std::vector<std::vector<std::uint32_t>> _cells;
  std::vector<PlacedLabel> _placed;
};

// A priority for sorting: NaN (bad input) ranks last instead of breaking the sort's ordering.
float rank(float priority) { return std::isnan(priority) ? -std::numeric_limits<float>::infinity() : priority; }

}  // namespace

LabelSize estimateLabelSize(std::string_view utf8, float fontPx) {
  float ems = 0;
  for (std::size_t i = 0; i < utf8.size();) {
    char32_t cp = core::nextCodePoint(utf8, i);
    ems += isWide(cp) ? 1.0f : cp < 0x80 ? 0.55f : 0.6f;
  }
  return {ems * fontPx, utf8.empty() ? 0.0f : fontPx};
}

WindowTransform WindowTransform::orthographic(double minX, double minY, double maxX, double maxY, int width,
                                              int height) {
  WindowTransform t;
  double sx = maxX > minX ? width / (maxX - minX) : 0, sy = maxY > minY ? height / (maxY - minY) : 0;
  // Depth: z = 0 lands at 0.5, the middle of the range (as an orthographic camera with near -1, far 1).
  t.m = {sx, 0, 0, -minX * sx, 0, sy, 0, -minY * sy, 0, 0, 0, 0.5, 0, 0, 0, 1};
  return t;
}

namespace {

// The zoom band of a candidate: the power of four its maxMetresPerPixel lies under; shown at every scale: the top.
int zoomBand(double maxMetresPerPixel) {
  if (!std::isfinite(maxMetresPerPixel)) return 1000;
  return std::clamp(static_cast<int>(std::floor(std::log2(std::max(maxMetresPerPixel, 1e-9)) / 2)), -100, 100);
}

}  // namespace

LabelIndex::LabelIndex(std::span<const LabelCandidate> candidates) : _count(candidates.size()) {
  auto finite = [](const LabelCandidate& c) { return std::isfinite(c.x) && std::isfinite(c.y) && std::isfinite(c.z); };
  // The usable candidates by band, those shown furthest out first (ties in candidate order).
  std::vector<std::pair<int, std::uint32_t>> byBand;
  byBand.reserve(candidates.size());
  _minZ = std::numeric_limits<double>::infinity(), _maxZ = -_minZ;
  for (std::uint32_t i = 0; i < candidates.size(); ++i) {
    if (!finite(candidates[i])) continue;
    byBand.emplace_back(-zoomBand(candidates[i].maxMetresPerPixel), i);
    _minZ = std::min(_minZ, candidates[i].z), _maxZ = std::max(_maxZ, candidates[i].z);
  }
  std::stable_sort(byBand.begin(), byBand.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  _order.resize(byBand.size());
  for (std::size_t from = 0; from < byBand.size();) {
    std::size_t to = from;
    while (to < byBand.size() && byBand[to].first == byBand[from].first) ++to;
    Band& band = _bands.emplace_back();
    double minX = std::numeric_limits<double>::infinity(), minY = minX, maxX = -minX, maxY = -minX;
    for (std::size_t k = from; k < to; ++k) {
      const LabelCandidate& c = candidates[byBand[k].second];
      minX = std::min(minX, c.x), maxX = std::max(maxX, c.x);
      minY = std::min(minY, c.y), maxY = std::max(maxY, c.y);
      band.shownFrom = std::max(band.shownFrom, c.maxMetresPerPixel);
    }
    // About 8 candidates a cell, cells about square, at most 2^18 cells.
    double w = std::max(maxX - minX, 1e-3), h = std::max(maxY - minY, 1e-3);
    double cells = std::clamp(static_cast<double>(to - from) / 8.0, 1.0, 262144.0);
    double side = std::sqrt(w * h / cells);
    // No more cells a side than cells in all: candidates along a line (a narrow extent) get a row of them.
    const int most = std::min(4096, static_cast<int>(std::ceil(cells)));
    band.nx = std::clamp(static_cast<int>(std::ceil(w / side)), 1, most);
    band.ny = std::clamp(static_cast<int>(std::ceil(h / side)), 1, most);
    while (static_cast<double>(band.nx) * band.ny > 262144.0)
      band.nx = std::max(1, band.nx / 2), band.ny = std::max(1, band.ny / 2);
    band.minX = minX, band.minY = minY;
    band.cellW = w / band.nx, band.cellH = h / band.ny;
    auto cellOf = [&](const LabelCandidate& c) {
      int cx = std::min(band.nx - 1, static_cast<int>((c.x - band.minX) / band.cellW));
      int cy = std::min(band.ny - 1, static_cast<int>((c.y - band.minY) / band.cellH));
      return static_cast<std::size_t>(cy) * static_cast<std::size_t>(band.nx) + static_cast<std::size_t>(cx);
    };
    band.cellStart.assign(static_cast<std::size_t>(band.nx) * static_cast<std::size_t>(band.ny) + 1, 0);
    for (std::size_t k = from; k < to; ++k) ++band.cellStart[cellOf(candidates[byBand[k].second]) + 1];
    band.cellStart[0] = static_cast<std::uint32_t>(from);
    for (std::size_t i = 1; i < band.cellStart.size(); ++i) band.cellStart[i] += band.cellStart[i - 1];
    std::vector<std::uint32_t> fill(band.cellStart.begin(), band.cellStart.end() - 1);
    for (std::size_t k = from; k < to; ++k) _order[fill[cellOf(candidates[byBand[k].second])]++] = byBand[k].second;
    // Within a cell: the candidates shown furthest out first, so a query stops at the first one zoomed out of.
    for (std::size_t c = 0; c + 1 < band.cellStart.size(); ++c)
      std::stable_sort(_order.begin() + band.cellStart[c], _order.begin() + band.cellStart[c + 1],
                       [&](std::uint32_t x, std::uint32_t y) {
                         return candidates[x].maxMetresPerPixel > candidates[y].maxMetresPerPixel;
                       });
    from = to;
  }
}

// One query: frustum tests on blocks of cells, halving the longer side of a block that is partly in view.
struct IndexQuery {
  const LabelIndex& index;
  const LabelIndex::Band& band;
  std::span<const LabelCandidate> candidates;
  const LabelView& view;
  const std::function<void(std::uint32_t)>& visit;
  std::size_t cells = 0;

  // -1 wholly outside, +1 wholly inside, 0 partly (window box in homogeneous coordinates; see WindowTransform).
  int classify(int x0, int x1, int y0, int y1) const {
    double bx[2] = {band.minX + x0 * band.cellW, band.minX + x1 * band.cellW};
    double by[2] = {band.minY + y0 * band.cellH, band.minY + y1 * band.cellH};
    double bz[2] = {index._minZ, index._maxZ};
    int outside[6] = {0, 0, 0, 0, 0, 0};
    bool allInside = true;
    for (double x : bx)
      for (double y : by)
        for (double z : bz) {
          Homogeneous p = apply(view.transform, x, y, z);
          double planes[6] = {p.x, view.width * p.w - p.x, p.y, view.height * p.w - p.y, p.z, p.w - p.z};
          for (int k = 0; k < 6; ++k)
            if (planes[k] < 0) ++outside[k], allInside = false;
        }
    for (int k : outside)
      if (k == 8) return -1;
    return allInside ? 1 : 0;
  }

  void emit(int x0, int x1, int y0, int y1) {
    for (int y = y0; y < y1; ++y)
      for (int x = x0; x < x1; ++x) {
        ++cells;
        std::size_t c = static_cast<std::size_t>(y) * static_cast<std::size_t>(band.nx) + static_cast<std::size_t>(x);
        for (std::uint32_t i = band.cellStart[c]; i < band.cellStart[c + 1]; ++i) {
          std::uint32_t candidate = index._order[i];
          if (candidates[candidate].maxMetresPerPixel < view.metresPerPixel) break;
          visit(candidate);
        }
      }
  }

  void descend(int x0, int x1, int y0, int y1) {
    int inView = classify(x0, x1, y0, y1);
    if (inView < 0) return;
    if (inView > 0 || (x1 - x0 == 1 && y1 - y0 == 1)) return emit(x0, x1, y0, y1);
    if (x1 - x0 >= y1 - y0) {
      int mid = (x0 + x1) / 2;
      descend(x0, mid, y0, y1);
      descend(mid, x1, y0, y1);
    } else {
      int mid = (y0 + y1) / 2;
      descend(x0, x1, y0, mid);
      descend(x0, x1, mid, y1);
    }
  }
};

std::size_t LabelIndex::query(std::span<const LabelCandidate> candidates, const LabelView& view,
                              const std::function<void(std::uint32_t)>& visit) const {
  if (_order.empty() || view.width <= 0 || view.height <= 0) return 0;
  std::size_t cells = 0;
  for (const Band& band : _bands) {
    if (band.shownFrom < view.metresPerPixel) break;  // this band and the ones after are all zoomed out of
    IndexQuery q{*this, band, candidates, view, visit};
    q.descend(0, band.nx, 0, band.ny);
    cells += q.cells;
  }
  return cells;
}

LabelLayout layoutLabels(std::span<const LabelCandidate> candidates, const LabelIndex& index, const LabelView& view,
                         const LayoutOptions& options) {
  LabelLayout out;
  if (view.width <= 0 || view.height <= 0 || index.candidateCount() != candidates.size() || options.maxLabels == 0)
    return out;
  const bool projective = isProjective(view.transform);
  const auto width = static_cast<float>(view.width), height = static_cast<float>(view.height);
  struct Entry {
    float rank;  // the sort key, kept next to the rectangle (no lookups of candidates while sorting)
    PlacedLabel rect;
  };
  std::vector<Entry> onScreen;
  out.stats.cellsVisited = index.query(candidates, view, [&](std::uint32_t i) {
    ++out.stats.candidatesVisited;
    const LabelCandidate& c = candidates[i];
    if (c.widthPx <= 0 || c.heightPx <= 0) return;
    Homogeneous p = apply(view.transform, c.x, c.y, c.z);
    if (!(p.w > 0) || p.z < 0 || p.z > p.w) return;  // behind the camera, or beyond the near or far plane
    if (projective && std::max(view.metresPerPixel, localMetresPerPixel(view.transform, p)) > c.maxMetresPerPixel)
      return;
    auto sx = static_cast<float>(p.x / p.w), sy = static_cast<float>(p.y / p.w);
    PlacedLabel r{i, sx - c.widthPx / 2, sy - c.heightPx / 2, sx + c.widthPx / 2, sy + c.heightPx / 2};
    if (!(r.x0 >= 0 && r.y0 >= 0 && r.x1 <= width && r.y1 <= height)) return;  // also drops NaN
    if (options.accept && !options.accept(i)) return;
    onScreen.push_back({rank(c.priority), r});
  });
  out.stats.candidatesOnScreen = onScreen.size();
  auto before = [](const Entry& a, const Entry& b) {
    return a.rank != b.rank ? a.rank > b.rank : a.rect.candidate < b.rect.candidate;
  };
  // Sorted a slice at a time, best first: the labels placed nearly always come from the first few times
  // maxLabels of tens of thousands on screen, so most are never sorted.
  ScreenGrid grid(view.width, view.height);
  for (const PlacedLabel& r : options.reserved) grid.add(r);
  auto begin = onScreen.begin();
  std::size_t slice = std::max<std::size_t>(1024, options.maxLabels * 4);
  while (begin != onScreen.end() && out.labels.size() < options.maxLabels) {
    auto end = begin + static_cast<std::ptrdiff_t>(
                           std::min<std::size_t>(slice, static_cast<std::size_t>(onScreen.end() - begin)));
    std::partial_sort(begin, end, onScreen.end(), before);
    for (auto it = begin; it != end && out.labels.size() < options.maxLabels; ++it) {
      if (grid.collides(it->rect, options.paddingPx)) continue;
      grid.add(it->rect);
      out.labels.push_back(it->rect);
    }
    begin = end;
    slice *= 2;
  }
  return out;
}

}  // namespace wm::scene
