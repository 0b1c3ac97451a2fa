#include "ui/view_state.hpp"

#include <gtest/gtest.h>

#include "ui/screen_scale.hpp"
#include "ui_fixture.hpp"

using namespace wm;
using domain::Kind;
using domain::Status;

TEST(ViewState, StartsWithEverythingShownAndALayerViewPerLayer) {
  domain::Catalog c = test::uiCatalog();
  c.layers.resize(3);
  ui::ViewState s = ui::initialViewState(c, test::day(2023, 6, 30), core::Lang::Zh);
  EXPECT_EQ(s.kindMask, ui::kAllKinds);
  EXPECT_EQ(s.statusMask, ui::kAllStatuses);
  EXPECT_EQ(s.layers.size(), 3u);
  EXPECT_EQ(s.lang, core::Lang::Zh);
  EXPECT_EQ(s.highlightDistrict, domain::kNoDistrict);
  EXPECT_EQ(s.selectedProject, ui::kNoProject);
}

TEST(ViewState, TogglingAKindOrStatusFlipsOnlyItsBit) {
  ui::ViewState s;
  s.toggleKind(Kind::Park);
  EXPECT_FALSE(s.kindShown(Kind::Park));
  EXPECT_TRUE(s.kindShown(Kind::Road));
  EXPECT_EQ(s.kindMask, ui::kAllKinds & ~(1u << 1));
  s.toggleStatus(Status::Completed);
  EXPECT_EQ(s.statusMask, 0b1011u);
  s.toggleKind(Kind::Park);
  EXPECT_EQ(s.kindMask, ui::kAllKinds);
  s.overdueOnly = true;
  s.showAll();
  EXPECT_EQ(s.statusMask, ui::kAllStatuses);
  EXPECT_FALSE(s.overdueOnly);
}

TEST(ViewState, RequestsAreTakenOnceInOrderWithoutRepeats) {
  ui::ViewState s;
  s.request({ui::ViewRequest::Kind::ZoomToDistrict, 1});
  s.request({ui::ViewRequest::Kind::ZoomToDistrict, 1});  // a double click queues one zoom
  s.request({ui::ViewRequest::Kind::ZoomToProject, 4});
  auto taken = s.takeRequests();
  ASSERT_EQ(taken.size(), 2u);
  EXPECT_EQ(taken[0].kind, ui::ViewRequest::Kind::ZoomToDistrict);
  EXPECT_EQ(taken[1].index, 4);
  EXPECT_TRUE(s.takeRequests().empty());
}

TEST(ViewState, MapFilterCarriesWhatTheUniformsNeed) {
  ui::ViewState s;
  s.asOf = test::day(2023, 6, 30);
  s.toggleKind(Kind::Road);
  s.overdueOnly = true;
  s.highlightDistrict = 1;
  s.selectedProject = 5;
  ui::MapFilter f = ui::mapFilter(s);
  EXPECT_EQ(f.asOfDays, test::day(2023, 6, 30).days());
  EXPECT_EQ(f.kindMask, ui::kAllKinds & ~1u);
  EXPECT_TRUE(f.overdueOnly);
  EXPECT_EQ(f.highlightDistrict, 1);
  EXPECT_EQ(f.selectedProject, 5);
  s.search = "路";  // not drawn by the map: the filter stays equal
  EXPECT_EQ(ui::mapFilter(s), f);
}

TEST(ViewState, ProjectShownFollowsTheShadersSemantics) {
  domain::Catalog c = test::uiCatalog();
  ui::ViewState s = ui::initialViewState(c, test::day(2023, 6, 30), core::Lang::En);
  s.overdueOnly = true;
  std::vector<bool> shown;
  for (const auto& p : c.projects) shown.push_back(ui::projectShown(s, p));
  EXPECT_EQ(shown, (std::vector<bool>{false, true, false, true, false, false}));
  s.overdueOnly = false;
  s.toggleStatus(Status::UnderConstruction);
  EXPECT_FALSE(ui::projectShown(s, c.projects[5]));  // started on the day: under construction, hidden
  EXPECT_TRUE(ui::projectShown(s, c.projects[4]));   // completed by its record
  // Its layer hidden, or fully transparent, in the Layers panel: not shown (nor pickable).
  s.layers.assign(1, ui::LayerView{});
  c.projects[4].layer = 0;
  s.layers[0].visible = false;
  EXPECT_FALSE(ui::projectShown(s, c.projects[4]));
  s.layers[0] = {true, 0.0f};
  EXPECT_FALSE(ui::projectShown(s, c.projects[4]));
  s.layers[0] = {true, 0.3f};
  EXPECT_TRUE(ui::projectShown(s, c.projects[4]));
}

TEST(ViewState, MapFilterCarriesThePeriodSoThatAChangeReachesTheUniforms) {
  ui::ViewState s;
  s.asOf = test::day(2023, 6, 30);
  ui::MapFilter before = ui::mapFilter(s);
  EXPECT_FALSE(before.periodMode);
  s.showPeriod(test::day(2023, 3, 31), test::day(2023, 1, 1));  // either order
  ui::MapFilter f = ui::mapFilter(s);
  EXPECT_NE(f, before);
  EXPECT_TRUE(f.periodMode);
  EXPECT_EQ(f.periodFromDays, 8401);  // 2023-01-01: 23 years of 365 days + 6 leap days (2000 … 2020) after 2000-01-01
  EXPECT_EQ(f.periodToDays, 8401 + 31 + 28 + 30);
  s.periodTo = test::day(2023, 4, 1);
  EXPECT_NE(ui::mapFilter(s), f);
}

