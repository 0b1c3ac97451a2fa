// Playing the Timeline (ui/playback.hpp): days per second of real time, whole days shown with the fraction kept,
// a quarter of a second counted at most per call, and a stop on the last day. Dates worked out by hand.
#include "ui/playback.hpp"

#include <gtest/gtest.h>

#include "ui_fixture.hpp"

using namespace wm;
using test::day;

namespace {

ui::ViewState playingFrom(core::Date asOf, ui::PlaySpeed speed, core::Date end = day(2030, 1, 1)) {
  ui::ViewState s;
  s.asOf = asOf;
  s.playSpeed = speed;
  ui::startPlay(s, day(2000, 1, 1), end);
  return s;
}

}  // namespace

TEST(Playback, SpeedsAreADayAWeekThirtyAndNinetyOneDaysASecond) {
  EXPECT_EQ(ui::playDaysPerSecond(ui::PlaySpeed::Day), 1.0);
  EXPECT_EQ(ui::playDaysPerSecond(ui::PlaySpeed::Week), 7.0);
  EXPECT_EQ(ui::playDaysPerSecond(ui::PlaySpeed::Month), 30.0);
  EXPECT_EQ(ui::playDaysPerSecond(ui::PlaySpeed::Quarter), 91.0);
}

TEST(Playback, HalfASecondAtAWeekASecondShowsThreeWholeDaysAndKeepsTheHalf) {
  // Two frames of 0.25 s: 2 × 1.75 = 3.5 days; the date shows 3 of them, the half day waits for the next frame.
  ui::ViewState s = playingFrom(day(2023, 1, 1), ui::PlaySpeed::Week);
  EXPECT_TRUE(ui::advancePlay(s, 0.25));  // 1.75 days: one shown
  EXPECT_EQ(s.asOf, day(2023, 1, 2));
  EXPECT_TRUE(ui::advancePlay(s, 0.25));  // 3.5 in all
  EXPECT_EQ(s.asOf, day(2023, 1, 4));
  EXPECT_DOUBLE_EQ(s.playCarryDays, 0.5);
  EXPECT_TRUE(ui::advancePlay(s, 1.0 / 14));  // another half day: the fourth whole one
  EXPECT_EQ(s.asOf, day(2023, 1, 5));
  EXPECT_TRUE(s.playing);
}

TEST(Playback, AStalledFrameCountsAsAQuarterOfASecond) {
  // 0.5 s in one call at a week a second counts 0.25 s: 1.75 days, so one day shown and 0.75 kept.
  ui::ViewState s = playingFrom(day(2023, 1, 1), ui::PlaySpeed::Week);
  ui::advancePlay(s, 0.5);
  EXPECT_EQ(s.asOf, day(2023, 1, 2));
  EXPECT_DOUBLE_EQ(s.playCarryDays, 0.75);
  // Ten seconds (the window dragged) at a quarter a second: 0.25 × 91 = 22.75 days, not 910.
  ui::ViewState q = playingFrom(day(2023, 1, 1), ui::PlaySpeed::Quarter);
  ui::advancePlay(q, 10);
  EXPECT_EQ(q.asOf, day(2023, 1, 23));
  // A clock that went backwards counts nothing.
  EXPECT_FALSE(ui::advancePlay(q, -3));
  EXPECT_EQ(q.asOf, day(2023, 1, 23));
}

TEST(Playback, SixtyFramesOfASixtiethOfASecondAtADayASecondMakeExactlyOneDay) {
  ui::ViewState s = playingFrom(day(2023, 1, 1), ui::PlaySpeed::Day);
  for (int frame = 0; frame < 59; ++frame) ui::advancePlay(s, 1.0 / 60);
  EXPECT_EQ(s.asOf, day(2023, 1, 1));  // 59/60 of a day: not yet
  EXPECT_TRUE(ui::advancePlay(s, 1.0 / 60));
  EXPECT_EQ(s.asOf, day(2023, 1, 2));
  // Ten minutes at 60 frames a second: exactly 600 days on, whatever the rounding of 1/60.
  for (int frame = 0; frame < 60 * 599; ++frame) ui::advancePlay(s, 1.0 / 60);
  EXPECT_EQ(s.asOf.days() - day(2023, 1, 1).days(), 600);
}

