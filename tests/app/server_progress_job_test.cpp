// The District progress panel's background roll-up (app/server_progress_job) with a scripted server: one
// computation at a time, a newer query superseding one still running (its result dropped), a failure keeping the
// last table and naming the database, retried after the interval or at once on Retry, and the next answer
// replacing the state; connections get a connect timeout. The real server's side: tests/db.
#include <atomic>
#include <future>
#include <mutex>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "app/server_progress_job.hpp"

using namespace wm;
using Phase = ui::ServerProgressView::Phase;
using std::chrono::seconds;

namespace {

core::Date day(int y, int m, int d) { return *core::Date::fromYmd(y, m, d); }

const std::string kDatabase = "PG:host=/tmp/pg port=5432 dbname=county password=***";

// Answers each query with an empty table for it, or fails as a server that went away does; the first
// computation waits until `open` is called.
struct ScriptedServer {
  std::promise<void> gate;
  std::shared_future<void> opened = gate.get_future().share();
  std::atomic<bool> down{false};
  std::atomic<bool> inMemory{false};
  std::mutex mutex;
  std::vector<analysis::ProgressQuery> computed;

  void open() { gate.set_value(); }
  app::ServerProgress compute(const analysis::ProgressQuery& q) {
    opened.wait();
    {
      std::lock_guard lock(mutex);
      computed.push_back(q);
    }
    app::ServerProgress out;
    if (down) {
      out.problems.add(core::Diagnostic::error(core::Msg::SourceUnreadable, {"connection refused"}).inFile(kDatabase));
      out.failed = true;
    } else if (!inMemory) {
      out.table = analysis::progressFromGroups({}, q, false);
    }
    return out;
  }
};

struct JobFixture {
  ScriptedServer server;
  app::ServerProgressJob job{[this](const analysis::ProgressQuery& q) { return server.compute(q); }, seconds(5)};
  app::ServerProgressJob::Clock::time_point now{seconds(1000)};

  // Polls until the computation running has been taken (a generous bound only against a hang).
  void settle() {
    const auto giveUp = std::chrono::steady_clock::now() + seconds(30);
    while (job.running() && std::chrono::steady_clock::now() < giveUp) {
      job.poll(now);
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    ASSERT_FALSE(job.running());
  }
};

const analysis::ProgressQuery kJune = analysis::asOfQuery(day(2023, 6, 30));
const analysis::ProgressQuery kYear = *analysis::yearQuery(2022);

}  // namespace

TEST(ServerProgressJob, ANewerQuerySupersedesOneStillRunning) {
  JobFixture f;
  f.job.ask(kJune);
  f.job.poll(f.now);
  EXPECT_TRUE(f.job.running());
  EXPECT_EQ(f.job.view().phase, Phase::Computing);
  EXPECT_TRUE(f.job.view().updating);
  f.job.ask(kYear);
  f.server.open();
  f.settle();  // June's answer is dropped and 2022 starts in the same poll
  f.settle();
  EXPECT_EQ(f.job.view().phase, Phase::Ready);
  ASSERT_TRUE(f.job.view().table);
  EXPECT_TRUE(f.job.view().table->query == kYear);
  EXPECT_FALSE(f.job.view().updating);
  ASSERT_EQ(f.server.computed.size(), 2u);
  EXPECT_TRUE(f.server.computed[0] == kJune);
  // The same query again is not computed again.
  f.job.ask(kYear);
  EXPECT_FALSE(f.job.poll(f.now));
  EXPECT_FALSE(f.job.running());
}

TEST(ServerProgressJob, AFailureKeepsTheLastTableNamesTheDatabaseAndIsRetried) {
  JobFixture f;
  f.server.open();
  f.job.ask(kJune);
  f.job.poll(f.now);
  f.settle();
  const auto june = f.job.view().table;
  ASSERT_TRUE(june);
  f.server.down = true;
  f.job.ask(kYear);
  f.job.poll(f.now);
  f.settle();
  EXPECT_EQ(f.job.view().phase, Phase::Failed);
  EXPECT_EQ(f.job.view().table, june);  // kept, stale
  EXPECT_EQ(f.job.view().database, kDatabase);
  ASSERT_TRUE(f.job.view().failure);
  EXPECT_EQ(formatDiagnostic(*f.job.view().failure, core::Lang::En),
            kDatabase + ": cannot be opened as vector data: connection refused");
  EXPECT_EQ(f.job.view().retrySeconds, 5);
  // Not again before the interval; then by itself.
  EXPECT_FALSE(f.job.poll(f.now + seconds(4)));
  EXPECT_FALSE(f.job.running());
  f.now += seconds(5);
  EXPECT_TRUE(f.job.poll(f.now));
  EXPECT_TRUE(f.job.running());
  EXPECT_TRUE(f.job.view().updating);
  f.settle();
  EXPECT_EQ(f.job.view().phase, Phase::Failed);
  // Retry asks at once; the server is back and its answer replaces the state.
  f.server.down = false;
  f.job.retry();
  f.job.poll(f.now);
  f.settle();
  EXPECT_EQ(f.job.view().phase, Phase::Ready);
  EXPECT_TRUE(f.job.view().table->query == kYear);
  EXPECT_FALSE(f.job.view().failure);
  EXPECT_EQ(f.job.view().database, "");
  EXPECT_EQ(f.server.computed.size(), 4u);
}

TEST(ServerProgressJob, ARegisterTheServerCannotRollUpIsLeftToMemory) {
  JobFixture f;
  f.server.open();
  f.server.inMemory = true;
  f.job.ask(kJune);
  f.job.poll(f.now);
  f.settle();
  EXPECT_EQ(f.job.view().phase, Phase::InMemory);
  f.job.ask(kYear);
  f.job.poll(f.now);
  EXPECT_FALSE(f.job.running());
}

TEST(ServerProgressJob, ConnectionsGetAConnectTimeout) {
  io::LoadRequest request;
  for (const char* path :
       {"PG:host=db dbname=county", "PG:dbname=x connect_timeout=3", "PG:postgresql://db/county", "/data/roads.shp"}) {
    io::LayerRequest layer;
    layer.dataset = {path, path};
    request.layers.push_back(layer);
  }
  const io::LoadRequest out = app::serverRequest(request);
  EXPECT_EQ(out.layers[0].dataset.gdalPath, "PG:host=db dbname=county connect_timeout=10");
  EXPECT_EQ(out.layers[0].dataset.display, "PG:host=db dbname=county");
  EXPECT_EQ(out.layers[1].dataset.gdalPath, "PG:dbname=x connect_timeout=3");
  EXPECT_EQ(out.layers[2].dataset.gdalPath, "PG:postgresql://db/county");
  EXPECT_EQ(out.layers[3].dataset.gdalPath, "/data/roads.shp");
}
