#include "analysis/district_progress.hpp"
#include "analysis/status_at_date.hpp"

#include <gtest/gtest.h>

using namespace wm;
using analysis::DistrictGroup;
using analysis::ProgressFigures;
using analysis::ProgressGrouping;
using analysis::ProgressRow;
using analysis::ProgressTable;
using domain::Kind;
using domain::RecordedStatus;
using domain::Status;

namespace {

core::Date d(int y, int m, int day) { return *core::Date::fromYmd(y, m, day); }

std::vector<domain::District> districts(std::initializer_list<const char*> names) {
  std::vector<domain::District> out;
  for (const char* name : names) {
    domain::District district;
    district.name = name;
    out.push_back(district);
  }
  return out;
}

domain::Project project(std::string name, Kind kind, std::int32_t district, RecordedStatus recorded) {
  domain::Project p;
  p.name = std::move(name);
  p.kind = kind;
  p.district = district;
  p.recorded = recorded;
  return p;
}

// Two districts; byte-wise, "unassigned" (0x75) < "东城片区" (E4 B8 9C) < "城关片区" (E5 9F 8E), which is not
// their pinyin order (chengguan < dongcheng).
//   R1 road   城关 start 03-01 plan 09-30 done 10-15  1200 m   (late by 15 days)
//   R2 road   城关 start 05-01 plan 08-31             800 m    (recorded under construction)
//   R3 road   东城             plan 2023-06-30       2500 m   (planned)
//   R4 road   东城 start 04-01 plan 07-31             600 m    (recorded suspended)
//   P1 park   城关 start 04-10 plan 06-30 done 06-30  5000.5 m²  (on time)
//   P2 park   none start 07-01 plan 10-31 done 11-20  3000.25 m² (late)
//   K1 parking 东城 start 02-01 plan 05-31 done 06-15 2400 m², 120 spaces (late)
//   S1 sewer  城关 recorded completed, no dates       3456.789 m (completed for every t)
// All dates 2022 unless written.
domain::Catalog county() {
  domain::Catalog c;
  c.districts = districts({"城关片区", "东城片区"});
  auto r1 = project("R1", Kind::Road, 0, RecordedStatus::Completed);
  r1.start = d(2022, 3, 1), r1.planDone = d(2022, 9, 30), r1.done = d(2022, 10, 15), r1.lengthM = 1200;
  auto r2 = project("R2", Kind::Road, 0, RecordedStatus::UnderConstruction);
  r2.start = d(2022, 5, 1), r2.planDone = d(2022, 8, 31), r2.lengthM = 800;
  auto r3 = project("R3", Kind::Road, 1, RecordedStatus::Planned);
  r3.planDone = d(2023, 6, 30), r3.lengthM = 2500;
  auto r4 = project("R4", Kind::Road, 1, RecordedStatus::Suspended);
  r4.start = d(2022, 4, 1), r4.planDone = d(2022, 7, 31), r4.lengthM = 600;
  auto p1 = project("P1", Kind::Park, 0, RecordedStatus::Completed);
  p1.start = d(2022, 4, 10), p1.planDone = d(2022, 6, 30), p1.done = d(2022, 6, 30), p1.areaM2 = 5000.5;
  auto p2 = project("P2", Kind::Park, domain::kNoDistrict, RecordedStatus::Completed);
  p2.start = d(2022, 7, 1), p2.planDone = d(2022, 10, 31), p2.done = d(2022, 11, 20), p2.areaM2 = 3000.25;
  auto k1 = project("K1", Kind::Parking, 1, RecordedStatus::Completed);
  k1.start = d(2022, 2, 1), k1.planDone = d(2022, 5, 31), k1.done = d(2022, 6, 15), k1.areaM2 = 2400;
  k1.spaces = 120;
  auto s1 = project("S1", Kind::Sewer, 0, RecordedStatus::Completed);
  s1.lengthM = 3456.789;
  c.projects = {r1, r2, r3, r4, p1, p2, k1, s1};
  return c;
}

const ProgressRow* findRow(const ProgressTable& t, std::string_view district, Kind kind) {
  for (const auto& row : t.rows)
    if (row.district == district && row.kind == kind) return &row;
  return nullptr;
}

// The five count columns of a figure set: total, planned, under construction, completed, suspended, + overdue.
std::array<std::int64_t, 6> counts(const ProgressFigures& f) {
  return {f.total,
          f.count(Status::Planned),
          f.count(Status::UnderConstruction),
          f.count(Status::Completed),
          f.count(Status::Suspended),
          f.overdue};
}

using Counts = std::array<std::int64_t, 6>;

}  // namespace

