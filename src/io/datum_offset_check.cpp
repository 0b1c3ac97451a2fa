#include "io/datum_offset_check.hpp"

#include <algorithm>
#include <cmath>
#include <memory>
#include <unordered_map>

#include <fmt/format.h>

#include "geo/transformer.hpp"
#include "geo/web_datum.hpp"

namespace wm::io {
namespace {

constexpr std::size_t kMaxOtherVertices = 200000;
constexpr std::size_t kSample = 2000;
constexpr double kCell = 100.0;    // grid cell of the vertex index, metres
constexpr double kReach = 1500.0;  // farther than any GCJ-02 shift

struct VertexGrid {
  const geo::GeometryStore& g;
  std::unordered_map<std::int64_t, std::vector<std::uint32_t>> cells;

  static std::int64_t key(std::int64_t cx, std::int64_t cy) { return cx * 4000037 + cy; }
  explicit VertexGrid(const geo::GeometryStore& store) : g(store) {
    for (std::uint32_t v = 0; v < g.x.size(); ++v)
      cells[key(static_cast<std::int64_t>(std::floor(g.x[v] / kCell)),
                static_cast<std::int64_t>(std::floor(g.y[v] / kCell)))]
          .push_back(v);
  }
  // Nearest vertex within `reach` metres, else infinity.
  double nearest(double x, double y, double reach) const {
    double best = INFINITY;
    auto cx = static_cast<std::int64_t>(std::floor(x / kCell)), cy = static_cast<std::int64_t>(std::floor(y / kCell));
    auto r = static_cast<std::int64_t>(std::ceil(reach / kCell));
    for (std::int64_t i = cx - r; i <= cx + r; ++i)
      for (std::int64_t j = cy - r; j <= cy + r; ++j)
        if (auto it = cells.find(key(i, j)); it != cells.end())
          for (std::uint32_t v : it->second) best = std::min(best, std::hypot(g.x[v] - x, g.y[v] - y));
    return best <= reach ? best : INFINITY;
  }
};

// A sample of the layer's vertices as they are and as they would be if the layer were GCJ-02 converted back,
// both in the working CRS. Empty when the layer lies outside China (no shift there) or PROJ fails.
struct Sample {
  std::vector<double> x, y, backX, backY;
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
  s.backX = s.x;
  s.backY = s.y;
  toLonLat->transform(s.backX.data(), s.backY.data(), s.backX.size());
  if (!geo::insideChinaRectangle({s.backX[0], s.backY[0]})) return {};
  geo::toWgs84(geo::WebDatum::Gcj02, s.backX.data(), s.backY.data(), s.backX.size());
  back->transform(s.backX.data(), s.backY.data(), s.backX.size());
  return s;
}

// Share of the sample within 5 m of the other layer once converted back, and the median distance as it is. The
// median, a search up to 1.5 km around each vertex, is looked for only when the share is at least `minShare`
// (0 otherwise): on data without a shift the cheap first test already says no.
std::pair<double, double> compare(const Sample& s, const VertexGrid& other, double minShare) {
  if (s.x.empty()) return {0.0, 0.0};
  std::size_t near = 0;
  for (std::size_t i = 0; i < s.x.size(); ++i)
    if (other.nearest(s.backX[i], s.backY[i], 20.0) <= 5.0) ++near;
  const double share = static_cast<double>(near) / static_cast<double>(s.x.size());
  if (share < minShare) return {share, 0.0};
  std::vector<double> asIs;
  for (std::size_t i = 0; i < s.x.size(); ++i) asIs.push_back(other.nearest(s.x[i], s.y[i], kReach));
  std::nth_element(asIs.begin(), asIs.begin() + static_cast<std::ptrdiff_t>(asIs.size() / 2), asIs.end());
  return {share, asIs[asIs.size() / 2]};
}

}  // namespace

void warnSuspectedWebDatum(const std::vector<const LayerPlan*>& plans, domain::Catalog& catalog) {
  std::vector<std::unique_ptr<VertexGrid>> grids(catalog.layers.size());  // each built once, when first needed
  for (std::size_t l = 0; l < catalog.layers.size() && l < plans.size(); ++l) {
    const LayerPlan& plan = *plans[l];
    const auto& g = catalog.layers[l].geometry;
    if (plan.datum != geo::WebDatum::None || !plan.crs.geographic() || g.x.empty()) continue;
    Sample sample = sampleOf(g, catalog.workingCrs);
    if (sample.x.empty()) continue;
    for (std::size_t m = 0; m < catalog.layers.size(); ++m) {
      const auto& other = catalog.layers[m].geometry;
      if (m == l || other.x.empty() || other.x.size() > kMaxOtherVertices) continue;
      constexpr double kMinShare = 0.6;
      if (!grids[m]) grids[m] = std::make_unique<VertexGrid>(other);
      auto [share, median] = compare(sample, *grids[m], kMinShare);
      if (share < kMinShare || median < 100.0) continue;
      double shift = std::hypot(sample.x[0] - sample.backX[0], sample.y[0] - sample.backY[0]);
      catalog.diagnostics.add({core::Severity::Warning,
                               core::Msg::WebDatumOffsetSuspected,
                               {fmt::format("{:.0f}", shift), catalog.layers[m].info.name},
                               plan.display,
                               plan.layerName,
                               -1});
      break;
    }
  }
}

}  // namespace wm::io
