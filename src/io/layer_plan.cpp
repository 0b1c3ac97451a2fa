#include "io/layer_plan.hpp"

#include <algorithm>
#include <filesystem>
#include <memory>

#include <cpl_string.h>
#include <fmt/format.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "core/text.hpp"
#include "io/coded_values.hpp"
#include "io/datum_hint.hpp"
#include "io/encoding_detection.hpp"
#include "io/gdal_dataset.hpp"
#include "io/gdal_error_capture.hpp"
#include "io/gdal_session.hpp"
#include "io/ledger_reader.hpp"
#include "io/shapefile_sidecars.hpp"

namespace wm::io {
namespace {

using core::Diagnostic;
using core::Msg;

int findColumn(OGRFeatureDefn* defn, const std::string& wanted) {
  for (int i = 0; i < defn->GetFieldCount(); ++i)
    if (core::asciiLower(defn->GetFieldDefn(i)->GetNameRef()) == core::asciiLower(wanted)) return i;
  return -1;
}

// Raw string values of the first features, read with recoding switched off, for encoding detection.
std::vector<std::string> sampleRawStrings(const std::string& path, int layerIndex) {
  std::vector<std::string> samples;
  DatasetPtr raw = openVector(path, "");
  if (!raw) return samples;
  OGRLayer* layer = raw->GetLayer(layerIndex);
  OGRFeatureDefn* defn = layer->GetLayerDefn();
  std::vector<int> stringColumns;
  for (int i = 0; i < defn->GetFieldCount(); ++i) {
    if (defn->GetFieldDefn(i)->GetType() == OFTString) stringColumns.push_back(i);
    if (const char* column = defn->GetFieldDefn(i)->GetNameRef(); core::hasNonAscii(column))
      samples.emplace_back(column);
  }
  if (stringColumns.empty()) return samples;
  layer->ResetReading();
  for (int n = 0; n < 2000; ++n) {
    std::unique_ptr<OGRFeature> f(layer->GetNextFeature());
    if (!f) break;
    for (int c : stringColumns)
      if (f->IsFieldSetAndNotNull(c))
        if (const char* v = f->GetFieldAsString(c); v && core::hasNonAscii(v)) samples.emplace_back(v);
  }
  return samples;
}

void decideShapefileEncoding(LayerPlan& plan, const ShapefileSidecars& sidecars, const LayerRequest& request,
                             Plan& out) {
  DeclaredEncoding declared;
  declared.cpg = sidecars.cpg;
  declared.ldid = sidecars.ldid;
  declared.userOverride = request.encoding;
  EncodingDecision d = decideEncoding(declared, sampleRawStrings(plan.openPath, plan.layerIndex));
  plan.encoding = d.encoding;
  plan.encodingLabel = d.encoding;
  plan.encodingHow.source = d.source;
  if (d.source == EncodingSource::Ldid) plan.encodingHow.ldid = static_cast<std::uint8_t>(sidecars.ldid);
  if (d.mismatch)
    out.problems.add(
        Diagnostic::warning(Msg::EncodingCpgMismatch, {d.declared, d.encoding}).inLayer(plan.display, plan.layerName));
  if (d.undetermined)
    out.problems.add(Diagnostic::warning(Msg::EncodingUndetermined).inLayer(plan.display, plan.layerName));
}

bool decideCrs(LayerPlan& plan, OGRLayer* layer, const LayerRequest& request, Plan& out) {
  // A register without coordinates (a ledger, an attribute table): nothing to place, any lon/lat CRS will do.
  if (plan.role == domain::LayerRole::Works && plan.extent.empty()) {
    plan.crs = *geo::Crs::fromDefinition("EPSG:4490");
    plan.rowsWithoutGeometry = true;
    return true;
  }
  std::string definition = request.crs;
  if (definition.empty() && !request.ignoreOwnCrs) {
    if (const OGRSpatialReference* srs = layer->GetSpatialRef()) {
      char* wkt = nullptr;
      const char* options[] = {"FORMAT=WKT2_2019", nullptr};
      if (srs->exportToWkt(&wkt, options) == OGRERR_NONE && wkt) definition = wkt;
      CPLFree(wkt);
    }
  }
  if (!definition.empty()) {
    auto crs = geo::Crs::fromDefinition(definition);
    if (!crs) {
      const std::string named = request.crs.empty() ? std::string("(.prj)") : request.crs;
      out.problems.add(
          Diagnostic::error(Msg::CrsInvalid, {named, crs.error().asArg()}).inLayer(plan.display, plan.layerName));
      return false;
    }
    plan.crs = *crs;
    return true;
  }
  auto inferred = geo::inferCrsFromExtent(plan.extent);
  const geo::Extent& e = plan.extent;
  if (!inferred && !e.empty() && e.minX >= -180 && e.maxX <= 180 && e.minY >= -90 && e.maxY <= 90) {
    // Longitude and latitude outside China: WGS 84, as GIS software takes them, with a note saying so.
    plan.crs = *geo::Crs::fromDefinition("EPSG:4326");
    plan.crsInferred = true;
    out.problems.add(Diagnostic::warning(Msg::CrsAssumedWgs84).inLayer(plan.display, plan.layerName));
    return true;
  }
  if (!inferred) {
    if (plan.featureCount == 0) return false;  // reported as an empty layer
    if (e.empty()) {  // features without any geometry: each is reported when read; nothing to place
      plan.crs = geo::Crs::cgcs2000Geographic();
      return true;
    }
    // Not placeable on the earth: kept in a plane of its own for now; placeLocalPlanes decides once every layer
    // is planned whether it can be shown.
    plan.crs = geo::Crs::localPlane();
    return true;
  }
  plan.crs = *inferred;
  plan.crsInferred = true;
  out.problems.add(Diagnostic::warning(Msg::CrsInferred, {inferred->label()}).inLayer(plan.display, plan.layerName));
  return true;
}

void mapColumns(LayerPlan& plan, OGRFeatureDefn* defn, const LayerRequest& request, Plan& out) {
  plan.worksColumns.fill(-1);
  int labelRank = -1;
  for (int i = 0; i < defn->GetFieldCount(); ++i) {
    const char* column = defn->GetFieldDefn(i)->GetNameRef();
    // A geodatabase column named in pinyin (JSZT) often carries the Chinese name as its alias (建设状态).
    auto field = fieldForColumn(column);
    if (!field) field = fieldForColumn(defn->GetFieldDefn(i)->GetAlternativeNameRef());
    if (field && plan.worksColumns[static_cast<int>(*field)] < 0) plan.worksColumns[static_cast<int>(*field)] = i;
    int rank = districtNameRank(column);
    if (rank >= 0 && (plan.labelColumn < 0 || rank < labelRank)) plan.labelColumn = i, labelRank = rank;
  }
  for (const auto& [field, column] : request.fields) {
    plan.worksColumns[static_cast<int>(field)] = findColumn(defn, column);
    if (plan.worksColumns[static_cast<int>(field)] < 0)
      out.problems.add(Diagnostic::error(Msg::WorkspaceColumnNotFound,
                                         {request.workspaceFile, std::to_string(request.workspaceLine), column,
                                          std::string(worksFieldName(field)), plan.layerName}));
  }
  for (WorksField field : allWorksFields()) {
    int column = plan.worksColumns[static_cast<int>(field)];
    plan.worksScale[static_cast<int>(field)] =
        column < 0 ? 1.0 : columnUnitScale(field, defn->GetFieldDefn(column)->GetNameRef());
  }
}

void decideRole(LayerPlan& plan, OGRLayer* layer, const LayerRequest& request) {
  if (request.role) {
    plan.role = *request.role;
  } else if (plan.worksColumns[static_cast<int>(WorksField::Status)] >= 0) {
    plan.role = domain::LayerRole::Works;
  } else {
    OGRwkbGeometryType t = wkbFlatten(layer->GetGeomType());
    bool polygonal = t == wkbPolygon || t == wkbMultiPolygon || t == wkbUnknown;
    plan.role = polygonal && plan.labelColumn >= 0 && isDistrictLayerName(plan.layerName) ? domain::LayerRole::Districts
                                                                                          : domain::LayerRole::Base;
  }
  if (plan.role == domain::LayerRole::Works) {
    plan.kind = request.kind ? request.kind : domain::kindFromLayerName(plan.layerName);
    if (plan.labelColumn < 0) plan.labelColumn = plan.worksColumns[static_cast<int>(WorksField::Name)];
  }
}

// Where a web-map export says what it is: its file name (not the folders above it), layer and column names.
std::vector<std::string> datumHintNames(const LayerPlan& plan, OGRFeatureDefn& defn) {
  std::vector<std::string> names{std::filesystem::path(plan.display).filename().string(), plan.layerName};
  for (int i = 0; i < defn.GetFieldCount(); ++i) names.emplace_back(defn.GetFieldDefn(i)->GetNameRef());
  return names;
}

// The first of the wanted columns the layer has (in the order wanted), or -1.
int firstColumn(OGRFeatureDefn* defn, const std::vector<std::string>& wanted) {
  for (const auto& name : wanted)
    if (int i = findColumn(defn, name); i >= 0) return i;
  return -1;
}

// What every layer of one dataset shares while it is planned.
struct DatasetContext {
  std::string openPath;
  std::string display;
  std::string driver;
  const ShapefileSidecars* sidecars = nullptr;
  const std::vector<std::string>& classColumns;
  std::map<std::string, Subtypes> subtypes;  ///< a file geodatabase's, by feature class
};

// A subtype column (a file geodatabase's) resolves its codes to the subtype names, whatever works column it is;
// one not recognised by its name still says what it holds by those names: statuses (规划, 在建 …) or kinds.
void applySubtypes(LayerPlan& plan, OGRFeatureDefn* defn, const DatasetContext& dataset) {
  auto found = dataset.subtypes.find(plan.layerName);
  if (found == dataset.subtypes.end()) return;
  plan.subtypeColumn = findColumn(defn, found->second.column);
  plan.subtypeNames = found->second.names;
  if (plan.subtypeColumn < 0) return;
  auto& columns = plan.worksColumns;
  if (std::find(columns.begin(), columns.end(), plan.subtypeColumn) != columns.end()) return;
  auto all = [&](auto recognised) {
    return std::all_of(plan.subtypeNames.begin(), plan.subtypeNames.end(),
                       [&](const auto& code) { return recognised(code.second); });
  };
  auto& status = columns[static_cast<int>(WorksField::Status)];
  auto& kind = columns[static_cast<int>(WorksField::Kind)];
  if (status < 0 && all([](const std::string& name) {
        domain::RecordedStatus s = domain::parseStatus(name);
        return s != domain::RecordedStatus::Unknown && s != domain::RecordedStatus::Missing;
      }))
    status = plan.subtypeColumn;
  else if (kind < 0 && all([](const std::string& name) { return domain::parseKind(name).has_value(); }))
    kind = plan.subtypeColumn;
}

void planLayer(const DatasetContext& dataset, OGRLayer* layer, int index, const LayerRequest& request, Plan& out) {
  const std::string& display = dataset.display;
  const ShapefileSidecars* sidecars = dataset.sidecars;
  LayerPlan plan;
  plan.openPath = dataset.openPath;
  plan.display = display;
  plan.layerName = layer->GetName();
  plan.layerIndex = index;
  plan.driver = dataset.driver;
  plan.shapefile = sidecars != nullptr;
  plan.join = request.join;
  plan.featureCount = layer->GetFeatureCount(TRUE);
  OGREnvelope env;
  if (plan.featureCount > 0 && layer->GetExtent(&env, TRUE) == OGRERR_NONE) {
    plan.extent.add(env.MinX, env.MinY);
    plan.extent.add(env.MaxX, env.MaxY);
  }
  // Column names are text too: a GBK shapefile's Chinese field names only match once decoded.
  DatasetPtr decoded;
  if (sidecars) {
    decideShapefileEncoding(plan, *sidecars, request, out);
    decoded = openVector(dataset.openPath, plan.encoding.c_str());
    if (decoded && decoded->GetLayer(index)) layer = decoded->GetLayer(index);
  } else {
    plan.encodingLabel = "UTF-8";
    plan.encodingHow.source = EncodingSource::Format;
  }
  mapColumns(plan, layer->GetLayerDefn(), request, out);
  applySubtypes(plan, layer->GetLayerDefn(), dataset);
  decideRole(plan, layer, request);
  if (plan.role != domain::LayerRole::Works)
    plan.classColumn = firstColumn(layer->GetLayerDefn(), dataset.classColumns);
  if (plan.featureCount == 0) {
    out.problems.add(Diagnostic::warning(Msg::EmptyLayer).inLayer(display, plan.layerName));
    return;
  }
  if (!decideCrs(plan, layer, request, out)) return;
  if (!plan.crs.planar())  // a plane's metres are no web-map longitudes, whatever the names say
    plan.datum = decideDatum(request.datum, datumHintNames(plan, *layer->GetLayerDefn()), plan.crs.geographic(),
                             plan.display, plan.layerName, out.problems);
  out.layers.push_back(std::move(plan));
}

// A ledger is read into an in-memory GeoPackage first (ledger_reader); `openPath` becomes that copy and
// `ledgerRequest` the request for its layers: works unless the workspace says otherwise, CRS inferred.
bool prepareLedger(const LayerRequest& request, std::string& openPath, LayerRequest& ledgerRequest, std::string& driver,
                   Plan& out) {
  LedgerConversion ledger = convertLedger(openPath, request.dataset.display);
  out.problems.append(ledger.problems);
  if (ledger.memoryPath.empty()) {
    out.anyUnreadable = true;
    return false;
  }
  openPath = ledger.memoryPath;
  driver = ledger.driver;
  ledgerRequest = request;
  if (!ledgerRequest.role) ledgerRequest.role = domain::LayerRole::Works;
  ledgerRequest.ignoreOwnCrs = true;  // the GeoPackage copy gives every layer a CRS of its own making
  return true;
}

void planDataset(const LayerRequest& request, const std::vector<std::string>& classColumns, Plan& out) {
  const DatasetRef& ref = request.dataset;
  std::string openPath = ref.gdalPath;
  std::optional<ShapefileSidecars> sidecars;
  bool memory = false;
  LayerRequest ledgerRequest;
  std::string ledgerDriver;
  bool isLedger = isLedgerPath(openPath);
  if (isLedger) {
    if (!prepareLedger(request, openPath, ledgerRequest, ledgerDriver, out)) return;
    memory = true;
  }
  const LayerRequest& layerRequest = isLedger ? ledgerRequest : request;
  if (isShapefilePath(openPath)) {
    sidecars = inspectShapefile(openPath);
    if (!sidecars->hasDbf) out.problems.add(Diagnostic::warning(Msg::MissingDbf).inFile(ref.display));
    if (!sidecars->hasShx) {
      openPath = memoryCopyOfShapefile(openPath);
      memory = true;
      out.problems.add(Diagnostic::warning(Msg::MissingShx).inFile(ref.display));
    }
  }
  GdalErrorCapture errors;
  if (memory) CPLSetThreadLocalConfigOption("SHAPE_RESTORE_SHX", "YES");
  DatasetPtr ds = openVector(openPath, nullptr);
  if (memory) CPLSetThreadLocalConfigOption("SHAPE_RESTORE_SHX", nullptr);
  if (!ds) {
    std::string reason = errors.take();
    const std::string why = reason.empty() ? core::msgArg(Msg::ReasonUnknownFormat) : reason;
    out.problems.add(Diagnostic::error(Msg::SourceUnreadable, {why}).inFile(ref.display));
    out.anyUnreadable = true;
    if (memory) releaseMemoryCopy(openPath);
    return;
  }
  std::string driver = ds->GetDriver() ? ds->GetDriver()->GetDescription() : "";
  DatasetContext dataset{openPath, ref.display, driver, sidecars ? &*sidecars : nullptr, classColumns, {}};
  if (driver == "OpenFileGDB") dataset.subtypes = readSubtypes(openPath);
  bool found = request.layerName.empty();
  for (int i = 0; i < ds->GetLayerCount(); ++i) {
    OGRLayer* layer = ds->GetLayer(i);
    if (!request.layerName.empty() && request.layerName != layer->GetName()) continue;
    found = true;
    std::size_t before = out.layers.size();
    planLayer(dataset, layer, i, layerRequest, out);
    if (out.layers.size() == before) continue;
    LayerPlan& planned = out.layers.back();
    auto subtypes = dataset.subtypes.find(planned.layerName);
    readCodedValues(*ds, planned, subtypes == dataset.subtypes.end() ? nullptr : &subtypes->second);
    planned.memoryCopy = memory;  // every layer of the copy names it; releasing it twice is harmless
    planned.ledger = isLedger;
    if (isLedger) {
      planned.rowsWithoutGeometry = true;  // some rows may lack coordinates even where others have them
      planned.driver = ledgerDriver;
    }
  }
  if (!found) {
    out.problems.add(Diagnostic::error(
        Msg::WorkspaceLayerNotFound,
        {request.workspaceFile, std::to_string(request.workspaceLine), request.layerName, ref.display}));
    out.anyUnreadable = true;
  }
  errors.take();
}

// The layer the workspace names is the district layer, and no other; without one, every recognised layer stays
// a candidate until its polygons are read (io/district_choice.hpp picks the finest that covers the works).
void applyWorkspaceDistricts(const LoadRequest& request, Plan& plan) {
  for (auto& layer : plan.layers) {
    bool named = !request.districtLayer.empty() && layer.layerName == request.districtLayer;
    if (named) {
      layer.role = domain::LayerRole::Districts;
      if (!request.districtNameField.empty()) {
        DatasetPtr ds = openVector(layer.openPath, nullptr);
        if (ds)
          layer.labelColumn = findColumn(ds->GetLayer(layer.layerIndex)->GetLayerDefn(), request.districtNameField);
      }
    } else if (!request.districtLayer.empty() && layer.role == domain::LayerRole::Districts) {
      layer.role = domain::LayerRole::Base;
    }
  }
}

std::string extentText(const geo::Extent& e) {
  return fmt::format("x {:.0f}…{:.0f}, y {:.0f}…{:.0f}", e.minX, e.maxX, e.minY, e.maxY);
}

// Layers that cannot be placed on the earth (a local grid without a .prj, or a .prj naming a local CRS) are
// shown in their own plane when nothing else is placed, since then there is nothing to misplace them against;
// beside placed layers they would land anywhere, so they are left out, saying why.
void placeLocalPlanes(Plan& plan) {
  auto placed = [](const LayerPlan& l) { return !l.crs.planar() && !l.extent.empty(); };
  const bool anyPlaced = std::any_of(plan.layers.begin(), plan.layers.end(), placed);
  for (const auto& layer : plan.layers) {
    if (!layer.crs.planar()) continue;
    const geo::Crs& crs = layer.crs;
    if (anyPlaced)
      plan.problems.add(
          Diagnostic::error(Msg::CrsUnknown, {extentText(layer.extent)}).inLayer(layer.display, layer.layerName));
    else if (!crs.unitKnown())  // no CRS at all: nobody said what unit the coordinates are in
      plan.problems.add(
          Diagnostic::warning(Msg::CrsLocalPlane, {extentText(layer.extent)}).inLayer(layer.display, layer.layerName));
    else  // a .prj naming a local CRS, in its own unit (converted to metres as the layer is read)
      plan.problems.add(
          Diagnostic::warning(Msg::CrsLocalCrsPlane, {extentText(layer.extent), crs.name(), crs.unitName(),
                                                      fmt::format("{:.10g}", crs.metresPerUnit())})
              .inLayer(layer.display, layer.layerName));
  }
  if (!anyPlaced) return;
  std::vector<LayerPlan> kept, dropped;
  for (auto& layer : plan.layers) (layer.crs.planar() ? dropped : kept).push_back(std::move(layer));
  // A ledger's sheets share one in-memory copy: it goes only when no kept layer reads it.
  for (const auto& layer : dropped) {
    auto reads = [&](const LayerPlan& other) { return other.openPath == layer.openPath; };
    if (layer.memoryCopy && std::none_of(kept.begin(), kept.end(), reads)) releaseMemoryCopy(layer.openPath);
  }
  plan.layers = std::move(kept);
}

}  // namespace

Plan planLayers(const LoadRequest& request) {
  initGdal();
  Plan plan;
  for (const auto& layerRequest : request.layers) planDataset(layerRequest, request.classColumns, plan);
  applyWorkspaceDistricts(request, plan);
  placeLocalPlanes(plan);
  return plan;
}

void releasePlan(Plan& plan) {
  for (auto& layer : plan.layers)
    if (layer.memoryCopy) {
      releaseMemoryCopy(layer.openPath);
      layer.memoryCopy = false;
    }
}

}  // namespace wm::io
