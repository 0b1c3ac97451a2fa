// Batched works geometry without a GL context: counts, per-vertex attributes, and uniforms-only updates.
#include "scene/layer_geometry.hpp"

#include <gtest/gtest.h>

#include "scene/map_scene.hpp"

using namespace wm;

namespace {

core::Date day(int y, int m, int d) { return *core::Date::fromYmd(y, m, d); }

// One works layer in a working CRS around (500000, 3200000): a 3-vertex road, a square park with a square
// hole, and a parking point.
domain::Catalog fixture() {
  domain::Catalog c;
  domain::Layer layer;
  layer.info.role = domain::LayerRole::Works;
  auto& g = layer.geometry;
  auto add = [&](geo::GeomKind kind, geo::PartRole role, std::vector<std::pair<double, double>> pts) {
    g.beginFeature(kind);
    g.beginPart(role);
    for (auto [x, y] : pts) g.addVertex(500000 + x, 3200000 + y);
    g.endPart();
  };
  add(geo::GeomKind::Line, geo::PartRole::Line, {{0, 0}, {100, 0}, {100, 50}});
  g.endFeature();
  add(geo::GeomKind::Polygon, geo::PartRole::OuterRing, {{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}});
  g.beginPart(geo::PartRole::InnerRing);
  for (auto [x, y] : {std::pair{4.0, 4.0}, {4.0, 6.0}, {6.0, 6.0}, {6.0, 4.0}, {4.0, 4.0}})
    g.addVertex(500000 + x, 3200000 + y);
  g.endPart();
  g.endFeature();
  add(geo::GeomKind::Point, geo::PartRole::Point, {{-20, -20}});
  g.endFeature();
  c.layers.push_back(std::move(layer));
  for (std::uint32_t f = 0; f < 3; ++f) {
    domain::Project p;
    p.layer = 0;
    p.feature = f;
    c.projects.push_back(p);
  }
  c.projects[0].kind = domain::Kind::Road;
  c.projects[0].recorded = domain::RecordedStatus::UnderConstruction;
  c.projects[0].start = day(2022, 3, 1);
  c.projects[0].planDone = day(2022, 9, 30);
  c.projects[0].district = 2;
  c.projects[1].kind = domain::Kind::Park;
  c.projects[1].done = day(2022, 6, 30);
  c.projects[2].kind = domain::Kind::Parking;
  return c;
}

}  // namespace

TEST(LayerGeometry, LinesAreQuadsPerSegmentWithTheirProjectsAttributes) {
  auto c = fixture();
  auto w = scene::buildLayerGeometry(c, 0, {500000, 3200000});
  ASSERT_TRUE(w.lines);
  // Road: 2 segments; park outline: 4 + 4 segments; 10 segments × 4 vertices, × 6 indices.
  EXPECT_EQ(w.lines->getVertexArray()->getNumElements(), 40u);
  ASSERT_EQ(w.lines->getNumPrimitiveSets(), 1u);
  EXPECT_EQ(w.lines->getPrimitiveSet(0)->getNumIndices(), 60u);
  auto* pos = static_cast<const osg::Vec3Array*>(w.lines->getVertexArray());
  auto* other = static_cast<const osg::Vec3Array*>(w.lines->getVertexAttribArray(scene::kAttribOther));
  auto* feature = static_cast<const osg::Vec4Array*>(w.lines->getVertexAttribArray(scene::kAttribFeature));
  auto* dates = static_cast<const osg::Vec4Array*>(w.lines->getVertexAttribArray(scene::kAttribDates));
  // First segment (0,0)→(100,0): corners A+, A−, B−, B+ in local metres.
  EXPECT_EQ((*pos)[0], osg::Vec3(0, 0, 0));
  EXPECT_EQ((*other)[0], osg::Vec3(100, 0, 1));
  EXPECT_EQ((*other)[1], osg::Vec3(100, 0, -1));
  EXPECT_EQ((*pos)[2], osg::Vec3(100, 0, 0));
  EXPECT_EQ((*other)[2], osg::Vec3(0, 0, -2));
  // The road's attributes: project 0, road, under construction, start + plan known, district 2.
  EXPECT_EQ((*feature)[0], osg::Vec4(0, float(domain::Kind::Road), float(domain::RecordedStatus::UnderConstruction),
                                     float(scene::kHasStart | scene::kHasPlan)));
  EXPECT_EQ((*dates)[0], osg::Vec4(float(day(2022, 3, 1).days()), float(day(2022, 9, 30).days()), 0, 2));
  // Park outline quads are flagged as outlines and carry project 1 with its completion date.
  EXPECT_EQ((*feature)[8].x(), 1.0f);
  EXPECT_EQ(static_cast<std::uint32_t>((*feature)[8].w()), scene::kHasDone | scene::kOutline);
}

