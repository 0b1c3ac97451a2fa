#include "io/datum_offset_check.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cmath>
#include <memory>
#include <optional>

#include <fmt/format.h>

#include "geo/transformer.hpp"
#include "geo/web_datum.hpp"

namespace wm::io {
namespace {

constexpr std::size_t kMaxOtherVertices = 200000;
constexpr std::size_t kSample = 2000;
constexpr std::size_t kMinSample = 20;  // fewer vertices than this say nothing either way
constexpr double kCell = 50.0;          // grid cell of the segment index, metres (more over a very wide range)
constexpr double kNear = 10.0;          // "on" the other layer: within a web map's digitising error, metres
constexpr std::uint64_t kMaxCells = std::uint64_t{1} << 26;  // 8 MB of bitmap: 400 km square at 50 m

// The cells nearest() may look in: 3 × 3 around each point of every sample, as a bitmap over their bounding
// range, with each word's rank (the wanted cells before it) so that a wanted cell's place among the wanted is a
// popcount away. A county's samples span a few thousand cells each way (a bit each); over a wider range the cells
// grow so that the bitmap stays within kMaxCells.
class WantedCells {
public:
  static constexpr std::uint32_t kNone = UINT32_MAX;

  explicit WantedCells(const geo::Extent& range) {
    _size = std::max(kCell,
                     std::sqrt((range.maxX - range.minX) * (range.maxY - range.minY) / static_cast<double>(kMaxCells)));
    _x0 = std::floor(range.minX / _size) - 1;
    _y0 = std::floor(range.minY / _size) - 1;
    _width = static_cast<std::int64_t>(std::floor(range.maxX / _size) - _x0) + 2;
    _height = static_cast<std::int64_t>(std::floor(range.maxY / _size) - _y0) + 2;
    _bits.assign(static_cast<std::size_t>(_width * _height + 63) / 64, 0);
  }

  std::int64_t cellX(double x) const { return static_cast<std::int64_t>(std::floor(x / _size) - _x0); }
  std::int64_t cellY(double y) const { return static_cast<std::int64_t>(std::floor(y / _size) - _y0); }
  double size() const { return _size; }

  void wantAround(double x, double y) {
    const std::int64_t cx = cellX(x), cy = cellY(y);
    for (std::int64_t j = cy - 1; j <= cy + 1; ++j)
      for (std::int64_t i = cx - 1; i <= cx + 1; ++i) {
        const auto bit = static_cast<std::size_t>(j * _width + i);
        _bits[bit >> 6] |= std::uint64_t{1} << (bit & 63);
      }
  }
  /// After the last wantAround: counts the wanted cells before each word.
  void seal() {
    _rank.resize(_bits.size());
    std::uint32_t before = 0;
    for (std::size_t w = 0; w < _bits.size(); ++w) {
      _rank[w] = before;
      before += static_cast<std::uint32_t>(std::popcount(_bits[w]));
    }
    _count = before;
  }
  std::uint32_t count() const { return _count; }

  /// The place of cell (cx, cy) among the wanted ones, or kNone.
  std::uint32_t index(std::int64_t cx, std::int64_t cy) const {
    if (cx < 0 || cy < 0 || cx >= _width || cy >= _height) return kNone;
    const auto bit = static_cast<std::size_t>(cy * _width + cx);
    const std::uint64_t word = _bits[bit >> 6], mask = std::uint64_t{1} << (bit & 63);
    if (!(word & mask)) return kNone;
    return _rank[bit >> 6] + static_cast<std::uint32_t>(std::popcount(word & (mask - 1)));
  }

private:
  double _size = kCell, _x0 = 0, _y0 = 0;
  std::int64_t _width = 0, _height = 0;
  std::vector<std::uint64_t> _bits;
  std::vector<std::uint32_t> _rank;
  std::uint32_t _count = 0;
};

// The other layer's segments (a lone point is a segment from itself to itself) in the wanted cells they pass,
// by cell: the only places nearest() is asked about. A segment longer than a cell is entered in each cell it
// passes, so no cell holds a long line's whole bounding box. Each segment costs a bit test per cell it passes;
// the segments of a cell lie side by side (offsets per wanted cell), found without hashing.
class SegmentGrid {
public:
  SegmentGrid(const geo::GeometryStore& store, const WantedCells& wanted) : _g(store), _wanted(wanted) {
    std::vector<std::pair<std::uint32_t, Segment>> entries;
    for (std::size_t p = 0; p + 1 < _g.partVertices.size(); ++p) {
      std::uint32_t v0 = _g.partVertices[p], v1 = _g.partVertices[p + 1];
      if (v1 == v0 + 1) add({v0, v0}, entries);
      for (std::uint32_t v = v0 + 1; v < v1; ++v) add({v - 1, v}, entries);
    }
    _offsets.assign(std::size_t{_wanted.count()} + 1, 0);
    for (const auto& e : entries) ++_offsets[e.first + 1];
    for (std::size_t i = 1; i < _offsets.size(); ++i) _offsets[i] += _offsets[i - 1];
    _segments.resize(entries.size());
    std::vector<std::uint32_t> next(_offsets.begin(), _offsets.end() - 1);
    for (const auto& e : entries) _segments[next[e.first]++] = e.second;
  }

