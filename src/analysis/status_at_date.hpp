#pragma once
// The time rules of docs/design.md §3.1-§3.4 (their C++ copy, §3.6) used by reports, checks, the map and the UI.
#include <optional>

#include "core/date.hpp"
#include "domain/project.hpp"

namespace wm::analysis {

/// The status of a project as of date t:
///   completion date set and <= t → completed; else recorded suspended and start <= t → suspended;
///   else start set and <= t → under construction; else planned. Where the deciding date is missing the
///   recorded status stands for every t (completed without completion date, under construction or suspended
///   without start date).
domain::Status statusAt(const domain::Project& p, core::Date t);
/// The same from the only fields it depends on (for callers that keep a compact copy of them).
domain::Status statusAt(domain::RecordedStatus recorded, const std::optional<core::Date>& start,
                        const std::optional<core::Date>& done, core::Date t);

/// Not completed at t and the planned completion is before t.
bool overdueAt(const domain::Project& p, core::Date t);

/// Completed at t, after its planned completion date.
bool lateAt(const domain::Project& p, core::Date t);

/// Completed within [from, to] (both inclusive), by its completion date.
bool completedWithin(const domain::Project& p, core::Date from, core::Date to);
/// The same from the completion date alone (for callers that keep a compact copy of it).
bool completedWithin(const std::optional<core::Date>& done, core::Date from, core::Date to);

}  // namespace wm::analysis
