#include "domain/catalog.hpp"

#include <algorithm>
#include <array>

#include "core/text.hpp"

namespace wm::domain {

std::int32_t Catalog::findDistrict(const std::string& name) const {
  std::string_view wanted = core::trim(name);
  for (std::size_t i = 0; i < districts.size(); ++i)
    if (districts[i].name == wanted) return static_cast<std::int32_t>(i);
  return kNoDistrict;
}

namespace {

// 0..5 as defaultDrawOrder lists the groups, bottom first.
int drawGroup(const Layer& layer) {
  std::array<std::size_t, 3> counts{};  // by geo::GeomKind: points, lines, polygons
  for (geo::GeomKind k : layer.geometry.featureKinds) ++counts[static_cast<std::size_t>(k)];
  const geo::GeomKind most = counts[2] >= counts[1] && counts[2] >= counts[0] ? geo::GeomKind::Polygon
                             : counts[1] >= counts[0]                         ? geo::GeomKind::Line
                                                                              : geo::GeomKind::Point;
  switch (layer.info.role) {
    case LayerRole::Base:
      return most == geo::GeomKind::Polygon ? 0 : 1;
    case LayerRole::Districts:
      return 2;
    case LayerRole::Works:
      return most == geo::GeomKind::Polygon ? 3 : most == geo::GeomKind::Line ? 4 : 5;
  }
  return 1;
}

}  // namespace

std::vector<std::uint32_t> defaultDrawOrder(const Catalog& catalog) {
  std::vector<std::uint32_t> order(catalog.layers.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    return drawGroup(catalog.layers[a]) < drawGroup(catalog.layers[b]);
  });
  return order;
}

}  // namespace wm::domain
