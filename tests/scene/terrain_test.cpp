// The terrain mesh and height map without a GL context: counts, positions, normals, texture layout.
#include "scene/terrain.hpp"

#include <cmath>

#include <gtest/gtest.h>

#include "scene/map_scene.hpp"

using namespace wm;

namespace {

// 3 × 3 cells of 10 m, west edge 1000, north edge 2030: cell centres at x 1005/1015/1025, y 2025/2015/2005.
// Height 100 + 0.1·(x − 1005) + 0.2·(y − 2005): a plane rising 10 % to the east and 20 % to the north.
domain::HeightGrid tiltedPlane() {
  domain::HeightGrid g;
  g.west = 1000, g.north = 2030, g.cellSize = 10, g.width = 3, g.height = 3;
  for (int r = 0; r < 3; ++r)
    for (int c = 0; c < 3; ++c) g.heights.push_back(100.0f + 0.1f * (10 * c) + 0.2f * (20 - 10 * r));
  return g;
}

}  // namespace

TEST(TerrainMesh, ThreeByThreeGridHasNineVerticesAndEightTriangles) {
  auto g = scene::buildTerrainMesh(tiltedPlane(), {1015, 2015}, 100.0f);
  ASSERT_TRUE(g);
  auto* positions = static_cast<osg::Vec3Array*>(g->getVertexArray());
  ASSERT_EQ(positions->size(), 9u);
  ASSERT_EQ(g->getNumPrimitiveSets(), 1u);
  EXPECT_EQ(g->getPrimitiveSet(0)->getNumIndices(), 24u);  // 2 × 2 squares × 2 triangles × 3
  // Vertex 0 is the north-west cell centre (1005, 2025) → local (−10, 10), height 104 − base 100.
  EXPECT_EQ((*positions)[0], osg::Vec3(-10, 10, 4));
  // The south-east one (1025, 2005): 102 − 100.
  EXPECT_EQ((*positions)[8], osg::Vec3(10, -10, 2));
  // Triangles wind counter-clockwise seen from above (+z): the first one's normal points up.
  auto* indices = static_cast<osg::DrawElementsUInt*>(g->getPrimitiveSet(0));
  osg::Vec3 a = (*positions)[(*indices)[0]], b = (*positions)[(*indices)[1]], c = (*positions)[(*indices)[2]];
  EXPECT_GT(((b - a) ^ (c - a)).z(), 0);
}

TEST(TerrainMesh, NormalsOfATiltedPlaneLeanAwayFromTheSlope) {
  auto g = scene::buildTerrainMesh(tiltedPlane(), {1015, 2015}, 100.0f);
  ASSERT_TRUE(g);
  auto* normals = static_cast<osg::Vec3Array*>(g->getNormalArray());
  ASSERT_EQ(normals->size(), 9u);
  osg::Vec3 expected(-0.1f, -0.2f, 1.0f);  // (−dz/dx, −dz/dy, 1), normalised
  expected.normalize();
  for (const auto& n : *normals) {
    EXPECT_NEAR(n.x(), expected.x(), 1e-5);
    EXPECT_NEAR(n.y(), expected.y(), 1e-5);
    EXPECT_NEAR(n.z(), expected.z(), 1e-5);
  }
}

TEST(TerrainMesh, HeightTextureStartsWithTheSouthernRow) {
  auto t = scene::buildHeightTexture(tiltedPlane(), 100.0f);
  ASSERT_TRUE(t);
  const osg::Image* image = t->getImage();
  ASSERT_EQ(image->s(), 3);
  ASSERT_EQ(image->t(), 3);
  EXPECT_EQ(t->getInternalFormat(), static_cast<GLint>(GL_R32F));
  auto texel = [&](int s, int row) { return reinterpret_cast<const float*>(image->data(0, row))[s]; };
  EXPECT_FLOAT_EQ(texel(0, 0), 0.0f);  // south-west cell: 100 − 100
  EXPECT_FLOAT_EQ(texel(2, 2), 6.0f);  // north-east cell: 106 − 100
}

TEST(TerrainMesh, MapSceneDrapesOnTheDemAndReportsGroundHeights) {
  domain::Catalog c;
  c.terrain = tiltedPlane();
  domain::Layer layer;
  layer.geometry.beginFeature(geo::GeomKind::Line);
  layer.geometry.beginPart(geo::PartRole::Line);
  layer.geometry.addVertex(1005, 2005);
  layer.geometry.addVertex(1025, 2025);
  layer.geometry.endPart();
  layer.geometry.endFeature();
  c.layers.push_back(std::move(layer));
  scene::MapScene map(c);  // origin: the line's centre (1015, 2015)
  ASSERT_NE(map.terrainNode(), nullptr);
  EXPECT_EQ(map.terrainNode()->getNodeMask(), 0u);  // not drawn until it has its program
  EXPECT_FLOAT_EQ(map.groundHeight(0, 0), 3.0f);    // 103 at the centre cell, above the lowest (100)
  EXPECT_FLOAT_EQ(map.groundHeight(10, 10), 6.0f);
  const osg::StateSet* state = map.root()->getStateSet();
  int hasTerrain = 0;
  ASSERT_TRUE(state->getUniform(scene::kUniformHasTerrain));
  state->getUniform(scene::kUniformHasTerrain)->get(hasTerrain);
  EXPECT_EQ(hasTerrain, 1);
  osg::Vec4 extent;
  state->getUniform(scene::kUniformHeightExtent)->get(extent);
  EXPECT_EQ(extent, osg::Vec4(-15, -15, 15, 15));
  EXPECT_NE(state->getTextureAttribute(scene::kHeightMapUnit, osg::StateAttribute::TEXTURE), nullptr);
}

TEST(TerrainMesh, NoDemNoBasemapNoGround) {
  domain::Catalog c;
  scene::MapScene map(c);
  EXPECT_EQ(map.terrainNode(), nullptr);
  int hasTerrain = 1;
  map.root()->getStateSet()->getUniform(scene::kUniformHasTerrain)->get(hasTerrain);
  EXPECT_EQ(hasTerrain, 0);
  EXPECT_FLOAT_EQ(map.groundHeight(0, 0), 0.0f);
}
