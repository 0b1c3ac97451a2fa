// publish::FrameSchedule: how many frames a progress video has and which date each shows, worked out by hand.
#include "publish/frame_schedule.hpp"

#include <gtest/gtest.h>

using namespace wm;

namespace {

core::Date ymd(int y, int m, int d) { return *core::Date::fromYmd(y, m, d); }

}  // namespace

TEST(FrameSchedule, AYearAtThirtyDaysASecondAndTwentyFiveFrames) {
  // 2022-01-01 → 2022-12-31 is 364 days; 364 / 30 × 25 = 303.3 → 304 frames of 1.2 days each.
  const publish::FrameSchedule s(ymd(2022, 1, 1), ymd(2022, 12, 31), 25, 30);
  ASSERT_EQ(s.frames(), 304u);
  EXPECT_DOUBLE_EQ(s.seconds(), 304.0 / 25);
  EXPECT_EQ(s.date(0), ymd(2022, 1, 1));
  EXPECT_EQ(s.date(1), ymd(2022, 1, 2));      // 1.2 days → 1
  EXPECT_EQ(s.date(2), ymd(2022, 1, 3));      // 2.4 → 2
  EXPECT_EQ(s.date(3), ymd(2022, 1, 5));      // 3.6 → 4
  EXPECT_EQ(s.date(5), ymd(2022, 1, 7));      // 6.0
  EXPECT_EQ(s.date(302), ymd(2022, 12, 29));  // 362.4 → 362 days after 1 January: day 363 of 2022
  EXPECT_EQ(s.date(303), ymd(2022, 12, 31));  // the last frame: --to
}

TEST(FrameSchedule, TheLastFrameIsTheEndDateEvenWhenTheStepsFallShort) {
  // 10 days at 1.2 days a frame: 8.3 → 9 frames; the ninth would be day 9.6, and is the end date.
  const publish::FrameSchedule s(ymd(2022, 3, 1), ymd(2022, 3, 11), 25, 30);
  ASSERT_EQ(s.frames(), 9u);
  EXPECT_EQ(s.date(7), ymd(2022, 3, 9));  // 8.4 → 8
  EXPECT_EQ(s.date(8), ymd(2022, 3, 11));
}

TEST(FrameSchedule, AnExactQuotientIsNotRoundedUpOnceMore) {
  // 365 days at 36.5 days a second and 10 frames: exactly 100 frames of 3.65 days.
  const publish::FrameSchedule s(ymd(2022, 1, 1), ymd(2023, 1, 1), 10, 36.5);
  ASSERT_EQ(s.frames(), 100u);
  EXPECT_DOUBLE_EQ(s.seconds(), 10.0);
  EXPECT_EQ(s.date(98), ymd(2022, 12, 25));  // 357.7 → 358 days after 1 January: day 359
  EXPECT_EQ(s.date(99), ymd(2023, 1, 1));
}

TEST(FrameSchedule, SlowerThanAFrameADayShowsDaysTwice) {
  // 3 days at 1 day a second and 2 frames a second: 6 frames of half a day (halves round away from zero).
  const publish::FrameSchedule s(ymd(2022, 6, 1), ymd(2022, 6, 4), 2, 1);
  ASSERT_EQ(s.frames(), 6u);
  const core::Date expected[] = {ymd(2022, 6, 1), ymd(2022, 6, 2), ymd(2022, 6, 2),
                                 ymd(2022, 6, 3), ymd(2022, 6, 3), ymd(2022, 6, 4)};
  for (std::size_t i = 0; i < 6; ++i) EXPECT_EQ(s.date(i), expected[i]) << i;
}

TEST(FrameSchedule, OneDayIsOneFrame) {
  const publish::FrameSchedule s(ymd(2022, 6, 1), ymd(2022, 6, 1), 25, 30);
  ASSERT_EQ(s.frames(), 1u);
  EXPECT_EQ(s.date(0), ymd(2022, 6, 1));
}
