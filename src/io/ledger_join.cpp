#include "io/ledger_join.hpp"

#include <cmath>
#include <memory>
#include <unordered_map>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "core/text.hpp"
#include "io/gdal_dataset.hpp"
#include "io/ledger_table.hpp"
#include "io/works_schema.hpp"

namespace wm::io {
namespace {

using core::Diagnostic;
using core::Msg;

int keyColumn(OGRFeatureDefn& defn, const LedgerJoin& join) {
  for (int i = 0; i < defn.GetFieldCount(); ++i) {
    std::string name = defn.GetFieldDefn(i)->GetNameRef();
    if (!join.field.empty()) {
      if (core::asciiLower(name) == core::asciiLower(join.field)) return i;
      continue;
    }
    auto field = fieldForColumn(name);
    if (join.by == JoinBy::Code
            ? field == WorksField::Code
            : field == WorksField::Name || isDistrictNameColumn(name) || core::asciiLower(name) == "mc")
      return i;
  }
  return -1;
}

// Normalised key → feature index in the join layer's result (first feature wins on duplicates).
std::unordered_map<std::string, std::size_t> keysOf(const LayerPlan& target, const LayerResult& result,
                                                    const LedgerJoin& join) {
  std::unordered_map<std::string, std::size_t> out;
  DatasetPtr ds = openVector(target.openPath, target.encoding.empty() ? nullptr : target.encoding.c_str());
  OGRLayer* layer = ds ? ds->GetLayer(target.layerIndex) : nullptr;
  if (!layer) return out;
  int column = keyColumn(*layer->GetLayerDefn(), join);
  if (column < 0) return out;
  std::unordered_map<std::int64_t, std::size_t> byFid;
  for (std::size_t i = 0; i < result.layer.fids.size(); ++i) byFid.emplace(result.layer.fids[i], i);
  layer->ResetReading();
  while (std::unique_ptr<OGRFeature> f{layer->GetNextFeature()}) {
    auto it = byFid.find(f->GetFID());
    if (it == byFid.end() || !f->IsFieldSetAndNotNull(column)) continue;
    std::string key = normalisedProjectName(f->GetFieldAsString(column));
    if (!key.empty()) out.emplace(key, it->second);
  }
  return out;
}

void copyFeature(const geo::GeometryStore& from, std::size_t f, geo::GeometryStore& to) {
  to.beginFeature(from.featureKinds[f]);
  for (std::uint32_t part = from.firstPart(f); part < from.endPartOf(f); ++part) {
    to.beginPart(from.partRoles[part]);
    for (std::uint32_t v = from.firstVertex(part); v < from.endVertexOf(part); ++v) to.addVertex(from.x[v], from.y[v]);
    to.endPart();
  }
  to.endFeature();
}

// Planar length of the line parts and area of the rings of a feature, in working-CRS metres.
void planarMetrics(const geo::GeometryStore& g, std::size_t f, domain::Project& p) {
  double length = 0, area = 0;
  for (std::uint32_t part = g.firstPart(f); part < g.endPartOf(f); ++part) {
    geo::PartRole role = g.partRoles[part];
    if (role == geo::PartRole::Line)
      for (std::uint32_t v = g.firstVertex(part) + 1; v < g.endVertexOf(part); ++v)
        length += std::hypot(g.x[v] - g.x[v - 1], g.y[v] - g.y[v - 1]);
    else if (role == geo::PartRole::OuterRing)
      area += std::fabs(g.signedRingArea(part));
    else if (role == geo::PartRole::InnerRing)
      area -= std::fabs(g.signedRingArea(part));
  }
  if (p.lengthM == 0) p.lengthM = length;
  if (p.areaM2 == 0) p.areaM2 = area;
}

void joinOne(const LayerPlan& plan, LayerResult& ledger, const LayerPlan& target, const LayerResult& geometry) {
  auto keys = keysOf(target, geometry, plan.join);
  const geo::GeometryStore& own = ledger.layer.geometry;
  geo::GeometryStore joined;
  std::size_t matched = 0;
  for (std::size_t f = 0; f < own.featureCount(); ++f) {
    auto it = f < ledger.joinKeys.size() ? keys.find(ledger.joinKeys[f]) : keys.end();
    if (it == keys.end()) {
      copyFeature(own, f, joined);
      ledger.problems.add(Diagnostic::warning(Msg::LedgerRowNotJoined, {ledger.projects[f].name, plan.join.layer})
                              .atFeature(plan.display, plan.layerName, ledger.layer.fids[f]));
      continue;
    }
    copyFeature(geometry.layer.geometry, it->second, joined);
    planarMetrics(joined, f, ledger.projects[f]);
    ++matched;
  }
  ledger.layer.geometry = std::move(joined);
  ledger.problems.add(Diagnostic::info(Msg::LedgerJoined,
                                       {std::to_string(matched), std::to_string(own.featureCount()), plan.join.layer})
                          .inLayer(plan.display, plan.layerName));
}

}  // namespace

void joinLedgers(const std::vector<LayerPlan>& plans, std::vector<LayerResult>& results) {
  for (std::size_t i = 0; i < plans.size(); ++i) {
    const LedgerJoin& join = plans[i].join;
    if (join.layer.empty() || results[i].unreadable) continue;
    std::size_t t = 0;
    while (t < plans.size() && (t == i || plans[t].layerName != join.layer || results[t].unreadable)) ++t;
    if (t == plans.size()) {
      results[i].problems.add(
          Diagnostic::error(Msg::LedgerJoinLayerNotFound, {join.layer}).inLayer(plans[i].display, plans[i].layerName));
      continue;
    }
    joinOne(plans[i], results[i], plans[t], results[t]);
  }
}

}  // namespace wm::io
