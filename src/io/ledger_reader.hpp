#pragma once
// Spreadsheet and CSV ledgers (台账: .xlsx .xls .ods .csv) as works layers. Each sheet with a header row is read
// as a person reads it (ledger_table) and written to an in-memory GeoPackage the ordinary readers then load:
// one layer per sheet, every named column as text, dates as YYYY-MM-DD, and points where the sheet has
// longitude/latitude columns (no geometry otherwise). Internal to io.
#include <string>

#include "core/diagnostic.hpp"

namespace wm::io {

/// Whether a path (a file or a /vsizip/ member) is a spreadsheet or CSV read as a ledger.
bool isLedgerPath(const std::string& path);

struct LedgerConversion {
  std::string memoryPath;  ///< the in-memory GeoPackage (release with releaseMemoryCopy); empty on failure
  std::string driver;      ///< the spreadsheet's GDAL driver ("XLSX", "ODS", "XLS", "CSV")
  core::Diagnostics problems;
};

/// Reads every sheet of the ledger at `path` (`display` names it in messages). A sheet without a recognisable
/// header row is left out with a note; a file without any is an error.
LedgerConversion convertLedger(const std::string& path, const std::string& display);

}  // namespace wm::io
