#pragma once
// Calendar dates as whole days since 2000-01-01 (the GPU-side representation too: exact in a float).
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace wm::core {

class Date {
public:
  constexpr Date() = default;
  static constexpr Date fromDays(std::int32_t daysSince2000) { return Date(daysSince2000); }
  /// A valid Gregorian date in years 1-9999, or nothing when the day does not exist (2022-02-30).
  static std::optional<Date> fromYmd(int year, int month, int day);
  /// Today in the local time zone.
  static Date today();

  constexpr std::int32_t days() const { return _days; }
  int year() const;
  int month() const;
  int day() const;
  /// ISO 8601, YYYY-MM-DD.
  std::string iso() const;

  constexpr auto operator<=>(const Date&) const = default;

private:
  constexpr explicit Date(std::int32_t d) : _days(d) {}
  std::int32_t _days = 0;
};

/// The date `months` calendar months later (earlier when negative), the day clamped to the month's length
/// (2023-01-31 + 1 month = 2023-02-28); `d` itself when the result would leave years 1-9999.
Date addMonths(Date d, int months);
/// As addMonths, except that the last day of a month goes to the last day of the target month (2023-02-28 + 1
/// month = 2023-03-31, 2023-06-30 - 12 months = 2022-06-30), so a period that ends on a month end keeps ending
/// on one however often it is moved.
Date addMonthsKeepingMonthEnd(Date d, int months);
/// Whether `d` is the last day of its month.
bool isMonthEnd(Date d);

/// What came of reading a date written by a person or another program.
struct DateParse {
  enum class Outcome { Empty, Ok, Unparseable, Impossible };
  Outcome outcome = Outcome::Empty;
  Date date;
};

/// Accepts YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD, YYYYMMDD and YYYY年M月D日 (month and day with or without a
/// leading zero in the separated forms), with surrounding blanks and an optional time part after a space or
/// 'T'. Empty or blank text is Empty; a well-formed date that does not exist is Impossible.
DateParse parseDate(std::string_view text);

/// A month written without its day, as ledgers (台账) do: "2022年6月", "2022年6月底", "2022.6", "2022-06",
/// "2022/6", or with the year left to the reader ("6月底", "6月"), resolved to the month's last day. The
/// year-less forms take `yearIfMissing` (nothing: not a date). Nothing for anything else, full dates included.
std::optional<Date> parseMonthEnd(std::string_view text, std::optional<int> yearIfMissing);

/// A spreadsheet's serial day number (1900 date system as Excel and LibreOffice write it: 1 = 1900-01-01,
/// with Excel's fictitious 1900-02-29, so serials from 61 on count from 1899-12-30); the fraction is the time
/// of day and is dropped. Nothing outside 1..2958465 (9999-12-31).
std::optional<Date> fromSpreadsheetSerial(double serial);

}  // namespace wm::core
