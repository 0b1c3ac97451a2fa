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
#include "bench_support.hpp"
#include "io/catalog_loader.hpp"
#include "report/report_writer.hpp"
#include "samplegen/county_generator.hpp"

namespace fs = std::filesystem;
using wm::bench::Clock;
using wm::bench::ensureCounty;
using wm::bench::inChild;
using wm::bench::Measured;
using wm::bench::since;

namespace {

std::vector<std::string> shapefilesIn(const fs::path& dir) {
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".shp") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  return files;
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
    return fmt::format("{}|load {:.2f} s + report {:.3f} s; {} projects, {} report rows, working CRS {}", since(t0),
                       load, report, catalog.projects.size(), table.rows.size(), catalog.workingCrs.label());
  });
  std::cout << fmt::format("| {} | bare OGR scan + OGR reprojection (1 thread) | {:.2f} s | {:.0f} MiB | {} |\n", works,
                           bare.seconds, bare.peakMiB, bare.detail);
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
  auto* frames = app.add_subcommand("frames",
                                    "scene build, frame times (2D/3D, whole county and zoomed in) and "
                                    "the cost of an as-of change, 1920x1080 offscreen");
  frames->add_option("--works", sizes, "works feature counts");
  frames->add_option("--data-dir", dataDir, "where generated counties are kept (created when missing)");
  std::string snapshots;
  frames->add_option("--snapshot", snapshots, "a folder: the flight's destination (3D town) written there as a PNG");
  auto* render = app.add_subcommand("render", "the whole worksmap render process against QGIS headless, 1920x1080");
  std::string qgisScript;
  render->add_option("--works", sizes, "works feature counts");
  render->add_option("--data-dir", dataDir, "where generated counties are kept (created when missing)");
  render->add_option("--qgis", qgisScript, "path of qgis_render.py (needs the qgis and python3-qgis packages)");
  auto* pick = app.add_subcommand("pick", "picking the project under a point: works index build and pick latency");
  pick->add_option("--works", sizes, "works feature counts");
  pick->add_option("--data-dir", dataDir, "where generated counties are kept (created when missing)");
  auto* firstFrame =
      app.add_subcommand("first-frame", "the window's time from start to its first frame (needs a display)");
  firstFrame->add_option("--works", sizes, "works feature counts (the bundled sample county is measured too)");
  firstFrame->add_option("--data-dir", dataDir, "where generated counties are kept (created when missing)");
  auto* basemap = app.add_subcommand("basemap", "reading one view of a tile-set basemap (MBTiles), 1920x1080");
  std::string basemapWorkspace = std::string(WORKSMAP_GEODATA) + "/sample-county-imagery.worksmap.toml";
  basemap->add_option("--workspace", basemapWorkspace, "a workspace whose basemap is a tile set");
  auto* video = app.add_subcommand("video", "worksmap animate: a 12-month video at 1280x720, and its frames' parts");
  video->add_option("--works", sizes, "works feature counts (the bundled sample county is measured too)");
  video->add_option("--data-dir", dataDir, "where generated counties are kept (created when missing)");
  app.require_subcommand(1);
  CLI11_PARSE(app, argc, argv);
  if (*render) {
    std::cout << "| works features | what | wall time | peak memory | detail |\n|---|---|---|---|---|\n";
    for (long n : sizes) wm::bench::benchRender(fs::path(dataDir) / fmt::format("works-{}", n), n, qgisScript);
    return 0;
  }
  if (*firstFrame) {
    std::cout << "| source | run 1 | run 2 | run 3 |\n|---|---|---|---|\n";
    wm::bench::benchFirstFrame(WORKSMAP_GEODATA, "sample county (geodata/)");
    for (long n : sizes) {
      fs::path dir = fs::path(dataDir) / fmt::format("works-{}", n);
      wm::bench::ensureCounty(dir, n);
      wm::bench::benchFirstFrame(dir.string(), fmt::format("{} works features", n));
    }
    return 0;
  }
  if (*video) {
    std::cout << "| county | what | wall time | peak memory | detail |\n|---|---|---|---|---|\n";
    wm::bench::benchVideo(std::string(WORKSMAP_GEODATA) + "/sample-county.worksmap.toml", "sample county", "2022-01-01",
                          "2022-12-31");
    // The same layers without the workspace: no DEM, whose relief mesh the plan view draws under the map.
    wm::bench::benchVideo(std::string(WORKSMAP_GEODATA) + "/county", "sample county's layers (geodata/county)",
                          "2022-01-01", "2022-12-31");
    for (long n : sizes) {
      fs::path dir = fs::path(dataDir) / fmt::format("works-{}", n);
      wm::bench::ensureCounty(dir, n);
      wm::bench::benchVideo(dir.string(), fmt::format("{} works features", n), "2022-07-01", "2023-06-30");
    }
    return 0;
  }
  if (*basemap) {
    wm::bench::benchBasemap(basemapWorkspace);
    return 0;
  }
  if (*pick) {
    for (long n : sizes) wm::bench::benchPick(fs::path(dataDir) / fmt::format("works-{}", n), n);
    return 0;
  }
  if (*frames) {
    for (long n : sizes) wm::bench::benchFrames(fs::path(dataDir) / fmt::format("works-{}", n), n, snapshots);
    return 0;
  }
  std::cout << "| works features | what | wall time | peak memory | detail |\n|---|---|---|---|---|\n";
  for (long n : sizes) benchCounty(fs::path(dataDir) / fmt::format("works-{}", n), n, threads);
  return 0;
}
