#include "io/rollup_sql.hpp"

#include <gtest/gtest.h>

using namespace wm;

TEST(RollupSql, IdentifiersAreDoubleQuotedWithQuotesDoubledChineseKept) {
  EXPECT_EQ(io::quoteIdentifier("计划竣工日期"), "\"计划竣工日期\"");
  EXPECT_EQ(io::quoteIdentifier("a\"b"), "\"a\"\"b\"");
  EXPECT_EQ(io::quoteTableName("works_roads"), "\"works_roads\"");
  EXPECT_EQ(io::quoteTableName("规划.道路"), "\"规划\".\"道路\"");
}

TEST(RollupSql, LiteralsEscapeQuotesAndBackslashes) {
  EXPECT_EQ(io::quoteLiteral("已完工"), "E'已完工'");
  EXPECT_EQ(io::quoteLiteral("it's"), "E'it''s'");
  EXPECT_EQ(io::quoteLiteral("a\\'; DROP TABLE x; --"), "E'a\\\\''; DROP TABLE x; --'");
}

// The day goes in as days since 2000-01-01 (2022-06-30 is day 8216), and each WHEN of analysis::statusAt is
// there in its order: completed by date, completed without date, suspended, under construction by date, under
// construction without date, else planned.
TEST(RollupSql, StatusAtIsOneCaseWithTheRulesInOrder) {
  const std::string sql = io::statusAtSql("r", "s", "d", *core::Date::fromYmd(2022, 6, 30));
  EXPECT_EQ(sql,
            "(CASE WHEN d IS NOT NULL AND d <= 8216 THEN 2 WHEN r = 2 AND d IS NULL THEN 2 "
            "WHEN r = 3 AND (s IS NULL OR s <= 8216) THEN 3 WHEN s IS NOT NULL AND s <= 8216 THEN 1 "
            "WHEN r = 1 AND s IS NULL THEN 1 ELSE 0 END)");
}
