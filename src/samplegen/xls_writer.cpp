// writeXls (declared in spreadsheet_writer.hpp): an Excel 97-2003 workbook as bureaus still send them. BIFF8
// records (one workbook globals substream, then one substream per sheet) in the "Workbook" stream of a compound
// file with 512-byte sectors, as [MS-XLS] and [MS-CFB] describe them: no mini stream (the stream is padded to
// the 4 KiB cut-off) and one sector of allocation table.
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <map>

#include <cpl_vsi.h>

#include "samplegen/spreadsheet_writer.hpp"

namespace wm::samplegen {
namespace {

using Bytes = std::string;

void put16(Bytes& b, std::uint32_t v) {
  b += static_cast<char>(v & 0xFF);
  b += static_cast<char>((v >> 8) & 0xFF);
}
void put32(Bytes& b, std::uint32_t v) {
  put16(b, v & 0xFFFF);
  put16(b, v >> 16);
}
void putDouble(Bytes& b, double v) {
  std::uint64_t bits = 0;
  std::memcpy(&bits, &v, sizeof bits);
  put32(b, static_cast<std::uint32_t>(bits));
  put32(b, static_cast<std::uint32_t>(bits >> 32));
}

Bytes record(std::uint16_t type, const Bytes& data) {
  Bytes r;
  put16(r, type);
  put16(r, static_cast<std::uint32_t>(data.size()));
  return r + data;
}

// UTF-8 → UTF-16LE code units (the text of our fixtures is all in the Basic Multilingual Plane).
Bytes utf16(const std::string& text, std::size_t& units) {
  Bytes out;
  units = 0;
  for (std::size_t i = 0; i < text.size();) {
    auto c = static_cast<unsigned char>(text[i]);
    std::uint32_t cp = c;
    int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    if (extra) cp = c & (0x3F >> extra);
    for (int k = 1; k <= extra && i + static_cast<std::size_t>(k) < text.size(); ++k)
      cp = (cp << 6) | (static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]) & 0x3F);
    i += static_cast<std::size_t>(extra) + 1;
    put16(out, cp > 0xFFFF ? 0xFFFD : cp);
    ++units;
  }
  return out;
}

// XLUnicodeString (16-bit count) or ShortXLUnicodeString (8-bit count), always stored as UTF-16.
Bytes unicodeString(const std::string& text, bool shortCount) {
  std::size_t units = 0;
  Bytes chars = utf16(text, units);
  Bytes out;
  if (shortCount)
    out += static_cast<char>(units);
  else
    put16(out, static_cast<std::uint32_t>(units));
  out += '\x01';  // fHighByte: two bytes a character
  return out + chars;
}

Bytes bof(std::uint16_t kind) {  // 0x0005 workbook globals, 0x0010 worksheet
  Bytes d;
  put16(d, 0x0600);  // BIFF8
  put16(d, kind);
  put16(d, 0x0DBB);  // build and year of the writing application, as Excel 97 gives them
  put16(d, 0x07CC);
  put32(d, 0);
  put32(d, 6);
  return record(0x0809, d);
}

// Cell formats: 16 style XFs as Excel writes them, then the cell XFs used here.
constexpr std::uint16_t kGeneralXf = 16, kDateXf = 17;
Bytes xf(std::uint16_t numberFormat, bool style) {
  Bytes d;
  put16(d, 0);                        // font
  put16(d, numberFormat);             // 14: the locale's short date
  put16(d, style ? 0xFFF5 : 0x0001);  // style XF with no parent / locked cell XF of style 0
  d += '\x20';                        // bottom-aligned
  d += '\0';
  d += '\0';
  d += static_cast<char>(style ? 0 : 0x04);  // a cell XF that sets its own number format
  put32(d, 0);
  put32(d, 0);
  put16(d, 0x20C0);  // default pattern colours
  return record(0x00E0, d);
}

