// A presentation's flight draws the map at half the window's pixels each way (render::ReducedResolution):
// real OpenGL (llvmpipe under Xvfb in CI), pixels read back. The map must look the same, only softer; what is
// drawn after it (labels, the overlay) must stay at full resolution; and the levels of detail must be those of
// the window's pixels, so that a flight builds nothing its still frames would not.
#include "render/reduced_resolution.hpp"

#include <algorithm>
#include <cstdlib>
#include <utility>

#include <gtest/gtest.h>
#include <osg/Geode>
#include <osg/Geometry>

#include "render/pixel_checks.hpp"

using namespace wm;

namespace {

constexpr int kWidth = 400, kHeight = 300;

// A road 4 km long along x with a zigzag of ±0.3 m every 10 m (401 vertices), and a 300 m × 300 m park north of
// its middle, in GK metres. Drawn as vectors at every scale (no rasters), each tile's levels built when first
// drawn. The data's centre, where the views below are centred, is (502000, 3200198.5).
domain::Catalog county() {
  domain::Catalog c;
  domain::Layer roads;
  roads.info.role = domain::LayerRole::Works;
  roads.geometry.beginFeature(geo::GeomKind::Line);
  roads.geometry.beginPart(geo::PartRole::Line);
  for (int i = 0; i <= 400; ++i) roads.geometry.addVertex(500000 + 10.0 * i, 3200000 + (i % 2 ? 0.3 : -0.3));
  roads.geometry.endPart();
  roads.geometry.endFeature();
  domain::Layer parks;
  parks.info.role = domain::LayerRole::Works;
  test::addRectangle(parks.geometry, 501850, 3200100, 502150, 3200400);
  c.layers.push_back(std::move(roads));
  c.layers.push_back(std::move(parks));
  domain::Project road;
  road.kind = domain::Kind::Road;
  road.recorded = domain::RecordedStatus::Completed;
  domain::Project park;
  park.kind = domain::Kind::Park;
  park.recorded = domain::RecordedStatus::UnderConstruction;
  park.layer = 1;
  c.projects = {road, park};
  return c;
}

scene::MapScene::DetailSettings builtWhenDrawn() {
  scene::MapScene::DetailSettings d;
  d.eagerFeatureLimit = 0;
  d.rasterFeaturesPerPixel = 0;
  return d;
}

// What the window draws over the map: a pure red column one pixel wide at x = 60 (pixels from the left), in a
// camera of window pixels and the overlay's render bin.
osg::ref_ptr<osg::Camera> redColumn() {
  osg::ref_ptr<osg::Camera> hud = new osg::Camera;
  hud->setReferenceFrame(osg::Transform::ABSOLUTE_RF);
  hud->setRenderOrder(osg::Camera::NESTED_RENDER);
  hud->setClearMask(0);
  hud->setProjectionMatrixAsOrtho2D(0, kWidth, 0, kHeight);
  hud->setViewMatrix(osg::Matrix::identity());
  osg::ref_ptr<osg::Geometry> column =
      osg::createTexturedQuadGeometry(osg::Vec3(60, 0, 0), osg::Vec3(1, 0, 0), osg::Vec3(0, kHeight, 0));
  osg::ref_ptr<osg::Vec4Array> red = new osg::Vec4Array;
  red->push_back(osg::Vec4(1, 0, 0, 1));
  column->setColorArray(red, osg::Array::BIND_OVERALL);
  osg::ref_ptr<osg::Geode> geode = new osg::Geode;
  geode->addDrawable(column);
  geode->getOrCreateStateSet()->setMode(GL_LIGHTING, osg::StateAttribute::OFF);
  geode->getOrCreateStateSet()->setRenderBinDetails(100, "RenderBin");
  hud->addChild(geode);
  return hud;
}

// The pixels where two images differ by more than 24 in a channel: those within two pixels of an edge of `a`
// (a change of colour in its 5 × 5 neighbourhood), and those further inside a uniform area.
std::pair<int, int> differingNearEdges(const render::RgbaImage& a, const render::RgbaImage& b) {
  int edges = 0, inside = 0;
  for (int y = 0; y < a.height; ++y)
    for (int x = 0; x < a.width; ++x) {
      const test::Rgb pa = test::pixel(a, x, y), pb = test::pixel(b, x, y);
      bool differs = false;
      for (int k = 0; k < 3; ++k) differs = differs || std::abs(pa[k] - pb[k]) > 24;
      if (!differs) continue;
      bool uniform = true;
      for (int dy = -2; dy <= 2 && uniform; ++dy)
        for (int dx = -2; dx <= 2 && uniform; ++dx) {
          const int nx = std::clamp(x + dx, 0, a.width - 1), ny = std::clamp(y + dy, 0, a.height - 1);
          uniform = test::pixel(a, nx, ny) == pa;
        }
      ++(uniform ? inside : edges);
    }
  return {edges, inside};
}

struct Drawn {
  render::RgbaImage image;
  std::vector<std::size_t> levels;  ///< each tile's level of detail drawn
};

class ReducedResolutionRender : public ::testing::Test {
protected:
  void SetUp() override {
    auto program = scene::loadMapProgram(scene::shaderDirectory());
    ASSERT_TRUE(program) << program.error().text(core::Lang::En);
    _program = *program;
    _map.useProgram(_program.get());
    _top->addChild(_reduced.node());
    _top->addChild(redColumn());
  }

