#include "scene/coverage_raster.hpp"

#include "scene/layer_geometry.hpp"

#include <algorithm>
#include <cmath>

namespace wm::scene {
namespace {

// One layer of a grid (top or fill), painted from the topmost feature down: a texel keeps the first feature
// that reaches it, which is what painting bottom-up with overwriting would leave, but lets a feature or segment
// whose footprint is already wholly claimed by features above it be skipped without working out its texels.
// At overview scales of a dense town most works lie under others (the generated county of a million works
// covers each texel of its 16 m overview about 75 times), so most of them are skipped.
class Claims {
public:
  Claims(std::vector<std::uint32_t>& texels, int size)
      : _texels(texels),
        _size(size),
        _tilesAcross((size + kTile - 1) / kTile),
        _free(std::size_t(_tilesAcross) * std::size_t(_tilesAcross)),
        _fullSince(_free.size(), kNever) {
    for (int tj = 0; tj < _tilesAcross; ++tj)
      for (int ti = 0; ti < _tilesAcross; ++ti)
        _free[std::size_t(tj * _tilesAcross + ti)] =
            static_cast<std::uint16_t>(std::min(kTile, size - ti * kTile) * std::min(kTile, size - tj * kTile));
  }

  /// Features are numbered in painting order; a texel claimed while painting feature `feature`.
  void claim(int i, int j, std::uint32_t value, std::uint32_t feature) {
    std::uint32_t& texel = _texels[std::size_t(j) * std::size_t(_size) + std::size_t(i)];
    if (texel == 0) {
      texel = value;
      std::size_t tile = std::size_t((j / kTile) * _tilesAcross + i / kTile);
      if (--_free[tile] == 0) _fullSince[tile] = feature;
    } else if ((texel & kCoverageIndexMask) == (value & kCoverageIndexMask)) {
      // The same feature again (another of its segments): a texel in the core of any of them stays core, so the
      // joints of a line do not flicker between core and edge.
      texel &= value;
    }
  }

  /// Whether every texel of columns i0…i1, rows j0…j1 was claimed before feature `feature` began: nothing it
  /// paints there would show. (A tile filled during the feature itself does not count: the feature may still
  /// turn its own edge texels into core ones.)
  bool covered(int i0, int j0, int i1, int j1, std::uint32_t feature) const {
    for (int tj = j0 / kTile; tj <= j1 / kTile; ++tj)
      for (int ti = i0 / kTile; ti <= i1 / kTile; ++ti)
        if (_fullSince[std::size_t(tj * _tilesAcross + ti)] >= feature) return false;
    return true;
  }

private:
  static constexpr int kTile = 8;
  static constexpr std::uint32_t kNever = ~0u;
  std::vector<std::uint32_t>& _texels;
  int _size, _tilesAcross;
  std::vector<std::uint16_t> _free;       ///< per tile of kTile² texels, those not claimed yet
  std::vector<std::uint32_t> _fullSince;  ///< per tile, the feature that claimed its last free texel
};

// Grid-space drawing of one feature at a time (coordinates in texels from the grid's south-west corner), from
// the topmost feature down (see Claims).
class Painter {
public:
  explicit Painter(CoverageGrid& grid) : _g(grid), _top(grid.top, grid.size), _fill(grid.fill, grid.size) {}

  double tx(double x) const { return (x - _g.minX) / _g.texel; }
  double ty(double y) const { return (y - _g.minY) / _g.texel; }

  /// Starts the next feature down.
  void next() { ++_feature; }

  /// Whether anything of the current feature within `r` texels of extent `e` could still show in the top
  /// (lines, outlines, markers) or fill layer: false when the footprint is off the grid or wholly covered.
  bool mayShow(const geo::Extent& e, double r, bool fill) const {
    return mayShow(tx(e.minX) - r, ty(e.minY) - r, tx(e.maxX) + r, ty(e.maxY) + r, fill ? _fill : _top);
  }

