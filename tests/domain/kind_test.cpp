#include "domain/kind.hpp"

#include <gtest/gtest.h>

using namespace wm::domain;

TEST(ParseKind, AcceptsCanonicalNamesAndEveryChineseAliasOfTheDesign) {
  struct Case {
    const char* text;
    Kind kind;
  } cases[] = {
      {"road", Kind::Road},
      {"道路", Kind::Road},
      {"park", Kind::Park},
      {"游园", Kind::Park},
      {"公园", Kind::Park},
      {"parking", Kind::Parking},
      {"停车场", Kind::Parking},
      {"sewer", Kind::Sewer},
      {"污水", Kind::Sewer},
      {"管网", Kind::Sewer},
      {"老旧小区改造", Kind::Renovation},
      {"供水主管", Kind::WaterMain},
      {"乡镇污水设施", Kind::SewageStation},
      {"人防警报", Kind::Siren},
      {"在建工地", Kind::BuildingSite},
      {" ROAD ", Kind::Road},
      {"Parking", Kind::Parking},
      {"其他", Kind::Other},
  };
  for (const auto& c : cases) {
    auto k = parseKind(c.text);
    ASSERT_TRUE(k.has_value()) << c.text;
    EXPECT_EQ(*k, c.kind) << c.text;
  }
  EXPECT_FALSE(parseKind("路灯").has_value());
  EXPECT_EQ(parseKind("道路工程"), Kind::Road);  // longer phrases: the most specific word inside decides
  EXPECT_EQ(parseKind("污水管网改造"), Kind::Sewer);
  EXPECT_EQ(parseKind("乡镇污水处理厂"), Kind::SewageStation);
  EXPECT_FALSE(parseKind("roadside").has_value());  // ASCII values must match exactly
  EXPECT_FALSE(parseKind("").has_value());
}

TEST(ParseKind, CanonicalCodesRoundTrip) {
  for (int i = 0; i < kKindCount; ++i) {
    auto kind = static_cast<Kind>(i);
    EXPECT_EQ(parseKind(kindCode(kind)), kind) << kindCode(kind);
  }
  EXPECT_EQ(kindCode(Kind::WaterMain), "water_main");
}

TEST(KindFromLayerName, ReadsTheLayerNamesOfDesignSection2) {
  EXPECT_EQ(kindFromLayerName("works_roads"), Kind::Road);
  EXPECT_EQ(kindFromLayerName("2022道路工程"), Kind::Road);
  EXPECT_EQ(kindFromLayerName("小游园"), Kind::Park);
  EXPECT_EQ(kindFromLayerName("parks"), Kind::Park);
  EXPECT_EQ(kindFromLayerName("Parking_2023"), Kind::Parking);  // not a park
  EXPECT_EQ(kindFromLayerName("停车场"), Kind::Parking);
  EXPECT_EQ(kindFromLayerName("城区污水管网"), Kind::Sewer);
  EXPECT_EQ(kindFromLayerName("乡镇污水设施"), Kind::SewageStation);  // not a sewer
  EXPECT_FALSE(kindFromLayerName("projects").has_value());
}

TEST(ParseStatus, AcceptsEveryAliasOfTheDesign) {
  struct Case {
    const char* text;
    RecordedStatus status;
  } cases[] = {
      {"planned", RecordedStatus::Planned},          {"规划", RecordedStatus::Planned},
      {"未开工", RecordedStatus::Planned},           {"under_construction", RecordedStatus::UnderConstruction},
      {"在建", RecordedStatus::UnderConstruction},   {"施工中", RecordedStatus::UnderConstruction},
      {"已开工", RecordedStatus::UnderConstruction}, {"completed", RecordedStatus::Completed},
      {"已完工", RecordedStatus::Completed},         {"竣工", RecordedStatus::Completed},
      {"已竣工", RecordedStatus::Completed},         {"suspended", RecordedStatus::Suspended},
      {"停工", RecordedStatus::Suspended},           {"暂停", RecordedStatus::Suspended},
      {"  Completed ", RecordedStatus::Completed},
  };
  for (const auto& c : cases) EXPECT_EQ(parseStatus(c.text), c.status) << c.text;
  EXPECT_EQ(parseStatus(""), RecordedStatus::Missing);
  EXPECT_EQ(parseStatus("快好了"), RecordedStatus::Unknown);
}

TEST(StatusCode, IsTheCsvColumnName) {
  EXPECT_EQ(statusCode(Status::Planned), "planned");
  EXPECT_EQ(statusCode(Status::UnderConstruction), "under_construction");
  EXPECT_EQ(statusCode(Status::Completed), "completed");
  EXPECT_EQ(statusCode(Status::Suspended), "suspended");
}
