// Picking on the map window without a window: app::MapPointer with a MapCamera fitted to a small catalog, clicks
// given as OSG events. Working CRS coordinates are offset from the scene's local metres by the origin.
#include "app/map_pointer.hpp"

#include <gtest/gtest.h>

using namespace wm;

namespace {

// Takes the handler's redraw requests.
struct Actions : osgGA::GUIActionAdapter {
  int redraws = 0;
  void requestRedraw() override { ++redraws; }
  void requestContinuousUpdate(bool) override {}
  void requestWarpPointer(float, float) override {}
};

// Working CRS (metres): project 0 a road along y = 2000 from x = 1000 to 1200; project 1 a park, the square
// (1000, 2100)–(1100, 2200). The scene origin is (1000, 2000); the camera shows local (0, 0)–(200, 200) in a
// 400 × 300 window, so a pixel is 200 / 300 / 0.94 ≈ 0.71 m and the pick tolerance (5 px) about 3.5 m.
struct PointerFixture {
  domain::Catalog catalog;
  render::MapCamera camera;
  ui::ViewState state;
  osg::ref_ptr<app::MapPointer> pointer;
  Actions actions;

  PointerFixture() {
    domain::Layer works;
    works.info.role = domain::LayerRole::Works;
    geo::GeometryStore& g = works.geometry;
    g.beginFeature(geo::GeomKind::Line);
    g.beginPart(geo::PartRole::Line);
    g.addVertex(1000, 2000);
    g.addVertex(1200, 2000);
    g.endPart();
    g.endFeature();
    g.beginFeature(geo::GeomKind::Polygon);
    g.beginPart(geo::PartRole::OuterRing);
    for (auto [x, y] :
         {std::pair{1000.0, 2100.0}, {1100.0, 2100.0}, {1100.0, 2200.0}, {1000.0, 2200.0}, {1000.0, 2100.0}})
      g.addVertex(x, y);
    g.endPart();
    g.endFeature();
    catalog.layers.push_back(std::move(works));
    for (std::uint32_t f = 0; f < 2; ++f) {
      domain::Project p;
      p.kind = f == 0 ? domain::Kind::Road : domain::Kind::Park;
      p.recorded = domain::RecordedStatus::Planned;
      p.feature = f;
      catalog.projects.push_back(p);
    }
    state = ui::initialViewState(catalog, *core::Date::fromYmd(2023, 6, 30), core::Lang::En);
    camera.setViewport(400, 300);
    geo::Extent local;
    local.add(0, 0);
    local.add(200, 200);
    camera.fit(local);
    pointer = new app::MapPointer(catalog, scene::SceneOrigin{1000, 2000}, camera, state);
    pointer->buildIndex();
  }
  // The window pixel (origin bottom left) of a working-CRS point.
  osg::Vec3d pixel(double x, double y) const { return *camera.project(osg::Vec3d(x - 1000, y - 2000, 0)); }
  void mouse(osgGA::GUIEventAdapter::EventType type, double x, double y, bool handled = false,
             int button = osgGA::GUIEventAdapter::LEFT_MOUSE_BUTTON, double time = 0) {
    osg::ref_ptr<osgGA::GUIEventAdapter> ea = new osgGA::GUIEventAdapter;
    ea->setEventType(type);
    ea->setInputRange(0, 0, 400, 300);
    ea->setX(static_cast<float>(x));
    ea->setY(static_cast<float>(y));
    ea->setButton(button);
    ea->setTime(time);
    ea->setHandled(handled);
    pointer->handle(*ea, actions, nullptr, nullptr);
  }
  void click(double x, double y, double dragX = 0) {
    mouse(osgGA::GUIEventAdapter::PUSH, x, y);
    mouse(osgGA::GUIEventAdapter::RELEASE, x + dragX, y);
  }
  // A click at the pixel of a working-CRS point at `time` (seconds), as X11 reports it: a press and a release.
  void clickAt(double x, double y, double time, int button = osgGA::GUIEventAdapter::LEFT_MOUSE_BUTTON) {
    osg::Vec3d px = pixel(x, y);
    mouse(osgGA::GUIEventAdapter::PUSH, px.x(), px.y(), false, button, time);
    mouse(osgGA::GUIEventAdapter::RELEASE, px.x(), px.y(), false, button, time + 0.05);
  }
  // Returns whether the handler took the key.
  bool keyUp(int key) {
    osg::ref_ptr<osgGA::GUIEventAdapter> ea = new osgGA::GUIEventAdapter;
    ea->setEventType(osgGA::GUIEventAdapter::KEYUP);
    ea->setKey(key);
    return pointer->handle(*ea, actions, nullptr, nullptr);
  }
  void measure(ui::MeasureMode mode) {
    state.panels.measure = true;
    state.measure.mode = mode;
  }
};

}  // namespace

