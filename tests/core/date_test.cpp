#include "core/date.hpp"

#include <gtest/gtest.h>

using wm::core::addMonths;
using wm::core::addMonthsKeepingMonthEnd;
using wm::core::Date;
using wm::core::DateParse;
using wm::core::parseDate;

namespace {
Date ymd(int y, int m, int d) { return *Date::fromYmd(y, m, d); }
}  // namespace

TEST(Date, DaysCountFromTheFirstOfJanuary2000) {
  EXPECT_EQ(ymd(2000, 1, 1).days(), 0);
  EXPECT_EQ(ymd(2000, 1, 2).days(), 1);
  EXPECT_EQ(ymd(1999, 12, 31).days(), -1);
  // 2000 and 2004 are leap years: 366 + 365 + 365 + 365 days to 2004-01-01.
  EXPECT_EQ(ymd(2004, 1, 1).days(), 1461);
  EXPECT_EQ(ymd(2022, 6, 30).iso(), "2022-06-30");
}

TEST(Date, RejectsDaysThatDoNotExist) {
  EXPECT_FALSE(Date::fromYmd(2022, 2, 29));
  EXPECT_TRUE(Date::fromYmd(2024, 2, 29));
  EXPECT_FALSE(Date::fromYmd(2022, 13, 1));
  EXPECT_FALSE(Date::fromYmd(2022, 4, 31));
}

TEST(ParseDate, AcceptsEveryDocumentedFormat) {
  for (const char* text : {"2022-05-06", "2022/05/06", "2022/5/6", "20220506", "2022年5月6日", "2022年05月06日",
                           " 2022-5-6 ", "2022-05-06 00:00:00", "2022-05-06T08:30:00Z", "2022.5.6"}) {
    DateParse p = parseDate(text);
    EXPECT_EQ(p.outcome, DateParse::Outcome::Ok) << text;
    EXPECT_EQ(p.date, ymd(2022, 5, 6)) << text;
  }
}

TEST(ParseDate, TellsEmptyUnparseableAndImpossibleApart) {
  EXPECT_EQ(parseDate("").outcome, DateParse::Outcome::Empty);
  EXPECT_EQ(parseDate("   ").outcome, DateParse::Outcome::Empty);
  EXPECT_EQ(parseDate("soon").outcome, DateParse::Outcome::Unparseable);
  EXPECT_EQ(parseDate("2022-05").outcome, DateParse::Outcome::Unparseable);
  EXPECT_EQ(parseDate("2022-05-06x").outcome, DateParse::Outcome::Unparseable);
  EXPECT_EQ(parseDate("2022-05/06").outcome, DateParse::Outcome::Unparseable);
  EXPECT_EQ(parseDate("2022-02-30").outcome, DateParse::Outcome::Impossible);
  EXPECT_EQ(parseDate("20221301").outcome, DateParse::Outcome::Impossible);
  EXPECT_EQ(parseDate("2022年2月30日").outcome, DateParse::Outcome::Impossible);
}

TEST(AddMonths, ClampsTheDayToTheMonthsLength) {
  auto d = [](int y, int m, int day) { return *Date::fromYmd(y, m, day); };
  EXPECT_EQ(addMonths(d(2023, 1, 31), 1), d(2023, 2, 28));
  EXPECT_EQ(addMonths(d(2024, 1, 31), 1), d(2024, 2, 29));
  EXPECT_EQ(addMonths(d(2023, 6, 30), 1), d(2023, 7, 30));
  EXPECT_EQ(addMonths(d(2023, 1, 15), -1), d(2022, 12, 15));
  EXPECT_EQ(addMonths(d(2023, 3, 31), -13), d(2022, 2, 28));
  EXPECT_EQ(addMonths(d(9999, 12, 1), 1), d(9999, 12, 1));  // would leave the calendar: unchanged
}

