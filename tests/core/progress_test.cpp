// core::Progress and core::CancelOnSignals: steps reported as counted, and Ctrl+C / SIGTERM turned into a
// cancel request rather than the end of the process.
#include "core/progress.hpp"

#include <csignal>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

using wm::core::CancelOnSignals;
using wm::core::Progress;

TEST(Progress, ReportsEachStepWithTheTotal) {
  std::vector<std::pair<std::size_t, std::size_t>> seen;
  Progress progress([&](std::size_t done, std::size_t total) { seen.emplace_back(done, total); });
  progress.start(3);
  progress.step();
  progress.step();
  progress.step();
  const std::vector<std::pair<std::size_t, std::size_t>> expected{{0, 3}, {1, 3}, {2, 3}, {3, 3}};
  EXPECT_EQ(seen, expected);
  EXPECT_EQ(progress.done(), 3u);
  EXPECT_EQ(progress.total(), 3u);
  EXPECT_FALSE(progress.cancelled());
  progress.cancel();
  EXPECT_TRUE(progress.cancelled());
}

TEST(CancelOnSignals, SigintAndSigtermCancelInsteadOfEndingTheProcess) {
  for (int signal : {SIGINT, SIGTERM}) {
    Progress progress;
    {
      CancelOnSignals guard(progress);
      std::raise(signal);  // the process lives on
      EXPECT_TRUE(progress.cancelled()) << signal;
      // The first signal put the default action back: a second one would end the process.
      const auto now = std::signal(signal, SIG_IGN);
      EXPECT_EQ(now, SIG_DFL);
      std::signal(signal, now);
    }
  }
}

TEST(CancelOnSignals, PutsThePreviousHandlersBack) {
  const auto before = std::signal(SIGINT, SIG_IGN);
  {
    Progress progress;
    CancelOnSignals guard(progress);
  }
  EXPECT_EQ(std::signal(SIGINT, before), SIG_IGN);
}
