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

// uiCatalog with districts, measures, layers and feature ids, for the Inspector and District progress:
//   0 东风路改造   城区      road 1500 m, progress 100, invest 850.5, works_roads fid 7
//   1 Station Road 城区      road 820 m, progress 60, no investment, works_roads fid 8; 29 days overdue at 06-30
//   2 人民路       麻塘片区  road 2000 m
//   3 滨河游园     麻塘片区  park 5000 m²; 91 days overdue at 06-30 (planned 2023-03-31)
//   4 北门停车场   城区      parking 3000 m², 120 spaces, works_parking fid 3
//   5 西街游园     (none)    park 2500 m²
// District progress at 2023-06-30, worked out by hand:
//   城区      total 3: under construction 1, completed 2; overdue 1; roads 1.500 of 2.320 km; spaces 120 of 120
//   麻塘片区  total 2: planned 1, suspended 1; overdue 1; roads 0 of 2.000 km; parks 0 of 5000 m²
//   unassigned total 1: under construction 1; parks 0 of 2500 m²
inline domain::Catalog deskCatalog() {
  domain::Catalog c = uiCatalog();
  c.layers.resize(3);
  c.layers[0].info.name = "works_roads";
  c.layers[1].info.name = "works_parks";
  c.layers[2].info.name = "works_parking";
  struct Extra {
    std::int32_t district;
    double lengthM, areaM2, progress, invest;
    std::int64_t spaces;
    std::uint32_t layer;
    std::int64_t fid;
  };
  const Extra extras[] = {{0, 1500, 0, 100, 850.5, 0, 0, 7}, {0, 820, 0, 60, NAN, 0, 0, 8},
                          {1, 2000, 0, NAN, NAN, 0, 0, 9},   {1, 0, 5000, 30, 120, 0, 1, 1},
                          {0, 0, 3000, 100, 300, 120, 2, 3}, {domain::kNoDistrict, 0, 2500, 5, 80, 0, 1, 2}};
  for (std::size_t i = 0; i < c.projects.size(); ++i) {
    domain::Project& p = c.projects[i];
    const Extra& e = extras[i];
    p.district = e.district;
    p.lengthM = e.lengthM;
    p.areaM2 = e.areaM2;
    p.progress = e.progress;
    p.invest = e.invest;
    p.spaces = e.spaces;
    p.layer = e.layer;
    p.fid = e.fid;
  }
  return c;
}

}  // namespace wm::test
