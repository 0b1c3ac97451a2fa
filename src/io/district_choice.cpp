#include "io/district_choice.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "geo/polygon_index.hpp"

namespace wm::io {
namespace {

// The share (0..1) of the sampled works points inside some polygon of a layer; 1 without works.
double coverage(const geo::GeometryStore& polygons, const std::vector<geo::Point2>& works) {
  if (works.empty()) return 1;
  geo::PolygonIndex index(polygons);
  std::size_t inside = 0;
  for (const auto& p : works) inside += index.containing(p.x, p.y) >= 0;
  return static_cast<double>(inside) / static_cast<double>(works.size());
}

// Representative points of a sample of the works that have a place (a ledger row without coordinates has
// none, and says nothing about where the districts are).
std::vector<geo::Point2> sampleWorks(const domain::Catalog& catalog) {
  constexpr std::size_t kSample = 2000;  // the share is all we need: ±2 points
  std::vector<geo::Point2> points;
  std::size_t n = catalog.projects.size(), step = std::max<std::size_t>(1, n / kSample);
  for (std::size_t i = 0; i < n; i += step) {
    const auto& p = catalog.projects[i];
    geo::Point2 point = geo::representativePoint(catalog.layers[p.layer].geometry, p.feature);
    if (!std::isnan(point.x)) points.push_back(point);
  }
  return points;
}

// The district layer in use covers too few of the works: the rest count as unassigned, which a user should
// hear about (the wrong admin layer, or works or districts misplaced).
void warnLowCoverage(domain::Catalog& catalog, std::size_t layer, double share, std::size_t sampled) {
  constexpr double kEnough = 0.5;
  if (sampled == 0 || share >= kEnough) return;
  const domain::Layer& l = catalog.layers[layer];
  catalog.diagnostics.add(core::Diagnostic::warning(core::Msg::DistrictLayerCoversFewWorks,
                                                    {l.info.name, fmt::format("{:.0f}%", share * 100)})
                              .inFile(l.info.file));
}

}  // namespace

void chooseDistrictLayer(domain::Catalog& catalog) {
  std::vector<std::size_t> candidates;
  for (std::size_t l = 0; l < catalog.layers.size(); ++l)
    if (catalog.layers[l].info.role == domain::LayerRole::Districts) candidates.push_back(l);
  if (candidates.empty()) return;
  std::vector<geo::Point2> works = sampleWorks(catalog);
  if (candidates.size() == 1) {
    const std::size_t only = candidates[0];
    warnLowCoverage(catalog, only, coverage(catalog.layers[only].geometry, works), works.size());
    return;
  }
  std::vector<double> share;
  for (std::size_t l : candidates) share.push_back(coverage(catalog.layers[l].geometry, works));
  const double best = *std::max_element(share.begin(), share.end());
  std::size_t chosen = candidates.size();
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    if (share[i] < best - 0.02) continue;
    if (chosen == candidates.size() || catalog.layers[candidates[i]].geometry.featureCount() >
                                           catalog.layers[candidates[chosen]].geometry.featureCount())
      chosen = i;
  }
  std::string others;
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    if (i == chosen) continue;
    domain::Layer& layer = catalog.layers[candidates[i]];
    layer.info.role = domain::LayerRole::Base;
    others += fmt::format("{}{} ({}, {:.0f}%)", others.empty() ? "" : ", ", layer.info.name,
                          layer.geometry.featureCount(), share[i] * 100);
  }
  const domain::Layer& kept = catalog.layers[candidates[chosen]];
  catalog.diagnostics.add(core::Diagnostic::info(core::Msg::DistrictLayerChosen,
                                                 {kept.info.name, std::to_string(kept.geometry.featureCount()),
                                                  fmt::format("{:.0f}%", share[chosen] * 100), others})
                              .inFile(kept.info.file));
  warnLowCoverage(catalog, candidates[chosen], share[chosen], works.size());
}

}  // namespace wm::io
