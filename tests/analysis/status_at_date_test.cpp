#include "analysis/status_at_date.hpp"

#include <gtest/gtest.h>

using namespace wm;
using domain::RecordedStatus;
using domain::Status;

namespace {
core::Date d(int y, int m, int day) { return *core::Date::fromYmd(y, m, day); }

// A road started 2022-03-01, planned for 2022-09-30, finished 2022-10-15 (so late by 15 days).
domain::Project lateRoad() {
  domain::Project p;
  p.recorded = RecordedStatus::Completed;
  p.start = d(2022, 3, 1);
  p.planDone = d(2022, 9, 30);
  p.done = d(2022, 10, 15);
  return p;
}
}  // namespace

TEST(StatusAtDate, PlannedUntilTheDayBeforeStart) {
  EXPECT_EQ(analysis::statusAt(lateRoad(), d(2022, 2, 28)), Status::Planned);
}

TEST(StatusAtDate, UnderConstructionFromTheStartDay) {
  EXPECT_EQ(analysis::statusAt(lateRoad(), d(2022, 3, 1)), Status::UnderConstruction);
  EXPECT_EQ(analysis::statusAt(lateRoad(), d(2022, 10, 14)), Status::UnderConstruction);
}

TEST(StatusAtDate, CompletedOnlyFromCompletionDay) {
  EXPECT_EQ(analysis::statusAt(lateRoad(), d(2022, 10, 15)), Status::Completed);
  EXPECT_EQ(analysis::statusAt(lateRoad(), d(2030, 1, 1)), Status::Completed);
}

TEST(StatusAtDate, SuspendedFromStartWhenRecordedSuspended) {
  domain::Project p;
  p.recorded = RecordedStatus::Suspended;
  p.start = d(2022, 3, 1);
  EXPECT_EQ(analysis::statusAt(p, d(2022, 2, 28)), Status::Planned);
  EXPECT_EQ(analysis::statusAt(p, d(2022, 3, 1)), Status::Suspended);
  p.done = d(2023, 1, 1);  // resumed and finished: completion wins from that day
  EXPECT_EQ(analysis::statusAt(p, d(2023, 1, 1)), Status::Completed);
}

TEST(StatusAtDate, RecordedStatusStandsWhenItsDateIsMissing) {
  domain::Project done;
  done.recorded = RecordedStatus::Completed;
  EXPECT_EQ(analysis::statusAt(done, d(1990, 1, 1)), Status::Completed);
  domain::Project building;
  building.recorded = RecordedStatus::UnderConstruction;
  EXPECT_EQ(analysis::statusAt(building, d(1990, 1, 1)), Status::UnderConstruction);
  domain::Project stopped;
  stopped.recorded = RecordedStatus::Suspended;
  EXPECT_EQ(analysis::statusAt(stopped, d(1990, 1, 1)), Status::Suspended);
  domain::Project unknown;
  unknown.recorded = RecordedStatus::Unknown;
  EXPECT_EQ(analysis::statusAt(unknown, d(2022, 1, 1)), Status::Planned);
}

TEST(Overdue, OnlyAfterThePlannedDayWhileNotCompleted) {
  auto p = lateRoad();
  EXPECT_FALSE(analysis::overdueAt(p, d(2022, 9, 30)));  // the planned day itself is not overdue
  EXPECT_TRUE(analysis::overdueAt(p, d(2022, 10, 1)));
  EXPECT_TRUE(analysis::overdueAt(p, d(2022, 10, 14)));
  EXPECT_FALSE(analysis::overdueAt(p, d(2022, 10, 15)));  // completed that day
}

TEST(Late, CompletedAfterThePlannedDay) {
  auto p = lateRoad();
  EXPECT_FALSE(analysis::lateAt(p, d(2022, 10, 14)));  // not completed yet
  EXPECT_TRUE(analysis::lateAt(p, d(2022, 10, 15)));
  p.done = d(2022, 9, 30);
  EXPECT_FALSE(analysis::lateAt(p, d(2022, 12, 31)));  // on the planned day is on time
}

TEST(CompletedWithin, BothEndsInclusive) {
  auto p = lateRoad();
  EXPECT_TRUE(analysis::completedWithin(p, d(2022, 10, 15), d(2022, 10, 15)));
  EXPECT_TRUE(analysis::completedWithin(p, d(2022, 1, 1), d(2022, 12, 31)));
  EXPECT_FALSE(analysis::completedWithin(p, d(2022, 10, 16), d(2022, 12, 31)));
  EXPECT_FALSE(analysis::completedWithin(p, d(2021, 1, 1), d(2022, 10, 14)));
}
