// worksmap-gencounty: writes the bundled sample county or a benchmark county.
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "samplegen/county_generator.hpp"

namespace {

void printSummary(const wm::samplegen::GenerateSummary& summary) {
  std::size_t features = 0;
  std::size_t vertices = 0;
  for (const auto& layer : summary.layers) {
    fmt::print("  {:<40} {:<16} {:>9} features {:>10} vertices  EPSG:{}  {}\n",
               layer.file.lexically_relative(summary.outDir).string(), layer.layer, layer.features, layer.vertices,
               layer.epsg, layer.encoding);
    if (layer.layer.rfind("works_", 0) == 0 && layer.file.extension() == ".shp") {
      features += layer.features;
      vertices += layer.vertices;
    }
  }
  for (const auto& note : summary.notes) fmt::print("  {}\n", note);
  fmt::print("Wrote {} files, {:.1f} MB, to {} in {:.1f} s; works shapefiles: {} features, {} vertices.\n",
             summary.files.size(), static_cast<double>(summary.bytes) / (1024.0 * 1024.0), summary.outDir.string(),
             summary.seconds, features, vertices);
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "Writes the fictional sample county 示例县 (--sample) or a benchmark county with N works (--works N).\n"
      "Exit codes: 0 written, 1 generation failed, 2 bad command line."};
  bool sample = false;
  std::size_t works = 0;
  std::uint64_t seed = 1;
  std::string outDir;
  auto* sampleFlag = app.add_flag("--sample", sample, "write the bundled sample county (shapefiles, GeoPackage, DEM)");
  auto* worksOption = app.add_option("--works", works, "write a benchmark county with N works features in total")
                          ->check(CLI::Range(std::size_t{1}, std::size_t{100000000}));
  sampleFlag->excludes(worksOption);
  app.add_option("--seed", seed, "random seed of a benchmark county")->needs(worksOption);
  app.add_option("--out", outDir, "output directory (created; files in it are replaced)")->required();
  try {
    app.parse(argc, argv);
    if (!sample && works == 0) throw CLI::RequiredError("--sample or --works");
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  auto result = sample ? wm::samplegen::generateSampleCounty(outDir)
                       : wm::samplegen::generateBenchmarkCounty(outDir, {works, seed});
  if (!result) {
    fmt::print(stderr, "worksmap-gencounty: {}\n", result.error().message);
    return 1;
  }
  printSummary(*result);
  return 0;
}