  // Distance to the nearest segment within a cell of (x, y), else infinity. (x, y) is a sample's point.
  double nearest(double x, double y) const {
    double best = INFINITY;
    if (!std::isfinite(x) || !std::isfinite(y)) return best;  // a point PROJ could not convert back
    const std::int64_t cx = _wanted.cellX(x), cy = _wanted.cellY(y);
    for (std::int64_t j = cy - 1; j <= cy + 1; ++j)
      for (std::int64_t i = cx - 1; i <= cx + 1; ++i)
        if (std::uint32_t c = _wanted.index(i, j); c != WantedCells::kNone)
          for (std::uint32_t k = _offsets[c]; k < _offsets[c + 1]; ++k)
            best = std::min(best, distance(x, y, _segments[k]));
    return best <= _wanted.size() ? best : INFINITY;
  }

private:
  struct Segment {
    std::uint32_t a, b;
  };

  // Into the wanted cells of points along the segment less than a cell apart: any cell it crosses is then one
  // of those or next to one, which the 3 × 3 search of nearest() covers.
  void add(Segment s, std::vector<std::pair<std::uint32_t, Segment>>& entries) const {
    const double dx = _g.x[s.b] - _g.x[s.a], dy = _g.y[s.b] - _g.y[s.a];
    const int steps = static_cast<int>(std::ceil(std::hypot(dx, dy) / _wanted.size()));
    std::uint32_t last = WantedCells::kNone;
    for (int k = 0; k <= steps; ++k) {
      const double t = steps > 0 ? static_cast<double>(k) / steps : 0.0;
      const std::uint32_t here = _wanted.index(_wanted.cellX(_g.x[s.a] + t * dx), _wanted.cellY(_g.y[s.a] + t * dy));
      if (here != WantedCells::kNone && here != last) entries.emplace_back(here, s);
      last = here;
    }
  }

  double distance(double x, double y, Segment s) const {
    const double ax = _g.x[s.a], ay = _g.y[s.a], dx = _g.x[s.b] - ax, dy = _g.y[s.b] - ay;
    const double len2 = dx * dx + dy * dy;
    const double t = len2 > 0 ? std::clamp(((x - ax) * dx + (y - ay) * dy) / len2, 0.0, 1.0) : 0.0;
    return std::hypot(x - (ax + t * dx), y - (ay + t * dy));
  }

  const geo::GeometryStore& _g;
  const WantedCells& _wanted;
  std::vector<std::uint32_t> _offsets;  ///< per wanted cell, where its segments start in _segments
  std::vector<Segment> _segments;
};

// A sample of the layer's vertices as they are and as they would be if the layer were converted back from each
// web-map datum, all in the working CRS. Empty when the layer lies outside China (no shift there) or PROJ fails.
constexpr std::array<geo::WebDatum, 2> kDatums{geo::WebDatum::Gcj02, geo::WebDatum::Bd09};
struct Sample {
  std::vector<double> x, y;
  std::array<std::vector<double>, kDatums.size()> backX, backY;
  geo::Extent extent;  ///< of every point above

