#include "scene/coverage_raster.hpp"

#include <algorithm>
#include <cmath>

namespace wm::scene {
namespace {

// Writes a project's texel: a later feature covers an earlier one; within one feature a texel that is the core
// of any of its segments stays core (so the joints of a line do not flicker between core and edge).
void put(std::vector<std::uint32_t>& layer, std::size_t at, std::uint32_t value) {
  std::uint32_t old = layer[at];
  if ((old & kCoverageIndexMask) == (value & kCoverageIndexMask)) value &= old;
  layer[at] = value;
}

// Grid-space drawing of one feature (coordinates in texels from the grid's south-west corner).
class Painter {
public:
  Painter(CoverageGrid& grid) : _g(grid) {}

  double tx(double x) const { return (x - _g.minX) / _g.texel; }
  double ty(double y) const { return (y - _g.minY) / _g.texel; }

  // Texel centres within `r` of segment A→B; those beyond half of r are marked as the line's edge when r ≥ 1.5.
  void segment(double ax, double ay, double bx, double by, double r, std::uint32_t value, bool edges) {
    int j0 = std::max(0, static_cast<int>(std::floor(std::min(ay, by) - r))),
        j1 = std::min(_g.size - 1, static_cast<int>(std::floor(std::max(ay, by) + r)));
    int i0 = std::max(0, static_cast<int>(std::floor(std::min(ax, bx) - r))),
        i1 = std::min(_g.size - 1, static_cast<int>(std::floor(std::max(ax, bx) + r)));
    if (j0 > j1 || i0 > i1) return;
    double dx = bx - ax, dy = by - ay, length2 = dx * dx + dy * dy, length = std::sqrt(length2);
    // Per row only the texels near the centre line are tried: its x there ± the band's horizontal half-width.
    double reach = std::abs(dy) > 1e-9 ? r * length / std::abs(dy) + r + 1 : INFINITY;
    for (int j = j0; j <= j1; ++j) {
      double yc = j + 0.5;
      int from = i0, to = i1;
      if (std::isfinite(reach)) {
        double xs = ax + (std::clamp(yc, std::min(ay, by), std::max(ay, by)) - ay) * dx / dy;
        from = std::max(i0, static_cast<int>(std::floor(xs - reach)));
        to = std::min(i1, static_cast<int>(std::floor(xs + reach)));
      }
      for (int i = from; i <= to; ++i) {
        double px = i + 0.5 - ax, py = yc - ay;
        double t = length2 > 0 ? std::clamp((px * dx + py * dy) / length2, 0.0, 1.0) : 0.0;
        double ex = px - t * dx, ey = py - t * dy, d = std::sqrt(ex * ex + ey * ey);
        if (d > r) continue;
        put(_g.top, index(i, j), edges && r >= 1.5 && d > 0.5 * r ? value | kCoverageEdge : value);
      }
    }
  }

  void disc(double cx, double cy, double r, std::uint32_t value) { segment(cx, cy, cx, cy, r, value, false); }

  // Rows crossed by the polygon's rings, filled between pairs of crossings (even-odd). Returns texels filled.
  std::size_t polygon(const geo::GeometryStore& g, std::size_t f, std::uint32_t value) {
    geo::Extent e = g.featureExtent(f);
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
        for (int i = from; i <= to; ++i) put(_g.fill, index(i, j), value), ++filled;
      }
    }
    return filled;
  }

  bool inside(double x, double y) const { return x >= 0 && y >= 0 && x < _g.size && y < _g.size; }
  std::size_t index(int i, int j) const { return std::size_t(j) * std::size_t(_g.size) + std::size_t(i); }

private:
  CoverageGrid& _g;
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
  // Three passes, as the vector map's drawing order: fills, then lines and outlines, then markers.
  for (const WorksFeature& w : features) {
    const geo::GeometryStore& g = catalog.layers[w.layer].geometry;
    if (g.featureKinds[w.feature] != geo::GeomKind::Polygon || smallOnGrid(g.featureExtent(w.feature), grid.texel))
      continue;
    if (paint.polygon(g, w.feature, valueOf(w)) > 0) continue;
    // A sliver between texel centres still shows where it is.
    std::uint32_t v = g.firstVertex(g.firstPart(w.feature));
    double x = paint.tx(g.x[v]), y = paint.ty(g.y[v]);
    if (paint.inside(x, y))
      put(grid.fill, paint.index(static_cast<int>(x), static_cast<int>(y)), valueOf(w));
  }
  for (const WorksFeature& w : features) {
    const geo::GeometryStore& g = catalog.layers[w.layer].geometry;
    bool polygon = g.featureKinds[w.feature] == geo::GeomKind::Polygon;
    if (g.featureKinds[w.feature] == geo::GeomKind::Point || (polygon && smallOnGrid(g.featureExtent(w.feature), grid.texel)))
      continue;
    for (std::uint32_t p = g.firstPart(w.feature); p < g.endPartOf(w.feature); ++p) {
      if (g.partRoles[p] == geo::PartRole::Point) continue;
      bool outline = g.partRoles[p] != geo::PartRole::Line;
      double r = (outline ? widths.outline : widths.line) / 2.0;
      std::uint32_t value = valueOf(w) | (outline ? kCoverageOutline : 0);
      for (std::uint32_t v = g.firstVertex(p) + 1; v < g.endVertexOf(p); ++v)
        paint.segment(paint.tx(g.x[v - 1]), paint.ty(g.y[v - 1]), paint.tx(g.x[v]), paint.ty(g.y[v]),
                      std::max(r, 0.5), value, !outline);
    }
  }
  for (const WorksFeature& w : features) {
    const geo::GeometryStore& g = catalog.layers[w.layer].geometry;
    bool polygon = g.featureKinds[w.feature] == geo::GeomKind::Polygon;
    bool point = g.featureKinds[w.feature] == geo::GeomKind::Point;
    if (!point && !(polygon && smallOnGrid(g.featureExtent(w.feature), grid.texel))) continue;
    if (polygon) {
      geo::Extent e = g.featureExtent(w.feature);
      paint.disc(paint.tx(e.centerX()), paint.ty(e.centerY()), widths.blot / 2.0, valueOf(w));
      continue;
    }
    for (std::uint32_t p = g.firstPart(w.feature); p < g.endPartOf(w.feature); ++p) {
      std::uint32_t v = g.firstVertex(p);
      paint.disc(paint.tx(g.x[v]), paint.ty(g.y[v]), widths.marker / 2.0, valueOf(w));
    }
  }
}

