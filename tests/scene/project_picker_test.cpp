// Picking a project at a point: markers over lines and outlines over fills, nearest first, the top one on ties,
// with distances worked out by hand.
#include "scene/project_picker.hpp"

#include <gtest/gtest.h>

using namespace wm;

namespace {

void ring(geo::GeometryStore& g, geo::PartRole role, double x0, double y0, double x1, double y1) {
  g.beginPart(role);
  for (auto [x, y] : {std::pair{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}}) g.addVertex(x, y);
  g.endPart();
}

// One works layer, project i = feature i:
//   0 a park, the square (0, 0)–(100, 100) with a hole (40, 40)–(60, 60);
//   1 a road along y = 20 from x = -50 to 150;
//   2 and 3 two sewer points, both at (80, 80).
struct Fixture {
  domain::Catalog catalog;
  std::unique_ptr<scene::WorksIndex> index;
  Fixture() {
    domain::Layer works;
    works.info.role = domain::LayerRole::Works;
    geo::GeometryStore& g = works.geometry;
    g.beginFeature(geo::GeomKind::Polygon);
    ring(g, geo::PartRole::OuterRing, 0, 0, 100, 100);
    ring(g, geo::PartRole::InnerRing, 40, 40, 60, 60);
    g.endFeature();
    g.beginFeature(geo::GeomKind::Line);
    g.beginPart(geo::PartRole::Line);
    g.addVertex(-50, 20);
    g.addVertex(150, 20);
    g.endPart();
    g.endFeature();
    for (int i = 0; i < 2; ++i) {
      g.beginFeature(geo::GeomKind::Point);
      g.beginPart(geo::PartRole::Point);
      g.addVertex(80, 80);
      g.endPart();
      g.endFeature();
    }
    catalog.layers.push_back(std::move(works));
    for (std::uint32_t f = 0; f < 4; ++f) {
      domain::Project p;
      p.feature = f;
      catalog.projects.push_back(p);
    }
    index = std::make_unique<scene::WorksIndex>(scene::pickingIndex(catalog));
  }
  std::optional<scene::PickedProject> pick(double x, double y, double tolerance = 5,
                                           const std::function<bool(std::uint32_t)>& visible = {}) const {
    return scene::pickProject(catalog, *index, x, y, tolerance, visible);
  }
};

}  // namespace

TEST(ProjectPicker, InsideAParkFarFromAnyLineThePark) {
  Fixture f;
  auto hit = f.pick(20, 70);  // 20 m from the park's west edge, 50 m from the road, outside the hole
  ASSERT_TRUE(hit);
  EXPECT_EQ(hit->project, 0u);
  EXPECT_EQ(hit->distanceM, 0);
  EXPECT_EQ(f.pick(20, 70, 0)->project, 0u);  // no tolerance needed inside
}

TEST(ProjectPicker, ALineWithinTheToleranceBeatsTheParkUnderIt) {
  Fixture f;
  auto hit = f.pick(30, 23);  // 3 m north of the road, inside the park
  ASSERT_TRUE(hit);
  EXPECT_EQ(hit->project, 1u);
  EXPECT_DOUBLE_EQ(hit->distanceM, 3);
  // 6 m off, past the tolerance: the park again.
  EXPECT_EQ(f.pick(30, 26)->project, 0u);
  // Past the road's east end by 3 m and 4 m north: 5 m from its end point, just within.
  hit = f.pick(153, 24);
  ASSERT_TRUE(hit);
  EXPECT_EQ(hit->project, 1u);
  EXPECT_DOUBLE_EQ(hit->distanceM, 5);
}

TEST(ProjectPicker, AParksOutlineIsHitFromOutsideAndItsHoleIsEmpty) {
  Fixture f;
  auto hit = f.pick(-4, 70);  // 4 m west of the park's edge
  ASSERT_TRUE(hit);
  EXPECT_EQ(hit->project, 0u);
  EXPECT_DOUBLE_EQ(hit->distanceM, 4);
  EXPECT_FALSE(f.pick(50, 50));  // the hole's centre: 10 m from its edges, 30 m from the road
  EXPECT_FALSE(f.pick(-20, 70));
}

