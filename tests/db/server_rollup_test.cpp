// The PostGIS roll-up against the in-memory one, on a real server: tests/db/postgis_report_test.sh starts a
// throw-away PostgreSQL + PostGIS and passes its connection in WORKSMAP_TEST_PG. Each test copies its own
// GeoPackage fixture into the database (GDALVectorTranslate, as ogr2ogr does) under a table name of its own.
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include <gdal_priv.h>
#include <gdal_utils.h>
#include <gtest/gtest.h>

#include "analysis/district_progress.hpp"
#include "analysis/status_at_date.hpp"
#include "io/catalog_loader.hpp"
#include "io/server_rollup.hpp"
#include "report/report_writer.hpp"
#include "support/fixture_writer.hpp"

namespace wm {
namespace {

using domain::Status;
using test::FixtureFeature;
using test::FixtureField;
using test::FixtureLayer;

std::string connection() {
  const char* pg = std::getenv("WORKSMAP_TEST_PG");
  return pg ? pg : "";
}

// Copies the layers of a GeoPackage into the test database (tables replaced).
void copyIntoDatabase(const std::filesystem::path& gpkg) {
  GDALAllRegister();
  GDALDatasetH source = GDALOpenEx(gpkg.c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
  ASSERT_NE(source, nullptr);
  const char* args[] = {"-f", "PostgreSQL", "-overwrite", "-lco", "GEOMETRY_NAME=geom", "-lco", "FID=fid", nullptr};
  GDALVectorTranslateOptions* options = GDALVectorTranslateOptionsNew(const_cast<char**>(args), nullptr);
  int failed = 0;
  GDALDatasetH out = GDALVectorTranslate(connection().c_str(), nullptr, 1, &source, options, &failed);
  GDALVectorTranslateOptionsFree(options);
  ASSERT_NE(out, nullptr);
  GDALClose(out);
  GDALClose(source);
  ASSERT_EQ(failed, 0);
}

io::LoadRequest requestFor(const std::string& table) {
  io::LoadRequest request;
  io::LayerRequest layer;
  layer.dataset = {connection(), "test database"};
  layer.layerName = table;
  request.layers.push_back(layer);
  return request;
}

io::RollupQuery asOf(core::Date t) {
  io::RollupQuery q;
  q.asOf = t;
  return q;
}

core::Date day(const char* iso) { return core::parseDate(iso).date; }

// As-of day T0 = 2022-06-30 and each rule's boundary around it. Every work is its own district (the district
// column holds its name), so each server group is one work.
const char* const kT0 = "2022-06-30";
struct Work {
  const char* name;
  const char* status;
  const char* start;
  const char* planDone;
  const char* done;
};
const std::vector<Work> kWorks = {
    {"start-on-as-of", "在建", "2022-06-30", "2022-12-31", ""},
    {"done-on-as-of", "已完工", "2022-01-10", "2022-12-31", "2022-06-30"},
    {"completed-no-dates", "已完工", "", "", ""},
    {"completed-no-done-date", "竣工", "2021-05-01", "2022-06-29", ""},
    {"building-no-start", "在建", "", "2022-06-29", ""},
    {"suspended-no-start", "停工", "", "", ""},
    {"suspended-from-as-of", "暂停", "2022-06-30", "2023-01-01", ""},
    {"planned-no-dates", "规划", "", "", ""},
    {"planned-but-started", "未开工", "2022-06-30", "", ""},
    {"overdue-by-one-day", "施工中", "2022-01-01", "2022-06-29", ""},
    {"due-on-as-of", "在建", "2022-01-01", "2022-06-30", ""},
    {"late-by-one-day", "已完工", "2022-01-01", "2022-06-29", "2022-06-30"},
    {"done-on-plan", "已完工", "2022-01-01", "2022-06-30", "2022-06-30"},
    {"done-day-after", "在建", "2022-01-01", "2022-06-30", "2022-07-01"},
    {"status-missing", "", "2022-06-30", "2022-07-01", "2022-07-01"},
    {"status-unknown", "待定", "2022-07-01", "", ""},
    {"suspended-then-done", "停工", "2022-01-01", "2022-03-01", "2022-06-30"},
};

// Dates written three ways in the text table (as registers do) and as a Date column in the other.
std::string spelled(const char* iso, std::size_t i) {
  if (!*iso) return "";
  const core::Date d = day(iso);
  switch (i % 3) {
    case 0:
      return d.iso();
    case 1:
      return std::to_string(d.year()) + "年" + std::to_string(d.month()) + "月" + std::to_string(d.day()) + "日";
    default:
      return std::to_string(d.year()) + "/" + std::to_string(d.month()) + "/" + std::to_string(d.day());
  }
}

FixtureLayer boundaryLayer(const std::string& name, bool dateColumns) {
  const auto dateType = dateColumns ? FixtureField::Type::Date : FixtureField::Type::String;
  FixtureLayer layer{name,
                     4490,
                     {{"name"},
                      {"kind"},
                      {"status"},
                      {"start_date", dateType},
                      {"plan_done", dateType},
                      {"done_date", dateType},
                      {"district"}},
                     {}};
  for (std::size_t i = 0; i < kWorks.size(); ++i) {
    const Work& w = kWorks[i];
    auto date = [&](const char* iso) { return dateColumns ? std::string(iso) : spelled(iso, i); };
    const double x = 114.0 + 0.001 * static_cast<double>(i);
    layer.features.push_back({"LINESTRING (" + std::to_string(x) + " 30, " + std::to_string(x) + " 30.001)",
                              {w.name, "road", w.status, date(w.start), date(w.planDone), date(w.done), w.name}});
  }
  return layer;
}

class ServerRollup : public ::testing::Test {
protected:
  void SetUp() override {
    if (connection().empty()) GTEST_SKIP() << "WORKSMAP_TEST_PG is not set (tests/db/postgis_report_test.sh sets it)";
  }
};

// For every work and every day around each boundary: the server's status and overdue flag are
// analysis::statusAt's and overdueAt's on the same work as the readers read it.
void expectSameStatusEveryDay(const std::string& table) {
  domain::Catalog catalog = io::loadCatalog(requestFor(table));
  ASSERT_EQ(catalog.projects.size(), kWorks.size());
  std::map<std::string, const domain::Project*> byName;
  for (const auto& p : catalog.projects) byName[p.name] = &p;
  const core::Date t0 = day(kT0);
  for (int offset = -2; offset <= 2; ++offset) {
    const core::Date t = core::Date::fromDays(t0.days() + offset);
    io::ServerRollup rollup = io::rollUpOnServer(requestFor(table), asOf(t));
    ASSERT_EQ(rollup.outcome, io::ServerRollup::Outcome::Done) << table;
    ASSERT_EQ(rollup.groups.size(), kWorks.size()) << t.iso();
    for (const domain::WorksGroup& g : rollup.groups) {
      ASSERT_TRUE(g.district.has_value());
      const domain::Project& p = *byName.at(*g.district);
      EXPECT_EQ(g.status, analysis::statusAt(p, t)) << p.name << " at " << t.iso();
      EXPECT_EQ(g.overdue, analysis::overdueAt(p, t)) << p.name << " at " << t.iso();
      EXPECT_EQ(g.count, 1);
    }
  }
}

TEST_F(ServerRollup, StatusAtEveryBoundaryDayIsTheAnalysisStatusWithDatesAsText) {
  test::ScopedDir dir;
  test::writeVector(dir.path / "boundary.gpkg", {boundaryLayer("boundary_text", false)});
  copyIntoDatabase(dir.path / "boundary.gpkg");
  expectSameStatusEveryDay("boundary_text");
}

TEST_F(ServerRollup, StatusAtEveryBoundaryDayIsTheAnalysisStatusWithDateColumns) {
  test::ScopedDir dir;
  test::writeVector(dir.path / "boundary.gpkg", {boundaryLayer("boundary_dates", true)});
  copyIntoDatabase(dir.path / "boundary.gpkg");
  expectSameStatusEveryDay("boundary_dates");
}

// A period counts the completions from its first to its last day, both included, and the late ones among them.
TEST_F(ServerRollup, PeriodCountsCompletionsOnBothEndDaysAndTheLateOnes) {
  test::ScopedDir dir;
  test::writeVector(dir.path / "boundary.gpkg", {boundaryLayer("boundary_period", false)});
  copyIntoDatabase(dir.path / "boundary.gpkg");
  domain::Catalog catalog = io::loadCatalog(requestFor("boundary_period"));
  for (const auto& [from, to] : {std::pair{"2022-06-30", "2022-06-30"}, std::pair{"2022-07-01", "2022-12-31"},
                                 std::pair{"2022-01-01", "2022-06-29"}}) {
    const auto query = analysis::periodQuery(day(from), day(to));
    io::RollupQuery q;
    q.period = true;
    q.from = query.from;
    q.to = query.to;
    io::ServerRollup rollup = io::rollUpOnServer(requestFor("boundary_period"), q);
    ASSERT_EQ(rollup.outcome, io::ServerRollup::Outcome::Done);
    const std::string server = report::writeReport(analysis::progressFromGroups(rollup.groups, query, false),
                                                   report::Format::Csv, core::Lang::En, "");
    const std::string memory =
        report::writeReport(analysis::computeProgress(catalog, query), report::Format::Csv, core::Lang::En, "");
    EXPECT_EQ(server, memory) << from << ".." << to;
  }
  // Hand count for 2022-06-30 alone: done-on-as-of, late-by-one-day, done-on-plan, suspended-then-done, of which
  // late-by-one-day and suspended-then-done were completed after their planned day.
  io::RollupQuery one;
  one.period = true;
  one.from = one.to = day(kT0);
  const auto table = analysis::progressFromGroups(io::rollUpOnServer(requestFor("boundary_period"), one).groups,
                                                  analysis::periodQuery(one.from, one.to), false);
  EXPECT_EQ(table.total.total, 4);
  EXPECT_EQ(table.total.overdue, 2);
}

TEST_F(ServerRollup, MissingTableIsUnreadableAndNamesIt) {
  io::ServerRollup rollup = io::rollUpOnServer(requestFor("no_such_table"), asOf(day(kT0)));
  EXPECT_EQ(rollup.outcome, io::ServerRollup::Outcome::Unreadable);
  ASSERT_FALSE(rollup.problems.empty());
  const std::string text = core::formatDiagnostic(rollup.problems.items().front(), core::Lang::En);
  EXPECT_NE(text.find("no_such_table"), std::string::npos) << text;
}

}  // namespace
}  // namespace wm
