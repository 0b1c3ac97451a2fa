#include "io/server_rollup.hpp"

#include <array>
#include <map>
#include <memory>
#include <optional>

#include <fmt/format.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "core/text.hpp"
#include "io/encoding_detection.hpp"
#include "io/gdal_dataset.hpp"
#include "io/gdal_error_capture.hpp"
#include "io/gdal_session.hpp"
#include "io/layer_plan.hpp"
#include "io/rollup_sql.hpp"
#include "io/server_rollup_maps.hpp"

namespace wm::io {
namespace {

using core::Msg;

// One works or district table as the SQL names it.
struct TableRef {
  const LayerPlan* plan = nullptr;
  OGRLayer* layer = nullptr;
  std::string table;  // quoted "schema"."table"
  std::string geom;   // quoted geometry column
  std::string fid;    // quoted FID column, empty when none
};

struct Rollup {
  ServerRollup& out;
  std::map<std::string, DatasetPtr> datasets;  // by connection (openPath)

  GDALDataset* dataset(const LayerPlan& plan) {
    auto& ds = datasets[plan.openPath];
    if (ds) return ds.get();
    ds = openVector(plan.openPath, nullptr);
    // The district subquery per work makes the planner's cost estimate huge, and PostgreSQL then spends a second
    // compiling each query with JIT for a few milliseconds of work (PostGIS calls gain nothing from it).
    // Servers before PostgreSQL 11 have no JIT and refuse the setting: that refusal is captured and dropped.
    GdalErrorCapture ignored;
    if (ds) ds->ReleaseResultSet(ds->ExecuteSQL("SET jit = off", nullptr, nullptr));
    return ds.get();
  }
  void inMemory(const LayerPlan& plan, std::string reason) {
    out.problems.add(
        core::Diagnostic::info(Msg::RollupInMemory, {std::move(reason)}).inLayer(plan.display, plan.layerName));
    out.outcome = ServerRollup::Outcome::InMemory;
  }
  void failed(const LayerPlan& plan, Msg msg, std::string detail) {
    out.problems.add(core::Diagnostic::error(msg, {std::move(detail)}).inLayer(plan.display, plan.layerName));
    out.outcome = ServerRollup::Outcome::Unreadable;
  }
};

// Why the SQL cannot count this layer as the readers would, or nothing when it can.
std::optional<std::string> settingSqlCannotExpress(const LayerPlan& plan) {
  auto setting = [](const char* name) { return core::msgArg(Msg::RollupReasonSetting, {name}); };
  if (plan.ledger || plan.rowsWithoutGeometry || plan.memoryCopy) return setting("ledger");
  if (!plan.join.layer.empty()) return setting("join");
  if (plan.datum != geo::WebDatum::None) return setting("datum");
  if (plan.crsInferred) return setting("crs");
  if (plan.crs.planar()) return setting("crs");
  if (plan.subtypeColumn >= 0 || !plan.labelCodedValues.empty()) return setting("coded_values");
  for (const auto& coded : plan.codedValues)
    if (!coded.empty()) return setting("coded_values");
  return std::nullopt;
}

// The EPSG code of the layer's own CRS as the server must know it, checked against the plan's (a workspace
// `crs` that overrides the table's is not the server's to apply).
std::optional<std::string> crsMismatch(const LayerPlan& plan, OGRLayer& layer) {
  const OGRSpatialReference* srs = layer.GetSpatialRef();
  const char* code = srs ? srs->GetAuthorityCode(nullptr) : nullptr;
  if (!code || std::atoi(code) != plan.crs.epsg() || plan.crs.epsg() == 0)
    return core::msgArg(Msg::RollupReasonNoEpsg, {plan.crs.label()});
  return std::nullopt;
}

std::optional<TableRef> tableOf(Rollup& r, const LayerPlan& plan) {
  GDALDataset* ds = r.dataset(plan);
  OGRLayer* layer = ds ? ds->GetLayerByName(plan.layerName.c_str()) : nullptr;
  if (!layer) {
    r.failed(plan, Msg::LayerUnreadable, plan.layerName);
    return std::nullopt;
  }
  if (auto reason = crsMismatch(plan, *layer)) {
    r.inMemory(plan, *reason);
    return std::nullopt;
  }
  TableRef t{&plan, layer, quoteTableName(plan.layerName), quoteIdentifier(layer->GetGeometryColumn()), {}};
  if (const char* fid = layer->GetFIDColumn(); fid && *fid) t.fid = quoteIdentifier(fid);
  return t;
}

// Where a work's district comes from when its attribute is empty: the lowest-numbered district polygon that
// covers its representative point (geo::representativePoint: a point itself, a line's middle by length, a
// polygon's point on surface), as io's spatial join does with geo::PolygonIndex. The point goes into the district
// table's SRID as a constant, so the GiST index on the district polygons finds the candidates.
std::string spatialDistrictSql(const std::optional<TableRef>& districts, std::string_view geom) {
  if (!districts) return "NULL";
  const std::string label =
      districts->plan->labelColumn >= 0
          ? quoteIdentifier(districts->layer->GetLayerDefn()->GetFieldDefn(districts->plan->labelColumn)->GetNameRef())
          : std::string("NULL");
  const std::string point = fmt::format(
      "(CASE WHEN ST_Dimension({0}) = 0 THEN ST_GeometryN({0}, 1) "
      "WHEN GeometryType({0}) = 'LINESTRING' THEN ST_LineInterpolatePoint({0}, 0.5) "
      "WHEN ST_Dimension({0}) = 1 THEN ST_LineInterpolatePoint(ST_GeometryN(ST_LineMerge({0}), 1), 0.5) "
      "ELSE ST_PointOnSurface({0}) END)",
      geom);
  return fmt::format(
      "(SELECT COALESCE(d.{label}::text, '') FROM {table} d WHERE ST_Covers(d.{dgeom}, ST_Transform({point}, "
      "{srid})) {order} LIMIT 1)",
      fmt::arg("label", label), fmt::arg("table", districts->table), fmt::arg("dgeom", districts->geom),
      fmt::arg("srid", districts->plan->crs.epsg()), fmt::arg("point", point),
      fmt::arg("order", districts->fid.empty() ? "" : "ORDER BY d." + districts->fid));
}

// The lon/lat CRS whose ellipsoid the readers measure on (LayerPlan::crs's geodetic CRS), as an EPSG code.
int lonLatEpsg(const LayerPlan& plan) {
  if (plan.crs.geographic()) return plan.crs.epsg();
  auto geodetic = geo::Crs::fromDefinition(plan.crs.geodeticDefinition());
  return geodetic ? geodetic->epsg() : 0;
}

struct LayerSql {
  std::string from;                                 // the table with its value maps joined
  std::array<std::string, kWorksFieldCount> value;  // per WorksField: its SQL value, "NULL" when absent
};

std::string groupQuery(const TableRef& works, const LayerSql& sql, const std::optional<TableRef>& districts, int lonLat,
                       const RollupQuery& q) {
  auto v = [&sql](WorksField f) { return sql.value[static_cast<std::size_t>(f)]; };
  const core::Date t = q.period ? q.to : q.asOf;
  const std::string status = statusAtSql("w.rec", "w.s", "w.d", t);
  const std::string overdue = q.period ? lateSql("d", "p") : overdueAtSql("status", "p", t);
  const std::string within = q.period ? " AND " + completedWithinSql(v(WorksField::DoneDate), q.from, q.to) : "";
  const std::string geography = fmt::format("ST_Transform(t.{}, {})::geography", works.geom, lonLat);
  // Inner level: one row per work with its fields and geodesic measures on the layer's ellipsoid (geography in
  // its lon/lat CRS), each computed once (OFFSET 0 keeps PostgreSQL from copying the expressions outward); a
  // recorded length or area stands where the geometry gives none (as reprojectChunk keeps it). Middle level:
  // district, status at the date. Outer level: the groups.
  return fmt::format(
      "SELECT district, kind, status, ({overdue})::int AS overdue, count(*)::int8 AS works, "
      "sum(len_m / 1000.0)::float8 AS length_km, sum(area_m2)::float8 AS area_m2, sum(spaces)::int8 AS spaces FROM ("
      "SELECT COALESCE(w.district, {spatial}) AS district, w.kind, {status} AS status, w.p, w.d, "
      "CASE WHEN w.glen > 0 THEN w.glen ELSE COALESCE(w.len, 0) END AS len_m, "
      "CASE WHEN w.garea > 0 THEN w.garea ELSE COALESCE(w.area, 0) END AS area_m2, w.spaces FROM ("
      "SELECT {rec} AS rec, {start} AS s, {plan} AS p, {done} AS d, {kind} AS kind, {district} AS district, "
      "{len} AS len, {area} AS area, {spaces} AS spaces, t.{geom} AS g, "
      "CASE WHEN ST_Dimension(t.{geom}) = 1 THEN ST_Length({geography}) ELSE 0 END AS glen, "
      "CASE WHEN ST_Dimension(t.{geom}) = 2 THEN ST_Area({geography}) ELSE 0 END AS garea "
      "FROM {from} WHERE t.{geom} IS NOT NULL AND NOT ST_IsEmpty(t.{geom}){within} OFFSET 0) w) x "
      "GROUP BY 1, 2, 3, 4",
      fmt::arg("overdue", overdue), fmt::arg("spatial", spatialDistrictSql(districts, "w.g")),
      fmt::arg("status", status), fmt::arg("rec", v(WorksField::Status)), fmt::arg("start", v(WorksField::StartDate)),
      fmt::arg("plan", v(WorksField::PlanDone)), fmt::arg("done", v(WorksField::DoneDate)),
      fmt::arg("kind", v(WorksField::Kind)), fmt::arg("district", v(WorksField::District)),
      fmt::arg("len", v(WorksField::Length)), fmt::arg("area", v(WorksField::Area)),
      fmt::arg("spaces", v(WorksField::Spaces)), fmt::arg("geom", works.geom), fmt::arg("geography", geography),
      fmt::arg("from", sql.from), fmt::arg("within", within));
}

bool readGroups(Rollup& r, const TableRef& works, const std::string& sql) {
  GdalErrorCapture errors;
  GDALDataset* ds = r.dataset(*works.plan);
  OGRLayer* result = ds->ExecuteSQL(sql.c_str(), nullptr, nullptr);
  if (!result) {
    std::string reason = errors.take();
    r.failed(*works.plan, Msg::RollupQueryFailed, reason.empty() ? std::string("?") : reason);
    return false;
  }
  for (auto& f : *result) {
    domain::WorksGroup g;
    if (f->IsFieldSetAndNotNull(0)) g.district = validUtf8(core::trim(f->GetFieldAsString(0)));
    g.kind = static_cast<domain::Kind>(f->GetFieldAsInteger(1));
    g.status = static_cast<domain::Status>(f->GetFieldAsInteger(2));
    g.overdue = f->GetFieldAsInteger(3) != 0;
    g.count = f->GetFieldAsInteger64(4);
    g.lengthKm = f->GetFieldAsDouble(5);
    g.areaM2 = f->GetFieldAsDouble(6);
    g.spaces = f->GetFieldAsInteger64(7);
    r.out.works += g.count;
    r.out.groups.push_back(std::move(g));
  }
  ds->ReleaseResultSet(result);
  if (errors.any()) {
    r.failed(*works.plan, Msg::RollupQueryFailed, errors.take());
    return false;
  }
  return true;
}

// The one district layer the readers would keep; several candidates need chooseDistrictLayer's coverage test,
// which reads the works, so they are counted in memory.
std::optional<const LayerPlan*> districtPlan(Rollup& r, const Plan& plan) {
  std::vector<const LayerPlan*> found;
  for (const auto& layer : plan.layers)
    if (layer.role == domain::LayerRole::Districts) found.push_back(&layer);
  if (found.size() > 1) {
    r.inMemory(*found.front(), core::msgArg(Msg::RollupReasonDistrictLayers, {std::to_string(found.size())}));
    return std::nullopt;
  }
  return found.empty() ? nullptr : found.front();
}

}  // namespace

bool onlyPostgis(const LoadRequest& request) {
  if (request.layers.empty()) return false;
  for (const auto& layer : request.layers) {
    const std::string& path = layer.dataset.gdalPath;
    if (!(path.starts_with("PG:") || path.starts_with("pg:"))) return false;
  }
  return true;
}

ServerRollup rollUpOnServer(const LoadRequest& request, const RollupQuery& query) {
  initGdal();
  ServerRollup out;
  Plan plan = planLayers(request);
  out.problems.append(plan.problems);
  if (plan.anyUnreadable) {
    out.outcome = ServerRollup::Outcome::Unreadable;
    return out;
  }
  Rollup r{out, {}};
  out.outcome = ServerRollup::Outcome::Done;
  for (const auto& layer : plan.layers)
    if (layer.role != domain::LayerRole::Base)
      if (auto reason = settingSqlCannotExpress(layer)) r.inMemory(layer, *reason);
  auto districtLayer = districtPlan(r, plan);
  if (out.outcome != ServerRollup::Outcome::Done) return out;
  std::optional<TableRef> districts;
  if (*districtLayer && !(districts = tableOf(r, **districtLayer))) return out;
  for (const auto& layer : plan.layers) {
    if (layer.role != domain::LayerRole::Works) continue;
    std::optional<TableRef> works = tableOf(r, layer);
    if (!works) return out;
    const int lonLat = lonLatEpsg(layer);
    if (lonLat == 0) {
      r.inMemory(layer, core::msgArg(Msg::RollupReasonNoEpsg, {layer.crs.label()}));
      return out;
    }
    ValueMaps maps = mapValues(*r.dataset(layer), *works->layer, layer, out.problems);
    if (maps.unreadable) {
      r.failed(layer, Msg::RollupQueryFailed, maps.reason);
      return out;
    }
    if (!maps.reason.empty()) {
      r.inMemory(layer, maps.reason);
      return out;
    }
    LayerSql sql{works->table + " t" + maps.joins, maps.values};
    if (!readGroups(r, *works, groupQuery(*works, sql, districts, lonLat, query))) return out;
  }
  return out;
}

}  // namespace wm::io
