// The flight between two slides (app/slide_flight), worked by hand: where it starts and lands, its middle, the
// date run, the short way round and the bounds on its length.
#include "app/slide_flight.hpp"

#include <gtest/gtest.h>

using namespace wm;
using app::SlideFlight;

namespace {

render::MapCamera plan(double x, double y, double mpp) {
  render::MapCamera c;
  c.setViewport(1920, 1080);
  c.setCenter(x, y);
  c.setMetresPerPixel(mpp);
  return c;
}

render::MapCamera orbit(double x, double y, double mpp, double heading, double tilt) {
  render::MapCamera c = plan(x, y, mpp);
  c.setTarget3d(true);
  c.finishTransition();
  c.setOrientation(heading, tilt);
  return c;
}

core::Date day(int y, int m, int d) { return *core::Date::fromYmd(y, m, d); }

TEST(SlideFlight, TheEasingIsSlowOffAndSlowInAndHalfWayAtHalfTime) {
  EXPECT_DOUBLE_EQ(SlideFlight::ease(0), 0);
  EXPECT_DOUBLE_EQ(SlideFlight::ease(1), 1);
  EXPECT_DOUBLE_EQ(SlideFlight::ease(0.5), 0.5);
  EXPECT_DOUBLE_EQ(SlideFlight::ease(0.25), 4 * 0.25 * 0.25 * 0.25);  // 0.0625
  EXPECT_DOUBLE_EQ(SlideFlight::ease(0.75), 1 - 0.0625);
}

TEST(SlideFlight, StartsWhereTheViewIsAndLandsOnTheSlide) {
  const render::MapCamera from = plan(0, 0, 10), to = plan(1000, -500, 40);
  SlideFlight flight(from, to, day(2022, 1, 1), day(2022, 12, 31));
  const render::MapCamera start = flight.camera(0);
  EXPECT_DOUBLE_EQ(start.centerX(), 0);
  EXPECT_DOUBLE_EQ(start.metresPerPixel(), 10);
  EXPECT_EQ(flight.date(0), day(2022, 1, 1));
  // Half-way in time is half-way in place and date, and the geometric middle of the scales (10 and 40: 20).
  const double half = flight.seconds() / 2;
  EXPECT_NEAR(flight.camera(half).centerX(), 500, 1e-9);
  EXPECT_NEAR(flight.camera(half).centerY(), -250, 1e-9);
  EXPECT_NEAR(flight.camera(half).metresPerPixel(), 20, 1e-9);
  EXPECT_EQ(flight.date(half), day(2022, 7, 2));  // 364 days / 2 = 182 days on from 1 January
  const render::MapCamera end = flight.camera(flight.seconds());
  EXPECT_DOUBLE_EQ(end.centerX(), 1000);
  EXPECT_DOUBLE_EQ(end.metresPerPixel(), 40);
  EXPECT_EQ(flight.date(flight.seconds() + 1), day(2022, 12, 31));
  EXPECT_TRUE(flight.finished(flight.seconds()));
  EXPECT_FALSE(flight.finished(flight.seconds() * 0.99));
}

TEST(SlideFlight, TheDateRunsBackwardsToo) {
  SlideFlight flight(plan(0, 0, 10), plan(0, 0, 10), day(2023, 3, 1), day(2023, 1, 1));  // 59 days back
  EXPECT_EQ(flight.date(flight.seconds() / 2), day(2023, 1, 30));  // 29.5 days back, rounded away: 30
}

TEST(SlideFlight, PlanToThreeDBlendsTheSwitchAndTurnsTheShortWayRound) {
  const render::MapCamera from = plan(0, 0, 10), to = orbit(0, 0, 10, 30, 50);
  SlideFlight flight(from, to, day(2022, 1, 1), day(2022, 1, 1));
  const render::MapCamera half = flight.camera(flight.seconds() / 2);
  EXPECT_DOUBLE_EQ(half.transitionProgress(), 0.5);
  EXPECT_TRUE(half.target3d());
  // From the plan view the 3D slide's own heading and tilt are used all the way: the switch alone tilts.
  EXPECT_NEAR(half.orbitHeadingDegrees(), 30, 1e-9);
  EXPECT_NEAR(half.orbitTiltDegrees(), 50, 1e-9);
  // 350° → 10° turns 20° through north, not 340° back.
  SlideFlight turn(orbit(0, 0, 10, 350, 40), orbit(0, 0, 10, 10, 60), day(2022, 1, 1), day(2022, 1, 1));
  const render::MapCamera mid = turn.camera(turn.seconds() / 2);
  EXPECT_NEAR(mid.orbitHeadingDegrees(), 0, 1e-9);
  EXPECT_NEAR(mid.orbitTiltDegrees(), 50, 1e-9);
  // Back to the plan view: the switch runs down, the orientation stays the 3D view's.
  SlideFlight down(orbit(0, 0, 10, 30, 50), plan(0, 0, 10), day(2022, 1, 1), day(2022, 1, 1));
  EXPECT_DOUBLE_EQ(down.camera(down.seconds() / 2).transitionProgress(), 0.5);
  EXPECT_FALSE(down.camera(down.seconds() / 2).target3d());
  EXPECT_DOUBLE_EQ(down.camera(down.seconds()).blend(), 0);
}

TEST(SlideFlight, TakesLongerForFartherMovesWithinItsBounds) {
  const render::MapCamera here = plan(0, 0, 10);
  const SlideFlight still(here, here, day(2022, 1, 1), day(2022, 1, 1));
  EXPECT_DOUBLE_EQ(still.seconds(), SlideFlight::kMinSeconds);
  // One screen (19 200 m at 10 m/px over 1920 px): 0.6 + 0.4 s.
  const SlideFlight screen(here, plan(19200, 0, 10), day(2022, 1, 1), day(2022, 1, 1));
  EXPECT_NEAR(screen.seconds(), 1.0, 1e-9);
  // Far and deep: never over 1.5 s.
  const SlideFlight far(here, orbit(1e6, 1e6, 1000, 0, 55), day(2022, 1, 1), day(2022, 1, 1));
  EXPECT_DOUBLE_EQ(far.seconds(), SlideFlight::kMaxSeconds);
}

}  // namespace
