#include "io/ledger_reader.hpp"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>

#include <cpl_string.h>
#include <cpl_vsi.h>
#include <fmt/format.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "core/date.hpp"
#include "core/text.hpp"
#include "domain/kind.hpp"
#include "io/gdal_dataset.hpp"
#include "io/gdal_error_capture.hpp"
#include "io/ledger_table.hpp"

namespace wm::io {
namespace {

using core::Diagnostic;
using core::Msg;

std::string extensionOf(const std::string& path) {
  return core::asciiLower(std::filesystem::path(path).extension().string());
}

// CSV files saved by Excel in China are GB18030 (GBK) more often than UTF-8: recode those into memory first.
std::string utf8Csv(const std::string& path, const std::string& dir) {
  VSILFILE* f = VSIFOpenL(path.c_str(), "rb");
  if (!f) return path;
  std::string bytes;
  char buffer[1 << 16];
  for (std::size_t n; (n = VSIFReadL(buffer, 1, sizeof buffer, f)) > 0;) bytes.append(buffer, n);
  VSIFCloseL(f);
  if (core::isValidUtf8(bytes)) return path;
  char* recoded = CPLRecode(bytes.c_str(), "GB18030", CPL_ENC_UTF8);
  std::string out = dir + "/source.csv";
  VSILFILE* o = VSIFOpenL(out.c_str(), "wb");
  VSIFWriteL(recoded, 1, std::strlen(recoded), o);
  VSIFCloseL(o);
  CPLFree(recoded);
  return out;
}

// Headers are found by us, not the driver: title rows above them would otherwise become the column names.
DatasetPtr openSheets(const std::string& path) {
  CPLStringList options;
  std::string ext = extensionOf(path);
  if (ext == ".csv") {
    options.SetNameValue("HEADERS", "NO");
    options.SetNameValue("AUTODETECT_TYPE", "NO");
  } else {
    options.SetNameValue("HEADERS", "DISABLE");
    options.SetNameValue("FIELD_TYPES", "AUTO");
  }
  // The open option where the driver has one, the configuration options (older and the XLS driver) besides.
  const char* const kHeaderOptions[] = {"OGR_XLS_HEADERS", "OGR_XLSX_HEADERS", "OGR_ODS_HEADERS"};
  for (const char* key : kHeaderOptions) CPLSetThreadLocalConfigOption(key, "DISABLE");
  GDALDataset* ds =
      GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, options.List(), nullptr);
  for (const char* key : kHeaderOptions) CPLSetThreadLocalConfigOption(key, nullptr);
  return DatasetPtr(ds);
}

LedgerCell cellOf(const OGRFeature& f, int i) {
  LedgerCell cell;
  if (!f.IsFieldSetAndNotNull(i)) return cell;
  OGRFieldType type = f.GetFieldDefnRef(i)->GetType();
  if (type == OFTDate || type == OFTDateTime) {
    int y = 0, m = 0, d = 0, hh = 0, mm = 0, tz = 0;
    float ss = 0;
    f.GetFieldAsDateTime(i, &y, &m, &d, &hh, &mm, &ss, &tz);
    cell.date = core::Date::fromYmd(y, m, d);
  } else if (type == OFTReal || type == OFTInteger || type == OFTInteger64) {
    cell.number = f.GetFieldAsDouble(i);
  }
  cell.text = std::string(core::trim(f.GetFieldAsString(i)));
  return cell;
}

// A driver that took the first row as the column names after all (an older one ignoring HEADERS) names its
// fields after it; those names are then the sheet's first row. Its own names (Field1, field_1) are not.
bool driverNamedFields(const OGRFeatureDefn& defn) {
  for (int i = 0; i < defn.GetFieldCount(); ++i) {
    std::string name = core::asciiLower(defn.GetFieldDefn(i)->GetNameRef());
    std::size_t digits = name.find_first_of("0123456789");
    std::string stem = name.substr(0, digits);
    if (digits == std::string::npos || (stem != "field" && stem != "field_")) return true;
  }
  return false;
}

LedgerRow rowOf(const OGRFeature& f, int columns) {
  LedgerRow row;
  row.reserve(static_cast<std::size_t>(columns));
  for (int i = 0; i < columns; ++i) row.push_back(cellOf(f, i));
  return row;
}

// The first `limit` rows of a sheet (where its header is), with the driver's field names as row 0 when it
// took them from the sheet.
std::vector<LedgerRow> headRows(OGRLayer& layer, std::size_t limit) {
  std::vector<LedgerRow> rows;
  int columns = layer.GetLayerDefn()->GetFieldCount();
  if (driverNamedFields(*layer.GetLayerDefn())) {
    LedgerRow& names = rows.emplace_back();
    for (int i = 0; i < columns; ++i) names.push_back({layer.GetLayerDefn()->GetFieldDefn(i)->GetNameRef(), {}, {}});
  }
  layer.ResetReading();
  while (rows.size() < limit)
    if (std::unique_ptr<OGRFeature> f{layer.GetNextFeature()})
      rows.push_back(rowOf(*f, columns));
    else
      break;
  return rows;
}

// A sheet named after a kind (道路, 停车场) names the layer; a lone "Sheet1" gives way to the file's own name
// (停车场台账), so the kind can still come from it.
std::string layerNameFor(const std::string& sheet, const std::string& stem, int usableSheets) {
  if (domain::kindFromLayerName(sheet)) return sheet;
  if (usableSheets == 1 || sheet == stem) return stem;
  return stem + "_" + sheet;
}

struct SheetWriter {
  const std::string& display;
  const std::string& sheet;
  LedgerConversion& out;
  std::map<std::string, std::pair<int, std::string>> monthOnly;  // column → count, an example

