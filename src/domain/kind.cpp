#include "domain/kind.hpp"

#include <array>

#include "core/text.hpp"

namespace wm::domain {
namespace {

struct KindInfo {
  Kind kind;
  std::string_view code;
  core::Msg msg;
};

constexpr std::array<KindInfo, kKindCount> kKinds{{
    {Kind::Road, "road", core::Msg::KindRoad},
    {Kind::Park, "park", core::Msg::KindPark},
    {Kind::Parking, "parking", core::Msg::KindParking},
    {Kind::Sewer, "sewer", core::Msg::KindSewer},
    {Kind::Renovation, "renovation", core::Msg::KindRenovation},
    {Kind::WaterMain, "water_main", core::Msg::KindWaterMain},
    {Kind::SewageStation, "sewage_station", core::Msg::KindSewageStation},
    {Kind::Siren, "siren", core::Msg::KindSiren},
    {Kind::BuildingSite, "building_site", core::Msg::KindBuildingSite},
    {Kind::Other, "other", core::Msg::KindOther},
}};

struct Alias {
  std::string_view text;
  Kind kind;
};

// Exact values accepted in a kind field (ASCII compared case-insensitively).
constexpr Alias kKindAliases[] = {
    {"road", Kind::Road},
    {"roads", Kind::Road},
    {"道路", Kind::Road},
    {"市政道路", Kind::Road},
    {"城市道路", Kind::Road},
    {"park", Kind::Park},
    {"parks", Kind::Park},
    {"pocket_park", Kind::Park},
    {"游园", Kind::Park},
    {"公园", Kind::Park},
    {"小游园", Kind::Park},
    {"绿地", Kind::Park},
    {"parking", Kind::Parking},
    {"car_park", Kind::Parking},
    {"停车场", Kind::Parking},
    {"sewer", Kind::Sewer},
    {"sewers", Kind::Sewer},
    {"污水", Kind::Sewer},
    {"管网", Kind::Sewer},
    {"污水管网", Kind::Sewer},
    {"雨污管网", Kind::Sewer},
    {"renovation", Kind::Renovation},
    {"老旧小区改造", Kind::Renovation},
    {"老旧小区", Kind::Renovation},
    {"water_main", Kind::WaterMain},
    {"供水主管", Kind::WaterMain},
    {"供水管网", Kind::WaterMain},
    {"sewage_station", Kind::SewageStation},
    {"乡镇污水设施", Kind::SewageStation},
    {"乡镇污水处理设施", Kind::SewageStation},
    {"siren", Kind::Siren},
    {"人防警报", Kind::Siren},
    {"警报器", Kind::Siren},
    {"building_site", Kind::BuildingSite},
    {"在建工地", Kind::BuildingSite},
    {"工地", Kind::BuildingSite},
    {"other", Kind::Other},
    {"其他", Kind::Other},
};

// Substrings of layer names, most specific first ("乡镇污水" before "污水").
constexpr Alias kLayerNameHints[] = {
    {"乡镇污水", Kind::SewageStation},
    {"sewage_station", Kind::SewageStation},
    {"老旧小区", Kind::Renovation},
    {"renovation", Kind::Renovation},
    {"供水", Kind::WaterMain},
    {"water", Kind::WaterMain},
    {"警报", Kind::Siren},
    {"siren", Kind::Siren},
    {"工地", Kind::BuildingSite},
    {"site", Kind::BuildingSite},
    {"parking", Kind::Parking},
    {"停车", Kind::Parking},
    {"park", Kind::Park},
    {"游园", Kind::Park},
    {"公园", Kind::Park},
    {"sewer", Kind::Sewer},
    {"污水", Kind::Sewer},
    {"管网", Kind::Sewer},
    {"road", Kind::Road},
    {"道路", Kind::Road},
};

struct StatusAlias {
  std::string_view text;
  RecordedStatus status;
};

constexpr StatusAlias kStatusAliases[] = {
    {"planned", RecordedStatus::Planned},
    {"plan", RecordedStatus::Planned},
    {"规划", RecordedStatus::Planned},
    {"未开工", RecordedStatus::Planned},
    {"计划", RecordedStatus::Planned},
    {"拟建", RecordedStatus::Planned},
    {"under_construction", RecordedStatus::UnderConstruction},
    {"under construction", RecordedStatus::UnderConstruction},
    {"in_progress", RecordedStatus::UnderConstruction},
    {"在建", RecordedStatus::UnderConstruction},
    {"施工中", RecordedStatus::UnderConstruction},
    {"已开工", RecordedStatus::UnderConstruction},
    {"建设中", RecordedStatus::UnderConstruction},
    {"completed", RecordedStatus::Completed},
    {"complete", RecordedStatus::Completed},
    {"done", RecordedStatus::Completed},
    {"已完工", RecordedStatus::Completed},
    {"竣工", RecordedStatus::Completed},
    {"已竣工", RecordedStatus::Completed},
    {"完工", RecordedStatus::Completed},
    {"已完成", RecordedStatus::Completed},
    {"suspended", RecordedStatus::Suspended},
    {"停工", RecordedStatus::Suspended},
    {"暂停", RecordedStatus::Suspended},
    {"缓建", RecordedStatus::Suspended},
};

}  // namespace

std::string_view kindCode(Kind kind) { return kKinds[static_cast<std::size_t>(kind)].code; }
core::Msg kindMsg(Kind kind) { return kKinds[static_cast<std::size_t>(kind)].msg; }

std::optional<Kind> parseKind(std::string_view text) {
  std::string value = core::asciiLower(core::trim(text));
  for (const auto& a : kKindAliases)
    if (value == a.text) return a.kind;
  // Registers often write the kind as a longer phrase ("道路工程", "污水管网改造"): its most specific hint decides.
  if (core::hasNonAscii(value)) return kindFromLayerName(value);
  return std::nullopt;
}

std::optional<Kind> kindFromLayerName(std::string_view layerName) {
  std::string name = core::asciiLower(layerName);
  for (const auto& hint : kLayerNameHints)
    if (name.find(hint.text) != std::string::npos) return hint.kind;
  return std::nullopt;
}

std::string_view statusCode(Status status) {
  static constexpr std::string_view kCodes[] = {"planned", "under_construction", "completed", "suspended"};
  return kCodes[static_cast<std::size_t>(status)];
}

core::Msg statusMsg(Status status) {
  static constexpr core::Msg kMsgs[] = {core::Msg::StatusPlanned, core::Msg::StatusUnderConstruction,
                                        core::Msg::StatusCompleted, core::Msg::StatusSuspended};
  return kMsgs[static_cast<std::size_t>(status)];
}

core::Msg recordedStatusMsg(RecordedStatus status) {
  if (status == RecordedStatus::Missing || status == RecordedStatus::Unknown) return core::Msg::StatusUnknown;
  return statusMsg(static_cast<Status>(status));
}

RecordedStatus parseStatus(std::string_view text) {
  std::string value = core::asciiLower(core::trim(text));
  if (value.empty()) return RecordedStatus::Missing;
  for (const auto& a : kStatusAliases)
    if (value == a.text) return a.status;
  return RecordedStatus::Unknown;
}

}  // namespace wm::domain
