// The column mapping (io/works_schema.hpp): each line of the input is a column or layer name as a shapefile,
// geodatabase, ledger header or a workspace's [layer.fields] key gives it — which works field it stands for, the
// unit in its brackets, whether it names districts.
#include <cmath>
#include <string>

#include "fuzz_support.hpp"
#include "io/works_schema.hpp"

using namespace wm;
using io::WorksField;

namespace {

void checkColumn(std::string_view column) {
  const std::optional<WorksField> field = io::fieldForColumn(column);
  // A canonical name is a column name too, and blanks around a name do not change what it is.
  if (const auto canonical = io::parseWorksFieldName(column)) WM_FUZZ_CHECK(field == canonical);
  WM_FUZZ_CHECK(io::fieldForColumn(" " + std::string(column) + "\t") == field);
  if (field) {
    WM_FUZZ_CHECK(static_cast<int>(*field) < io::kWorksFieldCount);
    WM_FUZZ_CHECK(io::parseWorksFieldName(io::worksFieldName(*field)) == field);
  }
  for (WorksField f : io::allWorksFields()) {
    const double scale = io::columnUnitScale(f, column);
    WM_FUZZ_CHECK(std::isfinite(scale) && scale > 0);
  }
  const int rank = io::districtNameRank(column);
  WM_FUZZ_CHECK(rank >= -1 && rank <= 5);
  WM_FUZZ_CHECK(io::isDistrictNameColumn(column) == (rank >= 0));
  io::isDistrictLayerName(column);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  for (std::string_view column : fuzz::split(fuzz::asText(data, size), '\n')) checkColumn(column);
  return 0;
}
