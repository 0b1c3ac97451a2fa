// worksmap-bench first-frame: how long the window takes from starting `worksmap SOURCE` to its first frame
// drawn with the desk (issue 4: time to first interactive frame), read as the moment its --state-file first
// appears (the viewer writes it right after that frame). Needs a display (run under xvfb-run).
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <thread>
#include <vector>

#include <fmt/format.h>

#include "bench_support.hpp"

namespace wm::bench {
namespace {

namespace fs = std::filesystem;

// Seconds until `stateFile` exists, or a negative number when the viewer ended or took over two minutes.
double untilFirstFrame(const std::string& source, const fs::path& stateFile, const fs::path& configDir) {
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
  double seconds = -1;
  while (since(t0) < 120) {
    if (fs::exists(stateFile)) {
      seconds = since(t0);
      break;
    }
    if (int status = 0; waitpid(pid, &status, WNOHANG) == pid) {
      std::cerr << fmt::format("the viewer ended before its first frame (status {}); its messages are in {}\n",
                               status, (configDir.parent_path() / "viewer.log").string());
      return -1;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  kill(pid, SIGTERM);
  waitpid(pid, nullptr, 0);
  return seconds;
}

}  // namespace

void benchFirstFrame(const std::string& source, const std::string& label) {
  static int calls = 0;
  fs::path dir = fs::temp_directory_path() / fmt::format("worksmap-first-frame-{}-{}", getpid(), calls++);
  fs::create_directories(dir);
  std::vector<double> runs;
  for (int i = 0; i < 3; ++i) {
    // A pause between runs: Xvfb refuses a new GL window now and then right after the last one was killed.
    if (i > 0) std::this_thread::sleep_for(std::chrono::seconds(1));
    runs.push_back(untilFirstFrame(source, dir / "state.json", dir / "config"));
  }
  if (std::find(runs.begin(), runs.end(), -1.0) == runs.end()) fs::remove_all(dir);
  std::cout << fmt::format("| {} | {:.2f} s | {:.2f} s | {:.2f} s |\n", label, runs[0], runs[1], runs[2]);
  std::cout.flush();
}

}  // namespace wm::bench
