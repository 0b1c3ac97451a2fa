#include "report/slide_figures.hpp"

#include <gtest/gtest.h>

using namespace wm;

namespace {

// Two districts' rows by hand: 城区 a road (2 of 3 completed, 1.25 of 3.5 km) and parking (1 of 1, 120 spaces);
// 麻塘 a park (0 of 1, 1 overdue). County totals are their sums.
analysis::ProgressTable table() {
  analysis::ProgressTable t;
  t.query = analysis::asOfQuery(*core::Date::fromYmd(2023, 6, 30));
  auto figures = [](std::int64_t total, std::int64_t completed, std::int64_t overdue) {
    analysis::ProgressFigures f;
    f.total = total;
    f.byStatus[static_cast<std::size_t>(domain::Status::Completed)] = completed;
    f.overdue = overdue;
    return f;
  };
  analysis::ProgressRow road{"城区", analysis::DistrictGroup::Named, domain::Kind::Road, figures(3, 2, 0)};
  road.figures.completedLengthKm = 1.25;
  analysis::ProgressRow parking{"城区", analysis::DistrictGroup::Named, domain::Kind::Parking, figures(1, 1, 0)};
  parking.figures.completedSpaces = 120;
  parking.figures.completedAreaM2 = 3000;
  analysis::ProgressRow park{"麻塘", analysis::DistrictGroup::Named, domain::Kind::Park, figures(1, 0, 1)};
  t.rows = {road, parking, park};
  for (const auto& row : t.rows) t.kindTotals[static_cast<std::size_t>(row.kind)] += row.figures;
  return t;
}

}  // namespace

TEST(SlideFigures, CountyTableHasAKindARowWithItsCompletedAmount) {
  report::FiguresTable t = report::figuresTable(table(), "", core::Lang::En);
  EXPECT_EQ(t.heading, "County figures");
  ASSERT_EQ(t.rows.size(), 4u);
  EXPECT_EQ(t.rows[0], (std::vector<std::string>{"Kind", "Total", "completed", "Overdue", "Completed amount"}));
  EXPECT_EQ(t.rows[1][1], "3");
  EXPECT_EQ(t.rows[1][4], "1.25 km");
  EXPECT_EQ(t.rows[2][3], "1");           // the park, overdue
  EXPECT_EQ(t.rows[2][4], "");            // nothing completed
  EXPECT_EQ(t.rows[3][4], "120 spaces");  // spaces, not the car park's area
}

TEST(SlideFigures, DistrictTableHasOnlyItsRowsInChinese) {
  report::FiguresTable t = report::figuresTable(table(), "城区", core::Lang::Zh);
  EXPECT_EQ(t.heading, "城区数据");
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.rows[1][2], "2");
  EXPECT_EQ(t.rows[1][4], "1.25 公里");
  EXPECT_EQ(t.rows[2][4], "120 个车位");
}