  // A works date cell as YYYY-MM-DD where it can be read; else its text, for the reader to report.
  std::string dateText(const LedgerCell& cell, const std::string& column, std::optional<int> year) {
    if (cell.date) return cell.date->iso();
    double serial = cell.number.value_or(0);
    if (!cell.number) {
      char* end = nullptr;
      double v = std::strtod(cell.text.c_str(), &end);
      if (!cell.text.empty() && *end == '\0') serial = v;
    }
    // Day numbers of 1927-2119: a serial date; 8-digit numbers (20220630) stay for parseDate.
    if (serial >= 10000 && serial < 80000)
      if (auto d = core::fromSpreadsheetSerial(serial)) return d->iso();
    if (core::parseDate(cell.text).outcome != core::DateParse::Outcome::Unparseable) return cell.text;
    if (auto d = core::parseMonthEnd(cell.text, year)) {
      auto& [count, example] = monthOnly[column];
      if (count++ == 0) example = cell.text;
      return d->iso();
    }
    return cell.text;
  }

  void notes() {
    for (const auto& [column, seen] : monthOnly)
      out.problems.add(Diagnostic::info(Msg::LedgerMonthOnlyDates, {column, std::to_string(seen.first), seen.second})
                           .inLayer(display, sheet));
  }
};

std::optional<std::pair<double, double>> pointOf(const LedgerRow& row, const LedgerLayout& layout) {
  auto at = [&](int column) -> const LedgerCell* {
    if (column < 0) return nullptr;
    auto source = static_cast<std::size_t>(layout.columns[static_cast<std::size_t>(column)].source);
    return source < row.size() ? &row[source] : nullptr;
  };
  if (const LedgerCell* both = at(layout.lonLatColumn)) {
    std::string text = both->text;
    for (char& c : text)
      if (c == ';' || c == ' ') c = ',';
    std::size_t comma = text.find(',');
    if (comma == std::string::npos) return std::nullopt;
    auto lon = parseCoordinate(text.substr(0, comma)), lat = parseCoordinate(text.substr(comma + 1));
    if (lon && lat) return std::pair{*lon, *lat};
    return std::nullopt;
  }
  const LedgerCell *lon = at(layout.lonColumn), *lat = at(layout.latColumn);
  if (!lon || !lat) return std::nullopt;
  auto x = lon->number ? lon->number : parseCoordinate(lon->text);
  auto y = lat->number ? lat->number : parseCoordinate(lat->text);
  if (x && y) return std::pair{*x, *y};
  return std::nullopt;
}

OGRLayer* createLayer(GDALDataset& target, const std::string& name, const LedgerLayout& layout, bool points) {
  // No R-tree: the copy is read once, front to back, and maintaining one costs more than the rest of the copy.
  const char* options[] = {"SPATIAL_INDEX=NO", nullptr};
  OGRLayer* layer = target.CreateLayer(name.c_str(), nullptr, points ? wkbPoint : wkbNone, const_cast<char**>(options));
  if (!layer) return nullptr;
  std::vector<std::string> used;
  for (const auto& column : layout.columns) {
    std::string header = column.header;
    for (int n = 2; std::find(used.begin(), used.end(), header) != used.end(); ++n)
      header = fmt::format("{}_{}", column.header, n);
    used.push_back(header);
    OGRFieldDefn field(header.c_str(), OFTString);
    if (layer->CreateField(&field) != OGRERR_NONE) return nullptr;
  }
  return layer;
}

// Streams the sheet's rows below the header into a new layer (a register of any length is never held whole);
// gives the number of total rows left out, or -1 when the layer cannot be made.
int writeSheet(GDALDataset& target, const std::string& name, OGRLayer& sheet, const LedgerLayout& layout,
               SheetWriter& writer) {
  bool points = layout.lonLatColumn >= 0 || layout.lonColumn >= 0;
  OGRLayer* layer = createLayer(target, name, layout, points);
  if (!layer) return -1;
  int columns = sheet.GetLayerDefn()->GetFieldCount(), totals = 0;
  int r = driverNamedFields(*sheet.GetLayerDefn()) ? 1 : 0;  // the sheet row of the next feature
  target.StartTransaction();
  sheet.ResetReading();
  while (std::unique_ptr<OGRFeature> f{sheet.GetNextFeature()}) {
    int index = r++;
    if (index <= layout.headerRow) continue;
    LedgerRow row = rowOf(*f, columns);
    totals += isLedgerTotalRow(row) ? 1 : 0;
    if (!isLedgerDataRow(row)) continue;
    OGRFeature feature(layer->GetLayerDefn());
    feature.SetFID(index + 1);  // the sheet's row number, as the user sees it
    for (std::size_t c = 0; c < layout.columns.size(); ++c) {
      const LedgerColumn& column = layout.columns[c];
      if (static_cast<std::size_t>(column.source) >= row.size()) continue;
      const LedgerCell& cell = row[static_cast<std::size_t>(column.source)];
      if (cell.empty()) continue;
      std::string text = column.date ? writer.dateText(cell, column.header, layout.year) : cell.text;
      feature.SetField(static_cast<int>(c), text.c_str());
    }
    if (points)
      if (auto p = pointOf(row, layout)) feature.SetGeometryDirectly(new OGRPoint(p->first, p->second));
    if (layer->CreateFeature(&feature) != OGRERR_NONE) continue;  // a row the GeoPackage refuses is no project
  }
  target.CommitTransaction();
  return totals;
}

// Every sheet with a header row into `target`; gives how many there were.
int copySheets(GDALDataset& source, GDALDataset& target, const std::string& display, LedgerConversion& out) {
  std::string stem = std::filesystem::path(display).stem().string();
  std::vector<LedgerLayout> layouts;
  std::vector<bool> blank;
  for (int i = 0; i < source.GetLayerCount(); ++i) {
    std::vector<LedgerRow> head = headRows(*source.GetLayer(i), kLedgerHeaderSearchRows);
    blank.push_back(head.empty());
    layouts.push_back(readLedgerLayout(head));
  }
  int usable = static_cast<int>(
      std::count_if(layouts.begin(), layouts.end(), [](const LedgerLayout& l) { return l.headerRow >= 0; }));
  for (std::size_t i = 0; i < layouts.size(); ++i) {
    OGRLayer& sheet = *source.GetLayer(static_cast<int>(i));
    std::string name = sheet.GetName();
    if (layouts[i].headerRow < 0) {
      if (!blank[i]) out.problems.add(Diagnostic::info(Msg::LedgerSheetWithoutHeader).inLayer(display, name));
      continue;
    }
    SheetWriter writer{display, name, out, {}};
    int totals = writeSheet(target, layerNameFor(name, stem, usable), sheet, layouts[i], writer);
    writer.notes();
    if (totals > 0)
      out.problems.add(Diagnostic::info(Msg::LedgerTotalRowsSkipped, {std::to_string(totals)}).inLayer(display, name));
  }
  return usable;
}

// The GDAL driver a spreadsheet format needs; GDAL may be built without one (XLS needs FreeXL, ODS and XLSX
// need Expat), and a file it cannot open should say what to do rather than that it is "not vector data".
const char* spreadsheetDriver(const std::string& extension) {
  if (extension == ".xls") return "XLS";
  if (extension == ".xlsx") return "XLSX";
  if (extension == ".ods") return "ODS";
  return nullptr;
}

}  // namespace

