// worksmap-bench render: the whole `worksmap render` process against QGIS rendering the same files headless
// (the reference script qgis_render.py, given with --qgis), 1920×1080 PNG of the whole county, each side a
// child process (wall time and peak RSS from wait4) in the same run.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <vector>

#include <fmt/format.h>

#include "bench_support.hpp"

namespace wm::bench {
namespace {

struct Run {
  double seconds = -1;
  double peakMiB = 0;
  int status = -1;
};

Run runProcess(const std::vector<std::string>& argv) {
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  std::cout.flush();  // or the child's copy of the buffer is written again
  std::fflush(nullptr);
  auto t0 = Clock::now();
  pid_t pid = fork();
  if (pid == 0) {
    // The commands' own output is not part of the table.
    if (!freopen("/dev/null", "w", stdout) || !freopen("/dev/null", "w", stderr)) _exit(127);
    execvp(args[0], args.data());
    _exit(127);
  }
  int status = 0;
  rusage usage{};
  wait4(pid, &status, 0, &usage);
  Run r;
  r.seconds = since(t0);
  r.peakMiB = static_cast<double>(usage.ru_maxrss) / 1024.0;
  r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

}  // namespace

void benchRender(const std::filesystem::path& dir, long works, const std::string& qgisScript) {
  ensureCounty(dir, works);
  Run ours = runProcess({WORKSMAP_BINARY, "render", dir.string(), "-o", "/tmp/worksmap-bench-render.png", "--size",
                         "1920x1080", "--as-of", "2023-06-30"});
  std::cout << fmt::format("| {} | worksmap render (whole process) | {:.2f} s | {:.0f} MiB | exit {} |\n", works,
                           ours.seconds, ours.peakMiB, ours.status);
  if (qgisScript.empty()) return;
  // Debian's interpreter: the one python3-qgis is installed for (a user's PATH may put another first).
  Run qgis = runProcess({"/usr/bin/python3", qgisScript, dir.string(), "--width", "1920", "--height", "1080", "--out",
                         "/tmp/worksmap-bench-qgis.png"});
  std::cout << fmt::format("| {} | QGIS headless (qgis_render.py, whole process) | {:.2f} s | {:.0f} MiB | exit {} |\n",
                           works, qgis.seconds, qgis.peakMiB, qgis.status);
  std::cout << fmt::format("| {} | QGIS / worksmap | {:.2f}× | | |\n", works, qgis.seconds / ours.seconds);
  std::cout.flush();
}

}  // namespace wm::bench
