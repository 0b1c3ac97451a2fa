// Long exports cancelled part way — through core::Progress (what the desk's Cancel does) and by Ctrl+C on the
// command line — leave no `<file>.tmp` and no output behind, and a file already at the output's name byte for
// byte as it was. The sample county's briefing and districts.
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include <gtest/gtest.h>

#include "app/atlas_export.hpp"
#include "app/deck_export.hpp"
#include "app/map_view.hpp"
#include "render/command_line.hpp"
#include "support/fixture_writer.hpp"

namespace wm::app {
namespace {

namespace fs = std::filesystem;

const std::string kSample = std::string(WORKSMAP_GEODATA) + "/sample-county.worksmap.toml";
const std::string kOldBytes = "an older briefing, not to be touched\n";

std::string bytesOf(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

void writeBytes(const fs::path& file, const std::string& bytes) { std::ofstream(file, std::ios::binary) << bytes; }

// The sample county loaded once for the suite, with a view of it for the exports to draw.
class ExportCancel : public testing::Test {
protected:
  static void SetUpTestSuite() {
    std::ostringstream out, err;
    built = new ExportedMap;
    built->inputs = prepareMap({kSample}, Streams{out, err, core::Lang::En});
    ASSERT_FALSE(built->inputs.failure) << err.str();
    const MapInputs& in = built->inputs;
    built->view = std::make_unique<MapView>(in.loaded.catalog, in.loaded.style, in.title, core::Lang::En,
                                            in.program.get(), in.terrainProgram.get());
  }
  static void TearDownTestSuite() {
    delete built;
    built = nullptr;
  }

  // Runs `pages` as the terminal does, the progress cancelled once `after` steps are done; returns how it ended.
  static ExitCode cancelAfter(PageExport& pages, std::size_t after) {
    core::Progress* self = nullptr;
    core::Progress progress([&](std::size_t done, std::size_t) {
      if (done == after) self->cancel();
    });
    self = &progress;
    std::ostringstream out, err;
    return runPageExport(pages, progress, core::Msg::CliDeckFailed, Streams{out, err, core::Lang::En});
  }

  static ExportedMap* built;
  test::ScopedDir dir;
};
ExportedMap* ExportCancel::built = nullptr;

TEST_F(ExportCancel, ADeckCancelledAfterTwoPagesLeavesTheOldFileAsItWas) {
  for (const char* name : {"briefing.pdf", "briefing.pptx"}) {
    const fs::path output = dir.path / name, temporary = dir.path / (std::string(name) + ".tmp");
    writeBytes(output, kOldBytes);
    const MapInputs& in = built->inputs;
    const SlideContext context{in.loaded, *built->view, in.program.get(), core::Lang::En, core::Date::today()};
    auto deck = DeckExport::open(context, in.loaded.slides, in.title, output, 320, 180);
    ASSERT_TRUE(deck) << deck.error().text(wm::core::Lang::En);
    EXPECT_EQ((*deck)->steps(), 10u);  // the cover and nine slides
    EXPECT_EQ(cancelAfter(**deck, 2), ExitCode::Cancelled) << name;
    EXPECT_EQ((*deck)->stepsDone(), 2u) << name;  // the cover and the first slide, then no more
    deck->reset();
    EXPECT_FALSE(fs::exists(temporary)) << name;
    EXPECT_EQ(bytesOf(output), kOldBytes) << name;
  }
}

TEST_F(ExportCancel, AnAtlasCancelledAfterTheCountyPageLeavesNoFile) {
  const fs::path output = dir.path / "atlas.pdf", temporary = dir.path / "atlas.pdf.tmp";
  const MapInputs& in = built->inputs;
  auto atlas = AtlasExport::open({in.loaded, *built->view, in.program.get(), core::Lang::En, in.title,
                                  analysis::asOfQuery(*core::Date::fromYmd(2022, 12, 31))},
                                 output);
  ASSERT_TRUE(atlas) << atlas.error().text(wm::core::Lang::En);
  ASSERT_GT((*atlas)->steps(), 2u);  // the county and its districts
  EXPECT_EQ(cancelAfter(**atlas, 1), ExitCode::Cancelled);
  EXPECT_EQ((*atlas)->stepsDone(), 1u);
  EXPECT_TRUE(fs::exists(temporary));  // cairo writes as it goes: the cancel came part way
  atlas->reset();
  EXPECT_FALSE(fs::exists(temporary));
  EXPECT_FALSE(fs::exists(output));
}

// `worksmap ARGS` with standard output on a pipe: SIGINT once it has printed its first page line. Returns the
// exit status and what it printed.
std::pair<int, std::string> interruptAfterFirstPage(std::vector<std::string> args) {
  int pipeEnds[2];
  if (::pipe(pipeEnds) != 0) return {-1, ""};
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], STDOUT_FILENO);
  posix_spawn_file_actions_addclose(&actions, pipeEnds[0]);
  args.insert(args.begin(), WORKSMAP_BINARY);
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  const int spawned = ::posix_spawn(&pid, WORKSMAP_BINARY, &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(pipeEnds[1]);
  if (spawned != 0) return {-1, ""};
  std::string printed;
  bool interrupted = false;
  char buffer[512];
  for (ssize_t n; (n = ::read(pipeEnds[0], buffer, sizeof buffer)) > 0;) {
    printed.append(buffer, static_cast<std::size_t>(n));
    if (!interrupted && printed.find("page 1/") != std::string::npos && printed.find('\n') != std::string::npos) {
      ::kill(pid, SIGINT);
      interrupted = true;
    }
  }
  ::close(pipeEnds[0]);
  int status = 0;
  ::waitpid(pid, &status, 0);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, printed};
}

TEST(ExportCtrlC, DeckAndAtlasInterruptedAfterTheirFirstPageLeaveNothingHalfWritten) {
  test::ScopedDir dir;
  ::setenv("WORKSMAP_LANG", "en", 1);
  const fs::path deck = dir.path / "briefing.pdf", atlas = dir.path / "atlas.pdf";
  writeBytes(deck, kOldBytes);
  auto [code, printed] = interruptAfterFirstPage({"deck", kSample, "-o", deck.string(), "--size", "1920x1080"});
  EXPECT_EQ(code, 5) << printed;  // cancelled
  EXPECT_EQ(printed.find("page 10/10"), std::string::npos) << printed;
  EXPECT_FALSE(fs::exists(dir.path / "briefing.pdf.tmp"));
  EXPECT_EQ(bytesOf(deck), kOldBytes);

  std::tie(code, printed) = interruptAfterFirstPage({"atlas", kSample, "-o", atlas.string(), "--as-of", "2022-12-31"});
  EXPECT_EQ(code, 5) << printed;
  EXPECT_FALSE(fs::exists(dir.path / "atlas.pdf.tmp"));
  EXPECT_FALSE(fs::exists(atlas));
}

}  // namespace
}  // namespace wm::app