TEST(LayerGeometry, PolygonFillIsTriangulatedAroundTheHole) {
  auto c = fixture();
  auto w = scene::buildLayerGeometry(c, 0, {500000, 3200000});
  ASSERT_TRUE(w.fills);
  auto* pos = static_cast<const osg::Vec3Array*>(w.fills->getVertexArray());
  ASSERT_EQ(pos->size(), 24u);  // 8 triangles
  double area = 0;
  for (std::size_t t = 0; t < pos->size(); t += 3) {
    osg::Vec3 a = (*pos)[t], b = (*pos)[t + 1], d = (*pos)[t + 2];
    area += std::abs((b.x() - a.x()) * (d.y() - a.y()) - (d.x() - a.x()) * (b.y() - a.y())) / 2;
  }
  EXPECT_NEAR(area, 100.0 - 4.0, 1e-4);  // the square less its hole, as the planar area of the ring
}

TEST(LayerGeometry, PointsAreMarkerQuads) {
  auto c = fixture();
  auto w = scene::buildLayerGeometry(c, 0, {500000, 3200000});
  ASSERT_TRUE(w.points);
  auto* pos = static_cast<const osg::Vec3Array*>(w.points->getVertexArray());
  ASSERT_EQ(pos->size(), 6u);
  for (const auto& v : *pos) EXPECT_EQ(v, osg::Vec3(-20, -20, 0));
  auto* feature = static_cast<const osg::Vec4Array*>(w.points->getVertexAttribArray(scene::kAttribFeature));
  EXPECT_EQ((*feature)[0].x(), 2.0f);
}

TEST(MapScene, ChangingDateFiltersOrSelectionTouchesUniformsOnly) {
  auto c = fixture();
  scene::MapScene map(c);
  std::vector<unsigned> modified;
  std::vector<const osg::Geometry*> before;
  for (const auto& g : map.geometries()) {
    before.push_back(g.get());
    modified.push_back(g->getVertexArray()->getModifiedCount());
  }
  ASSERT_EQ(before.size(), 3u);
  map.setAsOf(day(2022, 7, 1));
  map.setKindMask(1u << static_cast<int>(domain::Kind::Park));
  map.setStatusMask(0b0100);
  map.setOverdueOnly(true);
  map.setHighlightDistrict(2);
  map.setSelectedProject(1);
  float asOf = 0;
  map.root()->getStateSet()->getUniform(scene::kUniformAsOf)->get(asOf);
  EXPECT_EQ(asOf, float(day(2022, 7, 1).days()));
  int selected = 0;
  map.root()->getStateSet()->getUniform(scene::kUniformSelected)->get(selected);
  EXPECT_EQ(selected, 1);
  int overdueOnly = 0;
  map.root()->getStateSet()->getUniform(scene::kUniformOverdueOnly)->get(overdueOnly);
  EXPECT_EQ(overdueOnly, 1);
  ASSERT_EQ(map.geometries().size(), before.size());
  for (std::size_t i = 0; i < before.size(); ++i) {
    EXPECT_EQ(map.geometries()[i].get(), before[i]);
    EXPECT_EQ(map.geometries()[i]->getVertexArray()->getModifiedCount(), modified[i]);
  }
}
