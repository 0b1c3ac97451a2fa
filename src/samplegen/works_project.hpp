#pragma once
// One project of the works register as the generator invents it, before it is written in the conventions of a
// particular layer (field names, date formats, status vocabulary, CRS).
#include <optional>
#include <string>

#include "core/date.hpp"
#include "samplegen/plane.hpp"

namespace wm::samplegen {

enum class WorksKind { Road, Park, Parking, Sewer };
enum class WorksStatus { Planned, UnderConstruction, Completed, Suspended };

struct WorksProject {
  std::string name;
  WorksKind kind = WorksKind::Road;
  WorksStatus status = WorksStatus::Planned;
  core::Date start;
  core::Date planDone;
  std::optional<core::Date> done;
  int district = -1;      ///< index into CountyLayout::districts
  double progress = 0.0;  ///< percent
  double invest = 0.0;    ///< 万元
  int spaces = 0;         ///< parking only
  int levels = 0;         ///< parking only: 1 surface, 3-6 multi-storey
  Polyline shape;         ///< a line, or for parks and parking an open counter-clockwise ring; local metres
  /// Picks one of several equivalent spellings in layers that mix them (sewer dates and statuses); chosen once
  /// when the project is made so that the shapefile and the GeoPackage agree.
  unsigned spelling = 0;
};

/// The date the register was taken: statuses, progress and "overdue" are as of this day.
core::Date registerDate();

inline bool isLine(WorksKind kind) { return kind == WorksKind::Road || kind == WorksKind::Sewer; }

}  // namespace wm::samplegen
