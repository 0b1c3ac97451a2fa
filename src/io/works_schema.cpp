#include "io/works_schema.hpp"

#include <array>
#include <string>
#include <utility>

#include "core/text.hpp"

namespace wm::io {
namespace {

struct FieldSpec {
  WorksField field;
  std::string_view name;
  std::vector<std::string_view> aliases;
};

// docs/design.md §2.3, plus the names bureau ledgers (台账) use and their pinyin initials (XMMC = 项目名称).
const std::array<FieldSpec, kWorksFieldCount>& specs() {
  static const std::array<FieldSpec, kWorksFieldCount> kSpecs{{
      {WorksField::Name, "name", {"名称", "项目名称", "工程名称", "项目", "xmmc", "gcmc"}},
      {WorksField::Kind, "kind", {"类型", "项目类型", "项目类别", "类别", "xmlx", "lx"}},
      {WorksField::Status, "status", {"状态", "建设状态", "项目状态", "实施状态", "zt", "jszt", "xmzt"}},
      {WorksField::StartDate, "start_date", {"开工日期", "开工时间", "实际开工时间", "实际开工日期", "kgrq", "kgsj"}},
      {WorksField::PlanDone,
       "plan_done",
       {"计划完工", "计划竣工日期", "计划完工日期", "计划完工时间", "计划竣工时间", "计划竣工", "jhwg", "jhwgrq",
        "jhwgsj"}},
      {WorksField::DoneDate,
       "done_date",
       {"竣工日期", "完工日期", "完工时间", "竣工时间", "实际完工时间", "实际完工日期", "实际竣工日期", "实际竣工时间",
        "wgrq", "wgsj", "jgrq", "jgsj"}},
      {WorksField::District,
       "district",
       {"片区", "所属片区", "乡镇", "所属乡镇", "所在乡镇", "乡镇街道", "所属乡镇（街道）", "所属乡镇(街道)", "ssxz",
        "szxz", "pq"}},
      {WorksField::Progress, "progress", {"进度", "形象进度", "工程进度", "完成进度", "jd", "xxjd"}},
      {WorksField::Invest, "invest", {"投资", "投资额", "总投资", "计划投资", "tz", "tze", "ztz"}},
      {WorksField::Spaces, "spaces", {"车位", "停车位", "车位数", "泊位数", "泊位", "停车泊位", "cws", "bws"}},
      {WorksField::Levels, "levels", {"floors", "层数"}},
      {WorksField::Code, "code", {"项目编号", "项目代码", "项目编码", "编号", "xmbh", "xmdm"}},
      {WorksField::Length, "length", {"长度", "建设长度", "道路长度", "管网长度", "cd"}},
      {WorksField::Area, "area", {"面积", "建设面积", "占地面积", "绿地面积", "mj"}},
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

namespace {

// A header's name and its unit: "长度（公里）" → {"长度", "公里"}, "投资(万元)" → {"投资", "万元"}.
std::pair<std::string, std::string> nameAndUnit(std::string_view header) {
  std::string text(core::trim(header));
  for (std::string_view open : {"(", "（"}) {
    std::size_t at = text.find(open);
    if (at == std::string::npos || at == 0) continue;
    std::string unit = text.substr(at + open.size());
    for (std::string_view close : {")", "）"})
      if (unit.ends_with(close)) unit.resize(unit.size() - close.size());
    return {std::string(core::trim(std::string_view(text).substr(0, at))), std::string(core::trim(unit))};
  }
  return {text, {}};
}

std::optional<WorksField> exactField(const std::string& wanted) {
  for (const auto& spec : specs()) {
    if (wanted == spec.name) return spec.field;
    for (std::string_view alias : spec.aliases)
      if (wanted == alias) return spec.field;
  }
  return std::nullopt;
}

}  // namespace

std::optional<WorksField> fieldForColumn(std::string_view columnName) {
  // asciiLower leaves UTF-8 bytes alone, so one comparison covers both rules.
  std::string wanted = core::asciiLower(core::trim(columnName));
  if (auto field = exactField(wanted)) return field;
  auto [name, unit] = nameAndUnit(wanted);
  return unit.empty() ? std::nullopt : exactField(name);
}

double columnUnitScale(WorksField field, std::string_view columnName) {
  struct UnitScale {
    WorksField field;
    std::string_view unit;
    double scale;
  };
  static constexpr UnitScale kScales[] = {
      {WorksField::Length, "公里", 1000.0},   {WorksField::Length, "千米", 1000.0}, {WorksField::Length, "km", 1000.0},
      {WorksField::Area, "亩", 2000.0 / 3.0}, {WorksField::Area, "公顷", 10000.0},  {WorksField::Area, "ha", 10000.0},
      {WorksField::Area, "平方公里", 1e6},    {WorksField::Area, "km2", 1e6},       {WorksField::Area, "km²", 1e6},
      {WorksField::Invest, "元", 1e-4},       {WorksField::Invest, "千元", 0.1},    {WorksField::Invest, "亿元", 1e4},
  };
  std::string unit = nameAndUnit(core::asciiLower(core::trim(columnName))).second;
  for (const auto& s : kScales)
    if (s.field == field && unit == s.unit) return s.scale;
  return 1.0;
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
  static const std::array<std::string_view, 10> kWords{"district", "片区", "乡镇", "区县界", "街道",
                                                       "行政区",   "村界", "xzq",  "cjdcq",  "镇界"};
  std::string lower = core::asciiLower(core::trim(layerName));
  for (std::string_view word : kWords)
    if (lower.find(word) != std::string::npos) return true;
  return false;
}

}  // namespace wm::io
