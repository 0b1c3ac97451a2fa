#pragma once
// The canonical attribute fields of a works layer (docs/design.md §2.3) and the column names accepted for each: the one
// place that knows that 项目名称 means `name` and 计划竣工日期 means `plan_done`.
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace wm::io {

enum class WorksField : std::uint8_t {
  Name,       ///< project name
  Kind,       ///< road, park, parking, sewer, ... (domain::parseKind)
  Status,     ///< recorded status (domain::parseStatus)
  StartDate,  ///< construction start
  PlanDone,   ///< planned completion
  DoneDate,   ///< actual completion
  District,   ///< district name
  Progress,   ///< percent complete, 0-100
  Invest,     ///< investment, 万元
  Spaces,     ///< parking spaces
  Levels,     ///< storeys of a multi-storey car park
  Code,       ///< project code (项目编号), for joining a ledger to geometry
  Length,     ///< recorded length, metres (a ledger's figure where there is no line geometry)
  Area,       ///< recorded area, square metres (likewise)
};
inline constexpr int kWorksFieldCount = 14;

/// Every field, in the order of docs/design.md §2.3 (for loops, documentation and messages).
const std::vector<WorksField>& allWorksFields();

/// The canonical name as written in a workspace file and in reports: "name", "start_date", ...
std::string_view worksFieldName(WorksField field);

/// The accepted column names besides the canonical one (Chinese, matched exactly; pinyin initials such as XMMC
/// case-insensitively): 名称, 项目名称, ...
const std::vector<std::string_view>& worksFieldAliases(WorksField field);

/// A canonical name only ("plan_done", ASCII case-insensitive, surrounding blanks ignored).
std::optional<WorksField> parseWorksFieldName(std::string_view canonicalName);

/// The field a source column stands for, by canonical name or alias: ASCII letters compare case-insensitively
/// ("NAME", "Start_Date"), Chinese names must match exactly; surrounding blanks are ignored, and so is a unit
/// in brackets after the name ("长度(公里)", "面积（亩）", "投资(万元)").
std::optional<WorksField> fieldForColumn(std::string_view columnName);

/// The factor that turns a column's values into the field's unit (metres, square metres, 万元, count) from the
/// unit in its header: 长度(公里) → 1000, 面积(亩) → 666.67, 投资(元) → 0.0001; 1 when no or an unknown unit.
double columnUnitScale(WorksField field, std::string_view columnName);

/// Whether a column of a district layer holds the district's name by default, as Chinese admin data names it:
/// XZQMC (行政区名称, 三调), 乡镇名称, 街道名称, 名称, NAME, MC (case and surrounding blanks ignored).
bool isDistrictNameColumn(std::string_view columnName);

/// The preference among district name columns (lower first: XZQMC 0 … MC 5), -1 for none: a layer with both
/// XZQMC and NAME is labelled by XZQMC, whatever the column order.
int districtNameRank(std::string_view columnName);

/// Whether a layer's name says it holds districts or admin divisions as Chinese GIS data names them: 区县界,
/// 乡镇界, 乡镇街道, 街道, 乡镇, 片区, 行政区(划), 村界, XZQ/XZQH, 三调's CJDCQ (村级调查区), "districts"; a file's
/// suffix such as `_area` or `_polygon` does not matter. County outlines (县界, 县域) are not districts.
bool isDistrictLayerName(std::string_view layerName);

}  // namespace wm::io
