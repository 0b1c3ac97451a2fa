#include "io/rollup_sql.hpp"

#include <fmt/format.h>

#include "domain/kind.hpp"

namespace wm::io {
namespace {

int code(domain::Status s) { return static_cast<int>(s); }
int code(domain::RecordedStatus r) { return static_cast<int>(r); }

}  // namespace

std::string quoteIdentifier(std::string_view name) {
  std::string out = "\"";
  for (char c : name) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

std::string quoteTableName(std::string_view layerName) {
  const auto dot = layerName.find('.');
  if (dot == std::string_view::npos) return quoteIdentifier(layerName);
  return quoteIdentifier(layerName.substr(0, dot)) + "." + quoteIdentifier(layerName.substr(dot + 1));
}

std::string quoteLiteral(std::string_view text) {
  std::string out = "E'";
  for (char c : text) {
    if (c == '\'' || c == '\\') out += c;
    out += c;
  }
  return out + '\'';
}

std::string statusAtSql(std::string_view recorded, std::string_view start, std::string_view done, core::Date t) {
  using domain::RecordedStatus;
  using domain::Status;
  const int day = t.days();
  // One WHEN per line of analysis::statusAt, in its order.
  return fmt::format(
      "(CASE WHEN {done} IS NOT NULL AND {done} <= {t} THEN {completed} "
      "WHEN {rec} = {recCompleted} AND {done} IS NULL THEN {completed} "
      "WHEN {rec} = {recSuspended} AND ({start} IS NULL OR {start} <= {t}) THEN {suspended} "
      "WHEN {start} IS NOT NULL AND {start} <= {t} THEN {building} "
      "WHEN {rec} = {recBuilding} AND {start} IS NULL THEN {building} "
      "ELSE {planned} END)",
      fmt::arg("done", done), fmt::arg("start", start), fmt::arg("rec", recorded), fmt::arg("t", day),
      fmt::arg("completed", code(Status::Completed)), fmt::arg("suspended", code(Status::Suspended)),
      fmt::arg("building", code(Status::UnderConstruction)), fmt::arg("planned", code(Status::Planned)),
      fmt::arg("recCompleted", code(RecordedStatus::Completed)),
      fmt::arg("recSuspended", code(RecordedStatus::Suspended)),
      fmt::arg("recBuilding", code(RecordedStatus::UnderConstruction)));
}

std::string overdueAtSql(std::string_view status, std::string_view planDone, core::Date t) {
  return fmt::format("({} <> {} AND {} IS NOT NULL AND {} < {})", status, code(domain::Status::Completed), planDone,
                     planDone, t.days());
}

std::string completedWithinSql(std::string_view done, core::Date from, core::Date to) {
  return fmt::format("({0} IS NOT NULL AND {0} >= {1} AND {0} <= {2})", done, from.days(), to.days());
}

std::string lateSql(std::string_view done, std::string_view planDone) {
  return fmt::format("({0} IS NOT NULL AND {1} IS NOT NULL AND {0} > {1})", done, planDone);
}

}  // namespace wm::io