TEST(ViewState, ThePeriodsStartNeverPassesItsEnd) {
  ui::ViewState s;
  s.periodFrom = test::day(2023, 1, 1);
  s.periodTo = test::day(2023, 6, 30);
  s.setPeriodFrom(test::day(2023, 3, 1));
  EXPECT_EQ(s.periodTo, test::day(2023, 6, 30));  // still after: it stays
  s.setPeriodFrom(test::day(2023, 8, 1));
  EXPECT_EQ(s.periodTo, test::day(2023, 8, 1));
  s.setPeriodTo(test::day(2023, 2, 1));
  EXPECT_EQ(s.periodFrom, test::day(2023, 2, 1));
  s.setPeriodTo(test::day(2023, 9, 1));
  EXPECT_EQ(s.periodFrom, test::day(2023, 2, 1));
}

TEST(ViewState, InPeriodModeOnlyWorksCompletedWithinThePeriodAreShown) {
  // Period 2023-01-01 … 2023-06-30 (both days included). The fixture's 东风路改造 (0) was completed on
  // 2023-05-01, planned 2023-06-01; the others get completion dates here:
  //   1 Station Road on 2023-01-01, the first day (planned 2023-06-01: on time)
  //   2 人民路       on 2023-06-30, the last day (planned 2024-06-01: on time)
  //   3 滨河游园     on 2022-12-31, the day before (completed before the period)
  //   4 北门停车场   recorded completed, without a date: never in a period
  //   5 西街游园     on 2023-07-01, the day after
  domain::Catalog c = test::uiCatalog();
  c.projects[1].done = test::day(2023, 1, 1);
  c.projects[2].done = test::day(2023, 6, 30);
  c.projects[3].done = test::day(2022, 12, 31);
  c.projects[5].done = test::day(2023, 7, 1);
  ui::ViewState s = ui::initialViewState(c, test::day(2023, 12, 31), core::Lang::En);
  s.showPeriod(test::day(2023, 1, 1), test::day(2023, 6, 30));
  auto shown = [&] {
    std::vector<bool> out;
    for (const auto& p : c.projects) out.push_back(ui::projectShown(s, p));
    return out;
  };
  EXPECT_EQ(shown(), (std::vector<bool>{true, true, true, false, false, false}));
  // Out of period mode at 2023-12-31 every one of them is completed and shown.
  s.periodMode = false;
  EXPECT_EQ(shown(), (std::vector<bool>(6, true)));
  s.periodMode = true;
  // They are shown as completed: hiding that status hides them all; hiding another status changes nothing.
  s.toggleStatus(Status::Completed);
  EXPECT_EQ(shown(), (std::vector<bool>(6, false)));
  s.showAll();
  s.toggleStatus(Status::UnderConstruction);
  EXPECT_EQ(shown(), (std::vector<bool>{true, true, true, false, false, false}));
  s.showAll();
  // Overdue only keeps the late ones: Station Road completed on the period's last day, after its plan.
  c.projects[1].done = test::day(2023, 6, 30);
  s.overdueOnly = true;
  EXPECT_EQ(shown(), (std::vector<bool>{false, true, false, false, false, false}));
  s.overdueOnly = false;
  s.toggleKind(Kind::Road);
  EXPECT_EQ(shown(), (std::vector<bool>(6, false)));
}

TEST(ViewState, StepMonthsMovesThePeriodByCalendarMonthsKeepingMonthEnds) {
  ui::ViewState s = ui::initialViewState(test::uiCatalog(), test::day(2023, 6, 30), core::Lang::En);
  s.showPeriod(test::day(2023, 1, 1), test::day(2023, 6, 30));
  for (int i = 0; i < 12; ++i) ui::stepMonths(s, -1);  // the [ key, twelve times
  EXPECT_EQ(s.periodFrom, test::day(2022, 1, 1));
  EXPECT_EQ(s.periodTo, test::day(2022, 6, 30));
  EXPECT_EQ(s.asOf, test::day(2023, 6, 30));  // not shown in period mode: unchanged
  s.showPeriod(test::day(2023, 2, 1), test::day(2023, 2, 28));
  ui::stepMonths(s, 1);  // February's end goes to March's end
  EXPECT_EQ(s.periodFrom, test::day(2023, 3, 1));
  EXPECT_EQ(s.periodTo, test::day(2023, 3, 31));
  s.periodMode = false;
  s.asOf = test::day(2023, 1, 31);
  ui::stepMonths(s, 1);
  EXPECT_EQ(s.asOf, test::day(2023, 2, 28));
  ui::stepMonths(s, 1);
  EXPECT_EQ(s.asOf, test::day(2023, 3, 31));
  s.asOf = test::day(2023, 3, 30);  // not a month end: the day stays where the month has it
  ui::stepMonths(s, -1);
  EXPECT_EQ(s.asOf, test::day(2023, 2, 28));
}

TEST(ScreenScale, GrowsWithTheScreenInQuarterSteps) {
  EXPECT_EQ(ui::screenScale(0, 0), 1.0f);
  EXPECT_EQ(ui::screenScale(1366, 768), 1.0f);
  EXPECT_EQ(ui::screenScale(1920, 1080), 1.0f);
  EXPECT_EQ(ui::screenScale(2560, 1440), 1.25f);
  EXPECT_EQ(ui::screenScale(3840, 2160), 2.0f);
  EXPECT_EQ(ui::screenScale(15360, 8640), 3.0f);
  EXPECT_EQ(ui::screenScale(1920, 1080, "1.5"), 1.5f);
  EXPECT_EQ(ui::screenScale(1920, 1080, "big"), 1.0f);  // not a number: the screen decides
  EXPECT_EQ(ui::screenScale(1920, 1080, "40"), 1.0f);   // out of range
}
