#include "io/layer_reader.hpp"

#include <cmath>
#include <map>
#include <memory>
#include <optional>

#include <cpl_string.h>
#include <cpl_vsi.h>
#include <fmt/format.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "core/text.hpp"
#include "core/translation.hpp"
#include "geo/geodesic.hpp"
#include "geo/grid_measure.hpp"
#include "geo/transformer.hpp"
#include "geo/web_datum.hpp"
#include "io/coded_values.hpp"
#include "io/encoding_detection.hpp"
#include "io/gdal_dataset.hpp"
#include "io/gdal_error_capture.hpp"
#include "io/ledger_table.hpp"
#include "io/ogr_geometry.hpp"
#include "io/works_attributes.hpp"

namespace wm::io {
namespace {

using core::Msg;
using core::Severity;

struct Reader {
  const LayerPlan& plan;
  LayerResult& out;
  bool works = plan.role == domain::LayerRole::Works;

  void problem(Severity s, Msg msg, std::int64_t fid, std::vector<std::string> args = {}) {
    out.problems.add(core::Diagnostic::of(s, msg, std::move(args)).atFeature(plan.display, plan.layerName, fid));
  }

  std::string label(const OGRFeature& f) const {
    const auto& codes = codesFor(plan, f, plan.labelColumn, plan.labelCodedValues);  // before: GDAL's one buffer
    std::string_view raw = core::trim(f.GetFieldAsString(plan.labelColumn));
    if (auto it = codes.find(std::string(raw)); it != codes.end()) return it->second;
    return validUtf8(raw);
  }

  // What a ledger row is matched on: its code or its name, normalised (ledger_table normalisedProjectName).
  std::string joinKey(const OGRFeature& f, const domain::Project& p) const {
    if (plan.join.by == JoinBy::Name) return normalisedProjectName(p.name);
    int column = plan.worksColumns[static_cast<std::size_t>(WorksField::Code)];
    return column >= 0 && f.IsFieldSetAndNotNull(column) ? normalisedProjectName(f.GetFieldAsString(column)) : "";
  }

