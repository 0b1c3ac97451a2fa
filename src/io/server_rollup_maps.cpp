#include "io/server_rollup_maps.hpp"

#include <map>
#include <optional>
#include <vector>

#include <fmt/format.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "core/text.hpp"
#include "domain/kind.hpp"
#include "io/encoding_detection.hpp"
#include "io/gdal_error_capture.hpp"
#include "io/rollup_sql.hpp"

namespace wm::io {
namespace {

using core::Msg;

constexpr WorksField kMapped[] = {WorksField::Status,    WorksField::Kind,     WorksField::District,
                                  WorksField::StartDate, WorksField::PlanDone, WorksField::DoneDate};
constexpr WorksField kDates[] = {WorksField::StartDate, WorksField::PlanDone, WorksField::DoneDate};

std::size_t at(WorksField f) { return static_cast<std::size_t>(f); }
bool isDate(WorksField f) {
  return f == WorksField::StartDate || f == WorksField::PlanDone || f == WorksField::DoneDate;
}
bool isText(OGRFieldType t) { return t == OFTString; }
bool isWhole(OGRFieldType t) { return t == OFTInteger || t == OFTInteger64; }
bool isNumber(OGRFieldType t) { return isWhole(t) || t == OFTReal; }

struct Columns {
  const LayerPlan& plan;
  OGRFeatureDefn& defn;
  int index(WorksField f) const { return plan.worksColumns[at(f)]; }
  bool has(WorksField f) const { return index(f) >= 0; }
  const char* name(WorksField f) const { return defn.GetFieldDefn(index(f))->GetNameRef(); }
  OGRFieldType type(WorksField f) const { return defn.GetFieldDefn(index(f))->GetType(); }
  std::string sql(WorksField f) const { return "t." + quoteIdentifier(name(f)); }
  double scale(WorksField f) const { return plan.worksScale[at(f)]; }
};

// Which columns the SQL reads through a value map (text), directly (dates, numbers), or not at all.
std::string unreadableColumn(const Columns& c) {
  for (WorksField f : kMapped) {
    if (!c.has(f)) continue;
    const OGRFieldType t = c.type(f);
    const bool ok = isDate(f) ? (isText(t) || t == OFTDate || t == OFTDateTime) : (isText(t) || isWhole(t));
    if (!ok) return core::msgArg(Msg::RollupReasonColumnType, {c.name(f), OGRFieldDefn::GetFieldTypeName(t)});
  }
  for (WorksField f : {WorksField::Spaces, WorksField::Length, WorksField::Area})
    if (c.has(f) && !isNumber(c.type(f)))
      return core::msgArg(Msg::RollupReasonColumnType, {c.name(f), OGRFieldDefn::GetFieldTypeName(c.type(f))});
  return {};
}

bool mapped(const Columns& c, WorksField f) { return c.has(f) && (isText(c.type(f)) || isWhole(c.type(f))); }

// The distinct values of every mapped column, by field, in one query.
std::optional<std::map<WorksField, std::vector<std::string>>> distinctValues(GDALDataset& ds, const Columns& c,
                                                                             const std::string& table,
                                                                             std::string& error) {
  std::vector<std::string> parts;
  for (WorksField f : kMapped)
    if (mapped(c, f))
      parts.push_back(fmt::format("SELECT {} AS f, v FROM (SELECT DISTINCT {}::text AS v FROM {} t) a{}",
                                  static_cast<int>(f), c.sql(f), table, parts.size()));
  std::map<WorksField, std::vector<std::string>> out;
  if (parts.empty()) return out;
  std::string sql = parts.front();
  for (std::size_t i = 1; i < parts.size(); ++i) sql += " UNION ALL " + parts[i];
  GdalErrorCapture errors;
  OGRLayer* result = ds.ExecuteSQL(sql.c_str(), nullptr, nullptr);
  if (!result) {
    error = errors.take();
    return std::nullopt;
  }
  for (auto& feature : *result)
    if (feature->IsFieldSetAndNotNull(1))
      out[static_cast<WorksField>(feature->GetFieldAsInteger(0))].push_back(feature->GetFieldAsString(1));
  ds.ReleaseResultSet(result);
  return out;
}

// io/works_attributes.cpp readDate for text, without a feature: the same outcomes, warned once per value.
std::optional<int> dayOf(std::string_view raw, const char* column, const LayerPlan& plan, core::Diagnostics& out) {
  auto warn = [&](Msg msg, std::string value) {
    out.add(core::Diagnostic::warning(msg, {column, std::move(value)}).inLayer(plan.display, plan.layerName));
  };
  const core::DateParse p = core::parseDate(core::trim(raw));
  switch (p.outcome) {
    case core::DateParse::Outcome::Empty:
      return std::nullopt;
    case core::DateParse::Outcome::Unparseable:
      warn(Msg::UnparseableDate, std::string(core::trim(raw)));
      return std::nullopt;
    case core::DateParse::Outcome::Impossible:
      warn(Msg::ImpossibleDate, std::string(core::trim(raw)));
      return std::nullopt;
    case core::DateParse::Outcome::Ok:
      break;
  }
  if (p.date.year() < 1949 || p.date.year() > 2100) {
    warn(Msg::ImplausibleDate, p.date.iso());
    return std::nullopt;
  }
  return p.date.days();
}

// The SQL value each distinct raw value stands for.
std::string valueOf(WorksField f, const std::string& raw, const Columns& c, core::Diagnostics& out) {
  const std::string_view text = core::trim(raw);
  auto warn = [&](Msg msg) {
    out.add(core::Diagnostic::warning(msg, {std::string(text)}).inLayer(c.plan.display, c.plan.layerName));
  };
  if (f == WorksField::Status) {
    const domain::RecordedStatus s = domain::parseStatus(text);
    if (s == domain::RecordedStatus::Unknown) warn(Msg::UnknownStatus);
    return std::to_string(static_cast<int>(s));
  }
  if (f == WorksField::Kind) {
    if (text.empty()) return std::to_string(static_cast<int>(c.plan.kind.value_or(domain::Kind::Other)));
    auto kind = domain::parseKind(text);
    if (!kind) warn(Msg::UnknownKind);
    return std::to_string(static_cast<int>(kind.value_or(domain::Kind::Other)));
  }
  if (f == WorksField::District) return text.empty() ? "NULL::text" : quoteLiteral(validUtf8(text));
  auto day = dayOf(raw, c.name(f), c.plan, out);
  return day ? std::to_string(*day) : "NULL::int";
}

// For a field: the joined map's column, with the value a NULL (or absent) column has in the readers.
std::string mappedValue(WorksField f, const std::string& alias, const Columns& c) {
  const std::string column = alias + ".c";
  if (f == WorksField::Status)
    return fmt::format("COALESCE({}, {})", column, static_cast<int>(domain::parseStatus("")));
  if (f == WorksField::Kind)
    return fmt::format("COALESCE({}, {})", column, static_cast<int>(c.plan.kind.value_or(domain::Kind::Other)));
  return column;
}

std::string absentValue(WorksField f, const Columns& c) {
  if (f == WorksField::Status) return std::to_string(static_cast<int>(domain::parseStatus("")));
  if (f == WorksField::Kind) return std::to_string(static_cast<int>(c.plan.kind.value_or(domain::Kind::Other)));
  return f == WorksField::District ? "NULL::text" : "NULL::int";  // typed, so comparisons with them resolve
}

void numericValues(const Columns& c, ValueMaps& maps) {
  auto scaled = [&c](WorksField f) { return fmt::format("({} * {:.17g})", c.sql(f), c.scale(f)); };
  // works_attributes.cpp: a negative count is left out (0), others round half away from zero (llround).
  if (c.has(WorksField::Spaces))
    maps.values[at(WorksField::Spaces)] =
        fmt::format("COALESCE(CASE WHEN {0} >= 0 THEN floor({0} + 0.5) END, 0)", scaled(WorksField::Spaces));
  else
    maps.values[at(WorksField::Spaces)] = "0";
  for (WorksField f : {WorksField::Length, WorksField::Area})
    if (c.has(f)) maps.values[at(f)] = fmt::format("(CASE WHEN {0} >= 0 THEN {0} END)", scaled(f));
  for (WorksField f : kDates)
    if (c.has(f) && !mapped(c, f))
      maps.values[at(f)] = fmt::format(
          "(CASE WHEN extract(year FROM {0}) BETWEEN 1949 AND 2100 THEN ({0}::date - DATE '2000-01-01') END)",
          c.sql(f));
}

}  // namespace

ValueMaps mapValues(GDALDataset& dataset, OGRLayer& layer, const LayerPlan& plan, core::Diagnostics& problems) {
  ValueMaps maps;
  Columns c{plan, *layer.GetLayerDefn()};
  maps.values.fill("NULL::float8");
  if (std::string reason = unreadableColumn(c); !reason.empty()) {
    maps.reason = std::move(reason);
    return maps;
  }
  const std::string table = quoteTableName(plan.layerName);
  auto distinct = distinctValues(dataset, c, table, maps.reason);
  if (!distinct) {
    maps.unreadable = true;
    return maps;
  }
  for (WorksField f : kMapped) maps.values[at(f)] = absentValue(f, c);
  for (const auto& [field, raws] : *distinct) {
    const std::string alias = fmt::format("m{}", static_cast<int>(field));
    std::string rows;
    for (const std::string& raw : raws)
      rows += fmt::format("{}({}, {})", rows.empty() ? "" : ", ", quoteLiteral(raw), valueOf(field, raw, c, problems));
    maps.joins +=
        fmt::format(" LEFT JOIN (VALUES {}) AS {}(v, c) ON {}.v = {}::text", rows, alias, alias, c.sql(field));
    maps.values[at(field)] = mappedValue(field, alias, c);
  }
  numericValues(c, maps);
  return maps;
}

}  // namespace wm::io
