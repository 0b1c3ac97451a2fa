// worksmap-bench first-frame: how long the window takes from starting `worksmap SOURCE` to its first frame
// (the loading window, drawn while the sources load on a worker thread) and to its first frame with the map and
// the desk (issue 4: time to first interactive frame). Read from its --state-file, which the viewer rewrites
// after each frame: a `"loading":true` line while loading, the desk's state (with "width") once the map is up.
// Needs a display (run under xvfb-run).
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <thread>
#include <vector>

#include <fmt/format.h>

#include "bench_support.hpp"

namespace wm::bench {
namespace {

namespace fs = std::filesystem;

struct FirstFrames {
  double window = -1;      ///< seconds to the first frame (the loading window); negative: none
  double desk = -1;        ///< seconds to the first frame with the map and the desk; negative: none
  long loadingFrames = 0;  ///< frames the window drew while loading (the last loading line's uiFrames)
};

std::string readAll(const fs::path& path) {
  std::ifstream in(path);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The times to the first frames, negative when the viewer ended or took over two minutes.
FirstFrames untilFirstFrames(const std::string& source, const fs::path& stateFile, const fs::path& configDir) {
  fs::remove(stateFile);
  std::cout.flush();
  std::fflush(nullptr);
  auto t0 = Clock::now();
  pid_t pid = fork();
  if (pid == 0) {
    std::string log = (configDir.parent_path() / "viewer.log").string();
    if (!freopen("/dev/null", "w", stdout) || !freopen(log.c_str(), "a", stderr)) _exit(127);
    setenv("WORKSMAP_CONFIG_DIR", configDir.c_str(), 1);  // not the user's layout or last sources
    std::string state = stateFile.string();
    execl(WORKSMAP_BINARY, WORKSMAP_BINARY, source.c_str(), "--state-file", state.c_str(), nullptr);
    _exit(127);
  }
  FirstFrames out;
  while (since(t0) < 120) {
    if (fs::exists(stateFile)) {
      if (out.window < 0) out.window = since(t0);
      const std::string line = readAll(stateFile);
      if (line.find("\"width\"") != std::string::npos) {
        out.desk = since(t0);
        break;
      }
      if (auto at = line.find("\"uiFrames\":"); at != std::string::npos)
        out.loadingFrames = std::strtol(line.c_str() + at + 11, nullptr, 10);
    }
    if (int status = 0; waitpid(pid, &status, WNOHANG) == pid) {
      std::cerr << fmt::format("the viewer ended before its first frame (status {}); its messages are in {}\n", status,
                               (configDir.parent_path() / "viewer.log").string());
      return {};
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  kill(pid, SIGTERM);
  waitpid(pid, nullptr, 0);
  return out;
}

}  // namespace

void benchFirstFrame(const std::string& source, const std::string& label) {
  static int calls = 0;
  fs::path dir = fs::temp_directory_path() / fmt::format("worksmap-first-frame-{}-{}", getpid(), calls++);
  fs::create_directories(dir);
  std::vector<FirstFrames> runs;
  for (int i = 0; i < 3; ++i) {
    // A pause between runs: Xvfb refuses a new GL window now and then right after the last one was killed.
    if (i > 0) std::this_thread::sleep_for(std::chrono::seconds(1));
    runs.push_back(untilFirstFrames(source, dir / "state.json", dir / "config"));
  }
  if (std::none_of(runs.begin(), runs.end(), [](const FirstFrames& r) { return r.desk < 0; })) fs::remove_all(dir);
  // Per run: window's first frame / map with the desk (frames drawn while loading).
  std::string cells;
  for (const FirstFrames& r : runs)
    cells += fmt::format(" {:.2f} s / {:.2f} s ({} frames) |", r.window, r.desk, r.loadingFrames);
  std::cout << fmt::format("| {} |{}\n", label, cells);
  std::cout.flush();
}

}  // namespace wm::bench