  template <typename Visit>
  void forEachPoint(Visit&& visit) const {
    for (std::size_t i = 0; i < x.size(); ++i) visit(x[i], y[i]);
    for (std::size_t d = 0; d < kDatums.size(); ++d)
      for (std::size_t i = 0; i < x.size(); ++i) visit(backX[d][i], backY[d][i]);
  }
};

Sample sampleOf(const geo::GeometryStore& g, const geo::Crs& working) {
  Sample s;
  auto toLonLat = geo::Transformer::create(working.definition(), working.geodeticDefinition());
  auto back = geo::Transformer::create(working.geodeticDefinition(), working.definition());
  if (!toLonLat || !back) return s;
  std::size_t step = std::max<std::size_t>(1, g.x.size() / kSample);
  for (std::size_t v = 0; v < g.x.size(); v += step) {
    s.x.push_back(g.x[v]);
    s.y.push_back(g.y[v]);
  }
  std::vector<double> lon = s.x, lat = s.y;
  toLonLat->transform(lon.data(), lat.data(), lon.size());
  if (!geo::insideChinaRectangle({lon[0], lat[0]})) return {};
  for (std::size_t d = 0; d < kDatums.size(); ++d) {
    s.backX[d] = lon;
    s.backY[d] = lat;
    geo::toWgs84(kDatums[d], s.backX[d].data(), s.backY[d].data(), lon.size());
    back->transform(s.backX[d].data(), s.backY[d].data(), lon.size());
  }
  s.forEachPoint([&](double x, double y) {
    if (std::isfinite(x) && std::isfinite(y)) s.extent.add(x, y);
  });
  return s;
}

// Shares of the sample lying on the other layer (within kNear of its lines or points) as it is and once
// converted back from the datum that fits best.
struct Fit {
  double asIs = 0;
  double shiftedBack = 0;
  std::size_t datum = 0;  ///< index into kDatums
};

// The share as it stands is looked for only when a datum fits at least `minShifted` (else it is left 0): on
// data without a shift that first test already says no, at a third of the searches. A shifted share stops being
// counted as soon as it cannot reach `minShifted` any more (it is then below it, not exact).
Fit fitOf(const Sample& s, const SegmentGrid& other, double minShifted) {
  auto share = [&](const std::vector<double>& x, const std::vector<double>& y, double need) {
    const auto n = static_cast<double>(x.size());
    std::size_t on = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
      on += other.nearest(x[i], y[i]) <= kNear;
      if (static_cast<double>(on + (x.size() - 1 - i)) < need * n) break;
    }
    return static_cast<double>(on) / n;
  };
  Fit fit;
  for (std::size_t d = 0; d < kDatums.size(); ++d)
    if (double back = share(s.backX[d], s.backY[d], minShifted); back > fit.shiftedBack)
      fit.shiftedBack = back, fit.datum = d;
  if (fit.shiftedBack >= minShifted) fit.asIs = share(s.x, s.y, 0.0);
  return fit;
}

// The cells nearest() looks in for every sample's points, as they are and converted back.
WantedCells cellsOf(const std::vector<std::optional<Sample>>& samples) {
  geo::Extent range;
  for (const auto& s : samples)
    if (s) range.add(s->extent);
  WantedCells wanted(range);
  for (const auto& s : samples)
    if (s)
      s->forEachPoint([&](double x, double y) {
        if (std::isfinite(x) && std::isfinite(y)) wanted.wantAround(x, y);
      });
  wanted.seal();
  return wanted;
}

// Whether any of the sample's points comes within kNear of the other layer's extent.
bool within(const Sample& s, const geo::Extent& other) {
  return !other.empty() && s.extent.minX - kNear <= other.maxX && s.extent.maxX + kNear >= other.minX &&
         s.extent.minY - kNear <= other.maxY && s.extent.maxY + kNear >= other.minY;
}

// A layer that may be a web map's: placed on the earth, not converted already, with some geometry.
bool candidate(const LayerPlan& plan, const geo::GeometryStore& g) {
  return plan.datum == geo::WebDatum::None && !plan.crs.planar() && g.x.size() >= kMinSample;
}

}  // namespace

void warnSuspectedWebDatum(const std::vector<const LayerPlan*>& plans, domain::Catalog& catalog) {
  if (catalog.workingCrs.planar()) return;
  // Every candidate's sample first, so that the grids hold only the cells some sample looks in.
  std::vector<std::optional<Sample>> samples(catalog.layers.size());
  bool any = false;
  for (std::size_t l = 0; l < catalog.layers.size() && l < plans.size(); ++l) {
    if (!candidate(*plans[l], catalog.layers[l].geometry)) continue;
    Sample sample = sampleOf(catalog.layers[l].geometry, catalog.workingCrs);
    if (sample.x.empty() || sample.extent.empty()) continue;
    samples[l] = std::move(sample);
    any = true;
  }
  if (!any) return;
  const WantedCells wanted = cellsOf(samples);
  std::vector<std::unique_ptr<SegmentGrid>> grids(catalog.layers.size());  // built when first compared with
  std::vector<std::optional<geo::Extent>> extents(catalog.layers.size());
  for (std::size_t l = 0; l < samples.size(); ++l) {
    if (!samples[l]) continue;
    const LayerPlan& plan = *plans[l];
    const Sample& sample = *samples[l];
    for (std::size_t m = 0; m < catalog.layers.size(); ++m) {
      const auto& other = catalog.layers[m].geometry;
      if (m == l || other.x.empty() || other.x.size() > kMaxOtherVertices) continue;
      if (!extents[m]) extents[m] = other.extent();
      if (!within(sample, *extents[m])) continue;  // nowhere near: no grid, no search
      if (!grids[m]) grids[m] = std::make_unique<SegmentGrid>(other, wanted);
      // Shifted back, most of the layer lies on the other one, and far more of it than as it stands: a data
      // set near the other by chance (a dense street grid, a point on a road) fits about as well either way.
      constexpr double kMinShifted = 0.6;
      Fit fit = fitOf(sample, *grids[m], kMinShifted);
      if (fit.shiftedBack < kMinShifted || fit.shiftedBack - fit.asIs < 0.4) continue;
      const std::size_t d = fit.datum;
      double shift = std::hypot(sample.x[0] - sample.backX[d][0], sample.y[0] - sample.backY[d][0]);
      catalog.diagnostics.add(
          core::Diagnostic::warning(
              core::Msg::WebDatumOffsetSuspected,
              {fmt::format("{:.0f}", shift), catalog.layers[m].info.name, fmt::format("{:.0f}%", fit.shiftedBack * 100),
               fmt::format("{:.0f}%", fit.asIs * 100), std::string(geo::webDatumName(kDatums[d]))})
              .inLayer(plan.display, plan.layerName));
      break;
    }
  }
}

}  // namespace wm::io