WorksIndex::WorksIndex(const domain::Catalog& catalog, double perCell) {
  for (std::size_t i = 0; i < catalog.projects.size(); ++i) {
    const domain::Project& p = catalog.projects[i];
    geo::Extent e = catalog.layers[p.layer].geometry.featureExtent(p.feature);
    if (e.empty()) continue;
    _features.push_back({p.layer, p.feature, static_cast<std::uint32_t>(i)});
    _extents.push_back(e);
    _extent.add(e);
  }
  // Catalog order (layer, then feature), the vector map's drawing order.
  std::vector<std::uint32_t> order(_features.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](auto a, auto b) {
    return std::pair(_features[a].layer, _features[a].feature) < std::pair(_features[b].layer, _features[b].feature);
  });
  std::vector<WorksFeature> features(order.size());
  std::vector<geo::Extent> extents(order.size());
  for (std::size_t i = 0; i < order.size(); ++i) features[i] = _features[order[i]], extents[i] = _extents[order[i]];
  _features = std::move(features);
  _extents = std::move(extents);
  if (_features.empty()) return;
  double w = std::max(_extent.maxX - _extent.minX, 1.0), h = std::max(_extent.maxY - _extent.minY, 1.0);
  _cell = std::max(1.0, std::sqrt(w * h * perCell / static_cast<double>(_features.size())));
  _columns = static_cast<std::int64_t>(w / _cell) + 1;
  _rows = static_cast<std::int64_t>(h / _cell) + 1;
  _cellStart.assign(static_cast<std::size_t>(_columns * _rows) + 1, 0);
  // Two passes (count, then place) over the cells each extent covers.
  for (int pass = 0; pass < 2; ++pass) {
    std::vector<std::uint32_t> fillAt;
    if (pass == 1) {
      for (std::size_t c = 1; c < _cellStart.size(); ++c) _cellStart[c] += _cellStart[c - 1];
      _entries.resize(_cellStart.back());
      fillAt.assign(_cellStart.begin(), _cellStart.end() - 1);
    }
    for (std::uint32_t i = 0; i < _extents.size(); ++i) {
      const geo::Extent& e = _extents[i];
      for (std::int64_t r = row(e.minY); r <= row(e.maxY); ++r)
        for (std::int64_t c = column(e.minX); c <= column(e.maxX); ++c) {
          auto cell = static_cast<std::size_t>(r * _columns + c);
          if (pass == 0)
            ++_cellStart[cell + 1];
          else
            _entries[fillAt[cell]++] = i;
        }
    }
  }
}

std::int64_t WorksIndex::column(double x) const {
  return std::clamp<std::int64_t>(static_cast<std::int64_t>(std::floor((x - _extent.minX) / _cell)), 0, _columns - 1);
}
std::int64_t WorksIndex::row(double y) const {
  return std::clamp<std::int64_t>(static_cast<std::int64_t>(std::floor((y - _extent.minY) / _cell)), 0, _rows - 1);
}

std::vector<WorksFeature> WorksIndex::query(const geo::Extent& box) const {
  std::vector<WorksFeature> out;
  if (_features.empty() || box.empty() || box.maxX < _extent.minX || box.minX > _extent.maxX ||
      box.maxY < _extent.minY || box.minY > _extent.maxY)
    return out;
  std::int64_t c0 = column(box.minX), c1 = column(box.maxX), r0 = row(box.minY), r1 = row(box.maxY);
  std::vector<std::uint32_t> hits;
  for (std::int64_t r = r0; r <= r1; ++r)
    for (std::int64_t c = c0; c <= c1; ++c) {
      auto cell = static_cast<std::size_t>(r * _columns + c);
      for (std::uint32_t k = _cellStart[cell]; k < _cellStart[cell + 1]; ++k) {
        std::uint32_t i = _entries[k];
        const geo::Extent& e = _extents[i];
        // A feature in several cells of the query is taken in the first of them only.
        if (c != std::max(column(e.minX), c0) || r != std::max(row(e.minY), r0)) continue;
        if (e.maxX < box.minX || e.minX > box.maxX || e.maxY < box.minY || e.minY > box.maxY) continue;
        hits.push_back(i);
      }
    }
  std::sort(hits.begin(), hits.end());
  out.reserve(hits.size());
  for (std::uint32_t i : hits) out.push_back(_features[i]);
  return out;
}

double WorksIndex::denseFeaturesPerM2() const {
  std::vector<std::uint32_t> counts;
  for (std::size_t c = 0; c + 1 < _cellStart.size(); ++c)
    if (std::uint32_t n = _cellStart[c + 1] - _cellStart[c]) counts.push_back(n);
  if (counts.empty()) return 0;
  auto at = counts.begin() + static_cast<std::ptrdiff_t>(counts.size() * 9 / 10);
  std::nth_element(counts.begin(), at, counts.end());
  return static_cast<double>(*at) / (_cell * _cell);
}

}  // namespace wm::scene