  // Texel centres within `r` of segment A→B; those beyond half of r are marked as the line's edge when r ≥ 1.5.
  // Row by row, the stretch of the row's centre line inside the capsule is found in closed form.
  void segment(double ax, double ay, double bx, double by, double r, std::uint32_t value, bool edges) {
    if (!mayShow(std::min(ax, bx) - r, std::min(ay, by) - r, std::max(ax, bx) + r, std::max(ay, by) + r, _top)) return;
    // Clamped before the cast: a long feature's far end may lie millions of texels away.
    int j0 = static_cast<int>(std::clamp(std::floor(std::min(ay, by) - r), 0.0, static_cast<double>(_g.size))),
        j1 = static_cast<int>(std::clamp(std::floor(std::max(ay, by) + r), -1.0, _g.size - 1.0));
    const bool marksEdge = edges && r >= 1.5;
    const Capsule c(ax, ay, bx, by);
    for (int j = j0; j <= j1; ++j) {
      double yc = j + 0.5, from, to;
      if (!c.row(yc, r, from, to)) continue;
      int i0 = static_cast<int>(std::clamp(std::ceil(from - 0.5), 0.0, static_cast<double>(_g.size)));
      int i1 = static_cast<int>(std::clamp(std::floor(to - 0.5), -1.0, _g.size - 1.0));
      double coreFrom = INFINITY, coreTo = -INFINITY;
      if (marksEdge) c.row(yc, 0.5 * r, coreFrom, coreTo);
      for (int i = i0; i <= i1; ++i) {
        bool edge = marksEdge && (i + 0.5 < coreFrom || i + 0.5 > coreTo);
        _top.claim(i, j, edge ? value | kCoverageEdge : value, _feature);
      }
    }
  }

  // The points within a distance of segment A→B, cut by horizontal lines.
  struct Capsule {
    double ax, ay, bx, by, length, ux = 0, uy = 0;
    Capsule(double ax_, double ay_, double bx_, double by_)
        : ax(ax_), ay(ay_), bx(bx_), by(by_), length(std::hypot(bx_ - ax_, by_ - ay_)) {
      if (length > 1e-12) ux = (bx - ax) / length, uy = (by - ay) / length;
    }
    // The x range of the line y = yc within `r` of the segment: the hull of its stretches through the two end
    // discs and through the band along the segment. False when it misses.
    bool row(double yc, double r, double& from, double& to) const {
      from = INFINITY, to = -INFINITY;
      for (auto [px, py] : {std::pair{ax, ay}, {bx, by}}) {
        double h2 = r * r - (yc - py) * (yc - py);
        if (h2 < 0) continue;
        double h = std::sqrt(h2);
        from = std::min(from, px - h), to = std::max(to, px + h);
      }
      if (length <= 1e-12) return from <= to;
      // Along the segment: 0 ≤ (x - ax)·ux + ry·uy ≤ length; across it: |ry·ux - (x - ax)·uy| ≤ r.
      double ry = yc - ay, lo = -INFINITY, hi = INFINITY;
      if (std::abs(ux) > 1e-12) {
        double p = -ry * uy / ux, q = (length - ry * uy) / ux;
        lo = std::max(lo, std::min(p, q)), hi = std::min(hi, std::max(p, q));
      } else if (ry * uy < 0 || ry * uy > length) {
        return from <= to;
      }
      if (std::abs(uy) > 1e-12) {
        double p = (ry * ux - r) / uy, q = (ry * ux + r) / uy;
        lo = std::max(lo, std::min(p, q)), hi = std::min(hi, std::max(p, q));
      } else if (std::abs(ry * ux) > r) {
        return from <= to;
      }
      if (lo <= hi) from = std::min(from, ax + lo), to = std::max(to, ax + hi);
      return from <= to;
    }
  };

  void disc(double cx, double cy, double r, std::uint32_t value) { segment(cx, cy, cx, cy, r, value, false); }

  // Rows crossed by the polygon's rings, filled between pairs of crossings (even-odd). Returns texels reached.
  std::size_t polygon(const geo::GeometryStore& g, std::size_t f, const geo::Extent& e, std::uint32_t value) {
    int j0 = std::max(0, static_cast<int>(std::floor(ty(e.minY)))),
        j1 = std::min(_g.size - 1, static_cast<int>(std::floor(ty(e.maxY))));
    std::size_t filled = 0;
    thread_local std::vector<double> xs;
    for (int j = j0; j <= j1; ++j) {
      double yc = j + 0.5;
      xs.clear();
      for (std::uint32_t p = g.firstPart(f); p < g.endPartOf(f); ++p) {
        if (g.partRoles[p] != geo::PartRole::OuterRing && g.partRoles[p] != geo::PartRole::InnerRing) continue;
        for (std::uint32_t v = g.firstVertex(p) + 1; v < g.endVertexOf(p); ++v) {
          double y1 = ty(g.y[v - 1]), y2 = ty(g.y[v]);
          if ((y1 <= yc) == (y2 <= yc)) continue;
          double x1 = tx(g.x[v - 1]), x2 = tx(g.x[v]);
          xs.push_back(x1 + (yc - y1) * (x2 - x1) / (y2 - y1));
        }
      }
      std::sort(xs.begin(), xs.end());
      for (std::size_t k = 0; k + 1 < xs.size(); k += 2) {
        int from = std::max(0, static_cast<int>(std::ceil(xs[k] - 0.5)));
        int to = std::min(_g.size - 1, static_cast<int>(std::ceil(xs[k + 1] - 0.5)) - 1);
        for (int i = from; i <= to; ++i) _fill.claim(i, j, value, _feature), ++filled;
      }
    }
    return filled;
  }

