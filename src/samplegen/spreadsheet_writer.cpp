#include "samplegen/spreadsheet_writer.hpp"

#include <algorithm>
#include <cstdint>
#include <map>

#include <cpl_conv.h>
#include <cpl_vsi.h>
#include <fmt/format.h>

#include "core/date.hpp"
#include "core/text.hpp"

namespace wm::samplegen {
namespace {

constexpr const char* kMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr const char* kRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr const char* kPkgRel = "http://schemas.openxmlformats.org/package/2006/relationships";
constexpr const char* kHeader = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

std::string columnName(std::size_t index) {
  std::string out;
  for (std::size_t n = index + 1; n > 0; n = (n - 1) / 26)
    out.insert(out.begin(), static_cast<char>('A' + (n - 1) % 26));
  return out;
}

// Shared strings in first-use order, as spreadsheet programs write them.
struct SharedStrings {
  std::map<std::string, std::size_t> index;
  std::vector<std::string> list;
  std::size_t of(const std::string& s) {
    auto [it, added] = index.emplace(s, list.size());
    if (added) list.push_back(s);
    return it->second;
  }
};

std::string sheetXml(const Sheet& sheet, SharedStrings& strings) {
  std::string xml = fmt::format("{}<worksheet xmlns=\"{}\"><sheetData>", kHeader, kMain);
  for (std::size_t r = 0; r < sheet.rows.size(); ++r) {
    xml += fmt::format("<row r=\"{}\">", r + 1);
    for (std::size_t c = 0; c < sheet.rows[r].size(); ++c) {
      const SheetCell& cell = sheet.rows[r][c];
      std::string ref = columnName(c) + std::to_string(r + 1);
      if (cell.number)
        xml += fmt::format("<c r=\"{}\"{}><v>{}</v></c>", ref, cell.dateFormat ? " s=\"1\"" : "", *cell.number);
      else if (!cell.text.empty())
        xml += fmt::format("<c r=\"{}\" t=\"s\"><v>{}</v></c>", ref, strings.of(cell.text));
    }
    xml += "</row>";
  }
  xml += "</sheetData>";
  if (!sheet.merges.empty()) {
    xml += fmt::format("<mergeCells count=\"{}\">", sheet.merges.size());
    for (const auto& m : sheet.merges) xml += fmt::format("<mergeCell ref=\"{}\"/>", m);
    xml += "</mergeCells>";
  }
  return xml + "</worksheet>";
}

std::string contentTypes(std::size_t sheets) {
  std::string xml = fmt::format(
      "{}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      "<Override PartName=\"/xl/workbook.xml\" "
      "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
      "<Override PartName=\"/xl/styles.xml\" "
      "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
      "<Override PartName=\"/xl/sharedStrings.xml\" "
      "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>",
      kHeader);
  for (std::size_t i = 1; i <= sheets; ++i)
    xml += fmt::format(
        "<Override PartName=\"/xl/worksheets/sheet{}.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>",
        i);
  return xml + "</Types>";
}

std::string workbook(const std::vector<Sheet>& sheets) {
  std::string xml = fmt::format("{}<workbook xmlns=\"{}\" xmlns:r=\"{}\"><sheets>", kHeader, kMain, kRel);
  for (std::size_t i = 0; i < sheets.size(); ++i)
    xml +=
        fmt::format("<sheet name=\"{}\" sheetId=\"{}\" r:id=\"rId{}\"/>", core::xmlText(sheets[i].name), i + 1, i + 1);
  return xml + "</sheets></workbook>";
}

std::string workbookRels(std::size_t sheets) {
  std::string xml = fmt::format("{}<Relationships xmlns=\"{}\">", kHeader, kPkgRel);
  for (std::size_t i = 1; i <= sheets; ++i)
    xml +=
        fmt::format("<Relationship Id=\"rId{}\" Type=\"{}/worksheet\" Target=\"worksheets/sheet{}.xml\"/>", i, kRel, i);
  xml += fmt::format("<Relationship Id=\"rId{}\" Type=\"{}/styles\" Target=\"styles.xml\"/>", sheets + 1, kRel);
  xml += fmt::format("<Relationship Id=\"rId{}\" Type=\"{}/sharedStrings\" Target=\"sharedStrings.xml\"/>", sheets + 2,
                     kRel);
  return xml + "</Relationships>";
}

// Style 0: general; style 1: built-in number format 14, the locale's short date.
std::string styles() {
  return fmt::format(
      "{}<styleSheet xmlns=\"{}\"><fonts count=\"1\"><font><sz val=\"11\"/><name val=\"宋体\"/></font></fonts>"
      "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills><borders "
      "count=\"1\"><border/></borders>"
      "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
      "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
      "<xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
      "</styleSheet>",
      kHeader, kMain);
}

std::string sharedStringsXml(const SharedStrings& strings) {
  std::string xml = fmt::format("{}<sst xmlns=\"{}\" count=\"{}\" uniqueCount=\"{}\">", kHeader, kMain,
                                strings.list.size(), strings.list.size());
  for (const auto& s : strings.list) xml += "<si><t xml:space=\"preserve\">" + core::xmlText(s) + "</t></si>";
  return xml + "</sst>";
}

std::uint32_t le(const std::string& b, std::size_t at, int bytes) {
  std::uint32_t v = 0;
  for (int i = bytes - 1; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(b[at + static_cast<std::size_t>(i)]);
  return v;
}

// GDAL's zip writer stamps each member with the current time; the sample must be byte-for-byte reproducible,
// so every local and central header gets 1980-01-01 00:00 (DOS time 0, date 0x21) instead.
bool fixTimeStamps(const std::string& path) {
  std::string bytes;
  VSILFILE* f = VSIFOpenL(path.c_str(), "rb");
  if (!f) return false;
  char buffer[1 << 16];
  for (std::size_t n; (n = VSIFReadL(buffer, 1, sizeof buffer, f)) > 0;) bytes.append(buffer, n);
  VSIFCloseL(f);
  auto stamp = [&](std::size_t at) {
    bytes[at] = bytes[at + 1] = 0;
    bytes[at + 2] = 0x21;
    bytes[at + 3] = 0;
  };
  std::size_t at = 0;
  while (at + 30 <= bytes.size() && le(bytes, at, 4) == 0x04034b50) {  // local file headers, then their data
    stamp(at + 10);
    at += 30 + le(bytes, at + 26, 2) + le(bytes, at + 28, 2) + le(bytes, at + 18, 4);
  }
  while (at + 46 <= bytes.size() && le(bytes, at, 4) == 0x02014b50) {  // the central directory
    stamp(at + 12);
    at += 46 + le(bytes, at + 28, 2) + le(bytes, at + 30, 2) + le(bytes, at + 32, 2);
  }
  f = VSIFOpenL(path.c_str(), "wb");
  if (!f) return false;
  bool ok = VSIFWriteL(bytes.data(), 1, bytes.size(), f) == bytes.size();
  return VSIFCloseL(f) == 0 && ok;
}

// The parts into a new zip at `path`, in order, the first stored uncompressed when `storeFirst` (an
// OpenDocument file's mimetype), with fixed time stamps.
Result<int> writeZip(const std::string& path, const std::vector<std::pair<std::string, std::string>>& parts,
                     bool storeFirst) {
  VSIUnlink(path.c_str());
  void* zip = CPLCreateZip(path.c_str(), nullptr);
  if (!zip) return Failure{"cannot create " + path};
  const char* const stored[] = {"COMPRESSED=NO", nullptr};
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const auto& [name, content] = parts[i];
    char** options = storeFirst && i == 0 ? const_cast<char**>(stored) : nullptr;
    if (CPLCreateFileInZip(zip, name.c_str(), options) != CE_None ||
        CPLWriteFileInZip(zip, content.data(), static_cast<int>(content.size())) != CE_None ||
        CPLCloseFileInZip(zip) != CE_None) {
      CPLCloseZip(zip);
      return Failure{"cannot write " + name + " into " + path};
    }
  }
  if (CPLCloseZip(zip) != CE_None) return Failure{"cannot finish " + path};
  if (!fixTimeStamps(path)) return Failure{"cannot finish " + path};
  return static_cast<int>(parts.size());
}

constexpr const char* kOdsMime = "application/vnd.oasis.opendocument.spreadsheet";

// One OpenDocument cell: text, a float, or a date-formatted serial as an ODF date (as a spreadsheet program
// saves a date typed into a cell); a merged range's first cell spans it and covered cells follow.
std::string odsCell(const SheetCell& cell, int spanColumns, int spanRows) {
  std::string span =
      spanColumns > 1 || spanRows > 1
          ? fmt::format(" table:number-columns-spanned=\"{}\" table:number-rows-spanned=\"{}\"", spanColumns, spanRows)
          : "";
  if (cell.number && cell.dateFormat) {
    auto day = core::Date::fromYmd(1899, 12, 30)->days() + static_cast<int>(*cell.number);
    std::string iso = core::Date::fromDays(day).iso();
    return fmt::format(
        "<table:table-cell{} office:value-type=\"date\" office:date-value=\"{}\"><text:p>{}</text:p>"
        "</table:table-cell>",
        span, iso, iso);
  }
  if (cell.number)
    return fmt::format(
        "<table:table-cell{} office:value-type=\"float\" office:value=\"{}\"><text:p>{}</text:p>"
        "</table:table-cell>",
        span, *cell.number, *cell.number);
  if (cell.text.empty()) return fmt::format("<table:table-cell{}/>", span);
  return fmt::format("<table:table-cell{} office:value-type=\"string\"><text:p>{}</text:p></table:table-cell>", span,
                     core::xmlText(cell.text));
}

std::string odsTable(const Sheet& sheet) {
  std::vector<CellRange> merges;
  for (const auto& m : sheet.merges)
    if (auto r = parseCellRange(m)) merges.push_back(*r);
  auto mergeAt = [&](std::size_t row, std::size_t column) -> const CellRange* {
    for (const auto& m : merges)
      if (m.firstRow == row && m.firstColumn == column) return &m;
    return nullptr;
  };
  auto covered = [&](std::size_t row, std::size_t column) {
    for (const auto& m : merges)
      if (row >= m.firstRow && row <= m.lastRow && column >= m.firstColumn && column <= m.lastColumn &&
          !(row == m.firstRow && column == m.firstColumn))
        return true;
    return false;
  };
  std::string xml = fmt::format("<table:table table:name=\"{}\">", core::xmlText(sheet.name));
  for (std::size_t r = 0; r < sheet.rows.size(); ++r) {
    xml += "<table:table-row>";
    std::size_t width = sheet.rows[r].size();
    for (const auto& m : merges)
      if (r >= m.firstRow && r <= m.lastRow) width = std::max(width, m.lastColumn + 1);
    for (std::size_t c = 0; c < width; ++c) {
      SheetCell cell = c < sheet.rows[r].size() ? sheet.rows[r][c] : SheetCell{};
      if (covered(r, c)) {
        xml += "<table:covered-table-cell/>";
      } else if (const CellRange* m = mergeAt(r, c)) {
        xml += odsCell(cell, static_cast<int>(m->lastColumn - m->firstColumn + 1),
                       static_cast<int>(m->lastRow - m->firstRow + 1));
      } else {
        xml += odsCell(cell, 1, 1);
      }
    }
    xml += "</table:table-row>";
  }
  return xml + "</table:table>";
}

}  // namespace

std::optional<CellRange> parseCellRange(const std::string& text) {
  auto corner = [](std::string_view s, std::size_t& row, std::size_t& column) {
    std::size_t i = 0, letters = 0;
    for (; i < s.size() && s[i] >= 'A' && s[i] <= 'Z'; ++i)
      letters = letters * 26 + static_cast<std::size_t>(s[i] - 'A' + 1);
    if (i == 0 || i == s.size() || letters == 0) return false;
    std::size_t number = 0;
    for (; i < s.size(); ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      number = number * 10 + static_cast<std::size_t>(s[i] - '0');
    }
    if (number == 0) return false;
    row = number - 1;
    column = letters - 1;
    return true;
  };
  std::size_t colon = text.find(':');
  if (colon == std::string::npos) return std::nullopt;
  CellRange r;
  if (!corner(std::string_view(text).substr(0, colon), r.firstRow, r.firstColumn) ||
      !corner(std::string_view(text).substr(colon + 1), r.lastRow, r.lastColumn) || r.lastRow < r.firstRow ||
      r.lastColumn < r.firstColumn)
    return std::nullopt;
  return r;
}

double spreadsheetSerial(int year, int month, int day) {
  return static_cast<double>(core::Date::fromYmd(year, month, day)->days() - core::Date::fromYmd(1899, 12, 30)->days());
}

Result<int> writeXlsx(const std::string& path, const std::vector<Sheet>& sheets) {
  SharedStrings strings;
  std::vector<std::pair<std::string, std::string>> parts;
  for (std::size_t i = 0; i < sheets.size(); ++i)
    parts.emplace_back(fmt::format("xl/worksheets/sheet{}.xml", i + 1), sheetXml(sheets[i], strings));
  parts.insert(parts.begin(), {{"[Content_Types].xml", contentTypes(sheets.size())},
                               {"_rels/.rels", fmt::format("{}<Relationships xmlns=\"{}\"><Relationship Id=\"rId1\" "
                                                           "Type=\"{}/officeDocument\" Target=\"xl/workbook.xml\"/>"
                                                           "</Relationships>",
                                                           kHeader, kPkgRel, kRel)},
                               {"xl/workbook.xml", workbook(sheets)},
                               {"xl/_rels/workbook.xml.rels", workbookRels(sheets.size())},
                               {"xl/styles.xml", styles()}});
  parts.emplace_back("xl/sharedStrings.xml", sharedStringsXml(strings));
  if (auto written = writeZip(path, parts, false); !written) return written.error();
  return static_cast<int>(sheets.size());
}

Result<int> writeOds(const std::string& path, const std::vector<Sheet>& sheets) {
  std::string content = fmt::format(
      "{}<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
      "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
      "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
      "<office:body><office:spreadsheet>",
      kHeader);
  for (const Sheet& sheet : sheets) content += odsTable(sheet);
  content += "</office:spreadsheet></office:body></office:document-content>";
  std::string manifest = fmt::format(
      "{}<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" "
      "manifest:version=\"1.2\"><manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"{}\"/>"
      "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
      "</manifest:manifest>",
      kHeader, kOdsMime);
  if (auto written =
          writeZip(path, {{"mimetype", kOdsMime}, {"META-INF/manifest.xml", manifest}, {"content.xml", content}}, true);
      !written)
    return written.error();
  return static_cast<int>(sheets.size());
}

}  // namespace wm::samplegen
