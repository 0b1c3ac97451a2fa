// worksmap-bench pick: how long picking the project under the cursor takes on a generated county (docs/design.md §5.5:
// under 1 ms at 1M features), with the works index it uses built first.
#include <algorithm>
#include <iostream>
#include <random>
#include <vector>

#include <fmt/format.h>

#include "analysis/status_at_date.hpp"
#include "app/load_sources.hpp"
#include "bench_support.hpp"
#include "scene/project_picker.hpp"

namespace wm::bench {
namespace {

std::string measure(const std::filesystem::path& dir) {
  io::LoadOptions options;
  options.measure = false;
  app::Loaded loaded = app::loadSources({dir.string()}, domain::builtInMapStyle(), options);
  const domain::Catalog& catalog = loaded.catalog;
  if (catalog.projects.empty()) return "0|no projects";
  auto t0 = Clock::now();
  scene::WorksIndex index = scene::pickingIndex(catalog, 2);
  double build = since(t0);
  // As the window asks: visible at the as-of date with every kind and status shown; 5 px at 2 m a pixel.
  core::Date asOf = *core::Date::fromYmd(2023, 6, 30);
  const std::uint32_t kindMask = (1u << domain::kKindCount) - 1, statusMask = (1u << domain::kStatusCount) - 1;
  auto visible = [&](std::uint32_t p) {
    const domain::Project& project = catalog.projects[p];
    auto status = static_cast<unsigned>(analysis::statusAt(project, asOf));
    return (kindMask >> static_cast<unsigned>(project.kind) & 1u) != 0 && (statusMask >> status & 1u) != 0;
  };
  constexpr double kTolerance = 10;
  // Points near the works: a vertex of a random project, moved up to 8 m.
  std::mt19937 random(3);
  std::uniform_int_distribution<std::size_t> anyProject(0, catalog.projects.size() - 1);
  std::uniform_real_distribution<double> offset(-8, 8);
  std::vector<double> micros;
  std::size_t hits = 0;
  for (int i = 0; i < 20000; ++i) {
    const domain::Project& p = catalog.projects[anyProject(random)];
    const geo::GeometryStore& g = catalog.layers[p.layer].geometry;
    std::uint32_t v = g.firstVertex(g.firstPart(p.feature));
    double x = g.x[v] + offset(random), y = g.y[v] + offset(random);
    auto p0 = Clock::now();
    auto hit = scene::pickProject(catalog, index, x, y, kTolerance, visible);
    micros.push_back(since(p0) * 1e6);
    hits += hit.has_value();
  }
  std::sort(micros.begin(), micros.end());
  return fmt::format(
      "0|picking index ({} entries) built in {:.2f} s; 20000 picks within {} m of a work: median {:.1f} µs, "
      "99th percentile {:.1f} µs, slowest {:.1f} µs; {} found a project",
      index.size(), build, kTolerance, micros[micros.size() / 2], micros[micros.size() * 99 / 100], micros.back(),
      hits);
}

}  // namespace

void benchPick(const std::filesystem::path& dir, long works) {
  ensureCounty(dir, works);
  Measured m = inChild([&] { return measure(dir); });
  std::cout << fmt::format("- {} works features: {} (peak RSS {:.0f} MiB)\n", works, m.detail, m.peakMiB);
  std::cout.flush();
}

}  // namespace wm::bench