  /// A single fill texel at (x, y) in texels, when on the grid.
  void fillAt(double x, double y, std::uint32_t value) {
    if (x >= 0 && y >= 0 && x < _g.size && y < _g.size)
      _fill.claim(static_cast<int>(x), static_cast<int>(y), value, _feature);
  }

private:
  bool mayShow(double x0, double y0, double x1, double y1, const Claims& layer) const {
    if (x1 < 0 || y1 < 0 || x0 >= _g.size || y0 >= _g.size) return false;
    auto clamp = [&](double v) { return static_cast<int>(std::clamp(std::floor(v), 0.0, _g.size - 1.0)); };
    return !layer.covered(clamp(x0), clamp(y0), clamp(x1), clamp(y1), _feature);
  }

  CoverageGrid& _g;
  Claims _top, _fill;
  std::uint32_t _feature = 0;
};

bool smallOnGrid(const geo::Extent& e, double texel) {
  return (e.maxX - e.minX) < 3 * texel && (e.maxY - e.minY) < 3 * texel;
}

}  // namespace

bool CoverageGrid::empty() const {
  return std::all_of(top.begin(), top.end(), [](auto v) { return v == 0; }) &&
         std::all_of(fill.begin(), fill.end(), [](auto v) { return v == 0; });
}

void rasterizeWorks(const domain::Catalog& catalog, const std::vector<WorksFeature>& features,
                    const CoverageWidths& widths, CoverageGrid& grid) {
  Painter paint(grid);
  auto valueOf = [](const WorksFeature& w) { return (w.project + 1) & kCoverageIndexMask; };
  auto kindOf = [&](const WorksFeature& w) { return catalog.layers[w.layer].geometry.featureKinds[w.feature]; };
  auto isBlot = [&](const WorksFeature& w) {
    return kindOf(w) == geo::GeomKind::Polygon && smallOnGrid(w.extent, grid.texel);
  };
  // As the vector map draws them, fills go under lines and outlines, which go under markers; within each,
  // later features cover earlier ones. Painted top-down: markers, then lines and outlines (the top layer), and
  // fills (their own layer), each from the last feature to the first.
  for (auto w = features.rbegin(); w != features.rend(); ++w) {
    paint.next();
    const geo::GeometryStore& g = catalog.layers[w->layer].geometry;
    if (isBlot(*w)) {
      if (paint.mayShow(w->extent, widths.blot / 2.0, false))
        paint.disc(paint.tx(w->extent.centerX()), paint.ty(w->extent.centerY()), widths.blot / 2.0, valueOf(*w));
    } else if (kindOf(*w) == geo::GeomKind::Point && paint.mayShow(w->extent, widths.marker / 2.0, false)) {
      for (std::uint32_t p = g.firstPart(w->feature); p < g.endPartOf(w->feature); ++p) {
        std::uint32_t v = g.firstVertex(p);
        paint.disc(paint.tx(g.x[v]), paint.ty(g.y[v]), widths.marker / 2.0, valueOf(*w));
      }
    }
  }
  std::vector<std::uint32_t> kept;
  const double lineR = std::max(widths.line / 2.0, 0.5), outlineR = std::max(widths.outline / 2.0, 0.5);
  for (auto w = features.rbegin(); w != features.rend(); ++w) {
    paint.next();
    if (kindOf(*w) == geo::GeomKind::Point || isBlot(*w) || !paint.mayShow(w->extent, std::max(lineR, outlineR), false))
      continue;
    const geo::GeometryStore& g = catalog.layers[w->layer].geometry;
    for (std::uint32_t p = g.firstPart(w->feature); p < g.endPartOf(w->feature); ++p) {
      if (g.partRoles[p] == geo::PartRole::Point) continue;
      bool outline = g.partRoles[p] != geo::PartRole::Line;
      std::uint32_t value = valueOf(*w) | (outline ? kCoverageOutline : 0);
      // Within half a texel of the line: at overview texels a road of a dozen vertices is a segment or two.
      simplifyPart(g, g.firstVertex(p), g.endVertexOf(p), grid.texel / 2, kept);
      for (std::size_t k = 1; k < kept.size(); ++k)
        paint.segment(paint.tx(g.x[kept[k - 1]]), paint.ty(g.y[kept[k - 1]]), paint.tx(g.x[kept[k]]),
                      paint.ty(g.y[kept[k]]), outline ? outlineR : lineR, value, !outline);
    }
  }
  for (auto w = features.rbegin(); w != features.rend(); ++w) {
    paint.next();
    if (kindOf(*w) != geo::GeomKind::Polygon || isBlot(*w) || !paint.mayShow(w->extent, 0, true)) continue;
    const geo::GeometryStore& g = catalog.layers[w->layer].geometry;
    if (paint.polygon(g, w->feature, w->extent, valueOf(*w)) > 0) continue;
    // A sliver between texel centres still shows where it is.
    std::uint32_t v = g.firstVertex(g.firstPart(w->feature));
    paint.fillAt(paint.tx(g.x[v]), paint.ty(g.y[v]), valueOf(*w));
  }
}

namespace {

std::vector<WorksFeature> wholeFeatures(const domain::Catalog& catalog,
                                        const std::vector<std::vector<geo::Extent>>& extents) {
  std::vector<WorksFeature> out;
  out.reserve(catalog.projects.size());
  for (std::size_t i = 0; i < catalog.projects.size(); ++i) {
    const domain::Project& p = catalog.projects[i];
    out.push_back({p.layer, p.feature, static_cast<std::uint32_t>(i), extents[p.layer][p.feature]});
  }
  return out;
}

}  // namespace

WorksIndex::WorksIndex(const domain::Catalog& catalog, const std::vector<std::vector<geo::Extent>>& extents,
                       double perCell)
    : WorksIndex(wholeFeatures(catalog, extents), perCell) {}

WorksIndex::WorksIndex(std::vector<WorksFeature> entries, double perCell) : _features(std::move(entries)) {
  std::erase_if(_features, [](const WorksFeature& f) { return f.extent.empty(); });
  for (const WorksFeature& f : _features) _extent.add(f.extent);
  // Catalog order (layer, then feature), the vector map's drawing order; loaders list projects that way already.
  auto byPlace = [](const WorksFeature& a, const WorksFeature& b) {
    return std::pair(a.layer, a.feature) < std::pair(b.layer, b.feature);
  };
  if (!std::is_sorted(_features.begin(), _features.end(), byPlace))
    std::stable_sort(_features.begin(), _features.end(), byPlace);
  if (_features.empty()) return;
  double w = std::max(_extent.maxX - _extent.minX, 1.0), h = std::max(_extent.maxY - _extent.minY, 1.0);
  double base = std::max(1.0, std::sqrt(w * h * perCell / static_cast<double>(_features.size())));
  storeByCell(makeGrids(base, w, h));
  measureDensity(base);
}

std::vector<std::uint8_t> WorksIndex::makeGrids(double base, double w, double h) {
  // Each feature's level: the first whose cells are at least as large as its extent.
  std::vector<std::uint8_t> levelOf(_features.size());
  std::size_t levels = 1;
  for (std::size_t i = 0; i < _features.size(); ++i) {
    const geo::Extent& e = _features[i].extent;
    double size = std::max(e.maxX - e.minX, e.maxY - e.minY);
    std::uint8_t k = 0;
    while (k < 40 && base * std::exp2(k) < size) ++k;
    levelOf[i] = k;
    levels = std::max<std::size_t>(levels, k + 1u);
  }
  _grids.resize(levels);
  for (std::size_t k = 0; k < levels; ++k) {
    Grid& g = _grids[k];
    g.cell = base * std::exp2(static_cast<double>(k));
    g.columns = static_cast<std::int64_t>(w / g.cell) + 1;
    g.rows = static_cast<std::int64_t>(h / g.cell) + 1;
    g.start.assign(static_cast<std::size_t>(g.columns * g.rows) + 1, 0);
  }
  return levelOf;
}

void WorksIndex::storeByCell(const std::vector<std::uint8_t>& levelOf) {
  auto cellOf = [&](std::size_t i) {
    const Grid& g = _grids[levelOf[i]];
    const geo::Extent& e = _features[i].extent;
    return static_cast<std::size_t>(g.row(e.minY, _extent) * g.columns + g.column(e.minX, _extent));
  };
  for (std::size_t i = 0; i < _features.size(); ++i) ++_grids[levelOf[i]].start[cellOf(i) + 1];
  std::size_t first = 0;
  for (Grid& g : _grids) {
    for (std::size_t c = 1; c < g.start.size(); ++c) g.start[c] += g.start[c - 1];
    g.first = first;
    first += g.start.back();
  }
  // Stored grid by grid and cell by cell (catalog order within a cell).
  std::vector<std::vector<std::uint32_t>> fillAt(_grids.size());
  for (std::size_t k = 0; k < _grids.size(); ++k) fillAt[k].assign(_grids[k].start.begin(), _grids[k].start.end() - 1);
  std::vector<WorksFeature> stored(_features.size());
  _ordinal.resize(_features.size());
  for (std::size_t i = 0; i < _features.size(); ++i) {
    const Grid& g = _grids[levelOf[i]];
    std::size_t at = g.first + fillAt[levelOf[i]][cellOf(i)]++;
    stored[at] = _features[i];
    _ordinal[at] = static_cast<std::uint32_t>(i);
  }
  _features = std::move(stored);
}

// Density: feature centres per finest cell.
void WorksIndex::measureDensity(double base) {
  const Grid& finest = _grids[0];
  std::vector<std::uint32_t> counts(static_cast<std::size_t>(finest.columns * finest.rows), 0);
  for (const WorksFeature& f : _features)
    ++counts[static_cast<std::size_t>(finest.row(f.extent.centerY(), _extent) * finest.columns +
                                      finest.column(f.extent.centerX(), _extent))];
  std::erase(counts, 0u);
  auto at = counts.begin() + static_cast<std::ptrdiff_t>(counts.size() * 9 / 10);
  std::nth_element(counts.begin(), at, counts.end());
  _dense = static_cast<double>(*at) / (base * base);
}

std::int64_t WorksIndex::Grid::column(double x, const geo::Extent& e) const {
  return std::clamp<std::int64_t>(static_cast<std::int64_t>(std::floor((x - e.minX) / cell)), 0, columns - 1);
}
std::int64_t WorksIndex::Grid::row(double y, const geo::Extent& e) const {
  return std::clamp<std::int64_t>(static_cast<std::int64_t>(std::floor((y - e.minY) / cell)), 0, rows - 1);
}

std::vector<WorksFeature> WorksIndex::query(const geo::Extent& box) const {
  std::vector<WorksFeature> out;
  if (_features.empty() || box.empty() || box.maxX < _extent.minX || box.minX > _extent.maxX ||
      box.maxY < _extent.minY || box.minY > _extent.maxY)
    return out;
  std::vector<std::uint32_t> hits;
  for (const Grid& g : _grids) {
    // A feature sits in the cell of its south-west corner and reaches at most one cell further.
    std::int64_t c0 = g.column(box.minX - g.cell, _extent), c1 = g.column(box.maxX, _extent);
    std::int64_t r0 = g.row(box.minY - g.cell, _extent), r1 = g.row(box.maxY, _extent);
    for (std::int64_t r = r0; r <= r1; ++r)
      for (std::int64_t c = c0; c <= c1; ++c) {
        auto cell = static_cast<std::size_t>(r * g.columns + c);
        for (std::size_t k = g.first + g.start[cell]; k < g.first + g.start[cell + 1]; ++k) {
          const geo::Extent& e = _features[k].extent;
          if (e.maxX < box.minX || e.minX > box.maxX || e.maxY < box.minY || e.minY > box.maxY) continue;
          hits.push_back(static_cast<std::uint32_t>(k));
        }
      }
  }
  std::sort(hits.begin(), hits.end(), [&](std::uint32_t a, std::uint32_t b) { return _ordinal[a] < _ordinal[b]; });
  out.reserve(hits.size());
  for (std::uint32_t k : hits) out.push_back(_features[k]);
  return out;
}

double WorksIndex::denseFeaturesPerM2() const { return _dense; }

}  // namespace wm::scene