TEST(MapPointer, GroundPointIsInTheWorkingCrs) {
  PointerFixture f;
  osg::Vec3d px = f.pixel(1100, 2050);
  auto ground = f.pointer->groundPoint(px.x(), px.y());
  ASSERT_TRUE(ground);
  EXPECT_NEAR(ground->x(), 1100, 1e-6);
  EXPECT_NEAR(ground->y(), 2050, 1e-6);
  EXPECT_NEAR(f.pointer->metresPerPixelAt(px.x(), px.y()), f.camera.metresPerPixel(), 1e-9);
}

TEST(MapPointer, PicksWithinFivePixelsOfALineAndInsideAPolygon) {
  PointerFixture f;
  const double mpp = f.camera.metresPerPixel();
  osg::Vec3d road = f.pixel(1100, 2000);
  EXPECT_EQ(f.pointer->pickAt(road.x(), road.y()), 0u);
  EXPECT_EQ(f.pointer->pickAt(road.x(), road.y() + 4), 0u);             // 4 px above the line: within the tolerance
  EXPECT_EQ(f.pointer->pickAt(road.x(), road.y() + 20), std::nullopt);  // 20 px (~14 m) above: nothing
  osg::Vec3d park = f.pixel(1050, 2150);
  EXPECT_EQ(f.pointer->pickAt(park.x(), park.y()), 1u);
  EXPECT_GT(mpp, 0.5);
}

TEST(MapPointer, OnlyWorksTheMapShowsArePicked) {
  PointerFixture f;
  osg::Vec3d road = f.pixel(1100, 2000);
  f.state.toggleKind(domain::Kind::Road);
  EXPECT_EQ(f.pointer->pickAt(road.x(), road.y()), std::nullopt);
  f.state.showAll();
  f.state.overdueOnly = true;  // nothing is overdue (no planned dates)
  EXPECT_EQ(f.pointer->pickAt(road.x(), road.y()), std::nullopt);
}

TEST(MapPointer, AClickSelectsADragDoesNotAndEmptyMapClears) {
  PointerFixture f;
  osg::Vec3d park = f.pixel(1050, 2150);
  f.click(park.x(), park.y());
  EXPECT_EQ(f.state.selectedProject, 1);
  EXPECT_GT(f.actions.redraws, 0);
  osg::Vec3d road = f.pixel(1100, 2000);
  f.click(road.x(), road.y(), 10);  // a drag of 10 px pans; it picks nothing
  EXPECT_EQ(f.state.selectedProject, 1);
  f.mouse(osgGA::GUIEventAdapter::PUSH, road.x(), road.y(), true);  // a press a panel took
  f.mouse(osgGA::GUIEventAdapter::RELEASE, road.x(), road.y(), true);
  EXPECT_EQ(f.state.selectedProject, 1);
  osg::Vec3d empty = f.pixel(1150, 2150);
  f.click(empty.x(), empty.y());
  EXPECT_EQ(f.state.selectedProject, ui::kNoProject);
}

TEST(MapPointer, ClickPixelOfAProjectPicksItBack) {
  PointerFixture f;
  for (std::uint32_t p : {0u, 1u}) {
    auto at = f.pointer->clickPixelOf(p);
    ASSERT_TRUE(at) << p;
    EXPECT_EQ(f.pointer->pickAt(at->x(), f.camera.height() - at->y()), p);  // top-left origin back to bottom-left
  }
  EXPECT_FALSE(f.pointer->clickPixelOf(7));
}

TEST(MapPointer, PointerReportsWhereTheMouseIs) {
  PointerFixture f;
  EXPECT_FALSE(f.pointer->pointer().onMap);  // not seen yet
  osg::Vec3d px = f.pixel(1120, 2080);
  f.mouse(osgGA::GUIEventAdapter::MOVE, px.x(), px.y());
  ui::MapPointer p = f.pointer->pointer();
  EXPECT_TRUE(p.onMap);
  EXPECT_NEAR(p.x, 1120, 1e-3);  // events carry float pixels
  EXPECT_NEAR(p.y, 2080, 1e-3);
  EXPECT_NEAR(p.metresPerPixel, f.camera.metresPerPixel(), 1e-9);
}

