// worksmap-bench: load + report of generated counties against a bare OGR scan of the same files, each side in
// its own child process so wall time and peak memory (getrusage of the child) are measured alike.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <gdal_priv.h>

#include "analysis/district_progress.hpp"
#include "bare_scan.hpp"
#include "io/catalog_loader.hpp"
#include "report/report_writer.hpp"
#include "samplegen/county_generator.hpp"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

struct Measured {
  double seconds = 0;
  double peakMiB = 0;
  std::string detail;
};

// Runs `work` in a child process; the child reports its own timing line through a pipe.
template <typename Work>
Measured inChild(Work work) {
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

double since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

std::vector<std::string> shapefilesIn(const fs::path& dir) {
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".shp") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

void ensureCounty(const fs::path& dir, long works) {
  if (fs::exists(dir / "works_roads.shp")) return;
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

void benchCounty(const fs::path& dir, long works, unsigned threads) {
  ensureCounty(dir, works);
  auto files = shapefilesIn(dir);
  Measured bare = inChild([&] {
    GDALAllRegister();
    auto t0 = Clock::now();
    auto count = wm::bench::bareOgrScan(files, 4547);
    return fmt::format("{}|{} features, {} vertices", since(t0), count.features, count.vertices);
  });
  Measured ours = inChild([&] {
    auto t0 = Clock::now();
    auto sources = wm::io::requestFromSources({dir.string()});
    wm::io::LoadOptions options;
    options.threads = threads;
    auto catalog = wm::io::loadCatalog(sources.request, options);
    double load = since(t0);
    auto t1 = Clock::now();
    auto table = wm::analysis::computeProgress(catalog, *wm::analysis::yearQuery(2022));
    std::string csv = wm::report::writeCsv(table);
    double report = since(t1);
    return fmt::format("{}|load {:.2f} s + report {:.3f} s; {} projects, {} report rows, working CRS {}",
                       since(t0), load, report, catalog.projects.size(), table.rows.size(),
                       catalog.workingCrs.label());
  });
  std::cout << fmt::format("| {} | bare OGR scan + OGR reprojection (1 thread) | {:.2f} s | {:.0f} MiB | {} |\n",
                           works, bare.seconds, bare.peakMiB, bare.detail);
  std::cout << fmt::format("| {} | worksmap load + report ({} threads) | {:.2f} s | {:.0f} MiB | {} |\n", works,
                           threads, ours.seconds, ours.peakMiB, ours.detail);
  std::cout << fmt::format("| {} | ratio worksmap / bare | {:.2f}× | | |\n", works, ours.seconds / bare.seconds);
  std::cout.flush();
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"WorksMap benchmarks (figures for docs/performance.md)"};
  std::vector<long> sizes{10000, 100000, 1000000};
  std::string dataDir = "bench-data";
  unsigned threads = 2;
  auto* load = app.add_subcommand("load", "load + report of generated counties vs a bare OGR scan");
  load->add_option("--works", sizes, "works feature counts");
  load->add_option("--data-dir", dataDir, "where generated counties are kept (created when missing)");
  load->add_option("--threads", threads, "loader threads");
  app.require_subcommand(1);
  CLI11_PARSE(app, argc, argv);
  std::cout << "| works features | what | wall time | peak memory | detail |\n|---|---|---|---|---|\n";
  for (long n : sizes) benchCounty(fs::path(dataDir) / fmt::format("works-{}", n), n, threads);
  return 0;
}