TEST(AddMonthsKeepingMonthEnd, MonthEndsStayMonthEnds) {
  EXPECT_EQ(addMonthsKeepingMonthEnd(ymd(2023, 6, 30), -12), ymd(2022, 6, 30));
  EXPECT_EQ(addMonthsKeepingMonthEnd(ymd(2023, 2, 28), 1), ymd(2023, 3, 31));
  EXPECT_EQ(addMonthsKeepingMonthEnd(ymd(2023, 2, 28), -1), ymd(2023, 1, 31));
  EXPECT_EQ(addMonthsKeepingMonthEnd(ymd(2024, 1, 31), 1), ymd(2024, 2, 29));  // leap year
  EXPECT_EQ(addMonthsKeepingMonthEnd(ymd(2023, 4, 30), 10), ymd(2024, 2, 29));
  // Other days move as addMonths moves them: the 30th of a 31-day month is not a month end.
  EXPECT_EQ(addMonthsKeepingMonthEnd(ymd(2023, 3, 30), -1), ymd(2023, 2, 28));
  EXPECT_EQ(addMonthsKeepingMonthEnd(ymd(2023, 1, 1), -12), ymd(2022, 1, 1));
  EXPECT_EQ(addMonthsKeepingMonthEnd(ymd(9999, 12, 31), 1), ymd(9999, 12, 31));
}

TEST(AddMonthsKeepingMonthEnd, TwelveStepsBackOfAHalfYearGiveTheSameHalfAYearEarlier) {
  // The drift the Timeline's [ key had: 06-30 → 05-30 → … → 02-28 → 01-28 → … → 06-28.
  Date from = ymd(2023, 1, 1), to = ymd(2023, 6, 30);
  for (int i = 0; i < 12; ++i) {
    from = addMonthsKeepingMonthEnd(from, -1);
    to = addMonthsKeepingMonthEnd(to, -1);
  }
  EXPECT_EQ(from, ymd(2022, 1, 1));
  EXPECT_EQ(to, ymd(2022, 6, 30));
}

// Ledgers write months without days; each resolves to the month's last day (2024 is a leap year).
TEST(ParseMonthEnd, LedgerMonthFormsGiveTheLastDay) {
  EXPECT_EQ(wm::core::parseMonthEnd("2022年6月", std::nullopt), ymd(2022, 6, 30));
  EXPECT_EQ(wm::core::parseMonthEnd("2022年6月底", std::nullopt), ymd(2022, 6, 30));
  EXPECT_EQ(wm::core::parseMonthEnd("2024.2", std::nullopt), ymd(2024, 2, 29));
  EXPECT_EQ(wm::core::parseMonthEnd("2023-02", std::nullopt), ymd(2023, 2, 28));
  EXPECT_EQ(wm::core::parseMonthEnd("2022/12", std::nullopt), ymd(2022, 12, 31));
  EXPECT_EQ(wm::core::parseMonthEnd(" 6月底 ", 2022), ymd(2022, 6, 30));
  EXPECT_EQ(wm::core::parseMonthEnd("11月", 2021), ymd(2021, 11, 30));
  EXPECT_EQ(wm::core::parseMonthEnd("6月底", std::nullopt), std::nullopt);       // no year to read it in
  EXPECT_EQ(wm::core::parseMonthEnd("2022-06-15", std::nullopt), std::nullopt);  // a full date is parseDate's
  EXPECT_EQ(wm::core::parseMonthEnd("2022年13月", std::nullopt), std::nullopt);
  EXPECT_EQ(wm::core::parseMonthEnd("6", 2022), std::nullopt);  // a bare number is not a month
  EXPECT_EQ(wm::core::parseMonthEnd("上半年", 2022), std::nullopt);
}

// Serials as Excel writes them: 44742 is 2022-06-30 (1899-12-30 + 44742 days), 1 is 1900-01-01.
TEST(SpreadsheetSerial, CountsFromExcelsEpoch) {
  EXPECT_EQ(wm::core::fromSpreadsheetSerial(44742), ymd(2022, 6, 30));
  EXPECT_EQ(wm::core::fromSpreadsheetSerial(44561.75), ymd(2021, 12, 31));
  EXPECT_EQ(wm::core::fromSpreadsheetSerial(1), ymd(1900, 1, 1));
  EXPECT_EQ(wm::core::fromSpreadsheetSerial(61), ymd(1900, 3, 1));
  EXPECT_EQ(wm::core::fromSpreadsheetSerial(60), std::nullopt);
  EXPECT_EQ(wm::core::fromSpreadsheetSerial(0), std::nullopt);
  EXPECT_EQ(wm::core::fromSpreadsheetSerial(-5), std::nullopt);
}