TEST(Playback, TenFramesOfATenthOfASecondMakeOneDayThoughTheirSumFallsShortOfOne) {
  // 0.1 added ten times is 0.9999999999999999 in doubles: without the tolerance this would show no day.
  ui::ViewState s = playingFrom(day(2023, 1, 1), ui::PlaySpeed::Day);
  for (int frame = 0; frame < 10; ++frame) ui::advancePlay(s, 0.1);
  EXPECT_EQ(s.asOf, day(2023, 1, 2));
  EXPECT_LT(s.playCarryDays, 1e-9);
}

TEST(Playback, StopsOnTheLastDayAndStaysThere) {
  // A month a second from 2023-12-28 towards 2024-01-01: a quarter of a second would be 7.5 days, so it stops on
  // the last day and playing ends.
  ui::ViewState s = playingFrom(day(2023, 12, 28), ui::PlaySpeed::Month, day(2024, 1, 1));
  EXPECT_TRUE(ui::advancePlay(s, 0.25));
  EXPECT_EQ(s.asOf, day(2024, 1, 1));
  EXPECT_FALSE(s.playing);
  EXPECT_EQ(s.playCarryDays, 0.0);
  EXPECT_FALSE(ui::advancePlay(s, 0.25));
  EXPECT_EQ(s.asOf, day(2024, 1, 1));
}

TEST(Playback, NothingMovesWhilePaused) {
  ui::ViewState s = playingFrom(day(2023, 1, 1), ui::PlaySpeed::Quarter);
  s.playing = false;
  EXPECT_FALSE(ui::advancePlay(s, 0.25));
  EXPECT_EQ(s.asOf, day(2023, 1, 1));
}

TEST(Playback, PlayOnTheLastDayStartsAgainFromTheFirst) {
  ui::ViewState s;
  s.asOf = day(2024, 1, 1);
  s.playCarryDays = 0.4;
  ui::startPlay(s, day(2022, 3, 1), day(2024, 1, 1));
  EXPECT_TRUE(s.playing);
  EXPECT_EQ(s.asOf, day(2022, 3, 1));
  EXPECT_EQ(s.playEnd, day(2024, 1, 1));
  EXPECT_EQ(s.playCarryDays, 0.0);
  // Before the last day it plays on from where the date is.
  s.asOf = day(2023, 5, 5);
  ui::startPlay(s, day(2022, 3, 1), day(2024, 1, 1));
  EXPECT_EQ(s.asOf, day(2023, 5, 5));
}

TEST(Playback, InPeriodModeThePeriodsEndMovesOnAndTheAsOfDateStays) {
  ui::ViewState s;
  s.asOf = day(2023, 6, 30);
  s.showPeriod(day(2023, 1, 1), day(2023, 1, 10));
  s.playSpeed = ui::PlaySpeed::Week;
  ui::startPlay(s, s.periodFrom, day(2024, 1, 1));
  ui::advancePlay(s, 0.25);
  ui::advancePlay(s, 0.25);  // 3.5 days
  EXPECT_EQ(s.periodTo, day(2023, 1, 13));
  EXPECT_EQ(s.periodFrom, day(2023, 1, 1));
  EXPECT_EQ(s.asOf, day(2023, 6, 30));
  // At the end of the data the period's end starts again from the period's start.
  s.playing = false;
  s.periodTo = day(2024, 1, 1);
  ui::startPlay(s, s.periodFrom, day(2024, 1, 1));
  EXPECT_EQ(s.periodTo, day(2023, 1, 1));
}
