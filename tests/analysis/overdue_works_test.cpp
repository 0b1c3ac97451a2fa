#include "analysis/overdue_works.hpp"

#include <gtest/gtest.h>

using namespace wm;
using analysis::OverdueWork;
using domain::Kind;
using domain::RecordedStatus;

namespace {

core::Date d(int y, int m, int day) { return *core::Date::fromYmd(y, m, day); }

domain::Project work(std::string name, Kind kind, std::int32_t district, std::optional<core::Date> start,
                     std::optional<core::Date> planned, std::optional<core::Date> done) {
  domain::Project p;
  p.name = std::move(name);
  p.kind = kind;
  p.district = district;
  p.recorded = done ? RecordedStatus::Completed : start ? RecordedStatus::UnderConstruction : RecordedStatus::Planned;
  p.start = start;
  p.planDone = planned;
  p.done = done;
  return p;
}

// Districts 城区 (0) and 麻塘片区 (1); as of 2023-06-30 and over 2023:
//   A路   road    城区  start 2023-01-05, planned 2023-03-31, not done   overdue 30+31+30   = 91 days
//   P游园 park    麻塘  start 2023-01-10, planned 2023-06-01, not done   overdue 29 days
//   S污水 sewer   none  no start, planned 2022-12-31                    overdue 31+28+31+30+31+30 = 181 days
//   K停车 parking 城区  planned 2023-05-31, done 2023-06-20             late by 20 days (not overdue)
//   C路   road    麻塘  planned 2023-01-31, done 2023-02-10             late by 10 days
//   B路   road    城区  planned 2023-12-31, not done                    on time
//   D路   road    城区  planned 2022-06-30, done 2022-08-01             late, but in 2022
//   N路   road    城区  no planned date                                 never on the list
domain::Catalog county() {
  domain::Catalog c;
  for (const char* name : {"城区", "麻塘片区"}) {
    domain::District district;
    district.name = name;
    c.districts.push_back(district);
  }
  c.projects = {work("A路", Kind::Road, 0, d(2023, 1, 5), d(2023, 3, 31), {}),
                work("P游园", Kind::Park, 1, d(2023, 1, 10), d(2023, 6, 1), {}),
                work("S污水", Kind::Sewer, domain::kNoDistrict, {}, d(2022, 12, 31), {}),
                work("K停车", Kind::Parking, 0, d(2023, 1, 1), d(2023, 5, 31), d(2023, 6, 20)),
                work("C路", Kind::Road, 1, d(2022, 10, 1), d(2023, 1, 31), d(2023, 2, 10)),
                work("B路", Kind::Road, 0, d(2023, 2, 1), d(2023, 12, 31), {}),
                work("D路", Kind::Road, 0, d(2022, 1, 1), d(2022, 6, 30), d(2022, 8, 1)),
                work("N路", Kind::Road, 0, d(2023, 1, 1), {}, {})};
  return c;
}

}  // namespace

TEST(OverdueWorks, AsOfADateListsTheOverdueMostDaysFirstWithTheirDistricts) {
  const std::vector<OverdueWork> works = analysis::overdueWorks(county(), analysis::asOfQuery(d(2023, 6, 30)));
  ASSERT_EQ(works.size(), 3u);
  EXPECT_EQ(works[0].name, "S污水");
  EXPECT_EQ(works[0].district, "unassigned");
  EXPECT_EQ(works[0].planned, d(2022, 12, 31));
  EXPECT_EQ(works[0].daysLate, 181);
  EXPECT_FALSE(works[0].completed.has_value());
  EXPECT_EQ(works[1].name, "A路");
  EXPECT_EQ(works[1].district, "城区");
  EXPECT_EQ(works[1].kind, Kind::Road);
  EXPECT_EQ(works[1].daysLate, 91);
  EXPECT_EQ(works[2].name, "P游园");
  EXPECT_EQ(works[2].district, "麻塘片区");
  EXPECT_EQ(works[2].daysLate, 29);
}

TEST(OverdueWorks, OverAPeriodListsThatPeriodsLateCompletionsWithDaysLate) {
  const std::vector<OverdueWork> works = analysis::overdueWorks(county(), *analysis::yearQuery(2023));
  ASSERT_EQ(works.size(), 2u);
  EXPECT_EQ(works[0].name, "K停车");
  EXPECT_EQ(works[0].daysLate, 20);
  EXPECT_EQ(works[0].completed, d(2023, 6, 20));
  EXPECT_EQ(works[1].name, "C路");
  EXPECT_EQ(works[1].daysLate, 10);
  EXPECT_EQ(works[1].planned, d(2023, 1, 31));
}

TEST(OverdueWorks, TheListCountsWhatTheReportsOverdueColumnCounts) {
  const domain::Catalog c = county();
  for (const analysis::ProgressQuery& query :
       {analysis::asOfQuery(d(2023, 6, 30)), *analysis::yearQuery(2023), analysis::asOfQuery(d(2022, 7, 15))}) {
    const auto table = analysis::computeProgress(c, query);
    EXPECT_EQ(static_cast<std::int64_t>(analysis::overdueWorks(c, query).size()), table.total.overdue);
  }
}
