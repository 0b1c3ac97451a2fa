#include "io/datum_offset_check.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>

#include "geo/transformer.hpp"
#include "geo/web_datum.hpp"

namespace wm::io {
namespace {

constexpr std::size_t kMaxOtherVertices = 200000;
constexpr std::size_t kSample = 2000;
constexpr std::size_t kMinSample = 20;  // fewer vertices than this say nothing either way
constexpr double kCell = 50.0;          // grid cell of the segment index, metres
constexpr double kNear = 10.0;          // "on" the other layer: within a web map's digitising error, metres

// Grid cells, as SegmentGrid keys them.
using CellSet = std::unordered_set<std::int64_t>;

// The other layer's segments (a lone point is a segment from itself to itself), found by grid cell. A segment
// longer than a cell is entered in each cell it passes, so no cell holds a long line's whole bounding box. Only
// the cells in `wanted` are kept: those around the samples' points, the only places nearest() is asked about
// (a county's works layer has millions of cells; the samples touch a few tens of thousands).
class SegmentGrid {
public:
  SegmentGrid(const geo::GeometryStore& store, const CellSet& wanted) : _g(store), _wanted(wanted) {
    for (std::size_t p = 0; p + 1 < _g.partVertices.size(); ++p) {
      std::uint32_t v0 = _g.partVertices[p], v1 = _g.partVertices[p + 1];
      if (v1 == v0 + 1) add({v0, v0});
      for (std::uint32_t v = v0 + 1; v < v1; ++v) add({v - 1, v});
    }
  }

  // Distance to the nearest segment within a cell of (x, y), else infinity.
  double nearest(double x, double y) const {
    double best = INFINITY;
    const std::int64_t cx = cell(x), cy = cell(y);
    for (std::int64_t i = cx - 1; i <= cx + 1; ++i)
      for (std::int64_t j = cy - 1; j <= cy + 1; ++j)
        if (auto it = _cells.find(key(i, j)); it != _cells.end())
          for (const Segment& s : it->second) best = std::min(best, distance(x, y, s));
    return best <= kCell ? best : INFINITY;
  }

private:
  struct Segment {
    std::uint32_t a, b;
  };

public:
  static std::int64_t cell(double v) { return static_cast<std::int64_t>(std::floor(v / kCell)); }
  static std::int64_t key(std::int64_t cx, std::int64_t cy) { return cx * 4000037 + cy; }

private:
  // Into the cells of points along the segment less than a cell apart: any cell it crosses is then one of
  // those or next to one, which the 3 × 3 search of nearest() covers.
  void add(Segment s) {
    const double dx = _g.x[s.b] - _g.x[s.a], dy = _g.y[s.b] - _g.y[s.a];
    const int steps = static_cast<int>(std::ceil(std::hypot(dx, dy) / kCell));
    std::int64_t last = 0;
    for (int k = 0; k <= steps; ++k) {
      const double t = steps > 0 ? static_cast<double>(k) / steps : 0.0;
      const std::int64_t here = key(cell(_g.x[s.a] + t * dx), cell(_g.y[s.a] + t * dy));
      if (k > 0 && here == last) continue;
      if (_wanted.count(here)) _cells[here].push_back(s);
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
  const CellSet& _wanted;
  std::unordered_map<std::int64_t, std::vector<Segment>> _cells;
};

// A sample of the layer's vertices as they are and as they would be if the layer were converted back from each
// web-map datum, all in the working CRS. Empty when the layer lies outside China (no shift there) or PROJ fails.
constexpr std::array<geo::WebDatum, 2> kDatums{geo::WebDatum::Gcj02, geo::WebDatum::Bd09};
struct Sample {
  std::vector<double> x, y;
  std::array<std::vector<double>, kDatums.size()> backX, backY;
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
// data without a shift that first test already says no, at a third of the searches.
Fit fitOf(const Sample& s, const SegmentGrid& other, double minShifted) {
  auto share = [&](const std::vector<double>& x, const std::vector<double>& y) {
    std::size_t on = 0;
    for (std::size_t i = 0; i < x.size(); ++i) on += other.nearest(x[i], y[i]) <= kNear;
    return static_cast<double>(on) / static_cast<double>(x.size());
  };
  Fit fit;
  for (std::size_t d = 0; d < kDatums.size(); ++d)
    if (double back = share(s.backX[d], s.backY[d]); back > fit.shiftedBack) fit.shiftedBack = back, fit.datum = d;
  if (fit.shiftedBack >= minShifted) fit.asIs = share(s.x, s.y);
  return fit;
}

// The cells nearest() looks in for the sample's points, as they are and converted back.
void addCells(const Sample& s, CellSet& cells) {
  auto around = [&](const std::vector<double>& x, const std::vector<double>& y) {
    for (std::size_t i = 0; i < x.size(); ++i) {
      const std::int64_t cx = SegmentGrid::cell(x[i]), cy = SegmentGrid::cell(y[i]);
      for (std::int64_t a = cx - 1; a <= cx + 1; ++a)
        for (std::int64_t b = cy - 1; b <= cy + 1; ++b) cells.insert(SegmentGrid::key(a, b));
    }
  };
  around(s.x, s.y);
  for (std::size_t d = 0; d < kDatums.size(); ++d) around(s.backX[d], s.backY[d]);
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
  CellSet wanted;
  for (std::size_t l = 0; l < catalog.layers.size() && l < plans.size(); ++l) {
    if (!candidate(*plans[l], catalog.layers[l].geometry)) continue;
    Sample sample = sampleOf(catalog.layers[l].geometry, catalog.workingCrs);
    if (sample.x.empty()) continue;
    addCells(sample, wanted);
    samples[l] = std::move(sample);
  }
  std::vector<std::unique_ptr<SegmentGrid>> grids(catalog.layers.size());  // built when first compared with
  for (std::size_t l = 0; l < samples.size(); ++l) {
    if (!samples[l]) continue;
    const LayerPlan& plan = *plans[l];
    const Sample& sample = *samples[l];
    for (std::size_t m = 0; m < catalog.layers.size(); ++m) {
      const auto& other = catalog.layers[m].geometry;
      if (m == l || other.x.empty() || other.x.size() > kMaxOtherVertices) continue;
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
