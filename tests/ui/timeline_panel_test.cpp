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
  f.click("timeline.month_on");  // 06-30 is a month end: a month on is the next month's end
  EXPECT_EQ(f.state.asOf, day(2023, 7, 31));
  f.click("timeline.day_back");
  EXPECT_EQ(f.state.asOf, day(2023, 7, 30));
  f.click("timeline.month_back");
  EXPECT_EQ(f.state.asOf, day(2023, 6, 30));
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

TEST(TimelinePanel, PlayStartsPlayingTowardsTheDatasLastDateAndPauseStops) {
  DeskFixture f;
  f.click("timeline.play");
  EXPECT_TRUE(f.state.playing);
  EXPECT_EQ(f.state.playEnd, day(2024, 6, 1));  // 人民路's planned completion, the latest date in the data
  EXPECT_EQ(f.state.asOf, day(2023, 6, 30));    // the viewer's frames move the date, not the click
  ui::advancePlay(f.state, 0.25);               // a month (30 days) a second, the default: 7.5 days
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

TEST(TimelinePanel, PlayFromPastTheDatasLastDateStartsAgainAndStopsThere) {
  DeskFixture f;
  f.state.asOf = day(2024, 6, 2);
  f.imgui.frame(f.draw);
  f.click("timeline.play");
  const ui::DateRange range = ui::TimelinePanel(f.catalog).sliderRange(f.state.asOf);
  EXPECT_EQ(f.state.asOf, range.first);
  f.state.asOf = day(2024, 5, 30);
  f.state.playSpeed = ui::PlaySpeed::Week;
  ui::advancePlay(f.state, 0.25);  // 1.75 days: 05-31
  ui::advancePlay(f.state, 0.25);  // 3.5 days: past 06-01, so 06-01 and stop
  EXPECT_EQ(f.state.asOf, day(2024, 6, 1));
  EXPECT_FALSE(f.state.playing);
}

namespace {

// Presses and releases the left button on an entry, a frame each, and stops there: what that frame drew is
// what the user sees until the next one.
void pressAndRelease(DeskFixture& f, const std::string& id) {
  auto target = f.desk.targets().find(id);
  ASSERT_TRUE(target) << id;
  ImGuiIO& io = ImGui::GetIO();
  io.MousePos = ImVec2(target->centerX(), target->centerY());
  f.imgui.frame(f.draw);
  io.MouseDown[0] = true;
  f.imgui.frame(f.draw);
  io.MouseDown[0] = false;
  f.imgui.frame(f.draw);
}

}  // namespace

TEST(TimelinePanel, AStepButtonsDateIsOnTheSliderInTheFrameOfTheClick) {
  DeskFixture f;
  EXPECT_EQ(f.desk.timeline().drawnLabel("timeline.slider"), "As of 2023-06-30");
  pressAndRelease(f, "timeline.month_back");
  EXPECT_EQ(f.state.asOf, day(2023, 5, 31));
  EXPECT_EQ(f.desk.timeline().drawnLabel("timeline.slider"), "As of 2023-05-31");
  pressAndRelease(f, "timeline.day_on");
  EXPECT_EQ(f.desk.timeline().drawnLabel("timeline.slider"), "As of 2023-06-01");
}

TEST(TimelinePanel, ADraggedSlidersDateIsOnItInTheSameFrame) {
  DeskFixture f;
  auto slider = f.desk.targets().find("timeline.slider");
  ASSERT_TRUE(slider);
  ImGuiIO& io = ImGui::GetIO();
  io.MousePos = ImVec2(slider->x0 + 3, slider->centerY());
  f.imgui.frame(f.draw);
  io.MouseDown[0] = true;
  f.imgui.frame(f.draw);  // the press moves the date to the slider's first day
  const ui::DateRange range = ui::TimelinePanel(f.catalog).sliderRange(f.state.asOf);
  EXPECT_EQ(f.state.asOf, range.first);
  EXPECT_EQ(f.desk.timeline().drawnLabel("timeline.slider"), "As of " + range.first.iso());
  io.MousePos = ImVec2(slider->x1 - 3, slider->centerY());
  f.imgui.frame(f.draw);  // dragged to the right end, still held
  EXPECT_EQ(f.desk.timeline().drawnLabel("timeline.slider"), "As of " + f.state.asOf.iso());
  EXPECT_GT(f.state.asOf, day(2024, 1, 1));
  io.MouseDown[0] = false;
  f.imgui.frame(f.draw);
}

TEST(TimelinePanel, PeriodLabelsShowTheEndsOfTheFrameTheyAreDrawnIn) {
  DeskFixture f;
  f.click("timeline.period");
  EXPECT_EQ(f.desk.timeline().drawnLabel("timeline.period_to"), "To 2023-06-30");
  // The end's day back, clicked before its start: the start follows and both labels show it at once.
  f.state.periodFrom = f.state.periodTo = day(2023, 3, 1);
  f.imgui.frame(f.draw);
  pressAndRelease(f, "timeline.period_to.day_back");
  EXPECT_EQ(f.desk.timeline().drawnLabel("timeline.period_from"), "From 2023-02-28");
  EXPECT_EQ(f.desk.timeline().drawnLabel("timeline.period_to"), "To 2023-02-28");
}

namespace {

// A key pressed in one frame and released in the next (mapped as a backend maps Enter and Esc).
void tapKey(DeskFixture& f, int key) {
  ImGuiIO& io = ImGui::GetIO();
  io.KeyMap[ImGuiKey_Enter] = 13;
  io.KeyMap[ImGuiKey_Escape] = 27;
  io.KeysDown[key] = true;
  f.imgui.frame(f.draw);
  io.KeysDown[key] = false;
  f.imgui.frame(f.draw);
}

// Ctrl+click on a slider, then `typed` and Enter.
void typeDate(DeskFixture& f, const std::string& slider, const std::string& typed) {
  ImGuiIO& io = ImGui::GetIO();
  io.KeyCtrl = true;
  f.click(slider);
  io.KeyCtrl = false;
  f.imgui.frame(f.draw);  // the field takes the keyboard
  ASSERT_TRUE(f.desk.targets().find(slider + ".text")) << "no text field for " << slider;
  io.AddInputCharactersUTF8(typed.c_str());
  f.imgui.frame(f.draw);
  tapKey(f, 13);
}

}  // namespace

TEST(TimelinePanel, CtrlClickOnASliderTypesADateInEveryFormTheCommandLineReads) {
  DeskFixture f;
  typeDate(f, "timeline.slider", "2022/12/31");
  EXPECT_EQ(f.state.asOf, day(2022, 12, 31));
  EXPECT_FALSE(f.desk.targets().find("timeline.slider.text"));  // back to the slider
  EXPECT_EQ(f.desk.timeline().drawnLabel("timeline.slider"), "As of 2022-12-31");
  typeDate(f, "timeline.slider", "2023年3月5日");
  EXPECT_EQ(f.state.asOf, day(2023, 3, 5));
  typeDate(f, "timeline.slider", "2023-06-30");
  EXPECT_EQ(f.state.asOf, day(2023, 6, 30));
  // The period's ends too, and the period keeps from <= to.
  f.click("timeline.period");
  typeDate(f, "timeline.period_from", "20230801");
  EXPECT_EQ(f.state.periodFrom, day(2023, 8, 1));
  EXPECT_EQ(f.state.periodTo, day(2023, 8, 1));
  EXPECT_TRUE(f.desk.timeline().refusal().empty());
}

TEST(TimelinePanel, ABadTypedDateIsRefusedWithTheReasonAndTheDateStays) {
  DeskFixture f;
  typeDate(f, "timeline.slider", "2023-02-30");
  EXPECT_EQ(f.state.asOf, day(2023, 6, 30));
  EXPECT_EQ(f.desk.timeline().refusal(), "'2023-02-30' is not a real calendar day");
  EXPECT_TRUE(f.desk.targets().find("timeline.refusal"));
  EXPECT_TRUE(f.desk.targets().find("timeline.slider.text"));  // still there to correct it
  // Escape leaves it: the date as it was, the slider back.
  f.imgui.frame(f.draw);
  tapKey(f, 27);
  EXPECT_FALSE(f.desk.targets().find("timeline.slider.text"));
  EXPECT_TRUE(f.desk.timeline().refusal().empty());
  EXPECT_EQ(f.state.asOf, day(2023, 6, 30));
  // Words are not a date either, in Chinese as well.
  f.state.lang = core::Lang::Zh;
  for (int i = 0; i < 4; ++i) f.imgui.frame(f.draw);  // the panels take their places for the new language
  typeDate(f, "timeline.slider", "next year");
  EXPECT_EQ(f.desk.timeline().refusal(), "“next year”不是日期：请写作 2022-12-31、2022/12/31 或 2022年12月31日");
  EXPECT_EQ(f.state.asOf, day(2023, 6, 30));
}
