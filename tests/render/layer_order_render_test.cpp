// The Layers panel's drawing order on real pixels (Mesa llvmpipe under Xvfb): where a lake and a completed road
// works polygon overlap, the layer drawn later covers the other; MapScene::setLayerOrder swaps them without a
// rebuild. 1 m a pixel around the data's centre; image rows grow downwards.
#include <gtest/gtest.h>

#include "render/pixel_checks.hpp"

using namespace wm;

namespace {

// Layer 0: a completed road works polygon (solid fill in the completed colour) over x ∈ [-60, 20];
// layer 1: a base layer "lake" (the water rule's fill) over x ∈ [-20, 60]; both y ∈ [-30, 30] around
// (500000, 3200000). They overlap in x ∈ [-20, 20].
domain::Catalog worksAndLake() {
  domain::Catalog c;
  domain::Layer works;
  works.info.role = domain::LayerRole::Works;
  works.info.name = "works_roads";
  test::addRectangle(works.geometry, 500000 - 60, 3200000 - 30, 500000 + 20, 3200000 + 30);
  domain::Layer lake;
  lake.info.role = domain::LayerRole::Base;
  lake.info.name = "lake";
  test::addRectangle(lake.geometry, 500000 - 20, 3200000 - 30, 500000 + 60, 3200000 + 30);
  c.layers.push_back(std::move(works));
  c.layers.push_back(std::move(lake));
  domain::Project p;
  p.kind = domain::Kind::Road;
  p.recorded = domain::RecordedStatus::Completed;
  c.projects = {p};
  return c;
}

bool near(test::Rgb a, test::Rgb b, int tolerance) {
  for (int i = 0; i < 3; ++i)
    if (std::abs(a[i] - b[i]) > tolerance) return false;
  return true;
}

TEST(LayerOrderRender, TheLayerDrawnLaterCoversTheOverlap) {
  domain::Catalog catalog = worksAndLake();
  scene::MapScene map(catalog);
  const test::Rgb water = test::rgb(*test::style().baseRules[1].fill);
  // By default works draw over base polygons: the overlap (image centre, x = 100) shows the works' fill, the
  // lake alone (x = 140, 40 m east) shows water, the works alone (x = 60) the works' fill.
  render::RgbaImage image = test::drawMap(map, 200, 100, 100, 50);
  ASSERT_EQ(image.width, 200);
  const test::Rgb worksAlone = test::pixel(image, 60, 50);
  EXPECT_FALSE(near(worksAlone, water, 40));
  EXPECT_GT(worksAlone[1], worksAlone[0] + 40) << "the completed colour is green";
  EXPECT_TRUE(near(test::pixel(image, 140, 50), water, 3));
  EXPECT_TRUE(near(test::pixel(image, 100, 50), worksAlone, 3));
  // The lake moved to the top (bottom first: works, then lake): the overlap turns to water, the rest stays.
  map.setLayerOrder({0, 1});
  image = test::drawMap(map, 200, 100, 100, 50);
  EXPECT_TRUE(near(test::pixel(image, 100, 50), water, 3));
  EXPECT_TRUE(near(test::pixel(image, 60, 50), worksAlone, 3));
  EXPECT_TRUE(near(test::pixel(image, 140, 50), water, 3));
  // And back.
  map.setLayerOrder({1, 0});
  image = test::drawMap(map, 200, 100, 100, 50);
  EXPECT_TRUE(near(test::pixel(image, 100, 50), worksAlone, 3));
}

}  // namespace
