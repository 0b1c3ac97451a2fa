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

TEST(WorksSchema, DistrictNameColumnsAreThoseOfChineseAdminData) {
  for (const char* column : {"name", "NAME", "名称", "MC", "mc", "XZQMC", " xzqmc ", "乡镇名称", "街道名称"})
    EXPECT_TRUE(isDistrictNameColumn(column)) << column;
  EXPECT_FALSE(isDistrictNameColumn("项目名称"));
  EXPECT_FALSE(isDistrictNameColumn("id"));
  EXPECT_FALSE(isDistrictNameColumn("XZQDM"));  // the code, not the name
  // XZQMC before 乡镇名称 before 名称 before NAME before MC, whatever the column order.
  EXPECT_LT(districtNameRank("XZQMC"), districtNameRank("乡镇名称"));
  EXPECT_LT(districtNameRank("名称"), districtNameRank("NAME"));
  EXPECT_LT(districtNameRank("NAME"), districtNameRank("MC"));
  EXPECT_EQ(districtNameRank("BSM"), -1);
}

TEST(WorksSchema, DistrictLayersAreRecognisedByTheNamesChineseDataGivesThem) {
  for (const char* layer : {"区县界_area", "乡镇界", "2023乡镇界", "乡镇街道", "街道", "行政区", "行政区划", "村界",
                            "XZQ", "xzqh", "XZQ_2022", "CJDCQ", "片区", "districts", "town_districts"})
    EXPECT_TRUE(isDistrictLayerName(layer)) << layer;
  for (const char* layer : {"县界", "县域", "county_boundary", "roads", "水系", "河流"})
    EXPECT_FALSE(isDistrictLayerName(layer)) << layer;
}
