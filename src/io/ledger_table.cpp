#include "io/ledger_table.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "core/text.hpp"
#include "io/works_schema.hpp"

namespace wm::io {
namespace {

// Header text as typed, without the blanks and line breaks people put inside cells ("项目\n名称", "状  态").
std::string compactHeader(std::string_view text) {
  std::string out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    char32_t cp = core::nextCodePoint(text, pos);
    if (cp == U' ' || cp == U'\n' || cp == U'\r' || cp == U'\t' || cp == U'\u3000') continue;
    core::appendUtf8(out, cp);
  }
  return out;
}

bool oneOf(std::string_view header, std::initializer_list<std::string_view> names) {
  std::string h = core::asciiLower(compactHeader(header));
  // A unit or note in brackets after the name does not change what the column is ("经度(°)").
  for (std::string_view open : {"(", "（"})
    if (std::size_t at = h.find(open); at != std::string::npos && at > 0) h.resize(at);
  return std::find(names.begin(), names.end(), h) != names.end();
}

bool isSerialNumberHeader(std::string_view header) { return oneOf(header, {"序号", "编码序号", "no", "no.", "xh"}); }
bool isLonLatHeader(std::string_view header) { return oneOf(header, {"经纬度", "坐标", "经纬度坐标", "lnglat"}); }

LedgerColumnRole roleOf(std::string_view header) {
  if (isLongitudeHeader(header)) return LedgerColumnRole::Longitude;
  if (isLatitudeHeader(header)) return LedgerColumnRole::Latitude;
  if (isLonLatHeader(header)) return LedgerColumnRole::LonLat;
  if (isSerialNumberHeader(header)) return LedgerColumnRole::SerialNumber;
  if (fieldForColumn(compactHeader(header))) return LedgerColumnRole::Field;
  return LedgerColumnRole::Other;
}

int recognised(const LedgerRow& row) {
  int n = 0;
  for (const auto& cell : row)
    if (!cell.text.empty() && !cell.number && roleOf(cell.text) != LedgerColumnRole::Other) ++n;
  return n;
}

int filled(const LedgerRow& row) {
  return static_cast<int>(std::count_if(row.begin(), row.end(), [](const LedgerCell& c) { return !c.empty(); }));
}

}  // namespace

// 合计, 小计, 总计 (also written with blanks, "合  计", or followed by a note, "合计（万元）") in the first cells.
bool isLedgerTotalRow(const LedgerRow& row) {
  for (std::size_t c = 0; c < row.size() && c < 3; ++c) {
    std::string text = compactHeader(row[c].text);
    for (std::string_view word : {"合计", "小计", "总计", "共计"})
      if (text.starts_with(word)) return true;
  }
  return false;
}

bool isLedgerDataRow(const LedgerRow& row) { return !isLedgerTotalRow(row) && filled(row) >= 2; }

namespace {

std::optional<int> yearIn(std::string_view title) {
  for (std::size_t i = 0; i + 4 <= title.size(); ++i) {
    std::string_view four = title.substr(i, 4);
    bool digits = std::all_of(four.begin(), four.end(), [](char c) { return c >= '0' && c <= '9'; });
    bool alone = (i == 0 || title[i - 1] < '0' || title[i - 1] > '9') &&
                 (i + 4 == title.size() || title[i + 4] < '0' || title[i + 4] > '9');
    if (digits && alone) {
      int y = std::atoi(std::string(four).c_str());
      if (y >= 1990 && y <= 2100) return y;
    }
  }
  return std::nullopt;
}

void nameColumns(const LedgerRow& header, LedgerLayout& out) {
  for (std::size_t c = 0; c < header.size(); ++c) {
    std::string text = compactHeader(header[c].text);
    if (text.empty()) continue;
    LedgerColumn column{static_cast<int>(c), text, roleOf(text), false};
    if (column.role == LedgerColumnRole::SerialNumber) continue;
    if (auto field = fieldForColumn(text))
      column.date = *field == WorksField::StartDate || *field == WorksField::PlanDone || *field == WorksField::DoneDate;
    int index = static_cast<int>(out.columns.size());
    if (column.role == LedgerColumnRole::Longitude && out.lonColumn < 0) out.lonColumn = index;
    if (column.role == LedgerColumnRole::Latitude && out.latColumn < 0) out.latColumn = index;
    if (column.role == LedgerColumnRole::LonLat && out.lonLatColumn < 0) out.lonLatColumn = index;
    out.columns.push_back(std::move(column));
  }
  if (out.lonColumn < 0 || out.latColumn < 0) out.lonColumn = out.latColumn = -1;
}

}  // namespace

