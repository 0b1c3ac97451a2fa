#include "io/works_schema.hpp"

#include <array>
#include <string>

#include "core/text.hpp"

namespace wm::io {
namespace {

struct FieldSpec {
  WorksField field;
  std::string_view name;
  std::vector<std::string_view> aliases;
};

// Design §2, plus 计划完工日期 which bureau registers use as often as 计划竣工日期.
const std::array<FieldSpec, kWorksFieldCount>& specs() {
  static const std::array<FieldSpec, kWorksFieldCount> kSpecs{{
      {WorksField::Name, "name", {"名称", "项目名称"}},
      {WorksField::Kind, "kind", {"类型", "项目类型"}},
      {WorksField::Status, "status", {"状态"}},
      {WorksField::StartDate, "start_date", {"开工日期"}},
      {WorksField::PlanDone, "plan_done", {"计划完工", "计划竣工日期", "计划完工日期"}},
      {WorksField::DoneDate, "done_date", {"竣工日期", "完工日期"}},
      {WorksField::District, "district", {"片区", "所属片区", "乡镇"}},
      {WorksField::Progress, "progress", {"进度"}},
      {WorksField::Invest, "invest", {"投资", "投资额"}},
      {WorksField::Spaces, "spaces", {"车位", "停车位"}},
      {WorksField::Levels, "levels", {"floors", "层数"}},
  }};
  return kSpecs;
}

}  // namespace

const std::vector<WorksField>& allWorksFields() {
  static const std::vector<WorksField> kAll = [] {
    std::vector<WorksField> out;
    for (const auto& spec : specs()) out.push_back(spec.field);
    return out;
  }();
  return kAll;
}

std::string_view worksFieldName(WorksField field) { return specs()[static_cast<std::size_t>(field)].name; }

const std::vector<std::string_view>& worksFieldAliases(WorksField field) {
  return specs()[static_cast<std::size_t>(field)].aliases;
}

std::optional<WorksField> parseWorksFieldName(std::string_view canonicalName) {
  std::string wanted = core::asciiLower(core::trim(canonicalName));
  for (const auto& spec : specs())
    if (wanted == spec.name) return spec.field;
  return std::nullopt;
}

std::optional<WorksField> fieldForColumn(std::string_view columnName) {
  // asciiLower leaves UTF-8 bytes alone, so one comparison covers both rules.
  std::string wanted = core::asciiLower(core::trim(columnName));
  for (const auto& spec : specs()) {
    if (wanted == spec.name) return spec.field;
    for (std::string_view alias : spec.aliases)
      if (wanted == alias) return spec.field;
  }
  return std::nullopt;
}

int districtNameRank(std::string_view columnName) {
  static const std::array<std::string_view, 6> kNames{"xzqmc", "乡镇名称", "街道名称", "名称", "name", "mc"};
  std::string name = core::asciiLower(core::trim(columnName));
  for (std::size_t i = 0; i < kNames.size(); ++i)
    if (name == kNames[i]) return static_cast<int>(i);
  return -1;
}

bool isDistrictNameColumn(std::string_view columnName) { return districtNameRank(columnName) >= 0; }

bool isDistrictLayerName(std::string_view layerName) {
  // Substrings: real files carry suffixes and prefixes (区县界_area, 2023乡镇界, XZQ_JX). 乡镇 also covers 乡镇界
  // and 乡镇街道, 行政区 covers 行政区划; "xzq" covers XZQ and XZQH.
  static const std::array<std::string_view, 10> kWords{"district", "片区", "乡镇", "区县界", "街道", "行政区",
                                                       "村界",     "xzq",  "cjdcq", "镇界"};
  std::string lower = core::asciiLower(core::trim(layerName));
  for (std::string_view word : kWords)
    if (lower.find(word) != std::string::npos) return true;
  return false;
}

}  // namespace wm::io
