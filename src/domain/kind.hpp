#pragma once
// Kinds of public works and their recorded statuses, with the Chinese and English names the bureau uses.
#include <cstdint>
#include <optional>
#include <string_view>

#include "core/translation.hpp"

namespace wm::domain {

enum class Kind : std::uint8_t {
  Road,
  Park,
  Parking,
  Sewer,
  Renovation,     ///< 老旧小区改造
  WaterMain,      ///< 供水主管
  SewageStation,  ///< 乡镇污水设施
  Siren,          ///< 人防警报
  BuildingSite,   ///< 在建工地
  Other,
};
inline constexpr int kKindCount = 10;

/// Canonical English name used in CSV/JSON and the workspace ("road", "water_main", ...).
std::string_view kindCode(Kind kind);
core::Msg kindMsg(Kind kind);
/// A kind value as written in data: canonical names, English plurals and the Chinese aliases of docs/design.md §2.4.
std::optional<Kind> parseKind(std::string_view text);
/// A kind guessed from a layer name ("works_roads", "停车场2022"); nothing when the name says none.
std::optional<Kind> kindFromLayerName(std::string_view layerName);

/// The status recorded in the data (Missing when the field is empty, Unknown when unrecognised).
enum class RecordedStatus : std::uint8_t { Planned, UnderConstruction, Completed, Suspended, Missing, Unknown };
/// A status at a date (docs/design.md §3.1); the values match the first four of RecordedStatus.
enum class Status : std::uint8_t { Planned, UnderConstruction, Completed, Suspended };
inline constexpr int kStatusCount = 4;

std::string_view statusCode(Status status);  ///< "planned", "under_construction", "completed", "suspended"
core::Msg statusMsg(Status status);
core::Msg recordedStatusMsg(RecordedStatus status);
/// Canonical names and the aliases of docs/design.md §2.5 (规划, 未开工, 在建, 施工中, 已开工, 已完工, 竣工, 停工,
/// 暂停, ...).
RecordedStatus parseStatus(std::string_view text);

}  // namespace wm::domain
