// domain::defaultDrawOrder: the drawing order before the user changes it, worked out by hand.
#include "domain/catalog.hpp"

#include <gtest/gtest.h>

using namespace wm;

namespace {

domain::Layer layer(domain::LayerRole role, std::vector<geo::GeomKind> kinds) {
  domain::Layer l;
  l.info.role = role;
  l.geometry.featureKinds = std::move(kinds);
  return l;
}

TEST(DefaultDrawOrder, BasePolygonsFirstThenLinesDistrictsAndWorksByGeometry) {
  using K = geo::GeomKind;
  using R = domain::LayerRole;
  domain::Catalog c;
  c.layers.push_back(layer(R::Works, {K::Point, K::Point}));           // 0 works points      → group 5
  c.layers.push_back(layer(R::Base, {K::Line, K::Line, K::Polygon}));  // 1 base, mostly lines → 1
  c.layers.push_back(layer(R::Works, {K::Polygon}));                   // 2 works polygons    → 3
  c.layers.push_back(layer(R::Districts, {K::Polygon}));               // 3 districts         → 2
  c.layers.push_back(layer(R::Base, {K::Polygon, K::Line}));           // 4 base, a tie: polygons → 0
  c.layers.push_back(layer(R::Works, {K::Line, K::Line, K::Point}));   // 5 works lines       → 4
  c.layers.push_back(layer(R::Base, {}));                              // 6 empty base: polygons → 0
  c.layers.push_back(layer(R::Works, {K::Line}));                      // 7 works lines       → 4
  // Groups 0: 4, 6; 1: 1; 2: 3; 3: 2; 4: 5, 7; 5: 0 (catalog order within a group).
  EXPECT_EQ(domain::defaultDrawOrder(c), (std::vector<std::uint32_t>{4, 6, 1, 3, 2, 5, 7, 0}));
}

TEST(DefaultDrawOrder, NoLayersNoOrder) { EXPECT_TRUE(domain::defaultDrawOrder(domain::Catalog{}).empty()); }

}  // namespace
