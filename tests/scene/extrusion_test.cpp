// Extruded parks and parking lots without a GL context: vertex counts, heights, wall shading, 2D/3D switching.
#include "scene/extrusion.hpp"

#include <algorithm>

#include <gtest/gtest.h>

#include "scene/map_scene.hpp"

using namespace wm;

namespace {

// A 20 m square park, a 20 m square 4-level car park and a road, in one works layer near (500000, 3200000).
domain::Catalog fixture() {
  domain::Catalog c;
  domain::Layer layer;
  layer.info.role = domain::LayerRole::Works;
  auto& g = layer.geometry;
  for (double x0 : {0.0, 100.0}) {
    g.beginFeature(geo::GeomKind::Polygon);
    g.beginPart(geo::PartRole::OuterRing);
    for (auto [x, y] : {std::pair{0.0, 0.0}, {20.0, 0.0}, {20.0, 20.0}, {0.0, 20.0}, {0.0, 0.0}})
      g.addVertex(500000 + x0 + x, 3200000 + y);
    g.endPart();
    g.endFeature();
  }
  g.beginFeature(geo::GeomKind::Line);
  g.beginPart(geo::PartRole::Line);
  g.addVertex(500000, 3199990);
  g.addVertex(500120, 3199990);
  g.endPart();
  g.endFeature();
  c.layers.push_back(std::move(layer));
  domain::Project park, parking, road;
  park.kind = domain::Kind::Park;
  parking.kind = domain::Kind::Parking;
  parking.levels = 4;
  parking.feature = 1;
  road.kind = domain::Kind::Road;
  road.feature = 2;
  c.projects = {park, parking, road};
  return c;
}

struct Extents {
  std::size_t vertices = 0;
  float maxZ = 0;
};

// Vertices and highest z of the extrusion vertices within x range [x0, x1) (local metres).
Extents within(const osg::Geometry& g, float x0, float x1) {
  Extents e;
  for (const auto& v : *static_cast<const osg::Vec3Array*>(g.getVertexArray()))
    if (v.x() >= x0 && v.x() < x1) ++e.vertices, e.maxZ = std::max(e.maxZ, v.z());
  return e;
}

}  // namespace

TEST(Extrusion, HeightsByKindAndLevels) {
  domain::Project p;
  p.kind = domain::Kind::Park;
  EXPECT_FLOAT_EQ(scene::extrusionHeight(p), 1.5f);
  p.kind = domain::Kind::Parking;
  EXPECT_FLOAT_EQ(scene::extrusionHeight(p), 2.5f);  // levels not recorded: a surface car park
  p.levels = 1;
  EXPECT_FLOAT_EQ(scene::extrusionHeight(p), 2.5f);
  p.levels = 4;
  EXPECT_FLOAT_EQ(scene::extrusionHeight(p), 12.0f);
  p.kind = domain::Kind::Road;
  EXPECT_FLOAT_EQ(scene::extrusionHeight(p), 0.0f);
}

TEST(Extrusion, SquareParkAndFourLevelCarParkGetWallsAndRoofs) {
  auto c = fixture();
  // Origin (500000, 3200000): the park spans local x 0-20, the car park 100-120; the road is not extruded.
  auto g = scene::buildExtrusions(c, {500000, 3200000});
  ASSERT_TRUE(g);
  // Each square: 4 walls × 6 vertices + a roof of 2 triangles × 3 = 30.
  EXPECT_EQ(g->getVertexArray()->getNumElements(), 60u);
  Extents park = within(*g, -1, 21), parking = within(*g, 99, 121);
  EXPECT_EQ(park.vertices, 30u);
  EXPECT_FLOAT_EQ(park.maxZ, 1.5f);
  EXPECT_EQ(parking.vertices, 30u);
  EXPECT_FLOAT_EQ(parking.maxZ, 12.0f);
  // The project index travels with each vertex, so the map's uniforms colour and filter them.
  auto* feature = static_cast<osg::Vec4Array*>(g->getVertexAttribArray(scene::kAttribFeature));
  EXPECT_FLOAT_EQ((*feature)[0].x(), 0.0f);
  EXPECT_FLOAT_EQ((*feature)[59].x(), 1.0f);
  EXPECT_FLOAT_EQ((*feature)[59].y(), static_cast<float>(domain::Kind::Parking));
}

TEST(Extrusion, WallsAreDarkerThanRoofsAndShadedAwayFromTheLight) {
  auto c = fixture();
  auto g = scene::buildExtrusions(c, {500000, 3200000});
  ASSERT_TRUE(g);
  auto* pos = static_cast<osg::Vec3Array*>(g->getVertexArray());
  auto* other = static_cast<osg::Vec3Array*>(g->getVertexAttribArray(scene::kAttribOther));
  // The park's ring runs counter-clockwise from (0, 0): its first wall (y = 0) faces south, away from the
  // north-west light; its third (y = 20) faces north, towards it. Its roof (vertices 24-29) is not darkened.
  EXPECT_FLOAT_EQ((*other)[0].z(), scene::kShadedWallDarkening);
  EXPECT_FLOAT_EQ((*other)[12].z(), scene::kLitWallDarkening);
  EXPECT_FLOAT_EQ((*pos)[12].y(), 20.0f);
  EXPECT_FLOAT_EQ((*other)[24].z(), 0.0f);
  EXPECT_FLOAT_EQ((*pos)[24].z(), 1.5f);
}

TEST(Extrusion, MapSceneShowsThemOnlyIn3d) {
  auto c = fixture();
  scene::MapScene map(c);
  ASSERT_NE(map.extrusions(), nullptr);
  ASSERT_EQ(map.extrusions()->getNumParents(), 1u);
  const osg::Node* node = map.extrusions()->getParent(0);
  EXPECT_EQ(node->getNodeMask(), 0u);
  map.set3d(0.5f);
  EXPECT_NE(node->getNodeMask(), 0u);
  float amount = 0;
  map.root()->getStateSet()->getUniform(scene::kUniform3d)->get(amount);
  EXPECT_FLOAT_EQ(amount, 0.5f);
  map.set3d(0.0f);
  EXPECT_EQ(node->getNodeMask(), 0u);
}
