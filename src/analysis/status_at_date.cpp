#include "analysis/status_at_date.hpp"

namespace wm::analysis {

using domain::RecordedStatus;
using domain::Status;

Status statusAt(const domain::Project& p, core::Date t) {
  if (p.done && *p.done <= t) return Status::Completed;
  if (p.recorded == RecordedStatus::Completed && !p.done) return Status::Completed;
  if (p.recorded == RecordedStatus::Suspended && (!p.start || *p.start <= t)) return Status::Suspended;
  if (p.start && *p.start <= t) return Status::UnderConstruction;
  if (p.recorded == RecordedStatus::UnderConstruction && !p.start) return Status::UnderConstruction;
  return Status::Planned;
}

bool overdueAt(const domain::Project& p, core::Date t) {
  return statusAt(p, t) != Status::Completed && p.planDone && *p.planDone < t;
}

bool lateAt(const domain::Project& p, core::Date t) {
  return statusAt(p, t) == Status::Completed && p.done && p.planDone && *p.done > *p.planDone;
}

bool completedWithin(const domain::Project& p, core::Date from, core::Date to) {
  return p.done && *p.done >= from && *p.done <= to;
}

}  // namespace wm::analysis
