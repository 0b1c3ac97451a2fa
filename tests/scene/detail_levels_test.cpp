// Level of detail without a GL context: tiling, the snap grids, the level chosen for a scale, and what a
// simplified level keeps (counts worked out by hand for small fixtures).
#include "scene/detail_levels.hpp"

#include <gtest/gtest.h>

#include "scene/layer_geometry.hpp"
#include "scene/map_scene.hpp"

using namespace wm;

namespace {

// A works layer: `lines` copies of the same 1 km road east-west with a vertex every 10 m, then one 3 m square
// park, both around (500000, 3200000).
domain::Catalog fixture(int lines) {
  domain::Catalog c;
  domain::Layer layer;
  layer.info.role = domain::LayerRole::Works;
  auto& g = layer.geometry;
  for (int i = 0; i < lines; ++i) {
    g.beginFeature(geo::GeomKind::Line);
    g.beginPart(geo::PartRole::Line);
    for (int x = 0; x <= 1000; x += 10) g.addVertex(500000 + x, 3200000);
    g.endPart();
    g.endFeature();
  }
  g.beginFeature(geo::GeomKind::Polygon);
  g.beginPart(geo::PartRole::OuterRing);
  for (auto [x, y] : {std::pair{100.0, 100.0}, {103.0, 100.0}, {103.0, 103.0}, {100.0, 103.0}, {100.0, 100.0}})
    g.addVertex(500000 + x, 3200000 + y);
  g.endPart();
  g.endFeature();
  c.layers.push_back(std::move(layer));
  for (std::uint32_t f = 0; f <= static_cast<std::uint32_t>(lines); ++f) {
    domain::Project p;
    p.feature = f;
    p.kind = f < static_cast<std::uint32_t>(lines) ? domain::Kind::Road : domain::Kind::Park;
    c.projects.push_back(p);
  }
  return c;
}

std::size_t vertices(const osg::Geometry* g) { return g ? g->getVertexArray()->getNumElements() : 0; }

}  // namespace

TEST(DetailLevels, SnapGridsGrowFourfoldUpToAThousandthOfTheExtent) {
  EXPECT_EQ(scene::detailSnaps(40000), (std::vector<double>{0, 2, 8, 32, 128}));  // 128 ≤ 40 km / 1000 × 4 = 160
  EXPECT_EQ(scene::detailSnaps(100), (std::vector<double>{0}));
}

TEST(DetailLevels, TheCoarsestGridOfAtMostAPixelAndAHalfIsChosen) {
  std::vector<double> snaps{0, 2, 8, 32};
  EXPECT_EQ(scene::chooseLevel(snaps, 1.0), 0u);   // 2 m > 1.5 px of 1 m
  EXPECT_EQ(scene::chooseLevel(snaps, 1.4), 1u);   // 2 m ≤ 2.1 m
  EXPECT_EQ(scene::chooseLevel(snaps, 10.0), 2u);  // 8 m ≤ 15 m < 32 m
  EXPECT_EQ(scene::chooseLevel(snaps, 500.0), 3u);
  EXPECT_EQ(scene::chooseLevel(snaps, 0.0), 0u);  // unknown scale: full detail
}

TEST(DetailLevels, LargeLayersAreSplitIntoTilesOfNeighbouringFeatures) {
  geo::GeometryStore g;
  for (int i = 0; i < 400; ++i) {  // a 20 × 20 grid of points 100 m apart
    g.beginFeature(geo::GeomKind::Point);
    g.beginPart(geo::PartRole::Point);
    g.addVertex(100.0 * (i % 20), 100.0 * (i / 20));
    g.endPart();
    g.endFeature();
  }
  auto tiles = scene::tileFeatures(g.featureExtents(1), 100);  // 4 tiles → a 2 × 2 grid of 10 × 10 points each
  ASSERT_EQ(tiles.size(), 4u);
  for (const auto& t : tiles) {
    EXPECT_EQ(t.size(), 100u);
    geo::Extent e;
    for (auto f : t) e.add(g.featureExtent(f));
    EXPECT_LE(e.maxX - e.minX, 900.0);  // neighbours only
  }
  EXPECT_EQ(scene::tileFeatures(g.featureExtents(1), 1000).size(), 1u);
}

