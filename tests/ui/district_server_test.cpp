// District progress computed on a PostGIS server (a ServerProgressSource standing in for app/server_progress_job)
// under ImGui's null setup: the panel asks for the desk's query, shows the server's table, keeps it while a newer
// one is computed and says so, and when the server failed shows the line naming the database and its error in
// the desk's language, keeps the last table marked stale and retries on the Retry button; a register the server
// cannot roll up is counted from the catalog.
#include <vector>

#include <gtest/gtest.h>

#include "desk_fixture.hpp"
#include "district_csv.hpp"
#include "report/report_writer.hpp"
#include "ui/desk.hpp"
#include "ui_fixture.hpp"

using namespace wm;
using Phase = ui::ServerProgressView::Phase;

namespace {

// The app's side, answered by hand.
struct FakeServer {
  ui::ServerProgressView view;
  std::vector<analysis::ProgressQuery> asked;
  int retries = 0;
  ui::ServerProgressSource source() {
    return {[this](const analysis::ProgressQuery& q) {
              if (asked.empty() || !(asked.back() == q)) asked.push_back(q);
            },
            [this] { return view; }, [this] { ++retries; }};
  }
};

ui::DeskServices withServer(FakeServer& server) {
  ui::DeskServices services;
  services.writers.csv = [](const analysis::ProgressTable& t) { return report::writeCsv(t); };
  services.serverProgress = server.source();
  return services;
}

struct ServerFixture {
  domain::Catalog catalog = test::deskCatalog();
  domain::MapStyle style = domain::builtInMapStyle();
  ui::ViewState state = ui::initialViewState(catalog, test::day(2023, 6, 30), core::Lang::En);
  test::ImGuiHarness imgui{1920, 1080};
  FakeServer server;
  ui::Desk desk{catalog, style, withServer(server)};
  std::function<void()> draw = [this] { desk.draw(state, 1.0f); };

  ServerFixture() {
    state.panels.filters = state.panels.legend = state.panels.timeline = false;  // room for the table
    state.panels.districts = true;
  }
  void settle() { test::settle(imgui, desk, draw); }
  // The server's answer: the in-memory table of the same catalog (a server table is the same: tests/db).
  std::shared_ptr<const analysis::ProgressTable> answer(const analysis::ProgressQuery& q) const {
    return std::make_shared<const analysis::ProgressTable>(analysis::computeProgress(catalog, q));
  }
  // Whether the desk draws the entry once it has settled (a table that appears resizes the panel).
  bool shows(const std::string& id) {
    settle();
    return desk.targets().find(id).has_value();
  }
};

std::string csvRows(const analysis::ProgressTable& table) {
  std::string csv = report::writeCsv(table);
  return csv.substr(csv.find('\n') + 1);
}

}  // namespace

TEST(DistrictServer, TheServersTableIsShownAndKeptWhileANewerOneIsComputed) {
  ServerFixture f;
  f.settle();
  const analysis::ProgressQuery june = analysis::asOfQuery(test::day(2023, 6, 30));
  ASSERT_EQ(f.server.asked.size(), 1u);
  EXPECT_TRUE(f.server.asked[0] == june);
  EXPECT_TRUE(f.shows("districts.server.updating"));
  EXPECT_FALSE(f.shows("districts.row.all"));  // no table before the first answer
  f.server.view = {Phase::Ready, f.answer(june), false, {}, {}, 5};
  EXPECT_FALSE(f.shows("districts.server.updating"));
  EXPECT_TRUE(f.shows("districts.row.all"));
  EXPECT_EQ(test::kindLinesAsCsv(f.desk.districts().rows()), csvRows(*f.answer(june)));
  // A new date: asked for at once; the June table stays, marked as being updated, until the answer comes.
  f.state.asOf = test::day(2022, 12, 31);
  f.server.view.updating = true;
  EXPECT_TRUE(f.shows("districts.server.updating"));
  ASSERT_EQ(f.server.asked.size(), 2u);
  EXPECT_TRUE(f.server.asked[1] == analysis::asOfQuery(test::day(2022, 12, 31)));
  EXPECT_EQ(test::kindLinesAsCsv(f.desk.districts().rows()), csvRows(*f.answer(june)));
  EXPECT_EQ(f.desk.districts().table().query.asOf, test::day(2023, 6, 30));
  f.server.view = {Phase::Ready, f.answer(f.server.asked[1]), false, {}, {}, 5};
  EXPECT_FALSE(f.shows("districts.server.updating"));
  EXPECT_EQ(test::kindLinesAsCsv(f.desk.districts().rows()), csvRows(*f.answer(f.server.asked[1])));
}

TEST(DistrictServer, AFailedServerIsNamedWithItsErrorTheTableMarkedStaleAndRetryAsksAgain) {
  ServerFixture f;
  const analysis::ProgressQuery june = analysis::asOfQuery(test::day(2023, 6, 30));
  const std::string db = "PG:host=/tmp/pg port=5432 dbname=county password=***";
  f.server.view = {Phase::Failed,
                   f.answer(june),
                   true,
                   db,
                   core::Diagnostic::error(core::Msg::SourceUnreadable, {"connection refused"}).inFile(db),
                   5};
  f.settle();
  EXPECT_EQ(f.desk.districts().serverLine(),
            "The database " + db + " did not answer: cannot be opened as vector data: connection refused");
  EXPECT_TRUE(f.desk.targets().find("districts.server.failed"));
  EXPECT_TRUE(f.desk.targets().find("districts.row.all"));  // the last table, stale
  EXPECT_EQ(test::kindLinesAsCsv(f.desk.districts().rows()), csvRows(*f.answer(june)));
  f.state.lang = core::Lang::Zh;
  f.settle();
  EXPECT_EQ(f.desk.districts().serverLine(), "数据库 " + db + " 无应答：无法作为矢量数据打开：connection refused");
  test::clickSettled(f.imgui, f.desk, "districts.retry", f.draw);
  EXPECT_EQ(f.server.retries, 1);
  // The server is back: its answer replaces the state.
  f.server.view = {Phase::Ready, f.answer(june), false, {}, {}, 5};
  EXPECT_FALSE(f.shows("districts.server.failed"));
  EXPECT_EQ(f.desk.districts().serverLine(), "");
}

TEST(DistrictServer, ARegisterTheServerCannotRollUpIsCountedFromTheCatalog) {
  ServerFixture f;
  f.server.view.phase = Phase::InMemory;
  f.settle();
  EXPECT_FALSE(f.desk.districts().server());
  EXPECT_TRUE(f.desk.targets().find("districts.row.all"));
  EXPECT_EQ(test::kindLinesAsCsv(f.desk.districts().rows()),
            csvRows(analysis::computeProgress(f.catalog, analysis::asOfQuery(test::day(2023, 6, 30)))));
}