  void feature(const OGRFeature& f, GdalErrorCapture& errors) {
    std::int64_t fid = f.GetFID();
    if (errors.any()) {  // e.g. a truncated .shp: the record is there but its shape cannot be read
      problem(Severity::Error, Msg::CorruptFeature, fid, {errors.take()});
      return;
    }
    std::string detail;
    switch (appendGeometry(f.GetGeometryRef(), plan.crs.geographic(), out.layer.geometry, detail)) {
      case GeometryOutcome::Added:
        break;
      case GeometryOutcome::Null:
        if (!(works && plan.rowsWithoutGeometry)) {
          problem(Severity::Warning, Msg::NullGeometry, fid);
          return;
        }
        // A ledger row without coordinates: a project with no place (reports count it; the map has nothing).
        out.layer.geometry.beginFeature(geo::GeomKind::Point);
        out.layer.geometry.endFeature();
        break;
      case GeometryOutcome::Empty:
        problem(Severity::Warning, Msg::EmptyGeometry, fid);
        return;
      case GeometryOutcome::Unsupported:
        problem(Severity::Warning, Msg::UnsupportedGeometry, fid, {detail});
        return;
      case GeometryOutcome::Absurd: {
        auto bar = detail.find('|');
        problem(Severity::Error, Msg::AbsurdCoordinates, fid, {detail.substr(0, bar), detail.substr(bar + 1)});
        return;
      }
    }
    out.layer.fids.push_back(fid);
    if (!works) {  // a works feature's name is in its Project
      if (plan.labelColumn >= 0 && f.IsFieldSetAndNotNull(plan.labelColumn))
        out.layer.labels.push_back(label(f));
      else
        out.layer.labels.emplace_back();
      if (plan.classColumn >= 0)
        out.layer.classes.push_back(f.IsFieldSetAndNotNull(plan.classColumn)
                                        ? validUtf8(core::trim(f.GetFieldAsString(plan.classColumn)))
                                        : std::string());
    }
    if (works) {
      domain::Project& p = out.projects.emplace_back();
      readWorksAttributes(f, plan, p, out.problems);
      if (!plan.join.layer.empty()) out.joinKeys.push_back(joinKey(f, p));
      p.feature = static_cast<std::uint32_t>(out.layer.geometry.featureCount() - 1);
    }
  }
};

// Features PROJ could not place (infinite coordinates) are dropped with a message naming them.
void dropUntransformable(LayerResult& r, const LayerPlan& plan) {
  auto& g = r.layer.geometry;
  std::vector<bool> keep(g.featureCount(), true);
  bool anyBad = false;
  for (std::size_t f = 0; f < g.featureCount(); ++f) {
    std::uint32_t v0 = g.firstVertex(g.firstPart(f)), v1 = g.firstVertex(g.endPartOf(f));
    for (std::uint32_t v = v0; v < v1; ++v)
      if (!std::isfinite(g.x[v]) || !std::isfinite(g.y[v])) {
        keep[f] = false;
        anyBad = true;
        r.problems.add(core::Diagnostic::error(Msg::AbsurdCoordinates, {"inf", "inf"})
                           .atFeature(plan.display, plan.layerName, r.layer.fids[f]));
        break;
      }
  }
  if (!anyBad) return;
  g.keepFeatures(keep);
  std::size_t w = 0;
  std::vector<std::int64_t> fids;
  std::vector<std::string> labels, classes, joinKeys;
  std::vector<domain::Project> projects;
  for (std::size_t f = 0; f < keep.size(); ++f) {
    if (!keep[f]) continue;
    fids.push_back(r.layer.fids[f]);
    if (!r.layer.labels.empty()) labels.push_back(std::move(r.layer.labels[f]));
    if (!r.layer.classes.empty()) classes.push_back(std::move(r.layer.classes[f]));
    if (!r.joinKeys.empty()) joinKeys.push_back(std::move(r.joinKeys[f]));
    if (!r.projects.empty()) {
      projects.push_back(std::move(r.projects[f]));
      projects.back().feature = static_cast<std::uint32_t>(w);
    }
    ++w;
  }
  r.layer.fids = std::move(fids);
  r.joinKeys = std::move(joinKeys);
  r.layer.labels = std::move(labels);
  r.layer.classes = std::move(classes);
  r.projects = std::move(projects);
}

// The layer's lon/lat CRS, where lengths and areas are measured; a layer in a plane of its own has none and is
// measured where it stands.
// Where a layer is measured: lon/lat on its ellipsoid; for a layer in a plane of its own, that plane in metres
// (a site grid in feet is converted on the way, geo::Transformer).
std::string lonLatOf(const LayerPlan& plan) {
  if (plan.crs.planar()) return geo::Crs::localPlane().definition();
  return plan.crs.geographic() ? plan.crs.definition() : plan.crs.geodeticDefinition();
}

// PROJ objects are per thread; each thread keeps the transformers it has made for the rest of its life.
const geo::Transformer* transformerFor(const std::string& from, const std::string& to) {
  thread_local std::map<std::pair<std::string, std::string>, std::optional<geo::Transformer>> cache;
  auto [it, added] = cache.try_emplace({from, to});
  if (added) {
    auto t = geo::Transformer::create(from, to);
    if (t) it->second.emplace(std::move(*t));
  }
  return it->second ? &*it->second : nullptr;
}

constexpr std::size_t kChunkVertices = 1 << 18;

// A shapefile's size bounds its vertex count (16 bytes a point); other formats get a guess per feature.
void reserveFor(const LayerPlan& plan, LayerResult& r) {
  auto features = static_cast<std::size_t>(std::max<std::int64_t>(plan.featureCount, 0));
  std::size_t vertices = features * 8;
  if (plan.shapefile) {
    VSIStatBufL st;
    if (VSIStatL(plan.openPath.c_str(), &st) == 0) vertices = static_cast<std::size_t>(st.st_size) / 16;
  }
  r.layer.geometry.reserve(features, features, vertices);
  r.layer.fids.reserve(features);
  if (plan.role == domain::LayerRole::Works)
    r.projects.reserve(features);
  else
    r.layer.labels.reserve(features);
  if (plan.classColumn >= 0) r.layer.classes.reserve(features);
}

}  // namespace

namespace {

// The names of the columns a read leaves alone: GDAL then does not parse them (a DBF's text fields cost
// allocations and copies for each feature).
std::vector<bool> usedColumns(const LayerPlan& plan, const OGRFeatureDefn& definition) {
  std::vector<bool> used(static_cast<std::size_t>(definition.GetFieldCount()), false);
  auto use = [&](int column) {
    if (column >= 0 && column < definition.GetFieldCount()) used[static_cast<std::size_t>(column)] = true;
  };
  use(plan.labelColumn);
  use(plan.classColumn);
  for (int column : plan.worksColumns) use(column);
  return used;
}

// Asks the driver to skip the columns the plan does not read. GDAL matches the names given case-insensitively
// (first match), so a column that is read could be caught by the name of one that is not ("Status" and
// "status" in a GeoJSON): then nothing is ignored.
void ignoreUnusedColumns(OGRLayer& layer, const LayerPlan& plan) {
  OGRFeatureDefn& definition = *layer.GetLayerDefn();
  std::vector<bool> used = usedColumns(plan, definition);
  std::vector<const char*> ignored;
  for (int i = 0; i < definition.GetFieldCount(); ++i)
    if (!used[static_cast<std::size_t>(i)]) ignored.push_back(definition.GetFieldDefn(i)->GetNameRef());
  ignored.push_back("OGR_STYLE");
  ignored.push_back(nullptr);
  bool ok = layer.SetIgnoredFields(ignored.data()) == OGRERR_NONE;
  for (int i = 0; ok && i < definition.GetFieldCount(); ++i)
    ok = !(used[static_cast<std::size_t>(i)] && definition.GetFieldDefn(i)->IsIgnored());
  if (!ok) layer.SetIgnoredFields(nullptr);
}

}  // namespace

LayerResult readLayer(const LayerPlan& given, bool figures, const std::function<void(std::size_t)>& seenSoFar) {
  // Without the figures their columns are not read at all, as if absent.
  LayerPlan plan = given;
  if (!figures)
    for (WorksField f : {WorksField::Progress, WorksField::Invest, WorksField::Spaces})
      plan.worksColumns[static_cast<std::size_t>(f)] = -1;
  LayerResult r;
  domain::LayerInfo& info = r.layer.info;
  info.file = plan.display;
  info.name = plan.layerName;
  info.driver = plan.driver;
  info.role = plan.role;
  info.kind = plan.kind;
  info.encoding = plan.encodingLabel;
  info.encodingHow = plan.encodingHow;
  // A layer in a plane of its own has no CRS label to show, only a phrase in the reader's language.
  info.sourceCrs = plan.crs.planar() ? core::msgArg(Msg::CrsLocalPlaneLabel) : plan.crs.label();
  info.crsInferred = plan.crsInferred;

  GdalErrorCapture errors;
  DatasetPtr ds = openVector(plan.openPath, plan.encoding.empty() ? nullptr : plan.encoding.c_str());
  if (!ds || !ds->GetLayer(plan.layerIndex)) {
    r.problems.add(
        core::Diagnostic::error(Msg::LayerUnreadable, {errors.take()}).inLayer(plan.display, plan.layerName));
    r.unreadable = true;
    return r;
  }
  OGRLayer* layer = ds->GetLayer(plan.layerIndex);
  ignoreUnusedColumns(*layer, plan);
  layer->ResetReading();
  reserveFor(plan, r);
  Reader reader{plan, r};
  std::size_t seen = 0;
  errors.take();
  while (true) {
    std::unique_ptr<OGRFeature> f(layer->GetNextFeature());
    if (!f) break;
    ++seen;
    reader.feature(*f, errors);
    if (seenSoFar && seen % 4096 == 0) seenSoFar(seen);
  }
  if (errors.any() && seen < static_cast<std::size_t>(plan.featureCount))
    r.problems.add(core::Diagnostic::error(Msg::ReadStoppedEarly,
                                           {std::to_string(seen), std::to_string(plan.featureCount), errors.take()})
                       .inLayer(plan.display, plan.layerName));
  r.featuresSeen = seen;
  return r;
}

void prepareReprojection(const LayerPlan& plan, LayerResult& r, const geo::Crs& working) {
  // A register without a single coordinate has nothing to reproject (and may meet a working CRS in a plane).
  if (r.unreadable || r.layer.geometry.x.empty()) return;
  std::string lonLat = lonLatOf(plan);
  for (const auto& [from, to] : {std::pair{plan.crs.definition(), lonLat}, std::pair{lonLat, working.definition()}}) {
    auto t = geo::Transformer::create(from, to);
    if (t) continue;
    r.problems.add(
        core::Diagnostic::error(Msg::CrsTransformFailed, {plan.crs.label(), working.label(), t.error().asArg()})
            .inLayer(plan.display, plan.layerName));
    r.unreadable = true;
    r.layer.geometry = {};
    r.layer.labels.clear();
    r.layer.classes.clear();
    r.layer.fids.clear();
    r.projects.clear();
    return;
  }
}

std::vector<LayerChunk> chunkLayers(const std::vector<LayerResult>& results) {
  std::vector<LayerChunk> chunks;
  for (std::size_t l = 0; l < results.size(); ++l) {
    if (results[l].unreadable) continue;
    const auto& g = results[l].layer.geometry;
    std::size_t first = 0;
    while (first < g.featureCount()) {
      std::size_t end = first;
      std::uint32_t v0 = g.firstVertex(g.firstPart(first));
      while (end < g.featureCount() && g.firstVertex(g.endPartOf(end)) - v0 < kChunkVertices) ++end;
      end = std::max(end, first + 1);
      chunks.push_back({l, first, end});
      first = end;
    }
  }
  return chunks;
}

namespace {

// Where works are measured in the working grid rather than in lon/lat: a transverse Mercator working CRS on the
// ellipsoid the layer's lon/lat are on (the same to 1e-9: GRS80 and WGS84 differ by 2e-11 in flattening; a
// Krasovsky layer is measured on its own ellipsoid, 17 mm per km apart, as before).
// GridMeasure::of asks PROJ, so each thread keeps what it found for each working CRS.
const geo::GridMeasure* gridMeasureFor(const LayerPlan& plan, const geo::Crs& working) {
  if (plan.crs.planar()) return nullptr;
  const geo::Ellipsoid &mine = plan.crs.ellipsoid(), &theirs = working.ellipsoid();
  auto flattening = [](const geo::Ellipsoid& e) { return e.inverseFlattening > 0 ? 1.0 / e.inverseFlattening : 0.0; };
  if (std::fabs(mine.semiMajor - theirs.semiMajor) > 1e-3 || std::fabs(flattening(mine) - flattening(theirs)) > 1e-9)
    return nullptr;
  thread_local std::map<std::string, std::optional<geo::GridMeasure>> cache;
  auto [it, added] = cache.try_emplace(working.definition());
  if (added) it->second = geo::GridMeasure::of(working);
  return it->second ? &*it->second : nullptr;
}

// A works feature the grid declines (a side longer than 10 km, a ring wider than 100 km): its vertices back to
// lon/lat, measured there as every feature used to be.
geo::Geodesic::Metrics lonLatMetrics(const LayerPlan& plan, const geo::GeometryStore& grid, std::size_t feature,
                                     const geo::Crs& working) {
  geo::GeometryStore one;
  one.beginFeature(grid.featureKinds[feature]);
  for (std::uint32_t p = grid.firstPart(feature); p < grid.endPartOf(feature); ++p) {
    one.beginPart(grid.partRoles[p]);
    for (std::uint32_t v = grid.firstVertex(p); v < grid.endVertexOf(p); ++v) one.addVertex(grid.x[v], grid.y[v]);
    one.endPart();
  }
  one.endFeature();
  const auto* back = transformerFor(working.definition(), lonLatOf(plan));
  if (!back) return {};
  back->transform(one.x.data(), one.y.data(), one.x.size());
  return geo::Geodesic(plan.crs.ellipsoid()).featureMetrics(one, 0);
}

void keepMetrics(domain::Project& p, const geo::Geodesic::Metrics& m) {
  if (m.lengthM > 0) p.lengthM = m.lengthM;
  if (m.areaM2 > 0) p.areaM2 = m.areaM2;
}

}  // namespace

void reprojectChunk(const LayerPlan& plan, LayerResult& r, const LayerChunk& c, const geo::Crs& working, bool measure) {
  auto& g = r.layer.geometry;
  std::uint32_t v0 = g.firstVertex(g.firstPart(c.first));
  std::uint32_t v1 = g.firstVertex(g.endPartOf(c.end - 1));
  const bool measuring = measure && !r.projects.empty();
  const geo::GridMeasure* grid = measuring ? gridMeasureFor(plan, working) : nullptr;
  std::string lonLat = lonLatOf(plan);
  if (!plan.crs.geographic())
    if (const auto* t = transformerFor(plan.crs.definition(), lonLat)) t->transform(&g.x[v0], &g.y[v0], v1 - v0);
  // Web-map offsets are defined on lon/lat, so they come off before measuring and before the working CRS.
  geo::toWgs84(plan.datum, &g.x[v0], &g.y[v0], v1 - v0);
  if (measuring && !grid) {
    geo::Geodesic geodesic(plan.crs.ellipsoid());
    for (std::size_t f = c.first; f < c.end; ++f)
      keepMetrics(r.projects[f], plan.crs.planar() ? geo::planarFeatureMetrics(g, f) : geodesic.featureMetrics(g, f));
  }
  if (const auto* t = transformerFor(lonLat, working.definition())) t->transform(&g.x[v0], &g.y[v0], v1 - v0);
  if (grid)
    for (std::size_t f = c.first; f < c.end; ++f) {
      std::optional<geo::Geodesic::Metrics> m = grid->featureMetrics(g, f);
      keepMetrics(r.projects[f], m ? *m : lonLatMetrics(plan, g, f, working));
    }
}

void finishLayer(const LayerPlan& plan, LayerResult& r) {
  if (!r.unreadable) dropUntransformable(r, plan);
  r.layer.info.featuresRead = r.layer.geometry.featureCount();
  r.layer.info.featuresSkipped = r.featuresSeen - r.layer.info.featuresRead;
}

}  // namespace wm::io
