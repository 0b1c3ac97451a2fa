#include "samplegen/works_layers.hpp"

#include <string>

#include <fmt/format.h>

namespace wm::samplegen {
namespace {

FieldSpec text(const char* name, int width) { return {name, FieldType::String, width, 0}; }
FieldSpec real(const char* name, int width, int precision) { return {name, FieldType::Real, width, precision}; }
FieldSpec integer(const char* name, int width) { return {name, FieldType::Integer, width, 0}; }
FieldSpec date(const char* name) { return {name, FieldType::Date, 0, 0}; }

std::string isoDate(core::Date d) { return d.iso(); }
std::string compactDate(core::Date d) { return fmt::format("{:04}{:02}{:02}", d.year(), d.month(), d.day()); }
std::string slashDate(core::Date d) { return fmt::format("{:04}/{:02}/{:02}", d.year(), d.month(), d.day()); }
std::string chineseDate(core::Date d) { return fmt::format("{}年{}月{}日", d.year(), d.month(), d.day()); }

// Status words: roads use one set of Chinese synonyms, parks another, parking the canonical English, and the
// sewer register mixes Chinese and English from record to record.
const char* statusWord(WorksKind kind, WorksStatus status, unsigned spelling) {
  static const char* const roads[] = {"未开工", "施工中", "已竣工", "暂停"};
  static const char* const parks[] = {"规划", "在建", "已完工", "停工"};
  static const char* const english[] = {"planned", "under_construction", "completed", "suspended"};
  static const char* const sewer[] = {"规划", "已开工", "竣工", "停工"};
  auto i = static_cast<std::size_t>(status);
  switch (kind) {
    case WorksKind::Road:
      return roads[i];
    case WorksKind::Park:
      return parks[i];
    case WorksKind::Parking:
      return english[i];
    case WorksKind::Sewer:
      return (spelling & 1u) ? english[i] : sewer[i];
  }
  return english[i];
}

const char* kindWord(WorksKind kind) {
  switch (kind) {
    case WorksKind::Road:
      return "road";
    case WorksKind::Park:
      return "游园";
    case WorksKind::Parking:
      return "停车场";
    case WorksKind::Sewer:
      return "污水";
  }
  return "";
}

std::vector<FieldSpec> parkFields(WorksFlavour flavour) {
  if (flavour == WorksFlavour::Sample) {
    return {text("项目名称", 100), text("类型", 16),     text("状态", 16),   text("开工日期", 24),
            text("计划完工", 24),  text("竣工日期", 24), real("进度", 5, 1), real("投资额", 12, 2)};
  }
  return {text("name", 80),      text("kind", 16),      text("status", 16),     text("start_date", 24),
          text("plan_done", 24), text("done_date", 24), real("progress", 5, 1), real("invest", 12, 2)};
}

}  // namespace

const char* worksLayerName(WorksKind kind) {
  switch (kind) {
    case WorksKind::Road:
      return "works_roads";
    case WorksKind::Park:
      return "works_parks";
    case WorksKind::Parking:
      return "works_parking";
    case WorksKind::Sewer:
      return "works_sewer";
  }
  return "works";
}

LayerSchema worksSchema(WorksKind kind, WorksFlavour flavour) {
  const bool sample = flavour == WorksFlavour::Sample;
  LayerSchema schema{worksLayerName(kind), GeometryType::LineString, LayerCrs::Geographic4490, TextEncoding::Utf8, {}};
  switch (kind) {
    case WorksKind::Road:
      schema.fields = {text("name", 80),       text("kind", 16),       text("status", 24),
                       text("start_date", 10), text("plan_done", 10),  text("done_date", 10),
                       text("district", 20),   real("progress", 5, 1), real("invest", 12, 2)};
      break;
    case WorksKind::Park:
      schema.geometry = GeometryType::Polygon;
      schema.crs = sample ? LayerCrs::GaussKruger4547 : LayerCrs::Geographic4490;
      schema.encoding = sample ? TextEncoding::Gbk : TextEncoding::Utf8;
      schema.fields = parkFields(flavour);
      break;
    case WorksKind::Parking:
      schema.geometry = GeometryType::Polygon;
      schema.fields = {text("name", 80),     text("kind", 16),       text("status", 24),   date("start_date"),
                       date("plan_done"),    date("done_date"),      text("district", 20), integer("spaces", 5),
                       integer("levels", 2), real("progress", 5, 1), real("invest", 12, 2)};
      break;
    case WorksKind::Sewer:
      schema.crs = sample ? LayerCrs::GaussKruger4526 : LayerCrs::Geographic4490;
      schema.fields = {text("name", 80),      text("kind", 16),      text("status", 24),     text("start_date", 10),
                       text("plan_done", 10), text("done_date", 10), real("progress", 5, 1), real("invest", 12, 2)};
      break;
  }
  return schema;
}

void fillWorksRecord(const WorksProject& p, const std::vector<District>& districts, FeatureRecord& record) {
  record.points = p.shape;
  auto& v = record.values;
  v.clear();
  v.emplace_back(p.name);
  v.emplace_back(std::string(kindWord(p.kind)));
  v.emplace_back(std::string(statusWord(p.kind, p.status, p.spelling)));
  std::string (*format)(core::Date) = isoDate;
  if (p.kind == WorksKind::Park) format = chineseDate;
  if (p.kind == WorksKind::Sewer) format = (p.spelling & 2u) ? compactDate : slashDate;
  if (p.kind == WorksKind::Parking) {
    v.emplace_back(p.start);
    v.emplace_back(p.planDone);
    if (p.done) v.emplace_back(*p.done);
  } else {
    v.emplace_back(format(p.start));
    v.emplace_back(format(p.planDone));
    if (p.done) v.emplace_back(format(*p.done));
  }
  if (!p.done) v.emplace_back(std::monostate{});
  if (p.kind == WorksKind::Road || p.kind == WorksKind::Parking) {
    v.emplace_back(districts.at(static_cast<std::size_t>(p.district)).name);
  }
  if (p.kind == WorksKind::Parking) {
    v.emplace_back(static_cast<std::int64_t>(p.spaces));
    v.emplace_back(static_cast<std::int64_t>(p.levels));
  }
  v.emplace_back(p.progress);
  v.emplace_back(p.invest);
}

}  // namespace wm::samplegen