struct SharedStrings {
  std::map<std::string, std::uint32_t> index;
  std::vector<std::string> list;
  std::uint32_t of(const std::string& s) {
    auto [it, added] = index.emplace(s, static_cast<std::uint32_t>(list.size()));
    if (added) list.push_back(s);
    return it->second;
  }
};

Bytes cellRecord(std::size_t row, std::size_t column, const SheetCell& cell, SharedStrings& strings) {
  Bytes d;
  put16(d, static_cast<std::uint32_t>(row));
  put16(d, static_cast<std::uint32_t>(column));
  put16(d, cell.number && cell.dateFormat ? kDateXf : kGeneralXf);
  if (cell.number) {
    putDouble(d, *cell.number);
    return record(0x0203, d);  // NUMBER
  }
  put32(d, strings.of(cell.text));
  return record(0x00FD, d);  // LABELSST
}

Bytes sheetStream(const Sheet& sheet, SharedStrings& strings) {
  std::size_t columns = 0;
  for (const auto& row : sheet.rows) columns = std::max(columns, row.size());
  Bytes d;
  put32(d, 0);
  put32(d, static_cast<std::uint32_t>(sheet.rows.size()));
  put16(d, 0);
  put16(d, static_cast<std::uint32_t>(columns));
  put16(d, 0);
  Bytes out = bof(0x0010) + record(0x0200, d);  // DIMENSIONS
  for (std::size_t r = 0; r < sheet.rows.size(); ++r)
    for (std::size_t c = 0; c < sheet.rows[r].size(); ++c)
      if (const SheetCell& cell = sheet.rows[r][c]; cell.number || !cell.text.empty())
        out += cellRecord(r, c, cell, strings);
  Bytes merges;
  std::uint32_t count = 0;
  for (const auto& m : sheet.merges)
    if (auto range = parseCellRange(m)) {
      for (std::size_t v : {range->firstRow, range->lastRow, range->firstColumn, range->lastColumn})
        put16(merges, static_cast<std::uint32_t>(v));
      ++count;
    }
  if (count) {
    Bytes m;
    put16(m, count);
    out += record(0x00E5, m + merges);  // MERGEDCELLS
  }
  return out + record(0x000A, {});
}

Bytes globalsStream(const std::vector<Sheet>& sheets, const std::vector<std::uint32_t>& offsets,
                    const SharedStrings& strings) {
  Bytes codepage, datemode, font;
  put16(codepage, 1200);                                                 // UTF-16
  put16(datemode, 0);                                                    // the 1900 date system
  for (std::uint32_t v : {220u, 0u, 0x7FFFu, 400u, 0u}) put16(font, v);  // 11 pt, regular, automatic colour
  font += std::string("\0\0\x86\0", 4);                                  // GB2312 character set
  font += unicodeString("宋体", true);
  Bytes out = bof(0x0005) + record(0x0042, codepage) + record(0x0022, datemode);
  for (int i = 0; i < 5; ++i) out += record(0x0031, font);  // FONT 4 is skipped by readers, so 5 of them
  for (int i = 0; i < 16; ++i) out += xf(0, true);
  out += xf(0, false) + xf(14, false);
  for (std::size_t i = 0; i < sheets.size(); ++i) {
    Bytes d;
    put32(d, offsets[i]);
    d += std::string("\0\0", 2);                                     // visible worksheet
    out += record(0x0085, d + unicodeString(sheets[i].name, true));  // BOUNDSHEET
  }
  Bytes sst;
  put32(sst, static_cast<std::uint32_t>(strings.list.size()));
  put32(sst, static_cast<std::uint32_t>(strings.list.size()));
  for (const auto& s : strings.list) sst += unicodeString(s, false);
  return out + record(0x00FC, sst) + record(0x000A, {});
}

