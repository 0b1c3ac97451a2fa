#include "analysis/data_checks.hpp"

#include <gtest/gtest.h>

using namespace wm;
using core::Lang;
using core::Msg;
using domain::Kind;
using domain::RecordedStatus;

namespace {

core::Date d(int y, int m, int day) { return *core::Date::fromYmd(y, m, day); }

const core::Date kToday = d(2022, 6, 30);

domain::Layer layer(std::string file, std::string name) {
  domain::Layer l;
  l.info.file = std::move(file);
  l.info.name = std::move(name);
  l.info.role = domain::LayerRole::Works;
  return l;
}

domain::District district(std::string name) {
  domain::District out;
  out.name = std::move(name);
  out.hasGeometry = true;
  return out;
}

domain::Project project(std::uint32_t layerIndex, std::int64_t fid, std::string name, RecordedStatus recorded) {
  domain::Project p;
  p.layer = layerIndex;
  p.fid = fid;
  p.feature = static_cast<std::uint32_t>(fid);
  p.name = std::move(name);
  p.kind = layerIndex == 0 ? Kind::Road : Kind::Park;
  p.recorded = recorded;
  p.district = 0;
  p.districtName = "城关片区";
  return p;
}

// Layer 1's projects come first in the vector: the report must still list layer 0 first, then by feature id.
domain::Catalog county() {
  domain::Catalog c;
  c.layers = {layer("works_roads.shp", "works_roads"), layer("works_parks.shp", "works_parks")};
  c.districts = {district("城关片区"), district("东城片区")};

  auto riverPark = project(1, 5, "River Park", RecordedStatus::Completed);  // completion still to come
  riverPark.start = d(2022, 4, 1), riverPark.done = d(2022, 7, 15);
  riverPark.districtName = "", riverPark.district = domain::kNoDistrict;
  auto pocketPark = project(1, 2, "Pocket Park", RecordedStatus::Suspended);  // no start, unknown district
  pocketPark.districtName = "北城", pocketPark.district = domain::kNoDistrict;
  auto unnamed = project(1, 7, "", RecordedStatus::Missing);
  auto eastAgain = project(1, 9, "East Rd", RecordedStatus::Planned);

  auto mainSt = project(0, 0, "Main St", RecordedStatus::Completed);
  mainSt.start = d(2022, 3, 1), mainSt.done = d(2022, 2, 1);                  // finished before it started
  auto eastRd = project(0, 1, "East Rd", RecordedStatus::Completed);          // no completion date
  auto westRd = project(0, 2, "West Rd", RecordedStatus::UnderConstruction);  // no start date
  auto mainAgain = project(0, 3, "Main St", RecordedStatus::Planned);
  mainAgain.start = d(2022, 5, 1);  // recorded planned, but started
  auto fine = project(0, 4, "North Rd", RecordedStatus::UnderConstruction);
  fine.start = d(2022, 1, 1), fine.planDone = d(2022, 12, 31);

  c.projects = {riverPark, pocketPark, unnamed, eastAgain, mainSt, eastRd, westRd, mainAgain, fine};
  return c;
}

std::vector<std::string> messages(const core::Diagnostics& ds, Lang lang) {
  std::vector<std::string> out;
  for (const auto& item : ds.items()) out.push_back(core::formatDiagnostic(item, lang));
  return out;
}

}  // namespace

TEST(DataChecks, ReportsEachProblemOnceInLayerAndFeatureOrder) {
  auto ds = analysis::checkCatalog(county(), kToday);
  const std::string roads = "works_roads.shp: layer works_roads, feature ";
  const std::string parks = "works_parks.shp: layer works_parks, feature ";
  std::vector<std::string> expected{
      roads + "0: 'Main St': completion date 2022-02-01 is before the start date 2022-03-01",
      roads + "1: 'East Rd': recorded as completed but has no completion date",
      roads + "2: 'West Rd': recorded as under construction but has no start date",
      roads + "3: 'Main St': recorded status is planned but its dates make it under construction as of 2022-06-30",
      roads + "3: 'Main St': the same name is used by works_roads.shp, layer works_roads, feature 0",
      parks + "2: 'Pocket Park': recorded as suspended but has no start date",
      parks + "2: 'Pocket Park': district '北城' is not in the district layer",
      parks + "5: 'River Park': completion date 2022-07-15 is in the future",
      parks +
          "5: 'River Park': recorded status is completed but its dates make it under construction as of "
          "2022-06-30",
      parks + "5: 'River Park': not inside any district",
      parks + "7: the project has no name",
      parks + "9: 'East Rd': the same name is used by works_roads.shp, layer works_roads, feature 1",
  };
  EXPECT_EQ(messages(ds, Lang::En), expected);
  EXPECT_EQ(ds.count(core::Severity::Warning), expected.size());
}

