// The map style in the geometry, without a GL context: kAttribLine (distance along the line, width by road
// class, pattern ids, colour slots) and the style's uniforms.
#include <gtest/gtest.h>

#include "scene/layer_geometry.hpp"
#include "scene/map_scene.hpp"

using namespace wm;

namespace {

// A works sewer (0,0)→(30,40)→(30,100) and a park square; a base "roads" layer of three lines whose classes
// are 主干路, 支路 and 机耕路 (not in the style); a "railway" layer.
domain::Catalog fixture() {
  domain::Catalog c;
  auto line = [](geo::GeometryStore& g, std::vector<std::pair<double, double>> pts, geo::GeomKind kind,
                 geo::PartRole role) {
    g.beginFeature(kind);
    g.beginPart(role);
    for (auto [x, y] : pts) g.addVertex(500000 + x, 3200000 + y);
    g.endPart();
    g.endFeature();
  };
  domain::Layer works;
  works.info.role = domain::LayerRole::Works;
  line(works.geometry, {{0, 0}, {30, 40}, {30, 100}}, geo::GeomKind::Line, geo::PartRole::Line);
  line(works.geometry, {{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}}, geo::GeomKind::Polygon, geo::PartRole::OuterRing);
  c.layers.push_back(std::move(works));
  domain::Layer roads;
  roads.info.role = domain::LayerRole::Base;
  roads.info.name = "roads";
  for (double y : {0.0, 10.0, 20.0}) line(roads.geometry, {{0, y}, {50, y}}, geo::GeomKind::Line, geo::PartRole::Line);
  roads.classes = {"主干路", " 支路", "机耕路"};
  c.layers.push_back(std::move(roads));
  domain::Layer rail;
  rail.info.role = domain::LayerRole::Base;
  rail.info.name = "铁路";
  line(rail.geometry, {{0, 0}, {100, 0}}, geo::GeomKind::Line, geo::PartRole::Line);
  c.layers.push_back(std::move(rail));
  domain::Project sewer;
  sewer.kind = domain::Kind::Sewer;
  domain::Project park;
  park.kind = domain::Kind::Park;
  park.feature = 1;
  c.projects = {sewer, park};
  return c;
}

const osg::Vec4Array& lineAttrib(const osg::ref_ptr<osg::Geometry>& g) {
  return *static_cast<const osg::Vec4Array*>(g->getVertexAttribArray(scene::kAttribLine));
}

}  // namespace

TEST(MapStyleGeometry, LineVerticesCarryDistanceAlongTheLineWidthAndPattern) {
  auto c = fixture();
  auto w = scene::buildLayerGeometry(c, 0, {500000, 3200000});
  ASSERT_TRUE(w.lines);
  const auto& line = lineAttrib(w.lines);
  ASSERT_EQ(line.size(), 4u * (2 + 4));
  // Sewer segment 1 (0,0)→(30,40) is 50 m long, segment 2 (30,40)→(30,100) 60 m: its corners are 50 and 110 m
  // along. Works lines are 4 px wide, sewers dashed (LinePattern 1), colour slot 0.
  const float dashed = float(domain::LinePattern::Dashed);
  EXPECT_EQ(line[0], osg::Vec4(0, 4, dashed, 0));
  EXPECT_EQ(line[2], osg::Vec4(50, 4, dashed, 0));
  EXPECT_EQ(line[4], osg::Vec4(50, 4, dashed, 0));
  EXPECT_EQ(line[7], osg::Vec4(110, 4, dashed, 0));
  // The park's outline restarts at 0, is solid and half as wide (2 px): its third side starts 20 m along.
  EXPECT_EQ(line[8], osg::Vec4(0, 2, 0, 0));
  EXPECT_EQ(line[16], osg::Vec4(20, 2, 0, 0));
  // The park's fill carries its kind's fill pattern (diagonal hatch).
  ASSERT_TRUE(w.fills);
  EXPECT_EQ(lineAttrib(w.fills)[0], osg::Vec4(0, 0, float(domain::FillPattern::DiagonalHatch), 0));
}

