// Presentation mode on the desk's view state and camera (app/presenter), with no window and no ImGui: the
// sample county's briefing is loaded as the window loads it, a desk session opened on a viewer that never
// draws, and the presenter driven by keys and a clock the test holds.
#include "app/presenter.hpp"

#include <thread>

#include <gtest/gtest.h>
#include <osgGA/GUIEventAdapter>

#include "app/slide_camera.hpp"

using namespace wm;
using Key = osgGA::GUIEventAdapter::KeySymbol;
using Clock = app::Presenter::Clock;

namespace {

const std::string kSample = std::string(WORKSMAP_GEODATA) + "/sample-county.worksmap.toml";
core::Date day(int y, int m, int d) { return *core::Date::fromYmd(y, m, d); }

class PresenterTest : public ::testing::Test {
protected:
  static void SetUpTestSuite() {
    app::MapLoading loading({kSample}, core::Lang::Zh);
    for (int i = 0; i < 12000 && !loading.finished(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    ASSERT_TRUE(loading.finished());
    viewer = new osgViewer::Viewer;
    app::ViewerOptions options;
    options.sources = {kSample};
    options.asOf = day(2023, 6, 30);
    session = app::openDesk(loading.take(), options, core::Lang::Zh, *viewer).release();
    ASSERT_EQ(session->map->inputs.loaded.slides.size(), 9u);
  }
  static void TearDownTestSuite() {
    delete session;
    viewer = nullptr;
  }
  void SetUp() override {
    session->controller->camera() = render::MapCamera();
    session->controller->camera().setViewport(1920, 1080);
    session->controller->camera().fit(session->map->view->homeExtent());
    session->state = ui::initialViewState(session->map->inputs.loaded.catalog, day(2023, 6, 30), core::Lang::Zh);
  }
  const domain::Slide& slide(std::size_t i) const { return session->map->inputs.loaded.slides[i]; }
  render::MapCamera slideCamera(std::size_t i) const {
    return app::slideCamera(slide(i), *session->map->view, 1920, 1080);
  }
  render::MapCamera& camera() { return session->controller->camera(); }

  static inline osg::ref_ptr<osgViewer::Viewer> viewer;
  static inline app::DeskSession* session = nullptr;
  const Clock::time_point t0 = Clock::time_point(std::chrono::seconds(1000));
};

TEST_F(PresenterTest, StartsOnTheFirstSlideAsItsExportShowsIt) {
  app::Presenter presenter(*session, day(2026, 12, 7));
  ASSERT_TRUE(presenter.start(0));
  ASSERT_TRUE(presenter.active());
  EXPECT_FALSE(presenter.flying());
  const ui::ViewState& s = session->state;
  EXPECT_EQ(s.asOf, day(2022, 12, 31));  // as_of = 2022-12-31
  EXPECT_FALSE(s.periodMode);
  EXPECT_EQ(s.kindMask, ui::kAllKinds);
  EXPECT_EQ(s.slide, 0);
  EXPECT_FALSE(s.panels.legend);  // the overlay draws the legend, as on the exported slide
  EXPECT_EQ(s.mapBottomInset, 0);
  EXPECT_DOUBLE_EQ(camera().centerX(), slideCamera(0).centerX());
  EXPECT_DOUBLE_EQ(camera().metresPerPixel(), slideCamera(0).metresPerPixel());
}

TEST_F(PresenterTest, PageDownFliesToTheNextSlideWithTheDateRunning) {
  session->state.asOf = day(2023, 6, 30);
  app::Presenter presenter(*session, day(2026, 12, 7));
  ASSERT_TRUE(presenter.start(1));                     // 城区三维: 3D, as of 2022-12-31
  ASSERT_TRUE(presenter.key(Key::KEY_Page_Down, t0));  // to 2022年完工道路: plan view, the year 2022
  EXPECT_TRUE(presenter.flying());
  EXPECT_EQ(presenter.presentation().slide, 2u);
  EXPECT_EQ(session->state.kindMask, 1u << static_cast<unsigned>(domain::Kind::Road));  // filters at once
  EXPECT_FALSE(session->state.periodMode);  // the date runs as an as-of date
  // Half-way: the camera between the 3D slide and the plan slide, the switch half down.
  const render::MapCamera from = slideCamera(1), to = slideCamera(2);
  app::SlideFlight flight(from, to, day(2022, 12, 31), day(2022, 12, 31));
  const auto half =
      t0 + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(flight.seconds() / 2));
  EXPECT_TRUE(presenter.update(half));
  EXPECT_NEAR(camera().transitionProgress(), 0.5, 1e-6);
  EXPECT_NEAR(camera().centerX(), (from.centerX() + to.centerX()) / 2, 1e-3);
  // Landed: the slide's own period and camera.
  EXPECT_TRUE(presenter.update(t0 + std::chrono::seconds(2)));  // the landing's frame
  EXPECT_FALSE(presenter.flying());
  EXPECT_FALSE(presenter.update(t0 + std::chrono::seconds(3)));
  EXPECT_TRUE(session->state.periodMode);
  EXPECT_EQ(session->state.periodFrom, day(2022, 1, 1));
  EXPECT_EQ(session->state.periodTo, day(2022, 12, 31));
  EXPECT_DOUBLE_EQ(camera().centerX(), to.centerX());
  EXPECT_DOUBLE_EQ(camera().blend(), 0);
}

TEST_F(PresenterTest, TheDateRunsFromOneSlidesDateToTheNexts) {
  app::Presenter presenter(*session, day(2026, 12, 7));
  ASSERT_TRUE(presenter.start(0));               // as of 2022-12-31
  ASSERT_TRUE(presenter.key(Key::KEY_End, t0));  // 2023年计划: as of 2022-12-31 too
  presenter.update(t0 + std::chrono::milliseconds(100));
  EXPECT_EQ(session->state.asOf, day(2022, 12, 31));
  EXPECT_EQ(session->state.statusMask, 1u << static_cast<unsigned>(domain::Status::Planned));
  // From the desk's date (2023-06-30) to slide 1's (2022-12-31): the date on the way lies between.
  session->state.asOf = day(2023, 6, 30);
  ASSERT_TRUE(presenter.key(Key::KEY_Home, t0));
  presenter.update(t0 + std::chrono::milliseconds(300));
  EXPECT_LT(session->state.asOf, day(2023, 6, 30));
  EXPECT_GT(session->state.asOf, day(2022, 12, 31));
}

TEST_F(PresenterTest, EscGivesTheDeskBackAsItWas) {
  const render::MapCamera desk = camera();
  session->state.kindMask = 1u << static_cast<unsigned>(domain::Kind::Park);
  session->state.panels.legend = true;
  app::Presenter presenter(*session, day(2026, 12, 7));
  ASSERT_TRUE(presenter.start(0));
  presenter.key('5', t0);
  presenter.key(Key::KEY_Return, t0);  // to slide 5, flying
  EXPECT_TRUE(presenter.flying());
  EXPECT_TRUE(presenter.key(Key::KEY_Escape, t0 + std::chrono::milliseconds(200)));
  EXPECT_FALSE(presenter.active());
  EXPECT_EQ(session->state.asOf, day(2023, 6, 30));
  EXPECT_EQ(session->state.kindMask, 1u << static_cast<unsigned>(domain::Kind::Park));
  EXPECT_TRUE(session->state.panels.legend);
  EXPECT_EQ(session->state.slide, 4);  // Shift+F5 starts again from slide 5
  EXPECT_DOUBLE_EQ(camera().centerX(), desk.centerX());
  EXPECT_DOUBLE_EQ(camera().metresPerPixel(), desk.metresPerPixel());
}

TEST_F(PresenterTest, AResizedWindowFramesTheSlideAgain) {
  app::Presenter presenter(*session, day(2026, 12, 7));
  ASSERT_TRUE(presenter.start(7));  // 麻塘片区, framed on its district
  camera().setViewport(1024, 768);  // full screen on a projector
  presenter.update(t0);
  const render::MapCamera expected = app::slideCamera(slide(7), *session->map->view, 1024, 768);
  EXPECT_DOUBLE_EQ(camera().metresPerPixel(), expected.metresPerPixel());
  EXPECT_DOUBLE_EQ(camera().centerX(), expected.centerX());
}

// A slide made of the view shows that view again at the same size (slideCamera ∘ slideFromView), plan and 3D,
// with the view state's filters, district and period.
TEST_F(PresenterTest, ASlideOfTheViewShowsTheSameView) {
  camera().setCenter(1234.5, -678.25);
  camera().setMetresPerPixel(7.5);
  ui::ViewState& s = session->state;
  s.kindMask = 1u << static_cast<unsigned>(domain::Kind::Park) | 1u << static_cast<unsigned>(domain::Kind::Road);
  s.overdueOnly = true;
  s.highlightDistrict = 0;
  s.periodMode = true;
  s.periodFrom = day(2022, 1, 1), s.periodTo = day(2022, 6, 30);
  const domain::Slide plan = app::slideFromView(s, camera(), *session->map->view);
  EXPECT_FALSE(plan.camera.threeD);
  ASSERT_TRUE(plan.camera.center);
  EXPECT_EQ(plan.kinds, (std::vector<domain::Kind>{domain::Kind::Road, domain::Kind::Park}));
  EXPECT_TRUE(plan.statuses.empty());  // all shown: no list
  EXPECT_TRUE(plan.overdueOnly);
  EXPECT_EQ(plan.district, session->map->inputs.loaded.catalog.districts[0].name);
  EXPECT_EQ(plan.figures, domain::SlideFigures::District);
  ASSERT_TRUE(plan.period);
  EXPECT_EQ(plan.period->second, day(2022, 6, 30));
  EXPECT_TRUE(plan.layers.empty());  // the layers as shown by default
  const render::MapCamera back = app::slideCamera(plan, *session->map->view, 1920, 1080);
  EXPECT_NEAR(back.centerX(), 1234.5, 1e-3);
  EXPECT_NEAR(back.centerY(), -678.25, 1e-3);
  EXPECT_NEAR(back.metresPerPixel(), 7.5, 1e-9);
  // 3D: target, heading, tilt and range.
  camera().setTarget3d(true);
  camera().finishTransition();
  camera().setOrientation(-40, 35);
  const domain::Slide orbit = app::slideFromView(s, camera(), *session->map->view);
  EXPECT_TRUE(orbit.camera.threeD);
  EXPECT_NEAR(orbit.camera.headingDegrees, -40, 1e-9);
  const render::MapCamera seen = app::slideCamera(orbit, *session->map->view, 1920, 1080);
  EXPECT_TRUE(seen.target3d());
  EXPECT_NEAR(seen.centerX(), 1234.5, 1e-3);
  EXPECT_NEAR(seen.metresPerPixel(), 7.5, 1e-9);
  EXPECT_NEAR(seen.orbitHeadingDegrees(), -40, 1e-9);
  EXPECT_NEAR(seen.orbitTiltDegrees(), 35, 1e-9);
  // A hidden layer: the slide lists those shown.
  s.layers[0].visible = !s.layers[0].visible;
  const domain::Slide layered = app::slideFromView(s, camera(), *session->map->view);
  EXPECT_FALSE(layered.layers.empty());
}

}  // namespace