// The stream in a compound file: header, one allocation-table sector, the stream's sectors, one directory
// sector (root entry and "Workbook").
Bytes compoundFile(const Bytes& stream) {
  constexpr std::uint32_t kSector = 512, kEnd = 0xFFFFFFFE, kFree = 0xFFFFFFFF, kFatSector = 0xFFFFFFFD;
  const auto sectors = static_cast<std::uint32_t>((stream.size() + kSector - 1) / kSector);
  const std::uint32_t directory = 1 + sectors;
  Bytes out("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  out += Bytes(16, '\0');
  for (std::uint32_t v : {0x3Eu, 3u, 0xFFFEu, 9u, 6u}) put16(out, v);
  out += Bytes(6, '\0');
  for (std::uint32_t v : {0u, 1u, directory, 0u, 0x1000u, kEnd, 0u, kEnd, 0u}) put32(out, v);
  put32(out, 0);  // the allocation table's one sector
  for (int i = 1; i < 109; ++i) put32(out, kFree);
  std::vector<std::uint32_t> fat{kFatSector};
  for (std::uint32_t s = 1; s < sectors; ++s) fat.push_back(s + 1);
  fat.push_back(kEnd);  // the stream's last sector
  fat.push_back(kEnd);  // the directory
  fat.resize(kSector / 4, kFree);
  for (std::uint32_t v : fat) put32(out, v);
  out += stream + Bytes(sectors * kSector - stream.size(), '\0');
  auto entry = [](const std::string& name, char type, std::uint32_t child, std::uint32_t start, std::uint32_t size) {
    std::size_t units = 0;
    Bytes e = name.empty() ? Bytes() : utf16(name, units) + Bytes(2, '\0');
    const auto nameBytes = static_cast<std::uint32_t>(e.size());
    e += Bytes(64 - e.size(), '\0');
    put16(e, nameBytes);
    e += type;
    e += name.empty() ? '\0' : '\x01';  // black node of the directory's red-black tree
    for (std::uint32_t v : {kFree, kFree, child}) put32(e, v);
    e += Bytes(36, '\0');  // class id, state bits, times
    for (std::uint32_t v : {start, size, 0u}) put32(e, v);
    return e;
  };
  out += entry("Root Entry", '\x05', 1, kEnd, 0);
  out += entry("Workbook", '\x02', kFree, 1, static_cast<std::uint32_t>(stream.size()));
  out += entry("", '\0', kFree, 0, 0) + entry("", '\0', kFree, 0, 0);
  return out;
}

}  // namespace

Result<int> writeXls(const std::string& path, const std::vector<Sheet>& sheets) {
  constexpr std::size_t kMaxRecord = 8224, kMaxStream = 127 * 512;
  SharedStrings strings;
  std::vector<Bytes> bodies;
  for (const Sheet& sheet : sheets) bodies.push_back(sheetStream(sheet, strings));
  // The globals hold each sheet's offset in the stream, and their own length does not depend on the values.
  std::vector<std::uint32_t> offsets(sheets.size(), 0);
  auto position = static_cast<std::uint32_t>(globalsStream(sheets, offsets, strings).size());
  for (std::size_t i = 0; i < bodies.size(); ++i) {
    offsets[i] = position;
    position += static_cast<std::uint32_t>(bodies[i].size());
  }
  Bytes stream = globalsStream(sheets, offsets, strings);
  for (const Bytes& body : bodies) stream += body;
  std::size_t sstSize = 8;
  for (const auto& s : strings.list) sstSize += 3 + 2 * s.size();
  if (sstSize > kMaxRecord || stream.size() > kMaxStream) return Failure{"too much for a fixture: " + path};
  stream.resize(std::max<std::size_t>(stream.size(), 4096), '\0');  // no mini stream below the 4 KiB cut-off
  Bytes file = compoundFile(stream);
  VSILFILE* f = VSIFOpenL(path.c_str(), "wb");
  if (!f) return Failure{"cannot create " + path};
  bool ok = VSIFWriteL(file.data(), 1, file.size(), f) == file.size();
  if (VSIFCloseL(f) != 0 || !ok) return Failure{"cannot write " + path};
  return static_cast<int>(sheets.size());
}

}  // namespace wm::samplegen
