// Extruded parks and parking lots without a GL context: vertex counts, heights, wall shading, 2D/3D switching,
// and on a large map the tiles' extrusions as OSG's cull hands them over for drawing.
#include "scene/extrusion.hpp"

#include <algorithm>

#include <gtest/gtest.h>
#include <osgUtil/CullVisitor>
#include <osgUtil/RenderStage>

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

namespace {

// fixture() and a second park, 20 m square, 600 m east: the layer is 620 m across, so its tile has the levels of
// detail {full, 2 m grid} (detailSnaps: 2 m ≤ 620 m / 1000 × 4).
domain::Catalog largeFixture() {
  domain::Catalog c = fixture();
  auto& g = c.layers[0].geometry;
  g.beginFeature(geo::GeomKind::Polygon);
  g.beginPart(geo::PartRole::OuterRing);
  for (auto [x, y] : {std::pair{600.0, 0.0}, {620.0, 0.0}, {620.0, 20.0}, {600.0, 20.0}, {600.0, 0.0}})
    g.addVertex(500000 + x, 3200000 + y);
  g.endPart();
  g.endFeature();
  domain::Project park;
  park.kind = domain::Kind::Park;
  park.feature = 3;
  c.projects.push_back(park);
  return c;
}

struct Drawn {
  std::size_t drawables = 0, vertices = 0;
  float maxZ = 0;  ///< over every drawn vertex: above 0 only for extrusions
};

void collect(const osgUtil::RenderBin& bin, Drawn& d) {
  auto add = [&d](const osg::Drawable* drawable) {
    const osg::Geometry* g = drawable ? drawable->asGeometry() : nullptr;
    if (!g) return;
    ++d.drawables;
    for (const osg::Vec3& v : *static_cast<const osg::Vec3Array*>(g->getVertexArray()))
      ++d.vertices, d.maxZ = std::max(d.maxZ, v.z());
  };
  for (const auto& child : bin.getRenderBinList()) collect(*child.second, d);
  for (const osgUtil::StateGraph* graph : bin.getStateGraphList())
    for (const auto& leaf : graph->_leaves) add(leaf->getDrawable());
  for (const osgUtil::RenderLeaf* leaf : bin.getRenderLeafList()) add(leaf->getDrawable());
}

// What OSG's cull puts up for drawing (no GL context needed) in a 400 × 400 pixel plan view of the scene centred
// on its origin at `metresPerPixel`: the drawables of the render stage, as the viewer would hand them to GL.
Drawn cull(scene::MapScene& map, double metresPerPixel) {
  osg::ref_ptr<osgUtil::CullVisitor> cv = new osgUtil::CullVisitor;
  osg::ref_ptr<osgUtil::StateGraph> graph = new osgUtil::StateGraph;
  osg::ref_ptr<osgUtil::RenderStage> stage = new osgUtil::RenderStage;
  osg::ref_ptr<osg::Viewport> viewport = new osg::Viewport(0, 0, 400, 400);
  cv->setComputeNearFarMode(osg::CullSettings::DO_NOT_COMPUTE_NEAR_FAR);
  cv->setStateGraph(graph.get());
  cv->setRenderStage(stage.get());
  stage->setViewport(viewport.get());
  double half = 200 * metresPerPixel;
  cv->pushViewport(viewport.get());
  cv->pushProjectionMatrix(new osg::RefMatrix(osg::Matrix::ortho(-half, half, -half, half, -1000, 1000)));
  cv->pushModelViewMatrix(new osg::RefMatrix(osg::Matrix::identity()), osg::Transform::ABSOLUTE_RF);
  map.root()->accept(*cv);
  cv->popModelViewMatrix();
  cv->popProjectionMatrix();
  cv->popViewport();
  Drawn d;
  collect(*stage, d);
  return d;
}

std::size_t vertexCount(const scene::LayerGeometry& w) {
  std::size_t n = 0;
  for (const osg::Geometry* g : {w.lines.get(), w.fills.get(), w.points.get()})
    if (g) n += g->getVertexArray()->getNumElements();
  return n;
}

}  // namespace

TEST(Extrusion, ALargeMapBuildsThemOnlyWithATilesFullDetailLevelAndDrawsThemOnlyIn3d) {
  auto c = largeFixture();
  // An eager limit of 0: the 4 features count as a large map (one tile, levels built when first drawn); vectors
  // at every scale (no coverage raster).
  scene::MapScene::DetailSettings large;
  large.eagerFeatureLimit = 0;
  large.rasterFeaturesPerPixel = 0;
  scene::MapScene map(c, domain::builtInMapStyle(), large);
  ASSERT_NE(map.detailCache(), nullptr);
  EXPECT_EQ(map.extrusions(), nullptr);  // no geometry for the whole map
  ASSERT_EQ(map.tiles().size(), 1u);
  scene::DetailTile* tile = map.tiles().front().get();
  ASSERT_EQ(tile->snaps(), (std::vector<double>{0, 2}));
  std::vector<std::uint32_t> all{0, 1, 2, 3};
  const std::size_t level1 = vertexCount(scene::buildLayerGeometry(c, 0, map.origin(), map.style(), {2, &all}));

  // 20 m a pixel: the 2 m level, without extrusions in 2D or 3D.
  Drawn coarse = cull(map, 20);
  EXPECT_EQ(tile->lastDrawnLevel(), 1u);
  EXPECT_FALSE(tile->built(0));
  EXPECT_FLOAT_EQ(coarse.maxZ, 0.0f);
  map.set3d(1.0f);
  Drawn coarse3d = cull(map, 20);
  EXPECT_EQ(coarse3d.vertices, coarse.vertices);
  EXPECT_FLOAT_EQ(coarse3d.maxZ, 0.0f);
  EXPECT_FALSE(tile->built(0));
  EXPECT_EQ(map.buildStats().vertices, level1);

  // Half a metre a pixel, in 2D: the full-detail level is built with the extrusions but draws none of them.
  // Its flat geometry, by hand: 3 squares of 4 outline segments × 4 vertices (48) and 2 fill triangles × 3 (18),
  // the road's one segment × 4 (4): 70 vertices; the works lines are drawn twice (casings, then lines): 52 more.
  // Extrusions: each square 4 walls × 6 + a roof of 2 triangles × 3 = 30, so 90.
  map.set3d(0.0f);
  Drawn flat = cull(map, 0.5);
  EXPECT_EQ(tile->lastDrawnLevel(), 0u);
  EXPECT_TRUE(tile->built(0));
  EXPECT_EQ(flat.vertices, 70u + 52u);
  EXPECT_FLOAT_EQ(flat.maxZ, 0.0f);
  // The level's count, which the cache's budget sees, includes them.
  EXPECT_EQ(map.buildStats().vertices, level1 + 70u + 90u);
  EXPECT_EQ(map.detailCache()->vertices(), level1 + 70u + 90u);

  // In 3D the same level draws them too (one more drawable), without rebuilding anything.
  map.set3d(0.5f);
  Drawn raised = cull(map, 0.5);
  EXPECT_EQ(raised.drawables, flat.drawables + 1);
  EXPECT_EQ(raised.vertices, 70u + 52u + 90u);
  EXPECT_FLOAT_EQ(raised.maxZ, 12.0f);  // the 4-level car park
  EXPECT_EQ(map.buildStats().levels, 2u);
  map.set3d(0.0f);
  EXPECT_EQ(cull(map, 0.5).vertices, 70u + 52u);
}
