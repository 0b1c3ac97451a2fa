// The desk's District progress computed in the background on a real server (app/server_progress_job), and a
// server that goes away: tests/db/postgis_report_test.sh passes the sample county's database in
// WORKSMAP_TEST_PG_COUNTY and the commands that stop and start its server in WORKSMAP_TEST_PG_STOP and
// WORKSMAP_TEST_PG_START. Every wait is on the state the job reports (with a generous bound against a hang).
#include <cstdlib>
#include <functional>
#include <string>
#include <thread>

#include <gtest/gtest.h>

#include "app/server_progress_job.hpp"
#include "io/catalog_loader.hpp"
#include "ui/desk.hpp"
#include "ui/imgui_harness.hpp"

namespace wm {
namespace {

using Phase = ui::ServerProgressView::Phase;

std::string env(const char* name) {
  const char* value = std::getenv(name);
  return value ? value : "";
}

// The county's connection with a password the trust authentication ignores: it must never be shown.
std::string countyConnection() { return env("WORKSMAP_TEST_PG_COUNTY") + " password=hunter2"; }

core::Date day(int y, int m, int d) { return *core::Date::fromYmd(y, m, d); }

class ServerProgressOnServer : public ::testing::Test {
protected:
  void SetUp() override {
    if (env("WORKSMAP_TEST_PG_COUNTY").empty())
      GTEST_SKIP() << "WORKSMAP_TEST_PG_COUNTY is not set (tests/db/postgis_report_test.sh sets it)";
    request = io::requestFromSources({countyConnection()}).request;
    ASSERT_FALSE(request.layers.empty());
  }
  // A short retry interval: the automatic retry is seen without waiting five seconds.
  std::unique_ptr<app::ServerProgressJob> job() const {
    return std::make_unique<app::ServerProgressJob>(
        [r = app::serverRequest(request)](const analysis::ProgressQuery& q) { return app::progressOnServer(r, q); },
        std::chrono::milliseconds(200));
  }
  // Polls (and draws, when asked) until `done` holds.
  static void waitFor(app::ServerProgressJob& job, const std::function<bool()>& done,
                      const std::function<void()>& frame = {}) {
    const auto giveUp = std::chrono::steady_clock::now() + std::chrono::seconds(120);
    while (!done() && std::chrono::steady_clock::now() < giveUp) {
      job.poll();
      if (frame) frame();
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    ASSERT_TRUE(done());
  }
  static bool answered(const app::ServerProgressJob& job) {
    return !job.view().updating && job.view().phase != Phase::Computing;
  }
  io::LoadRequest request;
};

// Counts exactly; lengths and areas within the measuring tolerance (1 mm per km, 1 m² per km²): the server
// measures on PostGIS geography, memory with the grid's scale factor.
void expectSameFigures(const analysis::ProgressFigures& a, const analysis::ProgressFigures& b, const std::string& at) {
  EXPECT_EQ(a.total, b.total) << at;
  EXPECT_EQ(a.byStatus, b.byStatus) << at;
  EXPECT_EQ(a.overdue, b.overdue) << at;
  EXPECT_EQ(a.spaces, b.spaces) << at;
  EXPECT_EQ(a.completedSpaces, b.completedSpaces) << at;
  EXPECT_NEAR(a.lengthKm, b.lengthKm, 1e-6 * a.lengthKm + 1e-9) << at;
  EXPECT_NEAR(a.completedLengthKm, b.completedLengthKm, 1e-6 * a.completedLengthKm + 1e-9) << at;
  EXPECT_NEAR(a.areaM2, b.areaM2, 1e-6 * a.areaM2 + 1e-6) << at;
  EXPECT_NEAR(a.completedAreaM2, b.completedAreaM2, 1e-6 * a.completedAreaM2 + 1e-6) << at;
}

TEST_F(ServerProgressOnServer, TheBackgroundTableIsTheInMemoryTable) {
  const domain::Catalog catalog = io::loadCatalog(request);
  ASSERT_FALSE(catalog.projects.empty());
  auto server = job();
  for (const analysis::ProgressQuery& q : {analysis::asOfQuery(day(2023, 6, 30)), *analysis::yearQuery(2022)}) {
    server->ask(q);
    waitFor(*server, [&] { return answered(*server); });
    ASSERT_EQ(server->view().phase, Phase::Ready);
    const analysis::ProgressTable& shown = *server->view().table;
    const analysis::ProgressTable memory = analysis::computeProgress(catalog, q);
    EXPECT_TRUE(shown.query == q);
    ASSERT_EQ(shown.rows.size(), memory.rows.size());
    for (std::size_t i = 0; i < memory.rows.size(); ++i) {
      const std::string at = memory.rows[i].district + " " + std::string(domain::kindCode(memory.rows[i].kind));
      EXPECT_EQ(shown.rows[i].district, memory.rows[i].district);
      EXPECT_EQ(shown.rows[i].kind, memory.rows[i].kind);
      expectSameFigures(shown.rows[i].figures, memory.rows[i].figures, at);
    }
    expectSameFigures(shown.total, memory.total, "total");
  }
}

// Stops the server; starts it again at the end of the test whatever happened.
struct StoppedServer {
  StoppedServer() { EXPECT_EQ(std::system(env("WORKSMAP_TEST_PG_STOP").c_str()), 0); }
  ~StoppedServer() { start(); }
  void start() {
    if (started) return;
    started = true;
    EXPECT_EQ(std::system(env("WORKSMAP_TEST_PG_START").c_str()), 0);
  }
  bool started = false;
};

TEST_F(ServerProgressOnServer, AServerThatGoesAwayIsShownInThePanelAndRecovers) {
  if (env("WORKSMAP_TEST_PG_STOP").empty()) GTEST_SKIP() << "WORKSMAP_TEST_PG_STOP is not set";
  const domain::Catalog catalog = io::loadCatalog(request);
  auto server = job();
  // The desk's panel on this job, drawn in ImGui's null setup.
  test::ImGuiHarness imgui{1920, 1080};
  const domain::MapStyle style = domain::builtInMapStyle();
  ui::DeskServices services;
  services.serverProgress = server->source();
  ui::Desk desk(catalog, style, std::move(services));
  ui::ViewState state = ui::initialViewState(catalog, day(2023, 6, 30), core::Lang::En);
  state.panels.districts = true;
  const std::function<void()> frame = [&] { imgui.frame([&] { desk.draw(state, 1.0f); }); };
  frame();
  waitFor(
      *server, [&] { return answered(*server); }, frame);
  ASSERT_EQ(server->view().phase, Phase::Ready);
  const auto before = server->view().table;

  StoppedServer stopped;
  state.asOf = day(2022, 12, 31);  // a new query, which the stopped server cannot answer
  waitFor(
      *server, [&] { return desk.districts().server() && desk.districts().server()->phase == Phase::Failed; }, frame);
  const ui::ServerProgressView failed = server->view();
  EXPECT_EQ(failed.table, before);  // the last good table, stale
  const std::string display = request.layers.front().dataset.display;
  EXPECT_EQ(failed.database, display);
  EXPECT_NE(display.find("password=***"), std::string::npos);
  ASSERT_TRUE(failed.failure);
  const std::string why = core::trArgs(core::Lang::En, failed.failure->msg, failed.failure->args);
  const std::string line = desk.districts().serverLine();
  // libpq's message, on one line: the socket is gone.
  EXPECT_EQ(line.rfind("The database " + display +
                           " did not answer: cannot be opened as vector data: PQconnectdb failed. "
                           "connection to server on socket \"",
                       0),
            0u)
      << line;
  EXPECT_NE(line.find("failed: No such file or directory Is the server running"), std::string::npos) << line;
  EXPECT_EQ(line.find_first_of("\n\t"), std::string::npos) << line;
  EXPECT_NE(why.find("No such file or directory"), std::string::npos) << why;
  EXPECT_EQ(line.find("hunter2"), std::string::npos) << line;
  EXPECT_TRUE(desk.targets().find("districts.retry"));
  EXPECT_TRUE(desk.targets().find("districts.row.all"));

  // Started again: the job's own retry brings the answer, which replaces the state.
  stopped.start();
  waitFor(
      *server, [&] { return server->view().phase == Phase::Ready; }, frame);
  frame();
  EXPECT_TRUE(server->view().table->query == analysis::asOfQuery(day(2022, 12, 31)));
  EXPECT_EQ(desk.districts().serverLine(), "");
  EXPECT_FALSE(desk.targets().find("districts.server.failed"));
}

}  // namespace
}  // namespace wm
