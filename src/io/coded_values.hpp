#pragma once
// File geodatabases (and GeoPackages) may store a works column as codes with a coded-value domain naming
// them (1 → 规划, 2 → 在建, 3 → 已完工), or as the subtype codes of a feature class (whose names ArcGIS shows in
// place of the codes); either way the codes are resolved to those names before the aliases apply. Internal
// to io.
#include <map>
#include <string>

class GDALDataset;

namespace wm::io {

struct LayerPlan;

/// A feature class's subtypes as the geodatabase defines them: the column holding the subtype code and each
/// code's name ("2" → "在建").
struct Subtypes {
  std::string column;
  std::map<std::string, std::string> names;
};

/// The subtypes of every feature class and table of the file geodatabase at `path` (a .gdb folder or a
/// /vsizip/ path to one), by feature class name. GDAL 3.6 does not expose them, so they are read from the
/// XML definitions in the geodatabase's GDB_Items system table. Empty when there are none or the table
/// cannot be read (the layers are then read without them).
std::map<std::string, Subtypes> readSubtypes(const std::string& path);

/// For each works column of the plan whose field has a coded-value domain in `dataset`: code → name, in
/// LayerPlan::codedValues; the plan's subtype column (LayerPlan::subtypeColumn) gets its subtype names
/// instead. Columns without either (or with a range/glob domain) are left as they are.
void readCodedValues(GDALDataset& dataset, LayerPlan& plan);

}  // namespace wm::io
