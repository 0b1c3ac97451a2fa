// Benchmark counties: the sample's districts, a few thousand base roads and N works features streamed to
// shapefiles one at a time.
#include <algorithm>
#include <chrono>

#include "samplegen/benchmark_works.hpp"
#include "samplegen/county_generator.hpp"
#include "samplegen/gdal_scope.hpp"
#include "samplegen/layer_content.hpp"
#include "samplegen/sample_projects.hpp"
#include "samplegen/staged_output.hpp"

namespace wm::samplegen {
namespace {

constexpr int kBenchmarkTownshipRoads = 3000;

struct Quota {
  WorksKind kind;
  std::size_t count;
};

// 35 % roads, 25 % parks, 15 % parking, the rest (25 %) sewer.
std::vector<Quota> quotasFor(std::size_t works) {
  std::size_t roads = works * 35 / 100;
  std::size_t parks = works * 25 / 100;
  std::size_t parking = works * 15 / 100;
  return {{WorksKind::Road, roads},
          {WorksKind::Park, parks},
          {WorksKind::Parking, parking},
          {WorksKind::Sewer, works - roads - parks - parking}};
}

Status streamWorks(VectorFile& file, const Quota& quota, BenchmarkWorks& works, const CountyLayout& layout,
                   const std::filesystem::path& finalDir, std::vector<LayerSummary>& summaries) {
  LayerSchema schema = worksSchema(quota.kind, WorksFlavour::Benchmark);
  auto writer = file.addLayer(schema);
  if (!writer) return writer.error();
  WorksProject project;
  FeatureRecord record;
  for (std::size_t i = 0; i < quota.count; ++i) {
    works.next(quota.kind, i + 1, project);
    fillWorksRecord(project, layout.districts, record);
    if (Status s = (*writer)->write(record); !s) return s;
  }
  summaries.push_back({finalDir / (schema.name + ".shp"), schema.name, (*writer)->featureCount(),
                       (*writer)->vertexCount(), epsgOf(schema.crs), encodingLabel(schema, true)});
  return std::monostate{};
}

}  // namespace

Result<GenerateSummary> generateBenchmarkCounty(const std::filesystem::path& outDir, const BenchmarkOptions& options) {
  auto started = std::chrono::steady_clock::now();
  GdalWriteScope gdal;
  auto out = StagedOutput::open(outDir);
  if (!out) return out.error();
  CountyLayout layout = buildCountyLayout();
  DistrictGrid grid(layout, 50.0);
  Random root(options.seed);
  Random roadRandom = root.fork(1);
  addTownshipRoads(layout, grid, roadRandom, kBenchmarkTownshipRoads, true);

  GenerateSummary summary;
  auto file = VectorFile::create(VectorFile::Format::ShapefileDirectory, out->staging());
  if (!file) return file.error();
  if (Status s =
          writeLayers(*file, benchmarkBaseLayers(layout), outDir, SummaryPath::ShapefileInDirectory, summary.layers);
      !s) {
    return s.error();
  }
  BenchmarkWorks works(layout, grid, root.fork(2));
  for (const Quota& quota : quotasFor(options.works)) {
    if (Status s = streamWorks(*file, quota, works, layout, outDir, summary.layers); !s) return s.error();
  }
  if (Status s = file->close(); !s) return s.error();
  return finishSummary(*out, std::move(summary), started);
}

}  // namespace wm::samplegen
