#pragma once
// Whole layers held in memory (the sample county is small) and written to any VectorFile.
#include <string>
#include <vector>

#include "samplegen/county_generator.hpp"
#include "samplegen/county_layout.hpp"
#include "samplegen/vector_file.hpp"
#include "samplegen/works_layers.hpp"

namespace wm::samplegen {

struct LayerContent {
  LayerSchema schema;
  std::vector<FeatureRecord> records;
};

/// county_boundary, districts, roads, river, lake, railway, station: UTF-8, EPSG:4490.
std::vector<LayerContent> sampleBaseLayers(const CountyLayout& layout);
/// districts and roads only, for the benchmark counties.
std::vector<LayerContent> benchmarkBaseLayers(const CountyLayout& layout);
LayerContent worksLayer(WorksKind kind, WorksFlavour flavour, const std::vector<WorksProject>& projects,
                        const CountyLayout& layout);

/// Where the summaries say a layer went: finalLocation itself (a GeoPackage), or for a shapefile directory
/// finalLocation/<layer>.shp.
enum class SummaryPath { File, ShapefileInDirectory };

/// Adds every layer to the file, writes its features, and appends one summary per layer.
Status writeLayers(VectorFile& file, const std::vector<LayerContent>& layers,
                   const std::filesystem::path& finalLocation, SummaryPath summaryPath,
                   std::vector<LayerSummary>& summaries);

/// "UTF-8" or "GBK, undeclared" for the summary of a shapefile layer; GeoPackages are always UTF-8.
std::string encodingLabel(const LayerSchema& schema, bool shapefile);

}  // namespace wm::samplegen
