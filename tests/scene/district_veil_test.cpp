// The atlas's veil over everything but one district, without a GL context: the area its triangles cover.
#include "scene/district_veil.hpp"

#include <cmath>

#include <gtest/gtest.h>
#include <osg/Geode>
#include <osg/Geometry>

using namespace wm;

namespace {

void square(geo::GeometryStore& g, geo::PartRole role, double x0, double y0, double size) {
  g.beginPart(role);
  for (auto [x, y] : {std::pair{0.0, 0.0}, {size, 0.0}, {size, size}, {0.0, size}, {0.0, 0.0}})
    g.addVertex(500000 + x0 + x, 3200000 + y0 + y);
  g.endPart();
}

// Two districts side by side, 100 m squares: 西片 (0–100) whole, 东片 (100–200) with a 20 m hole.
domain::Catalog county() {
  domain::Catalog c;
  domain::Layer layer;
  layer.info.role = domain::LayerRole::Districts;
  auto& g = layer.geometry;
  g.beginFeature(geo::GeomKind::Polygon);
  square(g, geo::PartRole::OuterRing, 0, 0, 100);
  g.endFeature();
  g.beginFeature(geo::GeomKind::Polygon);
  square(g, geo::PartRole::OuterRing, 100, 0, 100);
  square(g, geo::PartRole::InnerRing, 140, 40, 20);
  g.endFeature();
  c.layers.push_back(std::move(layer));
  c.districts = {{"西片", true, 0, 0}, {"东片", true, 0, 1}, {"无界", false, 0, 0}};
  c.districtLayer = 0;
  return c;
}

// The area the veil's triangles cover (they do not overlap).
double veiledArea(const osg::Node* node) {
  const auto* geode = dynamic_cast<const osg::Geode*>(node);
  if (!geode || geode->getNumDrawables() != 1) return -1;
  const auto* v = dynamic_cast<const osg::Vec3Array*>(geode->getDrawable(0)->asGeometry()->getVertexArray());
  double area = 0;
  for (std::size_t i = 0; i + 2 < v->size(); i += 3) {
    const osg::Vec3d a = (*v)[i], b = (*v)[i + 1], c = (*v)[i + 2];
    area += std::abs((b.x() - a.x()) * (c.y() - a.y()) - (c.x() - a.x()) * (b.y() - a.y())) / 2;
  }
  return area;
}

}  // namespace

TEST(DistrictVeil, CoversAWideMarginButTheDistrict) {
  const domain::Catalog c = county();
  // The data is 200 × 100 m: the margin reaches 100 × 200 m beyond it on every side, 40,200 m a side.
  const double frame = (200.0 + 2 * 20000) * (100.0 + 2 * 20000);
  EXPECT_NEAR(veiledArea(scene::districtVeil(c, 0, {500100, 3200050}, osg::Vec4(1, 1, 1, 1)).get()), frame - 100 * 100,
              2);
  // 东片's hole is not 东片: veiled too.
  EXPECT_NEAR(veiledArea(scene::districtVeil(c, 1, {500100, 3200050}, osg::Vec4(1, 1, 1, 1)).get()),
              frame - 100 * 100 + 20 * 20, 2);
}

TEST(DistrictVeil, NoneForADistrictWithoutAPolygonOrNoDistrict) {
  const domain::Catalog c = county();
  EXPECT_FALSE(scene::districtVeil(c, 2, {}, osg::Vec4()));
  EXPECT_FALSE(scene::districtVeil(c, domain::kNoDistrict, {}, osg::Vec4()));
  EXPECT_FALSE(scene::districtVeil(c, 7, {}, osg::Vec4()));
}
