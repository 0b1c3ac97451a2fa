#include "samplegen/project_timeline.hpp"

#include <algorithm>
#include <cmath>

namespace wm::samplegen {
namespace {

struct Durations {
  int minDays;
  int maxDays;
};

Durations durationsOf(WorksKind kind) {
  switch (kind) {
    case WorksKind::Road:
      return {182, 548};  // 6-18 months
    case WorksKind::Park:
      return {61, 182};  // 2-6 months
    case WorksKind::Parking:
      return {91, 365};  // 3-12 months
    case WorksKind::Sewer:
      return {122, 426};  // 4-14 months
  }
  return {91, 365};
}

core::Date ymd(int y, int m, int d) { return *core::Date::fromYmd(y, m, d); }
core::Date plusDays(core::Date date, int days) { return core::Date::fromDays(date.days() + days); }

int dayBetween(Random& random, core::Date from, core::Date to) {
  return to.days() <= from.days() ? from.days() : random.between(from.days(), to.days());
}

double roundTo(double value, double step) { return std::round(value / step) * step; }

void completedTimeline(Random& random, WorksProject& p, int planDays) {
  const core::Date earliest = ymd(2021, 1, 4);
  bool late = random.chance(0.25);
  int actualDays = late ? planDays + random.between(12, 120) : planDays - random.between(0, std::min(30, planDays / 6));
  core::Date latestStart = plusDays(registerDate(), -actualDays - random.between(0, 20));
  p.start = core::Date::fromDays(dayBetween(random, earliest, latestStart));
  p.planDone = plusDays(p.start, planDays);
  p.done = plusDays(p.start, actualDays);
  p.progress = 100.0;
}

void underConstructionTimeline(Random& random, WorksProject& p, int planDays) {
  const core::Date earliest = ymd(2021, 3, 1);
  core::Date t = registerDate();
  if (random.chance(0.3)) {
    // Overdue: the planned completion has already passed.
    p.start = std::max(earliest, plusDays(t, -planDays - random.between(10, 200)));
  } else {
    p.start =
        core::Date::fromDays(dayBetween(random, std::max(earliest, plusDays(t, -planDays + 15)), plusDays(t, -10)));
  }
  p.planDone = plusDays(p.start, planDays);
  double elapsed = static_cast<double>(t.days() - p.start.days()) / planDays;
  double pace = random.uniform(0.75, 1.05);
  p.progress = roundTo(std::clamp(elapsed * 100.0 * pace, 3.0, 97.0), 1.0);
}

}  // namespace

core::Date registerDate() { return ymd(2023, 6, 30); }

WorksStatus drawStatus(Random& random) {
  double u = random.unit();
  if (u < 0.50) return WorksStatus::Completed;
  if (u < 0.80) return WorksStatus::UnderConstruction;
  if (u < 0.91) return WorksStatus::Planned;
  return WorksStatus::Suspended;
}

void assignTimeline(Random& random, WorksProject& p) {
  Durations span = durationsOf(p.kind);
  int planDays = random.between(span.minDays, span.maxDays);
  p.done.reset();
  switch (p.status) {
    case WorksStatus::Completed:
      completedTimeline(random, p, planDays);
      break;
    case WorksStatus::UnderConstruction:
      underConstructionTimeline(random, p, planDays);
      break;
    case WorksStatus::Suspended:
      p.start = core::Date::fromDays(dayBetween(random, ymd(2021, 3, 1), plusDays(registerDate(), -75)));
      p.planDone = plusDays(p.start, planDays);
      p.progress = roundTo(random.uniform(10.0, 60.0), 1.0);
      break;
    case WorksStatus::Planned:
      // Planned starts run from late 2023 into 2024.
      p.start = core::Date::fromDays(dayBetween(random, plusDays(registerDate(), 20), ymd(2024, 6, 30)));
      p.planDone = plusDays(p.start, planDays);
      p.progress = 0.0;
      break;
  }
}

void assignInvestment(Random& random, WorksProject& p, bool urban) {
  double rate = random.uniform(0.8, 1.25) * (urban ? 1.0 : 0.55);
  double value = 0.0;
  switch (p.kind) {
    case WorksKind::Road:
      value = lineLength(p.shape) / 1000.0 * 1600.0 * rate;
      break;  // 万元 per km
    case WorksKind::Sewer:
      value = lineLength(p.shape) / 1000.0 * 420.0 * rate;
      break;  // 万元 per km
    case WorksKind::Park:
      value = std::abs(signedArea(p.shape)) * 0.05 * rate;
      break;  // 500 元/m²
    case WorksKind::Parking:
      value = p.spaces * (p.levels > 1 ? 16.0 : 2.5) * rate;  // 万元 per space
      break;
  }
  p.invest = roundTo(value, 0.01);
}

}  // namespace wm::samplegen