TEST(DistrictProgress, RowsAreSortedByteWiseByDistrictThenKindCode) {
  auto t = analysis::computeProgress(county(), analysis::asOfQuery(d(2022, 6, 30)));
  std::vector<std::pair<std::string, std::string>> order;
  for (const auto& row : t.rows) order.emplace_back(row.district, std::string(domain::kindCode(row.kind)));
  std::vector<std::pair<std::string, std::string>> expected{{"unassigned", "park"}, {"东城片区", "parking"},
                                                            {"东城片区", "road"},   {"城关片区", "park"},
                                                            {"城关片区", "road"},   {"城关片区", "sewer"}};
  EXPECT_EQ(order, expected);
  EXPECT_EQ(t.rows[0].group, DistrictGroup::Unassigned);
  EXPECT_EQ(t.rows[1].group, DistrictGroup::Named);
}

TEST(DistrictProgress, CountsEveryStatusAsOfTheCompletionDay) {
  // 2022-06-30: P1 completes that day; P2 starts the next day; R4 is suspended; nothing overdue yet.
  auto t = analysis::computeProgress(county(), analysis::asOfQuery(d(2022, 6, 30)));
  EXPECT_EQ(counts(findRow(t, "城关片区", Kind::Park)->figures), (Counts{1, 0, 0, 1, 0, 0}));
  EXPECT_EQ(counts(findRow(t, "城关片区", Kind::Road)->figures), (Counts{2, 0, 2, 0, 0, 0}));
  EXPECT_EQ(counts(findRow(t, "东城片区", Kind::Road)->figures), (Counts{2, 1, 0, 0, 1, 0}));
  EXPECT_EQ(counts(findRow(t, "unassigned", Kind::Park)->figures), (Counts{1, 1, 0, 0, 0, 0}));
  EXPECT_EQ(counts(t.total), (Counts{8, 2, 2, 3, 1, 0}));  // completed: P1, K1, S1
}

TEST(DistrictProgress, TheDayBeforeCompletionIsStillUnderConstruction) {
  auto t = analysis::computeProgress(county(), analysis::asOfQuery(d(2022, 6, 29)));
  EXPECT_EQ(counts(findRow(t, "城关片区", Kind::Park)->figures), (Counts{1, 0, 1, 0, 0, 0}));
  // K1 completed 06-15 although 15 days after its plan; as of 06-29 it is completed, not overdue.
  EXPECT_EQ(counts(findRow(t, "东城片区", Kind::Parking)->figures), (Counts{1, 0, 0, 1, 0, 0}));
  auto before = analysis::computeProgress(county(), analysis::asOfQuery(d(2022, 6, 14)));
  EXPECT_EQ(counts(findRow(before, "东城片区", Kind::Parking)->figures), (Counts{1, 0, 1, 0, 0, 1}));
}

TEST(DistrictProgress, OverdueFromTheDayAfterThePlannedDay) {
  // 07-31: R4's planned day, not overdue. 08-01: R4 (suspended) overdue. 09-01: R2 too. 10-01: R1 too.
  // 10-15: R1 completed, so only R2 and R4.
  EXPECT_EQ(analysis::computeProgress(county(), analysis::asOfQuery(d(2022, 7, 31))).total.overdue, 0);
  EXPECT_EQ(analysis::computeProgress(county(), analysis::asOfQuery(d(2022, 8, 1))).total.overdue, 1);
  EXPECT_EQ(analysis::computeProgress(county(), analysis::asOfQuery(d(2022, 8, 31))).total.overdue, 1);
  EXPECT_EQ(analysis::computeProgress(county(), analysis::asOfQuery(d(2022, 9, 1))).total.overdue, 2);
  EXPECT_EQ(analysis::computeProgress(county(), analysis::asOfQuery(d(2022, 10, 1))).total.overdue, 3);
  auto t = analysis::computeProgress(county(), analysis::asOfQuery(d(2022, 10, 15)));
  EXPECT_EQ(t.total.overdue, 2);
  EXPECT_EQ(counts(findRow(t, "城关片区", Kind::Road)->figures), (Counts{2, 0, 1, 1, 0, 1}));
}

