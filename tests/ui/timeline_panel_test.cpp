// The Timeline panel under ImGui's null setup: the as-of slider and steps, Play/Pause and its speed, and the
// period mode with its two ends. Clicks land on the entries the panel recorded (ClickTargets).
#include "ui/timeline_panel.hpp"

#include <gtest/gtest.h>

#include "desk_fixture.hpp"
#include "ui/playback.hpp"

using namespace wm;
using test::day;
using test::DeskFixture;

TEST(TimelinePanel, StepsMoveTheDateByDaysAndMonths) {
  DeskFixture f;
  f.click("timeline.month_on");
  EXPECT_EQ(f.state.asOf, day(2023, 7, 30));
  f.click("timeline.day_back");
  EXPECT_EQ(f.state.asOf, day(2023, 7, 29));
  ui::DateRange range = ui::TimelinePanel(f.catalog).sliderRange(f.state.asOf);
  EXPECT_LE(range.first, day(2022, 3, 1));  // the earliest date in the data, from the month's start
  EXPECT_EQ(range.first.day(), 1);
}

TEST(TimelinePanel, ClickingTheSliderSetsADateInTheDataRange) {
  DeskFixture f;
  auto slider = f.desk.targets().find("timeline.slider");
  ASSERT_TRUE(slider);
  f.imgui.clickAt(slider->x0 + 3, slider->centerY(), f.draw);  // the left end: the range's first day
  ui::DateRange range = ui::TimelinePanel(f.catalog).sliderRange(f.state.asOf);
  EXPECT_EQ(f.state.asOf, range.first);
}

TEST(TimelinePanel, TheSlidersLastDayStaysTheLastWhenTheDateReachesIt) {
  ui::TimelinePanel panel(test::uiCatalog());
  ui::DateRange range = panel.sliderRange(day(2023, 6, 30));
  EXPECT_EQ(range.last.day(), 1);  // whole months, past the data (2024-06-01) and today
  EXPECT_GT(range.last, core::Date::today());
  EXPECT_EQ(panel.sliderRange(range.last).last, range.last);  // so Play stops there
  // A date beyond the data and today widens the range to that date only.
  core::Date later = core::Date::fromDays(range.last.days() + 40);
  EXPECT_EQ(panel.sliderRange(later).last, later);
}

TEST(TimelinePanel, PlayStartsPlayingTowardsTheSlidersLastDayAndPauseStops) {
  DeskFixture f;
  const ui::DateRange range = ui::TimelinePanel(f.catalog).sliderRange(f.state.asOf);
  f.click("timeline.play");
  EXPECT_TRUE(f.state.playing);
  EXPECT_EQ(f.state.playEnd, range.last);
  EXPECT_EQ(f.state.asOf, day(2023, 6, 30));  // the viewer's frames move the date, not the click
  ui::advancePlay(f.state, 0.25);             // a month (30 days) a second, the default: 7.5 days
  EXPECT_EQ(f.state.asOf, day(2023, 7, 7));
  f.imgui.frame(f.draw);
  f.click("timeline.play");  // the same button, now Pause
  EXPECT_FALSE(f.state.playing);
  EXPECT_FALSE(ui::advancePlay(f.state, 0.25));
  EXPECT_EQ(f.state.asOf, day(2023, 7, 7));
}

TEST(TimelinePanel, PlayOnTheLastDayStartsAgainFromTheFirst) {
  DeskFixture f;
  const ui::DateRange range = ui::TimelinePanel(f.catalog).sliderRange(f.state.asOf);
  f.state.asOf = range.last;
  f.imgui.frame(f.draw);
  f.click("timeline.play");
  EXPECT_TRUE(f.state.playing);
  EXPECT_EQ(f.state.asOf, range.first);
}

