#include "analysis/status_at_date.hpp"

namespace wm::analysis {

using domain::RecordedStatus;
using domain::Status;

Status statusAt(RecordedStatus recorded, const std::optional<core::Date>& start, const std::optional<core::Date>& done,
                core::Date t) {
  if (done && *done <= t) return Status::Completed;
  if (recorded == RecordedStatus::Completed && !done) return Status::Completed;
  if (recorded == RecordedStatus::Suspended && (!start || *start <= t)) return Status::Suspended;
  if (start && *start <= t) return Status::UnderConstruction;
  if (recorded == RecordedStatus::UnderConstruction && !start) return Status::UnderConstruction;
  return Status::Planned;
}

Status statusAt(const domain::Project& p, core::Date t) { return statusAt(p.recorded, p.start, p.done, t); }

bool overdueAt(const domain::Project& p, core::Date t) {
  return statusAt(p, t) != Status::Completed && p.planDone && *p.planDone < t;
}

bool lateAt(const domain::Project& p, core::Date t) {
  return statusAt(p, t) == Status::Completed && p.done && p.planDone && *p.done > *p.planDone;
}

bool completedWithin(const std::optional<core::Date>& done, core::Date from, core::Date to) {
  return done && *done >= from && *done <= to;
}

bool completedWithin(const domain::Project& p, core::Date from, core::Date to) {
  return completedWithin(p.done, from, to);
}

}  // namespace wm::analysis
