#pragma once
// The sample county's registers as a bureau keeps them in Excel (台账), written into geodata/ledger/: the same
// fictional projects as the shapefiles, laid out the way real ledgers are (a merged title row, 序号, dates as
// date cells, bare serials and month-only text, a total row, one sheet per kind), and a workspace that joins
// the road ledger to the road geometry by name.
#include <filesystem>
#include <vector>

#include "samplegen/failure.hpp"
#include "samplegen/county_layout.hpp"
#include "samplegen/works_project.hpp"

namespace wm::samplegen {

/// Writes 停车场台账.xlsx (parking, with longitude/latitude), 城建项目台账.xlsx (sheets 道路, 游园, 污水, no
/// coordinates) and ledger-join.worksmap.toml into `dir` (created). Gives the files written.
Result<std::vector<std::filesystem::path>> writeSampleLedgers(const std::filesystem::path& dir,
                                                              const std::vector<WorksProject>& projects,
                                                              const CountyLayout& layout);

}  // namespace wm::samplegen
