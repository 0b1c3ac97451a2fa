#version 330 compatibility
// The status of a project at the as-of date (docs/design.md §3.1), the same rules as analysis::statusAt
// (src/analysis/status_at_date.cpp): keep them in step. Linked into both stages of the map program: the vertex
// stage colours vector geometry, the fragment stage coverage rasters (src/scene/coverage_layer.hpp).
// wm_mapStatus / wm_mapMarked are what the map draws, in period mode too; ui::projectShown mirrors them.

#include "map_constants.glsl"

uniform int wm_periodMode;      // 1: only works completed within [wm_periodFromDay, wm_periodToDay]
uniform float wm_periodFromDay;  // days since 2000-01-01, both days included
uniform float wm_periodToDay;

// t: as-of day; recorded: domain::RecordedStatus, a kStatus… id or 4 missing, 5 unknown (the last two match no
// recorded rule: the dates alone decide); flags: which dates are set; dates: start, planned completion,
// completion (days since 2000-01-01). Returns a kStatus… id, a domain::Status.
int wm_statusAt(float t, int recorded, int flags, vec3 dates) {
  bool hasStart = (flags & kHasStart) != 0;
  bool hasDone = (flags & kHasDone) != 0;
  if (hasDone && dates.z <= t) return kStatusCompleted;
  if (recorded == kStatusCompleted && !hasDone) return kStatusCompleted;
  if (recorded == kStatusSuspended && (!hasStart || dates.x <= t)) return kStatusSuspended;
  if (hasStart && dates.x <= t) return kStatusUnderConstruction;
  if (recorded == kStatusUnderConstruction && !hasStart) return kStatusUnderConstruction;
  return kStatusPlanned;
}

// Overdue (docs/design.md §3.3): not completed at t and past its planned completion.
bool wm_overdueAt(float t, int status, int flags, vec3 dates) {
  return status != kStatusCompleted && (flags & kHasPlan) != 0 && dates.y < t;
}

// What the map shows a project as: its status at t, or in period mode completed when its completion
// date falls within the period, and -1 (not drawn) for every other work, a completed record without a date too
// (analysis::completedWithin).
int wm_mapStatus(float t, int recorded, int flags, vec3 dates) {
  if (wm_periodMode == 0) return wm_statusAt(t, recorded, flags, dates);
  bool within = (flags & kHasDone) != 0 && dates.z >= wm_periodFromDay && dates.z <= wm_periodToDay;
  return within ? kStatusCompleted : -1;
}

// Whether the map marks a shown work (dark casing; the only ones drawn with overdue only): overdue at t, or in
// period mode completed late, after its planned completion (analysis::lateAt), as a period report counts them.
bool wm_mapMarked(float t, int status, int flags, vec3 dates) {
  if (wm_periodMode == 0) return wm_overdueAt(t, status, flags, dates);
  return (flags & kHasPlan) != 0 && dates.z > dates.y;
}