bool isLongitudeHeader(std::string_view header) {
  return oneOf(header, {"经度", "东经", "lng", "lon", "long", "longitude", "x", "x坐标", "坐标x", "中心点经度",
                        "gcj_lng", "gcj02_lng", "bd_lng", "wgs84_lng"});
}

bool isLatitudeHeader(std::string_view header) {
  return oneOf(header, {"纬度", "北纬", "lat", "latitude", "y", "y坐标", "坐标y", "中心点纬度", "gcj_lat", "gcj02_lat",
                        "bd_lat", "wgs84_lat"});
}

LedgerLayout readLedgerLayout(const std::vector<LedgerRow>& rows) {
  LedgerLayout out;
  int best = 1;
  int limit = std::min<int>(kLedgerHeaderSearchRows, static_cast<int>(rows.size()));
  for (int r = 0; r < limit; ++r)
    if (int n = recognised(rows[static_cast<std::size_t>(r)]); n > best) {
      best = n;
      out.headerRow = r;
    }
  if (out.headerRow < 0) return out;
  std::vector<std::string> titles;
  for (int r = 0; r < out.headerRow; ++r)
    for (const auto& cell : rows[static_cast<std::size_t>(r)])
      if (!cell.text.empty()) titles.emplace_back(core::trim(cell.text));
  for (const auto& t : titles) out.title += (out.title.empty() ? "" : " ") + t;
  out.year = yearIn(out.title);
  nameColumns(rows[static_cast<std::size_t>(out.headerRow)], out);
  for (std::size_t r = static_cast<std::size_t>(out.headerRow) + 1; r < rows.size(); ++r) {
    if (isLedgerTotalRow(rows[r]))
      ++out.totalRows;
    else if (isLedgerDataRow(rows[r]))
      out.dataRows.push_back(static_cast<int>(r));
  }
  return out;
}

std::optional<double> parseCoordinate(std::string_view raw) {
  std::string text(core::trim(raw));
  if (text.empty()) return std::nullopt;
  char* end = nullptr;
  double value = std::strtod(text.c_str(), &end);
  // strtod also reads "nan", "inf" and 1e999: no place on a map.
  if (end == text.c_str() || !std::isfinite(value)) return std::nullopt;
  std::string_view rest(end);
  if (core::trim(rest).empty()) return value;
  // Degrees, minutes, seconds: numbers separated by any of ° ′ ″ ' " 度 分 秒.
  double parts[3] = {value, 0, 0};
  int n = 1;
  const char* p = end;
  while (*p && n < 3) {
    while (*p && !((*p >= '0' && *p <= '9') || *p == '.')) ++p;
    if (!*p) break;
    parts[n++] = std::strtod(p, const_cast<char**>(&p));
  }
  if (!(parts[1] >= 0 && parts[1] < 60 && parts[2] >= 0 && parts[2] < 60)) return std::nullopt;
  // The sign is the whole coordinate's: -113°15′ is -113.25, not -112.75 (a fuzzing finding, docs/fuzzing.md).
  const double magnitude = std::abs(parts[0]) + parts[1] / 60.0 + parts[2] / 3600.0;
  return std::signbit(parts[0]) ? -magnitude : magnitude;
}

std::string normalisedProjectName(std::string_view name) {
  std::string out;
  std::size_t pos = 0;
  while (pos < name.size()) {
    char32_t cp = core::nextCodePoint(name, pos);
    if (cp >= U'\uFF01' && cp <= U'\uFF5E') cp -= 0xFEE0;  // full-width ASCII forms → ASCII
    if (cp == U'\u3000' || cp == U' ' || cp == U'\t' || cp == U'\n' || cp == U'\r') continue;
    if (cp == U'(' || cp == U')' || cp == U'[' || cp == U']' || cp == U'\u3010' || cp == U'\u3011' || cp == U'\u3014' ||
        cp == U'\u3015' || cp == U'\u300A' || cp == U'\u300B')
      continue;  // brackets: （二期） (二期) 【二期】 all read the same
    if (cp >= U'A' && cp <= U'Z') cp += 32;
    core::appendUtf8(out, cp);
  }
  return out;
}

}  // namespace wm::io
