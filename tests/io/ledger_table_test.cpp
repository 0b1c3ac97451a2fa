// How a ledger sheet is read: the header found below the title rows, 序号, totals and notes left out.
#include "io/ledger_table.hpp"

#include <gtest/gtest.h>

using namespace wm::io;

namespace {

LedgerRow row(std::initializer_list<const char*> texts) {
  LedgerRow out;
  for (const char* t : texts) out.push_back({t, std::nullopt, std::nullopt});
  return out;
}

}  // namespace

TEST(LedgerLayout, HeaderIsFoundBelowMergedTitleRows) {
  std::vector<LedgerRow> rows{
      row({"2022年城区停车场建设台账", "", "", "", ""}),  // a merged title: text in its first cell only
      row({"填报单位：县住建局", "", "", "", "单位：个"}),
      row({"序号", "项目名称", "状  态", "开工时间", "泊位数", "经度", "纬度"}),
      row({"1", "城北停车场", "已完工", "2022-03-01", "120", "114.1", "29.1"}),
      row({"2", "城南停车场", "在建", "2022-05-01", "80", "114.2", "29.2"}),
      row({"合  计", "", "", "", "200", "", ""}),
      row({"填报人：张三", "", "", "", "", "", ""}),
  };
  LedgerLayout layout = readLedgerLayout(rows);
  EXPECT_EQ(layout.headerRow, 2);
  EXPECT_EQ(layout.dataRows, (std::vector<int>{3, 4}));
  EXPECT_EQ(layout.totalRows, 1);
  EXPECT_EQ(layout.year, 2022);
  EXPECT_EQ(layout.title, "2022年城区停车场建设台账 填报单位：县住建局 单位：个");
  // 序号 is left out; "状  态" is read without its blanks.
  ASSERT_EQ(layout.columns.size(), 6u);
  EXPECT_EQ(layout.columns[0].header, "项目名称");
  EXPECT_EQ(layout.columns[0].source, 1);
  EXPECT_EQ(layout.columns[1].header, "状态");
  EXPECT_TRUE(layout.columns[2].date);
  EXPECT_FALSE(layout.columns[3].date);
  EXPECT_EQ(layout.lonColumn, 4);
  EXPECT_EQ(layout.latColumn, 5);
}

TEST(LedgerLayout, SheetWithoutProjectColumnsIsNoLedger) {
  std::vector<LedgerRow> rows{row({"填表说明"}), row({"1. 日期按 YYYY-MM-DD 填写", ""})};
  EXPECT_EQ(readLedgerLayout(rows).headerRow, -1);
}

TEST(LedgerLayout, PinyinHeadersAndLngLatAreRecognised) {
  std::vector<LedgerRow> rows{row({"XMMC", "ZT", "KGRQ", "lng", "lat"}), row({"甲", "在建", "2022-01-01", "1", "2"})};
  LedgerLayout layout = readLedgerLayout(rows);
  EXPECT_EQ(layout.headerRow, 0);
  EXPECT_EQ(layout.lonColumn, 3);
  EXPECT_EQ(layout.latColumn, 4);
  EXPECT_TRUE(layout.columns[2].date);
}

TEST(LedgerCoordinates, DecimalAndDegreesMinutesSeconds) {
  EXPECT_DOUBLE_EQ(*parseCoordinate(" 114.25 "), 114.25);
  EXPECT_DOUBLE_EQ(*parseCoordinate("114°15′00″"), 114.25);
  EXPECT_NEAR(*parseCoordinate("29度30分36秒"), 29.51, 1e-12);
  EXPECT_FALSE(parseCoordinate(""));
  EXPECT_FALSE(parseCoordinate("待定"));
}

TEST(ProjectNames, CompareAfterWidthBlanksAndBrackets) {
  EXPECT_EQ(normalisedProjectName("城北路（二期） "), normalisedProjectName("城北路(二期)"));
  EXPECT_EQ(normalisedProjectName("ＡＢＣ１２ 停车场"), "abc12停车场");
  EXPECT_EQ(normalisedProjectName("【一期】滨河游园"), "一期滨河游园");
  EXPECT_NE(normalisedProjectName("城北路一期"), normalisedProjectName("城北路二期"));
}

// Fuzzing findings (docs/fuzzing.md): a minus sign applied to the degrees only, and strtod's nan and inf taken
// for coordinates.
TEST(LedgerCoordinates, TheSignIsTheWholeCoordinatesAndOnlyFiniteNumbersAreRead) {
  EXPECT_DOUBLE_EQ(*parseCoordinate("-114°15′00″"), -114.25);
  EXPECT_DOUBLE_EQ(*parseCoordinate("-0°30′"), -0.5);
  EXPECT_DOUBLE_EQ(*parseCoordinate("-114.25"), -114.25);
  EXPECT_FALSE(parseCoordinate("nan"));
  EXPECT_FALSE(parseCoordinate("inf"));
  EXPECT_FALSE(parseCoordinate("1e999"));
  EXPECT_FALSE(parseCoordinate("114°1e999′"));
}