TEST(DetailLevels, ASnappedLevelDrawsRepeatedSegmentsOnceAndTinyPolygonsAsMarkers) {
  auto c = fixture(3);
  scene::LayerGeometry full = scene::buildLayerGeometry(c, 0, {500000, 3200000});
  // 3 roads × 100 segments × 4 corners; the park: 4 outline segments and 2 triangles.
  EXPECT_EQ(vertices(full.lines.get()), 3u * 100 * 4 + 4 * 4);
  EXPECT_EQ(vertices(full.fills.get()), 6u);
  EXPECT_EQ(vertices(full.points.get()), 0u);

  scene::DetailOptions coarse;
  coarse.snapMetres = 50;
  scene::LayerGeometry snapped = scene::buildLayerGeometry(c, 0, {500000, 3200000}, domain::builtInMapStyle(), coarse);
  // Simplified within 25 m, a straight road keeps its two ends: one segment; the two copies repeat it; the 3 m
  // park fits one 50 m cell.
  EXPECT_EQ(vertices(snapped.lines.get()), 4u);
  EXPECT_EQ(vertices(snapped.fills.get()), 0u);
  EXPECT_EQ(vertices(snapped.points.get()), 6u);  // one marker
  EXPECT_EQ(snapped.asMarkers, 1u);
  // 99 inner vertices of each road, and the copies' one segment each, the very segment the first drew.
  EXPECT_EQ(snapped.merged, 3u * 99 + 2);
  // A line that bends keeps its bend: an L of two 500 m legs with 10 m steps is two segments at any grid.
  domain::Catalog bend = fixture(0);
  auto& g = bend.layers[0].geometry;
  g.beginFeature(geo::GeomKind::Line);
  g.beginPart(geo::PartRole::Line);
  for (int x = 0; x <= 500; x += 10) g.addVertex(500000 + x, 3200000);
  for (int y = 10; y <= 500; y += 10) g.addVertex(500500, 3200000 + y);
  g.endPart();
  g.endFeature();
  domain::Project road;
  road.feature = 1;
  road.kind = domain::Kind::Road;
  bend.projects.push_back(road);
  EXPECT_EQ(
      vertices(scene::buildLayerGeometry(bend, 0, {500000, 3200000}, domain::builtInMapStyle(), coarse).lines.get()),
      2u * 4);
  // Snapped vertices lie on the grid: 500000 and 3200000 are multiples of 50, so local 0 and 1000 are too.
  const auto* positions = static_cast<const osg::Vec3Array*>(snapped.lines->getVertexArray());
  for (const auto& p : *positions) EXPECT_EQ(std::fmod(p.x(), 50.0f), 0.0f);
}

namespace {

// Adds a park of `size` metres square with its lower left corner at (x, y) as feature `feature` of the layer.
void addPond(domain::Catalog& c, double x, double y, double size, std::uint32_t feature) {
  auto& g = c.layers[0].geometry;
  g.beginFeature(geo::GeomKind::Polygon);
  g.beginPart(geo::PartRole::OuterRing);
  for (auto [dx, dy] : {std::pair{0.0, 0.0}, {size, 0.0}, {size, size}, {0.0, size}, {0.0, 0.0}})
    g.addVertex(x + dx, y + dy);
  g.endPart();
  g.endFeature();
  domain::Project p;
  p.feature = feature;
  p.kind = domain::Kind::Park;
  c.projects.push_back(p);
}

}  // namespace

