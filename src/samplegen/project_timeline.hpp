#pragma once
// Dates, progress and investment of invented projects: durations typical of each kind, a share completed late,
// some overdue, all consistent with the recorded status as of registerDate().
#include "samplegen/random.hpp"
#include "samplegen/works_project.hpp"

namespace wm::samplegen {

/// A status drawn with the mix of a county register: half completed, a third under way, the rest planned or
/// suspended.
WorksStatus drawStatus(Random& random);

/// Sets start, planDone, done and progress for the project's kind and status.
void assignTimeline(Random& random, WorksProject& project);

/// Sets invest (万元) from the shape's size and the kind; urban works cost more per unit than rural ones.
void assignInvestment(Random& random, WorksProject& project, bool urban);

}  // namespace wm::samplegen
