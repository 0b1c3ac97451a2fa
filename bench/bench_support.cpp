#include "bench_support.hpp"

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>

#include "samplegen/county_generator.hpp"

namespace wm::bench {

Measured inChildProcess(const std::function<std::string()>& work) {
  int fds[2];
  if (pipe(fds) != 0) return {};
  pid_t pid = fork();
  if (pid == 0) {
    close(fds[0]);
    std::string line = work();
    if (write(fds[1], line.data(), line.size()) < 0) _exit(1);
    _exit(0);
  }
  close(fds[1]);
  std::string text;
  char buffer[512];
  ssize_t n;
  while ((n = read(fds[0], buffer, sizeof buffer)) > 0) text.append(buffer, static_cast<std::size_t>(n));
  close(fds[0]);
  int status = 0;
  rusage usage{};
  wait4(pid, &status, 0, &usage);
  Measured m;
  m.peakMiB = static_cast<double>(usage.ru_maxrss) / 1024.0;
  auto bar = text.find('|');
  m.seconds = std::atof(text.substr(0, bar).c_str());
  m.detail = bar == std::string::npos ? "" : text.substr(bar + 1);
  return m;
}

ProcessRun runProcess(const std::vector<std::string>& argv) {
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  std::cout.flush();  // or the child's copy of the buffer is written again
  std::fflush(nullptr);
  auto t0 = Clock::now();
  pid_t pid = fork();
  if (pid == 0) {
    if (!freopen("/dev/null", "w", stdout) || !freopen("/dev/null", "w", stderr)) _exit(127);
    execvp(args[0], args.data());
    _exit(127);
  }
  int status = 0;
  rusage usage{};
  wait4(pid, &status, 0, &usage);
  ProcessRun r;
  r.seconds = since(t0);
  r.peakMiB = static_cast<double>(usage.ru_maxrss) / 1024.0;
  r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

void ensureCounty(const std::filesystem::path& dir, long works) {
  if (std::filesystem::exists(dir / "works_roads.shp")) return;
  std::cerr << "generating " << works << " works features in " << dir << " ...\n";
  wm::samplegen::BenchmarkOptions options;
  options.works = static_cast<std::size_t>(works);
  options.seed = 42;
  auto summary = wm::samplegen::generateBenchmarkCounty(dir, options);
  if (!summary) {
    std::cerr << summary.error().message << "\n";
    std::exit(1);
  }
}

}  // namespace wm::bench
