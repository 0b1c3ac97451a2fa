#pragma once
// File geodatabases (and GeoPackages) may store a works column as codes with a coded-value domain naming
// them (1 → 规划, 2 → 在建, 3 → 已完工), or as the subtype codes of a feature class (whose names ArcGIS shows in
// place of the codes); either way the codes are resolved to those names before the aliases apply. Internal
// to io.
#include <map>
#include <string>

class GDALDataset;
class OGRFeature;

namespace wm::io {

struct LayerPlan;

/// A feature class's subtypes as the geodatabase defines them: the column holding the subtype code and each
/// code's name ("2" → "在建"), and the coded-value domain each subtype gives a field where ArcGIS lets it differ
/// per subtype (subtype "1" 道路: JSZT → 道路状态; subtype "2" 桥梁: JSZT → 桥梁状态).
struct Subtypes {
  std::string column;
  std::map<std::string, std::string> names;
  std::map<std::string, std::map<std::string, std::string>> domains;  ///< subtype code → field → domain name
};

/// The subtypes of every feature class and table of the file geodatabase at `path` (a .gdb folder or a
/// /vsizip/ path to one), by feature class name. GDAL 3.6 does not expose them, so they are read from the
/// XML definitions in the geodatabase's GDB_Items system table. Empty when there are none or the table
/// cannot be read (the layers are then read without them).
std::map<std::string, Subtypes> readSubtypes(const std::string& path);

/// For each works column of the plan whose field has a coded-value domain in `dataset`: code → name, in
/// LayerPlan::codedValues; the plan's subtype column (LayerPlan::subtypeColumn) gets its subtype names
/// instead. Columns without either (or with a range/glob domain) are left as they are. `subtypes` (the
/// feature class's, or null): the domains its subtypes give the works and label columns, in
/// LayerPlan::subtypeCodedValues.
void readCodedValues(GDALDataset& dataset, LayerPlan& plan, const Subtypes* subtypes);

/// The names of the codes `column` holds in `feature`: those of the domain the feature's subtype gives the
/// column when it gives one, else `own` (the column's own domain, or none). Reads the feature's subtype code:
/// call it before taking a number column's text, which GDAL formats into the same per-feature buffer.
const std::map<std::string, std::string>& codesFor(const LayerPlan& plan, const OGRFeature& feature, int column,
                                                   const std::map<std::string, std::string>& own);

}  // namespace wm::io
