// Dates as people and other programs write them (core/date.hpp): the whole input is the text of one cell or
// command-line value, read by parseDate and parseMonthEnd; its first eight bytes are also a spreadsheet serial.
#include <cmath>
#include <cstring>

#include "core/date.hpp"
#include "fuzz_support.hpp"

using namespace wm;
using core::Date;
using core::DateParse;

namespace {

bool inCalendar(Date d) { return d.year() >= 1 && d.year() <= 9999; }

void checkParseDate(std::string_view text) {
  const DateParse parsed = core::parseDate(text);
  if (parsed.outcome != DateParse::Outcome::Ok) return;
  WM_FUZZ_CHECK(inCalendar(parsed.date));
  // What was read is a real day, written back as ISO 8601 it reads as the same day.
  const std::string iso = parsed.date.iso();
  WM_FUZZ_CHECK(Date::fromYmd(parsed.date.year(), parsed.date.month(), parsed.date.day()) == parsed.date);
  const DateParse again = core::parseDate(iso);
  WM_FUZZ_CHECK(again.outcome == DateParse::Outcome::Ok && again.date == parsed.date);
  // Moving by months stays in the calendar and keeps a month end a month end.
  for (int months : {-1200, -13, -1, 1, 12, 9999 * 12}) {
    const Date moved = core::addMonths(parsed.date, months);
    WM_FUZZ_CHECK(inCalendar(moved));
    const Date keeping = core::addMonthsKeepingMonthEnd(parsed.date, months);
    WM_FUZZ_CHECK(!core::isMonthEnd(parsed.date) || keeping == parsed.date || core::isMonthEnd(keeping));
  }
}

void checkParseMonthEnd(std::string_view text) {
  const std::optional<Date> withoutYear = core::parseMonthEnd(text, std::nullopt);
  const std::optional<Date> withYear = core::parseMonthEnd(text, 2022);
  if (withYear) WM_FUZZ_CHECK(inCalendar(*withYear) && core::isMonthEnd(*withYear));
  // A year in the text wins over the one the title gives.
  if (withoutYear) WM_FUZZ_CHECK(withYear == withoutYear);
  // The month-only forms are not full dates: a text is one or the other.
  if (withYear) WM_FUZZ_CHECK(core::parseDate(text).outcome != DateParse::Outcome::Ok);
}

void checkSerial(std::string_view bytes) {
  double serial = 0;
  if (bytes.size() < sizeof serial) return;
  std::memcpy(&serial, bytes.data(), sizeof serial);
  const std::optional<Date> date = core::fromSpreadsheetSerial(serial);
  if (!date) return;
  WM_FUZZ_CHECK(std::isfinite(serial) && inCalendar(*date));
  // Day numbers count days: the next whole serial is the next day (past Excel's fictitious 1900-02-29).
  if (const auto next = core::fromSpreadsheetSerial(std::floor(serial) + 1); next && std::floor(serial) != 59)
    WM_FUZZ_CHECK(next->days() == date->days() + 1);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = fuzz::asText(data, size);
  checkParseDate(text);
  checkParseMonthEnd(text);
  checkSerial(text);
  return 0;
}