TEST(ProjectPicker, AMarkerWinsAndOfTwoAtOnePlaceTheOneOnTop) {
  Fixture f;
  auto hit = f.pick(83, 84);  // 5 m from both points (3-4-5), inside the park
  ASSERT_TRUE(hit);
  EXPECT_EQ(hit->project, 3u);  // drawn after project 2
  EXPECT_DOUBLE_EQ(hit->distanceM, 5);
}

TEST(ProjectPicker, HiddenProjectsAreNotPicked) {
  Fixture f;
  auto noRoad = [](std::uint32_t p) { return p != 1; };
  EXPECT_EQ(f.pick(30, 23, 5, noRoad)->project, 0u);
  auto nothing = [](std::uint32_t) { return false; };
  EXPECT_FALSE(f.pick(30, 23, 5, nothing));
}

TEST(ProjectPicker, ALongLineIsPickedAlongItsWholeLengthFromItsStretches) {
  // A sewer of 30 vertices along y = 0, x = 0, 10, …, 290 (29 segments: stretches of 8, 8, 8 and 5 segments).
  domain::Catalog c;
  domain::Layer works;
  works.info.role = domain::LayerRole::Works;
  works.geometry.beginFeature(geo::GeomKind::Line);
  works.geometry.beginPart(geo::PartRole::Line);
  for (int i = 0; i < 30; ++i) works.geometry.addVertex(10.0 * i, 0);
  works.geometry.endPart();
  works.geometry.endFeature();
  c.layers.push_back(std::move(works));
  c.projects.emplace_back();
  scene::WorksIndex index = scene::pickingIndex(c);
  EXPECT_EQ(index.size(), 4u);
  for (double x : {0.0, 79.0, 80.0, 81.0, 240.0, 290.0}) {
    auto hit = scene::pickProject(c, index, x, 3, 5);
    ASSERT_TRUE(hit) << x;
    EXPECT_DOUBLE_EQ(hit->distanceM, 3) << x;
  }
  EXPECT_FALSE(scene::pickProject(c, index, 296, 3, 5));  // 6.7 m beyond the end
}

// Snapping (the Measure tool): the vertex nearest the point within the tolerance, of a work the map shows.
TEST(NearestVertex, TheNearestVertexWithinTheToleranceOfAShownWork) {
  Fixture f;
  auto snap = [&f](double x, double y, double tolerance, const std::function<bool(std::uint32_t)>& visible = {}) {
    return scene::nearestVertex(f.catalog, *f.index, x, y, tolerance, visible);
  };
  // (97, 104): the park's corner (100, 100) is 5 m away; the road's ends and the hole are far.
  auto corner = snap(97, 104, 6);
  ASSERT_TRUE(corner);
  EXPECT_EQ(corner->x, 100);
  EXPECT_EQ(corner->y, 100);
  EXPECT_EQ(corner->project, 0u);
  EXPECT_DOUBLE_EQ(corner->distanceM, 5);
  EXPECT_FALSE(snap(97, 104, 4.9));  // beyond the tolerance: no snap
  // On the road's middle, nowhere near a vertex: the road has vertices only at its ends (-50 and 150).
  EXPECT_FALSE(snap(50, 20, 10));
  EXPECT_TRUE(snap(146, 17, 5));  // 5 m from the road's east end
  // The hole's corner (60, 60) is a vertex too.
  auto hole = snap(62, 61, 3);
  ASSERT_TRUE(hole);
  EXPECT_EQ(hole->x, 60);
  // Both points sit at (80, 80): the one drawn last (3) wins; hidden, the other one; both hidden, nothing.
  EXPECT_EQ(snap(81, 81, 2)->project, 3u);
  EXPECT_EQ(snap(81, 81, 2, [](std::uint32_t p) { return p != 3; })->project, 2u);
  EXPECT_FALSE(snap(81, 81, 2, [](std::uint32_t p) { return p < 2; }));
  // A hidden park leaves its corner to nothing else near.
  EXPECT_FALSE(snap(97, 104, 6, [](std::uint32_t p) { return p != 0; }));
}
