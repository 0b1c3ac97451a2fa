// The sample county: layout, register, shapefiles, GeoPackage, DEM and README, staged then moved into place.
#include "samplegen/county_generator.hpp"

#include <chrono>
#include <fstream>

#include <fmt/format.h>

#include "samplegen/county_layout.hpp"
#include "samplegen/dem_writer.hpp"
#include "samplegen/district_grid.hpp"
#include "samplegen/gdal_scope.hpp"
#include "samplegen/imagery_writer.hpp"
#include "samplegen/layer_content.hpp"
#include "samplegen/readme_writer.hpp"
#include "samplegen/sample_ledgers.hpp"
#include "samplegen/sample_projects.hpp"
#include "samplegen/staged_output.hpp"

namespace wm::samplegen {
namespace fs = std::filesystem;

namespace {

constexpr std::uint64_t kTownshipRoadSeed = 0x53484C49'00000002ull;
constexpr int kSampleTownshipRoads = 36;

Result<std::vector<LayerContent>> sampleLayers(CountyLayout& layout, std::vector<WorksProject>& projectsOut) {
  DistrictGrid grid(layout, 50.0);
  Random roadRandom(kTownshipRoadSeed);
  addTownshipRoads(layout, grid, roadRandom, kSampleTownshipRoads, false);
  auto projects = sampleProjects(layout, grid);
  if (!projects) return projects.error();
  std::vector<LayerContent> layers = sampleBaseLayers(layout);
  for (WorksKind kind : {WorksKind::Road, WorksKind::Park, WorksKind::Parking, WorksKind::Sewer}) {
    layers.push_back(worksLayer(kind, WorksFlavour::Sample, *projects, layout));
  }
  projectsOut = std::move(*projects);
  return layers;
}

Status writeShapefiles(const StagedOutput& out, const std::vector<LayerContent>& layers,
                       std::vector<LayerSummary>& summaries) {
  auto file = VectorFile::create(VectorFile::Format::ShapefileDirectory, out.staging() / "county");
  if (!file) return file.error();
  if (Status s = writeLayers(*file, layers, out.outDir() / "county", SummaryPath::ShapefileInDirectory, summaries);
      !s) {
    return s;
  }
  if (Status s = file->close(); !s) return s;
  for (const LayerContent& layer : layers) {
    if (layer.schema.encoding != TextEncoding::Gbk) continue;
    if (Status s = stripEncodingMarks(out.staging() / "county" / (layer.schema.name + ".shp")); !s) return s;
  }
  return std::monostate{};
}

Status writeGeoPackage(const StagedOutput& out, const std::vector<LayerContent>& layers,
                       std::vector<LayerSummary>& summaries) {
  auto file = VectorFile::create(VectorFile::Format::GeoPackage, out.staging() / "county.gpkg");
  if (!file) return file.error();
  if (Status s = writeLayers(*file, layers, out.outDir() / "county.gpkg", SummaryPath::File, summaries); !s) return s;
  return file->close();
}

Status writeText(const fs::path& path, const std::string& text) {
  std::ofstream stream(path, std::ios::binary);
  stream << text;
  stream.close();
  if (!stream) return Failure{"cannot write " + path.string()};
  return std::monostate{};
}

}  // namespace

Result<GenerateSummary> generateSampleCounty(const fs::path& outDir) {
  auto started = std::chrono::steady_clock::now();
  GdalWriteScope gdal;
  auto out = StagedOutput::open(outDir);
  if (!out) return out.error();
  CountyLayout layout = buildCountyLayout();
  std::vector<WorksProject> projects;
  auto layers = sampleLayers(layout, projects);
  if (!layers) return layers.error();
  GenerateSummary summary;
  if (Status s = writeShapefiles(*out, *layers, summary.layers); !s) return s.error();
  std::vector<LayerSummary> shapefileLayers = summary.layers;
  if (Status s = writeGeoPackage(*out, *layers, summary.layers); !s) return s.error();
  auto dem = writeDem(out->staging() / "dem.tif", layout);
  if (!dem) return dem.error();
  summary.notes.push_back(fmt::format("dem.tif: {} x {} cells of {:.0f} m, EPSG:4547, elevations {:.1f} to {:.1f} m",
                                      dem->cols, dem->rows, dem->cellSize, dem->minElevation, dem->maxElevation));
  auto imagery = writeImagery(out->staging() / "imagery.mbtiles", layout);
  if (!imagery) return imagery.error();
  if (Status s = writeText(out->staging() / "sample-county-imagery.worksmap.toml", kImageryWorkspace); !s)
    return s.error();
  summary.notes.push_back(
      fmt::format("imagery.mbtiles: {} JPEG tiles, zoom levels {} to {}, EPSG:3857; "
                  "sample-county-imagery.worksmap.toml draws the county over it",
                  imagery->tiles, imagery->minZoom, imagery->maxZoom));
  auto ledgers = writeSampleLedgers(out->staging() / "ledger", projects, layout);
  if (!ledgers) return ledgers.error();
  summary.notes.push_back(
      "ledger/: 停车场台账.xlsx, 城建项目台账.xlsx (sheets 道路, 游园, 污水), ledger-join.worksmap.toml");
  if (Status s = writeText(out->staging() / "README.md", sampleReadme(shapefileLayers, *dem, *imagery)); !s)
    return s.error();
  return finishSummary(*out, std::move(summary), started);
}

}  // namespace wm::samplegen