TEST(TimelinePanel, TheSpeedListChoosesHowFastItPlays) {
  DeskFixture f;
  EXPECT_EQ(f.state.playSpeed, ui::PlaySpeed::Month);
  EXPECT_FALSE(f.desk.targets().find("timeline.speed.week"));  // the list is closed
  f.click("timeline.speed");
  ASSERT_TRUE(f.desk.targets().find("timeline.speed.week"));
  f.click("timeline.speed.week");
  EXPECT_EQ(f.state.playSpeed, ui::PlaySpeed::Week);
  EXPECT_FALSE(f.desk.targets().find("timeline.speed.week"));  // closed again
  f.click("timeline.speed");
  f.click("timeline.speed.quarter");
  EXPECT_EQ(f.state.playSpeed, ui::PlaySpeed::Quarter);
}

TEST(TimelinePanel, ThePeriodBoxTurnsPeriodModeOnWithTheYearUpToTheDate) {
  DeskFixture f;
  EXPECT_FALSE(f.desk.targets().find("timeline.period_from"));
  f.click("timeline.period");
  EXPECT_TRUE(f.state.periodMode);
  EXPECT_EQ(f.state.periodFrom, day(2023, 1, 1));
  EXPECT_EQ(f.state.periodTo, day(2023, 6, 30));
  EXPECT_TRUE(f.desk.targets().find("timeline.period_from"));
  ui::MapFilter filter = ui::mapFilter(f.state);
  EXPECT_TRUE(filter.periodMode);
  EXPECT_EQ(filter.periodFromDays, day(2023, 1, 1).days());
  EXPECT_EQ(filter.periodToDays, day(2023, 6, 30).days());
  // The as-of steps stand down while the map shows the period.
  f.click("timeline.day_on");
  EXPECT_EQ(f.state.asOf, day(2023, 6, 30));
  // Off again: the as-of date decides, and the period is kept for the next time.
  f.click("timeline.period");
  EXPECT_FALSE(f.state.periodMode);
  EXPECT_FALSE(ui::mapFilter(f.state).periodMode);
  EXPECT_EQ(f.state.periodFrom, day(2023, 1, 1));
  f.click("timeline.day_on");
  EXPECT_EQ(f.state.asOf, day(2023, 7, 1));
}

TEST(TimelinePanel, ThePeriodsEndsStepByDaysAndTheStartNeverPassesTheEnd) {
  DeskFixture f;
  f.click("timeline.period");
  f.click("timeline.period_from.day_back");
  EXPECT_EQ(f.state.periodFrom, day(2022, 12, 31));
  f.click("timeline.period_to.day_on");
  EXPECT_EQ(f.state.periodTo, day(2023, 7, 1));
  f.state.periodFrom = f.state.periodTo = day(2023, 3, 1);
  f.imgui.frame(f.draw);
  f.click("timeline.period_to.day_back");  // the end before the start: the start follows
  EXPECT_EQ(f.state.periodTo, day(2023, 2, 28));
  EXPECT_EQ(f.state.periodFrom, day(2023, 2, 28));
  f.click("timeline.period_from.day_on");  // the start after the end: the end follows
  EXPECT_EQ(f.state.periodFrom, day(2023, 3, 1));
  EXPECT_EQ(f.state.periodTo, day(2023, 3, 1));
  // The start's slider dragged to its right end, the slider's last day: the end goes along.
  auto from = f.desk.targets().find("timeline.period_from");
  ASSERT_TRUE(from);
  f.imgui.clickAt(from->x1 - 3, from->centerY(), f.draw);
  const ui::DateRange range = ui::TimelinePanel(f.catalog).sliderRange(f.state.asOf);
  EXPECT_EQ(f.state.periodFrom, range.last);
  EXPECT_EQ(f.state.periodTo, range.last);
}

TEST(TimelinePanel, PlayInPeriodModeLengthensThePeriod) {
  DeskFixture f;
  f.click("timeline.period");
  f.click("timeline.play");
  ASSERT_TRUE(f.state.playing);
  ui::advancePlay(f.state, 0.25);  // 7.5 days at a month a second
  EXPECT_EQ(f.state.periodTo, day(2023, 7, 7));
  EXPECT_EQ(f.state.periodFrom, day(2023, 1, 1));
  EXPECT_EQ(f.state.asOf, day(2023, 6, 30));
}
