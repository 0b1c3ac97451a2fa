#include "core/date.hpp"

#include <chrono>
#include <ctime>

#include <fmt/format.h>

#include "core/text.hpp"

namespace wm::core {
namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::sys_days;
using std::chrono::year;
using std::chrono::year_month_day;

constexpr sys_days kEpoch = sys_days{year{2000} / month{1} / day{1}};

year_month_day toYmd(std::int32_t days) { return year_month_day{kEpoch + std::chrono::days{days}}; }

// Reads 1..maxDigits decimal digits at pos; advances pos.
std::optional<int> readNumber(std::string_view s, std::size_t& pos, std::size_t minDigits, std::size_t maxDigits) {
  std::size_t start = pos;
  int value = 0;
  while (pos < s.size() && pos - start < maxDigits && s[pos] >= '0' && s[pos] <= '9') {
    value = value * 10 + (s[pos] - '0');
    ++pos;
  }
  if (pos - start < minDigits) return std::nullopt;
  return value;
}

bool consume(std::string_view s, std::size_t& pos, std::string_view token) {
  if (s.substr(pos, token.size()) != token) return false;
  pos += token.size();
  return true;
}

// After the date itself only a time part may follow ("2022-05-01 00:00:00", "2022-05-01T08:00").
bool onlyTimeFollows(std::string_view s, std::size_t pos) {
  if (pos == s.size()) return true;
  if (s[pos] != ' ' && s[pos] != 'T') return false;
  for (std::size_t i = pos + 1; i < s.size(); ++i) {
    char c = s[i];
    if (!((c >= '0' && c <= '9') || c == ':' || c == '.' || c == '+' || c == '-' || c == 'Z')) return false;
  }
  return true;
}

DateParse finish(int y, int m, int d) {
  DateParse out;
  if (auto date = Date::fromYmd(y, m, d)) {
    out.outcome = DateParse::Outcome::Ok;
    out.date = *date;
  } else {
    out.outcome = DateParse::Outcome::Impossible;
  }
  return out;
}

}  // namespace

std::optional<Date> Date::fromYmd(int y, int m, int d) {
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  year_month_day ymd{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(m)},
                     std::chrono::day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) return std::nullopt;
  return Date(static_cast<std::int32_t>((sys_days{ymd} - kEpoch).count()));
}

Date addMonths(Date d, int months) {
  int index = d.year() * 12 + (d.month() - 1) + months;
  if (index < 12 || index >= 10000 * 12) return d;
  int year = index / 12, month = index % 12 + 1;
  for (int day = d.day(); day >= 28; --day)
    if (auto out = Date::fromYmd(year, month, day)) return *out;
  return Date::fromYmd(year, month, d.day()).value_or(d);
}

bool isMonthEnd(Date d) { return Date::fromDays(d.days() + 1).day() == 1; }

Date addMonthsKeepingMonthEnd(Date d, int months) {
  const Date moved = addMonths(d, months);
  if (!isMonthEnd(d) || moved == d) return moved;
  for (int day = 31; day > 28; --day)
    if (auto end = Date::fromYmd(moved.year(), moved.month(), day)) return *end;
  return Date::fromYmd(moved.year(), moved.month(), 28).value_or(moved);
}

Date Date::today() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return *fromYmd(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
}

int Date::year() const { return static_cast<int>(toYmd(_days).year()); }
int Date::month() const { return static_cast<int>(static_cast<unsigned>(toYmd(_days).month())); }
int Date::day() const { return static_cast<int>(static_cast<unsigned>(toYmd(_days).day())); }

std::string Date::iso() const { return fmt::format("{:04}-{:02}-{:02}", year(), month(), day()); }

DateParse parseDate(std::string_view raw) {
  std::string_view s = trim(raw);
  DateParse unparseable{DateParse::Outcome::Unparseable, {}};
  if (s.empty()) return {};
  std::size_t pos = 0;
  auto y = readNumber(s, pos, 4, 4);
  if (!y) return unparseable;
  // YYYYMMDD
  if (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
    auto m = readNumber(s, pos, 2, 2);
    auto d = readNumber(s, pos, 2, 2);
    if (!m || !d || !onlyTimeFollows(s, pos)) return unparseable;
    return finish(*y, *m, *d);
  }
  // YYYY年M月D日
  if (consume(s, pos, "年")) {
    auto m = readNumber(s, pos, 1, 2);
    if (!m || !consume(s, pos, "月")) return unparseable;
    auto d = readNumber(s, pos, 1, 2);
    if (!d) return unparseable;
    consume(s, pos, "日") || consume(s, pos, "号");
    if (!onlyTimeFollows(s, pos)) return unparseable;
    return finish(*y, *m, *d);
  }
  if (pos >= s.size()) return unparseable;
  char sep = s[pos];
  if (sep != '-' && sep != '/' && sep != '.') return unparseable;
  ++pos;
  auto m = readNumber(s, pos, 1, 2);
  if (!m || pos >= s.size() || s[pos] != sep) return unparseable;
  ++pos;
  auto d = readNumber(s, pos, 1, 2);
  if (!d || !onlyTimeFollows(s, pos)) return unparseable;
  return finish(*y, *m, *d);
}

namespace {

std::optional<Date> lastDayOf(int y, int m) {
  if (m < 1 || m > 12) return std::nullopt;
  for (int d = 31; d >= 28; --d)
    if (auto date = Date::fromYmd(y, m, d)) return date;
  return std::nullopt;
}

// The rest of a month-only date after the month: nothing, 月, 月底, 月末, 月份.
bool monthEndFollows(std::string_view s, std::size_t pos, bool needsYue) {
  if (pos == s.size()) return !needsYue;
  if (!consume(s, pos, "月")) return false;
  if (pos == s.size()) return true;
  return (consume(s, pos, "底") || consume(s, pos, "末") || consume(s, pos, "份")) && pos == s.size();
}

}  // namespace

std::optional<Date> parseMonthEnd(std::string_view raw, std::optional<int> yearIfMissing) {
  std::string_view s = trim(raw);
  std::size_t pos = 0;
  auto first = readNumber(s, pos, 1, 4);
  if (!first) return std::nullopt;
  if (pos <= 2) {  // "6月底": the month alone
    if (!yearIfMissing || !monthEndFollows(s, pos, true)) return std::nullopt;
    return lastDayOf(*yearIfMissing, *first);
  }
  if (pos != 4) return std::nullopt;
  bool chinese = consume(s, pos, "年");
  if (!chinese) {
    if (pos >= s.size() || (s[pos] != '-' && s[pos] != '/' && s[pos] != '.')) return std::nullopt;
    ++pos;
  }
  auto m = readNumber(s, pos, 1, 2);
  if (!m || !monthEndFollows(s, pos, false)) return std::nullopt;
  return lastDayOf(*first, *m);
}

std::optional<Date> fromSpreadsheetSerial(double serial) {
  if (!(serial >= 1 && serial < 2958466)) return std::nullopt;
  auto whole = static_cast<std::int32_t>(serial);
  if (whole == 60) return std::nullopt;  // Excel's 1900-02-29, a day that never was
  // Before that fictitious day the count starts one day later.
  Date base = *Date::fromYmd(1899, 12, whole < 60 ? 31 : 30);
  return Date::fromDays(base.days() + whole);
}

}  // namespace wm::core