bool isLedgerPath(const std::string& path) {
  std::string ext = extensionOf(path);
  return ext == ".xlsx" || ext == ".xls" || ext == ".ods" || ext == ".csv";
}

LedgerConversion convertLedger(const std::string& path, const std::string& display) {
  static std::atomic<int> counter{0};
  LedgerConversion out;
  const std::string extension = extensionOf(path);
  if (const char* driver = spreadsheetDriver(extension); driver && !GetGDALDriverManager()->GetDriverByName(driver)) {
    out.problems.add(Diagnostic::error(Msg::LedgerFormatUnsupported, {extension, driver}).inFile(display));
    return out;
  }
  std::string dir = fmt::format("/vsimem/worksmap_ledger_{}", counter++);
  VSIMkdir(dir.c_str(), 0755);
  GdalErrorCapture errors;
  std::string readable = extension == ".csv" ? utf8Csv(path, dir) : path;
  DatasetPtr source = openSheets(readable);
  if (!source) {
    out.problems.add(Diagnostic::error(Msg::SourceUnreadable, {errors.take()}).inFile(display));
    VSIRmdirRecursive(dir.c_str());
    return out;
  }
  out.driver = source->GetDriver() ? source->GetDriver()->GetDescription() : "";
  GDALDriver* gpkg = GetGDALDriverManager()->GetDriverByName("GPKG");
  std::string memoryPath = dir + "/ledger.gpkg";
  DatasetPtr target(gpkg ? gpkg->Create(memoryPath.c_str(), 0, 0, 0, GDT_Unknown, nullptr) : nullptr);
  if (!target) {
    out.problems.add(Diagnostic::error(Msg::SourceUnreadable, {errors.take()}).inFile(display));
    VSIRmdirRecursive(dir.c_str());
    return out;
  }
  int usable = copySheets(*source, *target, display, out);
  errors.take();
  if (usable == 0) {
    out.problems.add(Diagnostic::error(Msg::LedgerWithoutHeader).inFile(display));
    target.reset();
    VSIRmdirRecursive(dir.c_str());
    return out;
  }
  target.reset();
  out.memoryPath = memoryPath;
  return out;
}

}  // namespace wm::io