TEST(DataChecks, StatusesAndLocationsPrintTranslatedInChinese) {
  auto zh = messages(analysis::checkCatalog(county(), kToday), Lang::Zh);
  ASSERT_EQ(zh.size(), 12u);
  EXPECT_EQ(zh[2], "works_roads.shp：图层 works_roads，要素 2：“West Rd”：记录为在建，但没有开工日期");
  EXPECT_EQ(zh[3],
            "works_roads.shp：图层 works_roads，要素 3：“Main St”：记录状态为规划，但按日期截至 2022-06-30 应为在建");
  EXPECT_EQ(zh[4],
            "works_roads.shp：图层 works_roads，要素 3：“Main St”：与 works_roads.shp，图层 works_roads，要素 0 重名");
  EXPECT_EQ(zh[5], "works_parks.shp：图层 works_parks，要素 2：“Pocket Park”：记录为停工，但没有开工日期");
}

TEST(DataChecks, ARecordWhoseDecidingDateIsMissingIsNotAlsoAContradiction) {
  domain::Catalog c;
  c.layers = {layer("w.shp", "w")};
  c.projects = {project(0, 1, "a", RecordedStatus::Completed), project(0, 2, "b", RecordedStatus::Suspended)};
  auto ds = analysis::checkCatalog(c, kToday);
  ASSERT_EQ(ds.size(), 2u);
  EXPECT_EQ(ds.items()[0].msg, Msg::CompletedWithoutDate);
  EXPECT_EQ(ds.items()[1].msg, Msg::StartedWithoutDate);
  EXPECT_FALSE(ds.contains(Msg::StatusContradictsDates));
  EXPECT_FALSE(ds.contains(Msg::OutsideDistricts));  // no districts at all: nothing to be outside of
}

TEST(DataChecks, DistrictsNeedPolygonsToBeCheckedAgainst) {
  domain::Catalog c;
  c.layers = {layer("w.shp", "w")};
  domain::District attributeOnly;  // what the loader makes of a district attribute matching no polygon
  attributeOnly.name = "北城";
  c.districts = {attributeOnly};
  auto named = project(0, 1, "a", RecordedStatus::Planned);
  named.districtName = "北城";
  auto none = project(0, 2, "b", RecordedStatus::Planned);
  none.districtName = "", none.district = domain::kNoDistrict;
  c.projects = {named, none};
  EXPECT_TRUE(analysis::checkCatalog(c, kToday).empty());  // no district layer: nothing to check against

  c.districts.push_back(district("城关片区"));  // now there is one polygon; "北城" is still index 0
  auto en = messages(analysis::checkCatalog(c, kToday), Lang::En);
  ASSERT_EQ(en.size(), 2u);
  EXPECT_EQ(en[0], "w.shp: layer w, feature 1: 'a': district '北城' is not in the district layer");
  EXPECT_EQ(en[1], "w.shp: layer w, feature 2: 'b': not inside any district");
}

TEST(DataChecks, SuspendedBeforeItsStartContradictsAndCompletionTodayDoesNot) {
  domain::Catalog c;
  c.layers = {layer("w.shp", "w")};
  auto early = project(0, 1, "early", RecordedStatus::Suspended);
  early.start = d(2022, 7, 1);  // as of 06-30 it has not started: planned
  auto today = project(0, 2, "today", RecordedStatus::Completed);
  today.start = d(2022, 1, 1), today.done = kToday;
  auto unknown = project(0, 3, "unknown", RecordedStatus::Unknown);
  unknown.start = d(2022, 1, 1);  // an unrecognised status contradicts nothing (the loader reports it)
  c.projects = {early, today, unknown};
  auto en = messages(analysis::checkCatalog(c, kToday), Lang::En);
  ASSERT_EQ(en.size(), 1u);
  EXPECT_EQ(en[0],
            "w.shp: layer w, feature 1: 'early': recorded status is suspended but its dates make it "
            "planned as of 2022-06-30");
}

TEST(DataChecks, MessageArgumentsKeepAPlainTextForm) {
  EXPECT_EQ(core::argText(core::msgArg(Msg::StatusUnderConstruction), Lang::Zh), "在建");
  EXPECT_EQ(core::argText(core::msgArg(Msg::FeatureLocation, {"a.shp", "a", "3"}), Lang::En),
            "a.shp, layer a, feature 3");
  EXPECT_EQ(core::argText("plain 文字", Lang::Zh), "plain 文字");
}

TEST(DataChecks, DataWithoutWorksGetsANoteSayingHowWorksAreRecognised) {
  domain::Catalog c;
  c.layers.push_back(layer("区县界_area.shp", "区县界_area"));
  c.layers[0].info.role = domain::LayerRole::Districts;
  core::Diagnostics found = analysis::checkCatalog(c, kToday);
  ASSERT_EQ(found.items().size(), 1u);
  EXPECT_EQ(found.items()[0].severity, core::Severity::Info);
  EXPECT_EQ(found.items()[0].msg, Msg::NoWorksLayer);
  EXPECT_FALSE(analysis::hasWorksLayer(c));
  // A works layer, even an empty one, is a works layer: no note.
  c.layers.push_back(layer("works.gpkg", "works"));
  EXPECT_TRUE(analysis::hasWorksLayer(c));
  EXPECT_TRUE(analysis::checkCatalog(c, kToday).empty());
}