TEST(DistrictProgress, SumsLengthAreaAndSpacesOverAllAndOverCompleted) {
  auto t = analysis::computeProgress(county(), analysis::asOfQuery(d(2022, 6, 30)));
  const auto& roads = findRow(t, "东城片区", Kind::Road)->figures;  // R3 2500 m + R4 600 m, neither completed
  EXPECT_DOUBLE_EQ(roads.lengthKm, 3.1);
  EXPECT_DOUBLE_EQ(roads.completedLengthKm, 0.0);
  const auto& parking = findRow(t, "东城片区", Kind::Parking)->figures;
  EXPECT_DOUBLE_EQ(parking.areaM2, 2400.0);
  EXPECT_DOUBLE_EQ(parking.completedAreaM2, 2400.0);
  EXPECT_EQ(parking.spaces, 120);
  EXPECT_EQ(parking.completedSpaces, 120);
  const auto& sewer = findRow(t, "城关片区", Kind::Sewer)->figures;  // completed without a date: always
  EXPECT_DOUBLE_EQ(sewer.completedLengthKm, 3.456789);
  // County: parks P1 5000.5 + P2 3000.25 = 8000.75 m², of which P1's 5000.5 completed.
  const auto& parks = t.kindTotals[static_cast<std::size_t>(Kind::Park)];
  EXPECT_DOUBLE_EQ(parks.areaM2, 8000.75);
  EXPECT_DOUBLE_EQ(parks.completedAreaM2, 5000.5);
  // Roads: 1200 + 800 + 2500 + 600 = 5100 m.
  EXPECT_DOUBLE_EQ(t.kindTotals[static_cast<std::size_t>(Kind::Road)].lengthKm, 5.1);
  EXPECT_DOUBLE_EQ(t.total.lengthKm, 5.1 + 3.456789);
}

TEST(DistrictProgress, PeriodCountsOnlyCompletionsWithinAndTheirLateOnes) {
  // 2022 completions: R1 (late), P1 (on its planned day), P2 (late), K1 (late). S1 has no date: not counted.
  auto t = analysis::computeProgress(county(), *analysis::yearQuery(2022));
  EXPECT_EQ(t.query.from, d(2022, 1, 1));
  EXPECT_EQ(t.query.to, d(2022, 12, 31));
  ASSERT_EQ(t.rows.size(), 4u);
  EXPECT_EQ(counts(t.total), (Counts{4, 0, 0, 4, 0, 3}));
  EXPECT_EQ(counts(findRow(t, "城关片区", Kind::Road)->figures), (Counts{1, 0, 0, 1, 0, 1}));
  EXPECT_EQ(counts(findRow(t, "城关片区", Kind::Park)->figures), (Counts{1, 0, 0, 1, 0, 0}));
  EXPECT_EQ(findRow(t, "城关片区", Kind::Sewer), nullptr);
  const auto& road = findRow(t, "城关片区", Kind::Road)->figures;  // only R1's 1200 m, R2 not completed
  EXPECT_DOUBLE_EQ(road.lengthKm, 1.2);
  EXPECT_DOUBLE_EQ(road.completedLengthKm, 1.2);
  const auto& park = findRow(t, "unassigned", Kind::Park)->figures;
  EXPECT_DOUBLE_EQ(park.areaM2, 3000.25);
  EXPECT_DOUBLE_EQ(park.completedAreaM2, 3000.25);
}

TEST(DistrictProgress, PeriodEndsAreInclusive) {
  // K1 done 06-15, P1 done 06-30.
  auto q = analysis::periodQuery(d(2022, 6, 16), d(2022, 6, 30));
  auto t = analysis::computeProgress(county(), q);
  ASSERT_EQ(t.rows.size(), 1u);
  EXPECT_EQ(t.rows[0].kind, Kind::Park);
  auto single = analysis::computeProgress(county(), analysis::periodQuery(d(2022, 6, 15), d(2022, 6, 15)));
  ASSERT_EQ(single.rows.size(), 1u);
  EXPECT_EQ(single.rows[0].kind, Kind::Parking);
  EXPECT_EQ(single.total.overdue, 1);  // 06-15 is after its planned 05-31
  EXPECT_TRUE(analysis::computeProgress(county(), analysis::periodQuery(d(2022, 7, 1), d(2022, 6, 1))).rows.empty());
}

