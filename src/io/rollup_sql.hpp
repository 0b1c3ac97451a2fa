#pragma once
// SQL text for the PostGIS roll-up (internal to io): quoting, and the time rules of docs/design.md §3 as SQL
// expressions. Every value put into the SQL passes through quoteLiteral or quoteIdentifier, or is a number.
#include <string>
#include <string_view>

#include "core/date.hpp"

namespace wm::io {

/// "name" with embedded double quotes doubled: any column or table name, Chinese included.
std::string quoteIdentifier(std::string_view name);
/// "schema"."table" from an OGR PostgreSQL layer name ("table" in the search path, or "schema.table").
std::string quoteTableName(std::string_view layerName);
/// E'text' with quotes and backslashes escaped, so it reads the same whatever standard_conforming_strings is.
std::string quoteLiteral(std::string_view text);

/// analysis::statusAt (status_at_date.cpp) as a SQL CASE over integer expressions, line for line: `recorded` is
/// a domain::RecordedStatus code, `start` and `done` days since 2000-01-01 or NULL; the result is a
/// domain::Status code at day `t`. Keep the two in step: tests/db compares them on every boundary day.
std::string statusAtSql(std::string_view recorded, std::string_view start, std::string_view done, core::Date t);

/// analysis::overdueAt: not completed at t (`status` is statusAtSql's result) and planned before t.
std::string overdueAtSql(std::string_view status, std::string_view planDone, core::Date t);

/// analysis::completedWithin: the completion day within [from, to], both included.
std::string completedWithinSql(std::string_view done, core::Date from, core::Date to);

/// A period's late completion (analysis::lateAt at the period's end, for a project completed within it).
std::string lateSql(std::string_view done, std::string_view planDone);

}  // namespace wm::io