TEST(MapStyleGeometry, RoadWidthAndColourSlotFollowTheClass) {
  auto c = fixture();
  auto w = scene::buildLayerGeometry(c, 1, {500000, 3200000});
  ASSERT_TRUE(w.lines);
  const auto& line = lineAttrib(w.lines);
  ASSERT_EQ(line.size(), 12u);
  // 主干路 is the roads rule's class 1 (primary, 3.5 px): slot 2. " 支路" (trimmed) is class 3 (local, 1.5 px):
  // slot 4. 机耕路 is in no class: the rule's own width (1.5 px) and colour (slot 0).
  EXPECT_EQ(line[0], osg::Vec4(0, 3.5f, 0, 2));
  EXPECT_EQ(line[4], osg::Vec4(0, 1.5f, 0, 4));
  EXPECT_EQ(line[8], osg::Vec4(0, 1.5f, 0, 0));
  EXPECT_EQ(line[10], osg::Vec4(50, 1.5f, 0, 0));
}

TEST(MapStyleGeometry, RailLayerIsMatchedByItsChineseNameAndDrawsTies) {
  auto c = fixture();
  auto w = scene::buildLayerGeometry(c, 2, {500000, 3200000});
  ASSERT_TRUE(w.lines);
  EXPECT_EQ(lineAttrib(w.lines)[0], osg::Vec4(0, 1.5f, float(domain::LinePattern::RailTies), 0));
}

TEST(MapStyleGeometry, SceneUniformsComeFromTheStyle) {
  auto c = fixture();
  domain::MapStyle style = domain::builtInMapStyle();
  style.status[2] = {0.1f, 0.2f, 0.3f, 1};
  style.overdueCasing = {0.4f, 0.5f, 0.6f, 1};
  style.baseRules[3].classes[1].line = {0.7f, 0.8f, 0.9f, 1};  // roads, primary
  scene::MapScene map(c, style);
  osg::Vec4 completed, casing;
  map.root()->getStateSet()->getUniform(scene::kUniformStatusColors)->getElement(2, completed);
  map.root()->getStateSet()->getUniform(scene::kUniformOverdueCasing)->get(casing);
  EXPECT_EQ(completed, osg::Vec4(0.1f, 0.2f, 0.3f, 1));
  EXPECT_EQ(casing, osg::Vec4(0.4f, 0.5f, 0.6f, 1));
  // The roads layer's lines: the geometry after the works layer's lines and fills.
  ASSERT_EQ(map.geometries().size(), 4u);
  osg::Vec4 primary;
  map.geometries()[2]->getStateSet()->getUniform("wm_classColors")->getElement(1, primary);
  EXPECT_EQ(primary, osg::Vec4(0.7f, 0.8f, 0.9f, 1));
}

TEST(MapStyleGeometry, WidthsOnTheGroundAreUniformsByKindAndByRuleAndClass) {
  auto c = fixture();
  domain::MapStyle style = domain::builtInMapStyle();
  style.baseRules[3].widthM = 6;              // roads
  style.baseRules[3].classes[1].widthM = 20;  // roads, primary
  scene::MapScene map(c, style);
  // Works: one array by kind on the root; the built-in style gives road works 12 m and other kinds none.
  const osg::Uniform* kinds = map.root()->getStateSet()->getUniform(scene::kUniformKindWidthM);
  ASSERT_NE(kinds, nullptr);
  ASSERT_EQ(kinds->getNumElements(), static_cast<unsigned>(domain::kKindCount));
  float road = 0, sewer = -1;
  kinds->getElement(static_cast<unsigned>(domain::Kind::Road), road);
  kinds->getElement(static_cast<unsigned>(domain::Kind::Sewer), sewer);
  EXPECT_FLOAT_EQ(road, 12.0f);
  EXPECT_FLOAT_EQ(sewer, 0.0f);
  // Base lines: the rule's width and its classes' by colour slot, on the roads layer's lines.
  ASSERT_EQ(map.geometries().size(), 4u);
  const osg::StateSet* roads = map.geometries()[2]->getStateSet();
  float rule = 0, primary = 0, motorway = -1, past = 0;
  roads->getUniform("wm_baseWidthM")->get(rule);
  roads->getUniform("wm_classWidthM")->getElement(0, motorway);
  roads->getUniform("wm_classWidthM")->getElement(1, primary);
  roads->getUniform("wm_classWidthM")->getElement(7, past);  // no 8th class: the rule's
  EXPECT_FLOAT_EQ(rule, 6.0f);
  EXPECT_FLOAT_EQ(motorway, 0.0f);
  EXPECT_FLOAT_EQ(primary, 20.0f);
  EXPECT_FLOAT_EQ(past, 6.0f);
}