TEST(DetailLevels, TinyPolygonsApartFromEachOtherEachKeepTheirMarker) {
  // 100 ponds of 3 m, 40 m apart in a row (the fixture's park and 99 more): at a 8 m grid each is a marker on a
  // grid point of its own (5 cells from the next), so all 100 show; none may be merged into a neighbour's (blocks
  // of 8 × 8 cells once did that, and most ponds vanished at overview scale).
  domain::Catalog c = fixture(0);
  for (std::uint32_t i = 1; i < 100; ++i) addPond(c, 500000 + 40.0 * i, 3200000, 3, i);
  scene::DetailOptions coarse;
  coarse.snapMetres = 8;
  auto level = scene::buildLayerGeometry(c, 0, {500000, 3200000}, domain::builtInMapStyle(), coarse);
  EXPECT_EQ(level.asMarkers, 100u);
  EXPECT_EQ(vertices(level.points.get()), 100u * 6);
  // Two on one grid point are one marker: a 1 m pond at the fixture park's corner adds nothing.
  addPond(c, 500101, 3200101, 1, 100);
  level = scene::buildLayerGeometry(c, 0, {500000, 3200000}, domain::builtInMapStyle(), coarse);
  EXPECT_EQ(vertices(level.points.get()), 100u * 6);
  EXPECT_EQ(level.merged, 1u);
}

TEST(DetailLevels, OnlyTheGivenFeaturesAreBuilt) {
  auto c = fixture(3);
  std::vector<std::uint32_t> one{1};
  scene::DetailOptions detail;
  detail.features = &one;
  auto w = scene::buildLayerGeometry(c, 0, {500000, 3200000}, domain::builtInMapStyle(), detail);
  EXPECT_EQ(vertices(w.lines.get()), 100u * 4);
  EXPECT_FALSE(w.fills);
}

TEST(DetailLevels, TheMapKeepsOnlyLevelsThatSaveAQuarterOfTheVertices) {
  auto c = fixture(40);  // 40 copies: every coarse level draws one copy
  scene::MapScene map(c);
  const auto& stats = map.buildStats();
  EXPECT_EQ(stats.tiles, 1u);
  // The layer is 1 km across: snaps 0 and 2 m (≤ 1000 / 1000 × 4). At 2 m each road is one segment (99 inner
  // vertices dropped), and the 39 copies' segment is the first's, drawn once.
  EXPECT_EQ(stats.levels, 2u);
  EXPECT_EQ(stats.merged, 40u * 99 + 39);
}

TEST(DetailLevels, TheCacheReleasesTheLeastRecentlyDrawnLevelsOverItsBudget) {
  scene::DetailCache cache(100);
  auto build = [](std::size_t, std::size_t& vertices) {
    vertices = 40;
    return osg::ref_ptr<osg::Node>(new osg::Node);
  };
  osg::BoundingBox box(0, 0, 0, 1, 1, 0);
  osg::ref_ptr<scene::DetailTile> a = new scene::DetailTile({0, 2}, box, build, &cache);
  osg::ref_ptr<scene::DetailTile> b = new scene::DetailTile({0, 2}, box, build, &cache);
  a->setLevel(0, new osg::Node);
  cache.built(a.get(), 0, 40, 1);
  b->setLevel(0, new osg::Node);
  cache.built(b.get(), 0, 40, 2);
  cache.drawn(a.get(), 0, 3);  // a drawn again: b is now the least recently drawn
  a->setLevel(1, new osg::Node);
  cache.built(a.get(), 1, 40, 4);  // 120 > 100: b's level 0 goes
  EXPECT_FALSE(b->built(0));
  EXPECT_TRUE(a->built(0));
  EXPECT_TRUE(a->built(1));
  EXPECT_EQ(cache.vertices(), 80u);
  EXPECT_EQ(cache.releases(), 1u);
  // Nothing drawn in the current frame is released, even over budget.
  b->setLevel(1, new osg::Node);
  cache.built(b.get(), 1, 40, 4);
  EXPECT_TRUE(a->built(1));
  EXPECT_TRUE(b->built(1));
  EXPECT_FALSE(a->built(0));  // drawn in frame 3: released
}