TEST(DistrictProgress, GroupingByKindGivesOneAllDistrictsRowPerKind) {
  auto t = analysis::computeProgress(county(), analysis::asOfQuery(d(2022, 6, 30), ProgressGrouping::Kind));
  ASSERT_EQ(t.rows.size(), 4u);
  std::vector<Kind> kinds;
  for (const auto& row : t.rows) {
    EXPECT_EQ(row.district, "all");
    EXPECT_EQ(row.group, DistrictGroup::AllDistricts);
    kinds.push_back(row.kind);
  }
  EXPECT_EQ(kinds, (std::vector<Kind>{Kind::Park, Kind::Parking, Kind::Road, Kind::Sewer}));
  EXPECT_EQ(counts(t.rows[0].figures), (Counts{2, 1, 0, 1, 0, 0}));  // P1 completed, P2 planned
  EXPECT_EQ(counts(t.rows[2].figures), (Counts{4, 1, 2, 0, 1, 0}));
}

TEST(DistrictProgress, SummaryHasTheBureauSentenceFigures) {
  // By year end: roads R1 (1.2 km) done; parks P1 + P2 (8000.75 m²); K1 (120 spaces); S1 3.456789 km.
  auto s = analysis::computeProgress(county(), analysis::asOfQuery(d(2022, 12, 31))).summary;
  EXPECT_EQ(s.roads, 1);
  EXPECT_DOUBLE_EQ(s.roadKm, 1.2);
  EXPECT_EQ(s.parks, 2);
  EXPECT_DOUBLE_EQ(s.parkAreaM2, 8000.75);
  EXPECT_EQ(s.carParks, 1);
  EXPECT_EQ(s.parkingSpaces, 120);
  EXPECT_DOUBLE_EQ(s.sewerKm, 3.456789);
  // In the first half only K1 (06-15) and P1 (06-30) were completed.
  auto h1 = analysis::computeProgress(county(), analysis::periodQuery(d(2022, 1, 1), d(2022, 6, 30))).summary;
  EXPECT_EQ(h1.roads, 0);
  EXPECT_EQ(h1.parks, 1);
  EXPECT_DOUBLE_EQ(h1.parkAreaM2, 5000.5);
  EXPECT_EQ(h1.parkingSpaces, 120);
  EXPECT_DOUBLE_EQ(h1.sewerKm, 0.0);
}

TEST(DistrictProgress, DistrictsOfOneNameShareARowAndBadIndicesAreUnassigned) {
  domain::Catalog c;
  c.districts = districts({"Beihu", "城关片区", "Beihu"});  // a district drawn as two polygons
  c.projects = {
      project("a", Kind::Road, 0, RecordedStatus::Planned), project("b", Kind::Road, 2, RecordedStatus::Planned),
      project("c", Kind::Road, 7, RecordedStatus::Planned), project("d", Kind::Road, 1, RecordedStatus::Planned)};
  auto t = analysis::computeProgress(c, analysis::asOfQuery(d(2022, 1, 1)));
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.rows[0].district, "Beihu");  // ASCII before "unassigned" before Chinese
  EXPECT_EQ(t.rows[0].figures.total, 2);
  EXPECT_EQ(t.rows[1].district, "unassigned");
  EXPECT_EQ(t.rows[1].figures.total, 1);
  EXPECT_EQ(t.rows[2].district, "城关片区");
}

TEST(DistrictProgress, OnlyFourDigitYearsMakeAPeriod) {
  EXPECT_FALSE(analysis::yearQuery(40000).has_value());
  EXPECT_FALSE(analysis::yearQuery(0).has_value());
  EXPECT_FALSE(analysis::yearQuery(10000).has_value());
  EXPECT_EQ(analysis::yearQuery(2024)->to, d(2024, 12, 31));
}

