#include "samplegen/layer_content.hpp"

#include <utility>

namespace wm::samplegen {
namespace {

FieldSpec textField(const char* name, int width) { return {name, FieldType::String, width, 0}; }

LayerSchema baseSchema(const char* name, GeometryType geometry, std::vector<FieldSpec> fields) {
  return {name, geometry, LayerCrs::Geographic4490, TextEncoding::Utf8, std::move(fields)};
}

LayerContent namedLines(const char* layer, const std::vector<NamedLine>& lines, GeometryType geometry) {
  LayerContent content{baseSchema(layer, geometry, {textField("name", 40)}), {}};
  for (const NamedLine& line : lines) content.records.push_back({line.line, {line.name}});
  return content;
}

LayerContent districtLayer(const CountyLayout& layout) {
  LayerContent content{baseSchema("districts", GeometryType::Polygon, {textField("name", 40), textField("code", 12)}),
                       {}};
  for (const District& d : layout.districts) content.records.push_back({d.ring, {d.name, d.code}});
  return content;
}

LayerContent roadLayer(const CountyLayout& layout) {
  LayerContent content{baseSchema("roads", GeometryType::LineString, {textField("name", 60), textField("class", 12)}),
                       {}};
  for (const BaseRoad& road : layout.roads) {
    content.records.push_back({road.line, {road.name, std::string(roadClassName(road.roadClass))}});
  }
  return content;
}

}  // namespace

std::vector<LayerContent> sampleBaseLayers(const CountyLayout& layout) {
  std::vector<LayerContent> layers;
  LayerContent boundary{
      baseSchema("county_boundary", GeometryType::Polygon, {textField("name", 40), textField("code", 12)}), {}};
  boundary.records.push_back({layout.outline, {std::string(kCountyName), std::string("439901")}});
  layers.push_back(std::move(boundary));
  layers.push_back(districtLayer(layout));
  layers.push_back(roadLayer(layout));
  layers.push_back(namedLines("river", layout.rivers, GeometryType::LineString));
  layers.push_back(namedLines("lake", {layout.lake}, GeometryType::Polygon));
  layers.push_back(namedLines("railway", {layout.railway}, GeometryType::LineString));
  layers.push_back(namedLines("station", {{layout.stationName, {layout.station}}}, GeometryType::Point));
  return layers;
}

std::vector<LayerContent> benchmarkBaseLayers(const CountyLayout& layout) {
  std::vector<LayerContent> layers;
  layers.push_back(districtLayer(layout));
  layers.push_back(roadLayer(layout));
  return layers;
}

LayerContent worksLayer(WorksKind kind, WorksFlavour flavour, const std::vector<WorksProject>& projects,
                        const CountyLayout& layout) {
  LayerContent content{worksSchema(kind, flavour), {}};
  for (const WorksProject& p : projects) {
    if (p.kind != kind) continue;
    content.records.emplace_back();
    fillWorksRecord(p, layout.districts, content.records.back());
  }
  return content;
}

std::string encodingLabel(const LayerSchema& schema, bool shapefile) {
  return shapefile && schema.encoding == TextEncoding::Gbk ? "GBK, undeclared" : "UTF-8";
}

Status writeLayers(VectorFile& file, const std::vector<LayerContent>& layers,
                   const std::filesystem::path& finalLocation, SummaryPath summaryPath,
                   std::vector<LayerSummary>& summaries) {
  for (const LayerContent& layer : layers) {
    auto writer = file.addLayer(layer.schema);
    if (!writer) return writer.error();
    for (const FeatureRecord& record : layer.records) {
      if (Status written = (*writer)->write(record); !written) return written;
    }
    bool shapefile = summaryPath == SummaryPath::ShapefileInDirectory;
    summaries.push_back({shapefile ? finalLocation / (layer.schema.name + ".shp") : finalLocation, layer.schema.name,
                         (*writer)->featureCount(), (*writer)->vertexCount(), epsgOf(layer.schema.crs),
                         encodingLabel(layer.schema, shapefile)});
  }
  return std::monostate{};
}

}  // namespace wm::samplegen