  // The map centred on the road's middle at `metresPerPixel`, its map drawn at `scale` of the pixels.
  Drawn draw(double metresPerPixel, double scale) {
    render::MapCamera camera;
    camera.setViewport(kWidth, kHeight);
    camera.fit(_map.origin().toLocal(_map.dataExtent()));
    camera.setMetresPerPixel(metresPerPixel);
    _reduced.set(scale, kWidth, kHeight);
    render::OffscreenView view;
    view.width = kWidth;
    view.height = kHeight;
    view.camera = camera;
    auto image = render::renderOffscreen(_top.get(), view, _program.get());
    EXPECT_TRUE(image) << (image ? "" : image.error().text(core::Lang::En));
    Drawn out;
    if (image) out.image = *image;
    for (const auto& tile : _map.tiles()) out.levels.push_back(tile->lastDrawnLevel());
    return out;
  }

  domain::Catalog _county = county();
  scene::MapScene _map{_county, test::solidFillStyle(), builtWhenDrawn()};
  osg::ref_ptr<osg::Uniform> _viewport = new osg::Uniform("wm_viewport", osg::Vec2(kWidth, kHeight));
  render::ReducedResolution _reduced{_map.root(), osg::Vec4(0.97f, 0.97f, 0.95f, 1), _viewport.get()};
  osg::ref_ptr<osg::Group> _top = new osg::Group;
  osg::ref_ptr<osg::Program> _program;
};

}  // namespace

TEST_F(ReducedResolutionRender, TheMapAtHalfThePixelsIsTheSameMapOnlySofter) {
  const Drawn full = draw(2.0, 1.0);
  const Drawn half = draw(2.0, 0.5);
  ASSERT_EQ(half.image.width, kWidth);
  EXPECT_EQ(_reduced.drawnWidth(), kWidth / 2);
  EXPECT_EQ(_reduced.drawnHeight(), kHeight / 2);
  // At 2 m a pixel the park spans 75 columns either side of the middle and rows 101 above to 49 below it; the
  // road lies 99 rows below the middle; 130 rows above the middle is background.
  const int parkX = kWidth / 2 + 7, parkY = kHeight / 2 - 50;
  test::expectNear(test::pixel(half.image, parkX, parkY), test::pixel(full.image, parkX, parkY));
  EXPECT_NE(test::pixel(full.image, parkX, parkY), test::kBackground);
  test::expectNear(test::pixel(half.image, kWidth / 2, kHeight / 2 + 99),
                   test::pixel(full.image, kWidth / 2, kHeight / 2 + 99));
  EXPECT_NE(test::pixel(full.image, kWidth / 2, kHeight / 2 + 99), test::kBackground);
  EXPECT_EQ(test::pixel(half.image, kWidth / 2, kHeight / 2 - 130), test::kBackground);
  // Softer: the edges of the road and the park differ (moved by up to a pixel, blurred), nothing else.
  const auto [edges, inside] = differingNearEdges(full.image, half.image);
  EXPECT_GT(edges, 0) << "the map was not drawn at half resolution";
  EXPECT_EQ(inside, 0) << "pixels two or more pixels away from any edge differ";
}

TEST_F(ReducedResolutionRender, WhatIsDrawnAfterTheMapKeepsTheWindowsPixels) {
  const Drawn half = draw(2.0, 0.5);
  ASSERT_EQ(half.image.height, kHeight);
  int red = 0, bled = 0;
  for (int y = 0; y < kHeight; ++y) {
    red += test::pixel(half.image, 60, y) == test::Rgb{255, 0, 0};
    for (int x : {59, 61}) bled += test::pixel(half.image, x, y)[0] > 250 && test::pixel(half.image, x, y)[1] < 5;
  }
  EXPECT_EQ(red, kHeight);
  EXPECT_EQ(bled, 0);
}

TEST_F(ReducedResolutionRender, LevelsOfDetailAreThoseOfTheWindowsPixels) {
  bool scaleMatters = false;
  std::vector<std::size_t> before;
  for (double metresPerPixel : {0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 16.0}) {
    const Drawn full = draw(metresPerPixel, 1.0);
    const Drawn half = draw(metresPerPixel, 0.5);
    EXPECT_EQ(half.levels, full.levels) << "at " << metresPerPixel << " m a pixel";
    // At twice the metres a pixel (what the half-size viewport alone would say) some tile draws another level.
    if (!before.empty() && before != full.levels) scaleMatters = true;
    before = full.levels;
  }
  EXPECT_TRUE(scaleMatters);
}

TEST_F(ReducedResolutionRender, BackAtScaleOneTheMapIsDrawnDirectly) {
  const Drawn full = draw(2.0, 1.0);
  draw(2.0, 0.5);
  const Drawn again = draw(2.0, 1.0);
  EXPECT_EQ(test::countDiffering(full.image, again.image, 0), 0);
  EXPECT_EQ(_reduced.drawnWidth(), kWidth);
  EXPECT_FALSE(_reduced.throughTexture());
}

// Presentation mode keeps the pass in use on still frames (MapView::setPresenting): at scale 1 the texture is a
// pixel-for-pixel copy of what drawing directly gives.
TEST_F(ReducedResolutionRender, AtScaleOneThroughTheTextureThePixelsAreTheSame) {
  const Drawn direct = draw(2.0, 1.0);
  ASSERT_FALSE(_reduced.throughTexture());
  _reduced.setAlwaysThroughTexture(true);
  const Drawn copied = draw(2.0, 1.0);
  EXPECT_TRUE(_reduced.throughTexture());
  EXPECT_EQ(_reduced.drawnWidth(), kWidth);
  ASSERT_EQ(copied.image.width, kWidth);
  EXPECT_EQ(test::countDiffering(direct.image, copied.image, 0), 0);
  EXPECT_EQ(copied.levels, direct.levels);
}