TEST(DistrictProgress, RowsAddUpToTheTotalsOnAManyProjectCounty) {
  // 60,000 projects cycling through districts, kinds and dates; every project counts exactly once.
  domain::Catalog c;
  c.districts = districts({"A", "B", "C"});
  c.projects.resize(60000);
  for (std::size_t i = 0; i < c.projects.size(); ++i) {
    auto& p = c.projects[i];
    p.kind = static_cast<Kind>(i % domain::kKindCount);
    p.district = static_cast<std::int32_t>((i / 10) % 4) - 1;
    p.start = core::Date::fromDays(static_cast<std::int32_t>(i % 400));
    if (i % 3 == 0) p.done = core::Date::fromDays(static_cast<std::int32_t>(i % 400 + 100));
    p.lengthM = 1000;
  }
  auto t = analysis::computeProgress(c, analysis::asOfQuery(core::Date::fromDays(300)));
  ProgressFigures sum;
  for (const auto& row : t.rows) sum += row.figures;
  EXPECT_EQ(t.rows.size(), 40u);  // 4 district groups × 10 kinds
  EXPECT_EQ(sum.total, 60000);
  EXPECT_EQ(counts(sum), counts(t.total));
  EXPECT_DOUBLE_EQ(t.total.lengthKm, 60000.0);
}

namespace {

// What a server roll-up returns for the county: one group per project (a server merges equal groups; merging is
// summing, which the table does anyway), its district by name, its status at t and its overdue flag.
std::vector<domain::WorksGroup> groupsOf(const domain::Catalog& c, const analysis::ProgressQuery& q) {
  std::vector<domain::WorksGroup> out;
  for (const domain::Project& p : c.projects) {
    const bool period = q.mode == analysis::ProgressQuery::Mode::Period;
    if (period && !analysis::completedWithin(p, q.from, q.to)) continue;
    domain::WorksGroup g;
    if (p.district != domain::kNoDistrict) g.district = c.districts[static_cast<std::size_t>(p.district)].name;
    g.kind = p.kind;
    g.status = analysis::statusAt(p, period ? q.to : q.asOf);
    g.overdue = period ? analysis::lateAt(p, q.to) : analysis::overdueAt(p, q.asOf);
    g.count = 1;
    g.lengthKm = p.lengthM / 1000.0;
    g.areaM2 = p.areaM2;
    g.spaces = p.spaces;
    out.push_back(g);
  }
  return out;
}

void expectSameFigures(const ProgressFigures& a, const ProgressFigures& b) {
  EXPECT_EQ(counts(a), counts(b));
  EXPECT_DOUBLE_EQ(a.lengthKm, b.lengthKm);
  EXPECT_DOUBLE_EQ(a.areaM2, b.areaM2);
  EXPECT_EQ(a.spaces, b.spaces);
  EXPECT_DOUBLE_EQ(a.completedLengthKm, b.completedLengthKm);
  EXPECT_DOUBLE_EQ(a.completedAreaM2, b.completedAreaM2);
  EXPECT_EQ(a.completedSpaces, b.completedSpaces);
}

}  // namespace

TEST(DistrictProgress, GroupsCountedElsewhereMakeTheSameTableAsTheProjects) {
  const domain::Catalog c = county();
  for (const auto& q : {analysis::asOfQuery(d(2022, 6, 30)), analysis::asOfQuery(d(2022, 10, 15)),
                        *analysis::yearQuery(2022), analysis::asOfQuery(d(2022, 8, 1), ProgressGrouping::Kind)}) {
    const ProgressTable memory = analysis::computeProgress(c, q);
    const ProgressTable server = analysis::progressFromGroups(groupsOf(c, q), q, false);
    ASSERT_EQ(server.rows.size(), memory.rows.size());
    for (std::size_t i = 0; i < memory.rows.size(); ++i) {
      EXPECT_EQ(server.rows[i].district, memory.rows[i].district);
      EXPECT_EQ(server.rows[i].group, memory.rows[i].group);
      EXPECT_EQ(server.rows[i].kind, memory.rows[i].kind);
      expectSameFigures(server.rows[i].figures, memory.rows[i].figures);
    }
    expectSameFigures(server.total, memory.total);
    EXPECT_EQ(server.summary.roads, memory.summary.roads);
    EXPECT_DOUBLE_EQ(server.summary.parkAreaM2, memory.summary.parkAreaM2);
  }
}
