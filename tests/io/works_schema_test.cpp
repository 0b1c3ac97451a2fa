#include "io/works_schema.hpp"

#include <gtest/gtest.h>

using namespace wm::io;

TEST(WorksSchema, CanonicalNamesRoundTrip) {
  ASSERT_EQ(allWorksFields().size(), static_cast<std::size_t>(kWorksFieldCount));
  for (WorksField field : allWorksFields()) {
    EXPECT_EQ(parseWorksFieldName(worksFieldName(field)), field);
    EXPECT_EQ(fieldForColumn(worksFieldName(field)), field);
  }
  EXPECT_EQ(worksFieldName(WorksField::PlanDone), "plan_done");
  EXPECT_EQ(parseWorksFieldName("名称"), std::nullopt);  // aliases are column names, not canonical names
}

TEST(WorksSchema, ColumnsMatchCaseInsensitivelyInAsciiAndExactlyInChinese) {
  EXPECT_EQ(fieldForColumn("NAME"), WorksField::Name);
  EXPECT_EQ(fieldForColumn(" Start_Date "), WorksField::StartDate);
  EXPECT_EQ(fieldForColumn("项目名称"), WorksField::Name);
  EXPECT_EQ(fieldForColumn("计划竣工日期"), WorksField::PlanDone);
  EXPECT_EQ(fieldForColumn("计划完工日期"), WorksField::PlanDone);
  EXPECT_EQ(fieldForColumn("完工日期"), WorksField::DoneDate);
  EXPECT_EQ(fieldForColumn("乡镇"), WorksField::District);
  EXPECT_EQ(fieldForColumn("投资额"), WorksField::Invest);
  EXPECT_EQ(fieldForColumn("停车位"), WorksField::Spaces);
  EXPECT_EQ(fieldForColumn("Floors"), WorksField::Levels);
  EXPECT_EQ(fieldForColumn("层数"), WorksField::Levels);
  EXPECT_EQ(fieldForColumn("XMMC"), WorksField::Name);  // pinyin initials, as ledgers and old registers write them
  EXPECT_EQ(fieldForColumn("长度（公里）"), WorksField::Length);
  EXPECT_DOUBLE_EQ(columnUnitScale(WorksField::Length, "长度（公里）"), 1000.0);
  EXPECT_DOUBLE_EQ(columnUnitScale(WorksField::Area, "面积(亩)"), 2000.0 / 3.0);
  EXPECT_DOUBLE_EQ(columnUnitScale(WorksField::Invest, "投资（万元）"), 1.0);
  EXPECT_EQ(fieldForColumn("(公里)"), std::nullopt);
  EXPECT_EQ(fieldForColumn("项目名"), std::nullopt);
  EXPECT_EQ(fieldForColumn(""), std::nullopt);
}

TEST(WorksSchema, EveryAliasBelongsToOneField) {
  for (WorksField field : allWorksFields())
    for (std::string_view alias : worksFieldAliases(field)) EXPECT_EQ(fieldForColumn(alias), field) << alias;
}

TEST(WorksSchema, DistrictNameColumnIsNameOrMingcheng) {
  EXPECT_TRUE(isDistrictNameColumn("name"));
  EXPECT_TRUE(isDistrictNameColumn("NAME"));
  EXPECT_TRUE(isDistrictNameColumn("名称"));
  EXPECT_FALSE(isDistrictNameColumn("项目名称"));
  EXPECT_FALSE(isDistrictNameColumn("id"));
}
