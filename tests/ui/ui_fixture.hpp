#pragma once
// A small catalog for the desk's tests, with statuses worked out by hand at 2023-06-30.
#include <optional>

#include "domain/catalog.hpp"

namespace wm::test {

inline core::Date day(int y, int m, int d) { return *core::Date::fromYmd(y, m, d); }

inline domain::Project project(const char* name, domain::Kind kind, domain::RecordedStatus recorded,
                               std::optional<core::Date> start, std::optional<core::Date> planDone,
                               std::optional<core::Date> done) {
  domain::Project p;
  p.name = name;
  p.kind = kind;
  p.recorded = recorded;
  p.start = start;
  p.planDone = planDone;
  p.done = done;
  return p;
}

// At 2023-06-30:
//   0 东风路改造   road     completed (done 2023-05-01)
//   1 Station Road road     under construction (started 2023-01-10), overdue (planned 2023-06-01)
//   2 人民路       road     planned (starts 2023-09-01)
//   3 滨河游园     park     suspended (recorded suspended, started 2022-10-01), overdue (planned 2023-03-31)
//   4 北门停车场   parking  completed (recorded completed, no dates: the record stands)
//   5 西街游园     park     under construction (started 2023-06-30, the same day)
// So: road 1 planned, 1 under construction, 1 completed; park 1 under construction, 1 suspended; parking 1
// completed; overdue: road 1, park 1. Districts: 城区 (0), 麻塘片区 (1).
inline domain::Catalog uiCatalog() {
  using domain::Kind;
  using domain::RecordedStatus;
  domain::Catalog c;
  c.projects = {
      project("东风路改造", Kind::Road, RecordedStatus::Completed, day(2022, 3, 1), day(2023, 6, 1), day(2023, 5, 1)),
      project("Station Road", Kind::Road, RecordedStatus::UnderConstruction, day(2023, 1, 10), day(2023, 6, 1),
              std::nullopt),
      project("人民路", Kind::Road, RecordedStatus::Planned, day(2023, 9, 1), day(2024, 6, 1), std::nullopt),
      project("滨河游园", Kind::Park, RecordedStatus::Suspended, day(2022, 10, 1), day(2023, 3, 31), std::nullopt),
      project("北门停车场", Kind::Parking, RecordedStatus::Completed, std::nullopt, std::nullopt, std::nullopt),
      project("西街游园", Kind::Park, RecordedStatus::UnderConstruction, day(2023, 6, 30), day(2023, 12, 31),
              std::nullopt),
  };
  c.districts = {{"城区", false, 0, 0}, {"麻塘片区", false, 0, 0}};
  return c;
}

}  // namespace wm::test
