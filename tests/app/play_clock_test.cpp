// The Timeline's Play timed by a seconds source (app/play_clock.hpp): the steady clock in use, a file the GUI tests
// write (--clock-file). Dates worked out by hand at a month (30 days) a second.
#include "app/play_clock.hpp"

#include <gtest/gtest.h>

#include <fstream>

#include "support/fixture_writer.hpp"
#include "ui/playback.hpp"

using namespace wm;

namespace {

core::Date day(int y, int m, int d) { return *core::Date::fromYmd(y, m, d); }

ui::ViewState playingAtAMonthASecond() {
  ui::ViewState s;
  s.asOf = day(2023, 1, 1);
  s.playSpeed = ui::PlaySpeed::Month;
  ui::startPlay(s, day(2000, 1, 1), day(2030, 1, 1));
  return s;
}

}  // namespace

TEST(PlayClock, MovesTheDateByTheSourcesTimeNotByHowOftenItIsAsked) {
  double now = 100.0;
  app::PlayClock clock([&now] { return std::optional<double>(now); });
  ui::ViewState s = playingAtAMonthASecond();
  EXPECT_TRUE(clock.step(s));  // the first step only notes the time
  EXPECT_EQ(s.asOf, day(2023, 1, 1));
  EXPECT_FALSE(clock.step(s));  // no time passed: no frame wanted
  now = 100.2;                  // 0.2 s × 30 days = 6 days
  EXPECT_TRUE(clock.step(s));
  EXPECT_EQ(s.asOf, day(2023, 1, 7));
  now = 100.21;  // under the 16 ms between frames: nothing yet
  EXPECT_FALSE(clock.step(s));
  EXPECT_EQ(s.asOf, day(2023, 1, 7));
}

TEST(PlayClock, PausingForgetsTheTimeSoPlayingAgainStartsFromThen) {
  double now = 0.0;
  app::PlayClock clock([&now] { return std::optional<double>(now); });
  ui::ViewState s = playingAtAMonthASecond();
  clock.step(s);
  s.playing = false;
  now = 50.0;  // fifty seconds paused
  EXPECT_FALSE(clock.step(s));
  s.playing = true;
  EXPECT_TRUE(clock.step(s));
  EXPECT_EQ(s.asOf, day(2023, 1, 1));  // the pause did not count
  now = 50.1;                          // 3 days
  EXPECT_TRUE(clock.step(s));
  EXPECT_EQ(s.asOf, day(2023, 1, 4));
}

TEST(PlayClock, AnUnreadableSourceSkipsTheStep) {
  std::optional<double> now;
  app::PlayClock clock([&now] { return now; });
  ui::ViewState s = playingAtAMonthASecond();
  EXPECT_FALSE(clock.step(s));
  now = 1.0;
  EXPECT_TRUE(clock.step(s));
  now = 1.1;
  EXPECT_TRUE(clock.step(s));
  EXPECT_EQ(s.asOf, day(2023, 1, 4));
}

TEST(SecondsFromFile, ReadsTheNumberWrittenThereAtEachCall) {
  test::ScopedDir dir;
  const std::filesystem::path path = dir.path / "clock";
  const app::SecondsSource seconds = app::secondsFromFile(path.string());
  EXPECT_EQ(seconds(), std::nullopt);  // no file yet
  std::ofstream(path) << "abc\n";
  EXPECT_EQ(seconds(), std::nullopt);
  std::ofstream(path) << "2.25\n";
  EXPECT_EQ(seconds(), 2.25);
  std::ofstream(path) << "7\n";
  EXPECT_EQ(seconds(), 7.0);
}
