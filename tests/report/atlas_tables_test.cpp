#include "report/atlas_tables.hpp"

#include <gtest/gtest.h>

using namespace wm;

namespace {

analysis::ProgressFigures figures(std::int64_t planned, std::int64_t building, std::int64_t completed,
                                  std::int64_t overdue) {
  analysis::ProgressFigures f;
  f.byStatus[static_cast<std::size_t>(domain::Status::Planned)] = planned;
  f.byStatus[static_cast<std::size_t>(domain::Status::UnderConstruction)] = building;
  f.byStatus[static_cast<std::size_t>(domain::Status::Completed)] = completed;
  f.total = planned + building + completed;
  f.overdue = overdue;
  return f;
}

// By hand: 城区 has roads (1 planned, 1 building, 2 completed of 1.255 km, 1 overdue) and a car park (completed,
// 120 spaces, 2,999.6 m²); 麻塘 has nothing; one park is in no district (1 building, overdue). The total is their sum.
analysis::ProgressTable table() {
  analysis::ProgressTable t;
  t.query = analysis::asOfQuery(*core::Date::fromYmd(2023, 6, 30));
  analysis::ProgressRow roads{"城区", analysis::DistrictGroup::Named, domain::Kind::Road, figures(1, 1, 2, 1)};
  roads.figures.completedLengthKm = 1.255;
  analysis::ProgressRow parking{"城区", analysis::DistrictGroup::Named, domain::Kind::Parking, figures(0, 0, 1, 0)};
  parking.figures.completedSpaces = 120;
  parking.figures.completedAreaM2 = 2999.6;
  analysis::ProgressRow park{"unassigned", analysis::DistrictGroup::Unassigned, domain::Kind::Park,
                             figures(0, 1, 0, 1)};
  t.rows = {roads, parking, park};
  for (const auto& row : t.rows) t.total += row.figures;
  return t;
}

}  // namespace

TEST(AtlasTables, DistrictRowsFollowTheGivenOrderThenUnassignedThenTheTotal) {
  const report::TextRows rows = report::districtRows(table(), {"麻塘", "城区"}, core::Lang::En);
  ASSERT_EQ(rows.size(), 5u);
  EXPECT_EQ(rows[0],
            (std::vector<std::string>{"District", "Total", "planned", "under construction", "completed", "suspended",
                                      "Overdue", "Completed length (km)", "Completed area (m²)", "Completed spaces"}));
  EXPECT_EQ(rows[1], (std::vector<std::string>{"麻塘", "0", "0", "0", "0", "0", "0", "0.00", "0", "0"}));
  EXPECT_EQ(rows[2], (std::vector<std::string>{"城区", "5", "1", "1", "3", "0", "1", "1.25", "3000", "120"}));
  EXPECT_EQ(rows[3], (std::vector<std::string>{"unassigned", "1", "0", "1", "0", "0", "1", "0.00", "0", "0"}));
  EXPECT_EQ(rows[4], (std::vector<std::string>{"Total", "6", "1", "2", "3", "0", "2", "1.25", "3000", "120"}));
}

TEST(AtlasTables, DistrictRowsOverAPeriodCountCompletionsAndLateOnes) {
  analysis::ProgressTable t = table();
  t.query = analysis::periodQuery(*core::Date::fromYmd(2022, 1, 1), *core::Date::fromYmd(2022, 12, 31));
  const report::TextRows rows = report::districtRows(t, {"城区"}, core::Lang::Zh);
  EXPECT_EQ(rows[0], (std::vector<std::string>{"片区", "已完工", "逾期完工", "已完工长度（公里）", "已完工面积（㎡）",
                                               "已完工车位"}));
  EXPECT_EQ(rows[1], (std::vector<std::string>{"城区", "3", "1", "1.25", "3000", "120"}));
  EXPECT_EQ(rows.back().front(), "合计");
}

TEST(AtlasTables, OverdueRowsListNameKindPlannedDateAndDays) {
  const core::Date planned = *core::Date::fromYmd(2023, 3, 31);
  std::vector<analysis::OverdueWork> works{{"青山路", domain::Kind::Road, "城区", planned, std::nullopt, 91}};
  report::TextRows rows = report::overdueRows(works, false, core::Lang::Zh);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0], (std::vector<std::string>{"项目名称", "类型", "计划完工", "逾期天数"}));
  EXPECT_EQ(rows[1], (std::vector<std::string>{"青山路", "道路", "2023-03-31", "91"}));
  works[0].completed = *core::Date::fromYmd(2023, 4, 10);
  works[0].daysLate = 10;
  rows = report::overdueRows(works, true, core::Lang::En);
  EXPECT_EQ(rows[0], (std::vector<std::string>{"Project", "Kind", "Planned completion", "Completed on", "Days late"}));
  EXPECT_EQ(rows[1], (std::vector<std::string>{"青山路", "roads", "2023-03-31", "2023-04-10", "10"}));
  EXPECT_EQ(report::overdueRows({}, false, core::Lang::En).size(), 1u);
}