TEST(MapPointer, WhileMeasuringAClickAddsTheGroundPointInsteadOfPickingAProject) {
  PointerFixture f;
  f.measure(ui::MeasureMode::Distance);
  f.clickAt(1050, 2150, 1.0);  // inside the park, which a click would pick
  EXPECT_EQ(f.state.selectedProject, ui::kNoProject);
  ASSERT_EQ(f.state.measure.points.size(), 1u);
  EXPECT_NEAR(f.state.measure.points[0].x, 1050, 1e-3);  // events carry float pixels
  EXPECT_NEAR(f.state.measure.points[0].y, 2150, 1e-3);
  f.clickAt(1100, 2000, 2.0);  // on the road
  EXPECT_EQ(f.state.selectedProject, ui::kNoProject);
  ASSERT_EQ(f.state.measure.points.size(), 2u);
  EXPECT_NEAR(ui::planarFigures(f.state.measure.points).lengthM, std::hypot(50.0, 150.0), 1e-2);
  // A drag still pans: no point.
  osg::Vec3d px = f.pixel(1150, 2150);
  f.click(px.x(), px.y(), 10);
  EXPECT_EQ(f.state.measure.points.size(), 2u);
  // The Measure panel closed: clicks pick again.
  f.state.panels.measure = false;
  f.clickAt(1050, 2150, 3.0);
  EXPECT_EQ(f.state.selectedProject, 1);
  EXPECT_EQ(f.state.measure.points.size(), 2u);
}

TEST(MapPointer, ADoubleClickOrARightClickFinishesTheShapeAndTheNextClickStartsANewOne) {
  PointerFixture f;
  f.measure(ui::MeasureMode::Area);
  f.clickAt(1000, 2000, 1.0);
  f.clickAt(1100, 2000, 2.0);
  f.clickAt(1100, 2100, 3.0);
  f.clickAt(1100, 2100, 3.3);  // the second click of a double-click: ends the shape, adds nothing
  EXPECT_TRUE(f.state.measure.finished);
  ASSERT_EQ(f.state.measure.points.size(), 3u);
  EXPECT_NEAR(ui::planarFigures(f.state.measure.points).areaM2, 5000, 1);  // half of 100 m × 100 m
  f.clickAt(1150, 2150, 4.0);                                              // a new shape
  EXPECT_FALSE(f.state.measure.finished);
  EXPECT_EQ(f.state.measure.points.size(), 1u);
  f.clickAt(1150, 2150, 4.9);  // the same place, but 0.9 s later: two clicks, not a double-click
  EXPECT_EQ(f.state.measure.points.size(), 2u);
  f.clickAt(1180, 2180, 6.0, osgGA::GUIEventAdapter::RIGHT_MOUSE_BUTTON);
  EXPECT_TRUE(f.state.measure.finished);
  EXPECT_EQ(f.state.measure.points.size(), 2u);
  EXPECT_EQ(f.state.selectedProject, ui::kNoProject);
}

TEST(MapPointer, EscClearsTheShapeThenLeavesTheToolAndIsLeftAloneOtherwise) {
  PointerFixture f;
  EXPECT_FALSE(f.keyUp(osgGA::GUIEventAdapter::KEY_Escape));  // not measuring: Esc is the window's (closes it)
  f.measure(ui::MeasureMode::Distance);
  f.clickAt(1000, 2000, 1.0);
  f.clickAt(1100, 2000, 2.0);
  EXPECT_TRUE(f.keyUp(osgGA::GUIEventAdapter::KEY_Escape));
  EXPECT_TRUE(f.state.measure.points.empty());
  EXPECT_EQ(f.state.measure.mode, ui::MeasureMode::Distance);
  EXPECT_TRUE(f.keyUp(osgGA::GUIEventAdapter::KEY_Escape));
  EXPECT_EQ(f.state.measure.mode, ui::MeasureMode::Off);
  EXPECT_FALSE(f.state.measuring());
}

TEST(MapPointer, WindowPixelOfIsWhereTheGroundPointIsDrawnCountedFromTheTop) {
  PointerFixture f;
  osg::Vec3d px = f.pixel(1100, 2050);
  auto at = f.pointer->windowPixelOf(1100, 2050);
  ASSERT_TRUE(at);
  EXPECT_NEAR(at->x(), px.x(), 1e-6);
  EXPECT_NEAR(at->y(), f.camera.height() - px.y(), 1e-6);
  // Outside the window too (a measured line runs on past the window's edge).
  auto far = f.pointer->windowPixelOf(5000, 2050);
  ASSERT_TRUE(far);
  EXPECT_GT(far->x(), f.camera.width());
}
