// The desk's panels under ImGui's null setup: simulated clicks on the entries the panels drew, and what they
// did to the view state.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include "desk_fixture.hpp"
#include "ui/legend_counts.hpp"

using namespace wm;
using domain::Kind;
using domain::Status;
using test::DeskFixture;

TEST(LegendCounts, CountKindsAndStatusesAtTheDateAsWorkedOutByHand) {
  ui::LegendCounts c = ui::legendCounts(test::uiCatalog(), test::day(2023, 6, 30));
  EXPECT_EQ(c.count(Kind::Road, Status::Planned), 1);
  EXPECT_EQ(c.count(Kind::Road, Status::UnderConstruction), 1);
  EXPECT_EQ(c.count(Kind::Road, Status::Completed), 1);
  EXPECT_EQ(c.count(Kind::Park, Status::UnderConstruction), 1);
  EXPECT_EQ(c.count(Kind::Park, Status::Suspended), 1);
  EXPECT_EQ(c.count(Kind::Parking, Status::Completed), 1);
  EXPECT_EQ(c.overdueByKind[static_cast<std::size_t>(Kind::Road)], 1);
  EXPECT_EQ(c.overdueByKind[static_cast<std::size_t>(Kind::Park)], 1);
  EXPECT_EQ(c.overdue, 2);
  EXPECT_EQ(c.statusTotals, (std::array<std::int64_t, 4>{1, 2, 2, 1}));
  EXPECT_EQ(c.total, 6);
  EXPECT_FALSE(c.kindPresent(Kind::Sewer));
  // A day earlier the park started on 2023-06-30 is still planned.
  ui::LegendCounts before = ui::legendCounts(test::uiCatalog(), test::day(2023, 6, 29));
  EXPECT_EQ(before.count(Kind::Park, Status::Planned), 1);
  EXPECT_EQ(before.count(Kind::Park, Status::UnderConstruction), 0);
}

TEST(LegendPanel, ShowsTheCountsAtTheStatesDateAndRecountsWhenItChanges) {
  DeskFixture f;
  ASSERT_TRUE(f.desk.legend().counts());
  EXPECT_EQ(f.desk.legend().counts()->asOf, test::day(2023, 6, 30));
  EXPECT_EQ(f.desk.legend().counts()->count(Kind::Park, Status::Suspended), 1);
  f.state.asOf = test::day(2022, 1, 1);
  f.imgui.frame(f.draw);
  EXPECT_EQ(f.desk.legend().counts()->asOf, test::day(2022, 1, 1));
  EXPECT_EQ(f.desk.legend().counts()->count(Kind::Park, Status::Suspended), 0);
}

TEST(LegendCounts, InAPeriodCountTheWorksCompletedInItAndTheLateOnes) {
  // Period 2023-01-01 … 2023-06-30, both days counted:
  //   0 东风路改造   done 2023-05-01, planned 2023-06-01: completed on time
  //   1 Station Road done 2023-06-30 (the last day), planned 2023-06-01: completed late
  //   3 滨河游园     done 2022-12-31 (the day before): not counted
  //   4 北门停车场   completed by its record, without a date: not counted
  domain::Catalog c = test::uiCatalog();
  c.projects[1].done = test::day(2023, 6, 30);
  c.projects[3].done = test::day(2022, 12, 31);
  ui::LegendCounts n = ui::legendCountsInPeriod(c, test::day(2023, 1, 1), test::day(2023, 6, 30));
  EXPECT_TRUE(n.period);
  EXPECT_EQ(n.count(Kind::Road, Status::Completed), 2);
  EXPECT_EQ(n.statusTotals, (std::array<std::int64_t, 4>{0, 0, 2, 0}));
  EXPECT_EQ(n.overdueByKind[static_cast<std::size_t>(Kind::Road)], 1);
  EXPECT_EQ(n.overdue, 1);
  EXPECT_EQ(n.total, 2);
  EXPECT_FALSE(n.kindPresent(Kind::Park));
}

TEST(LegendPanel, InPeriodModeItCountsThePeriodsCompletionsAndKeepsEveryKindsRow) {
  DeskFixture f;
  f.state.showPeriod(test::day(2023, 1, 1), test::day(2023, 6, 30));
  f.imgui.frame(f.draw);
  ASSERT_TRUE(f.desk.legend().counts());
  EXPECT_TRUE(f.desk.legend().counts()->period);
  EXPECT_EQ(f.desk.legend().counts()->count(Kind::Road, Status::Completed), 1);  // 东风路改造, 2023-05-01
  EXPECT_EQ(f.desk.legend().counts()->total, 1);
  EXPECT_TRUE(f.desk.targets().find("legend.kind.park"));  // no park completed in it: the row stays, to click
  f.state.periodFrom = test::day(2023, 5, 2);              // a day after that completion: recounted
  f.imgui.frame(f.draw);
  EXPECT_EQ(f.desk.legend().counts()->total, 0);
  f.state.periodMode = false;
  f.imgui.frame(f.draw);
  EXPECT_FALSE(f.desk.legend().counts()->period);
  EXPECT_EQ(f.desk.legend().counts()->total, 6);
}

TEST(LegendPanel, ClickingAKindAStatusOrOverdueTogglesIt) {
  DeskFixture f;
  EXPECT_FALSE(f.desk.targets().find("legend.kind.sewer"));  // no sewers in the data: no row
  f.click("legend.kind.park");
  EXPECT_FALSE(f.state.kindShown(Kind::Park));
  EXPECT_TRUE(f.state.kindShown(Kind::Road));
  f.click("legend.kind.park");
  EXPECT_TRUE(f.state.kindShown(Kind::Park));
  f.click("legend.status.completed");
  EXPECT_EQ(f.state.statusMask, 0b1011u);
  f.click("legend.overdue");
  EXPECT_TRUE(f.state.overdueOnly);
}

TEST(FiltersPanel, CheckBoxesEditTheMasksAndShowAllUndoes) {
  DeskFixture f;
  f.click("filters.kind.road");
  EXPECT_FALSE(f.state.kindShown(Kind::Road));
  f.click("filters.status.planned");
  EXPECT_FALSE(f.state.statusShown(Status::Planned));
  f.click("filters.overdue");
  EXPECT_TRUE(f.state.overdueOnly);
  EXPECT_EQ(ui::mapFilter(f.state).kindMask, ui::kAllKinds & ~1u);
  f.click("filters.all");
  EXPECT_EQ(f.state.kindMask, ui::kAllKinds);
  EXPECT_EQ(f.state.statusMask, ui::kAllStatuses);
  EXPECT_FALSE(f.state.overdueOnly);
}

TEST(FiltersPanel, ChoosingADistrictHighlightsItAndAsksForAZoom) {
  DeskFixture f;
  f.click("filters.district");  // opens the list
  f.click("district.1");
  EXPECT_EQ(f.state.highlightDistrict, 1);
  auto requests = f.state.takeRequests();
  ASSERT_EQ(requests.size(), 1u);
  EXPECT_EQ(requests[0].kind, ui::ViewRequest::Kind::ZoomToDistrict);
  EXPECT_EQ(requests[0].index, 1);
}

TEST(FiltersPanel, SearchListsMatchingNamesAndAResultJumpsToItsProject) {
  DeskFixture f;
  f.state.search = "road";  // ASCII letters match whatever their case
  f.imgui.frame(f.draw);
  f.click("filters.match.0");
  EXPECT_EQ(f.state.selectedProject, 1);
  auto requests = f.state.takeRequests();
  ASSERT_EQ(requests.size(), 1u);
  EXPECT_EQ(requests[0].kind, ui::ViewRequest::Kind::ZoomToProject);
  EXPECT_EQ(requests[0].index, 1);
}

TEST(FiltersPanel, FindProjectsMatchesChineseBytesAndCountsBeyondTheLimit) {
  domain::Catalog c = test::uiCatalog();
  ui::NameMatches m = ui::findProjects(c, "游园", 1);
  EXPECT_EQ(m.total, 2u);
  EXPECT_EQ(m.projects, (std::vector<std::int64_t>{3}));
  EXPECT_EQ(ui::findProjects(c, "", 10).total, 0u);
  EXPECT_EQ(ui::findProjects(c, "STATION", 10).projects, (std::vector<std::int64_t>{1}));
}

TEST(Desk, TheLanguageButtonSwitchesTheLanguageAndClosedPanelsDrawNothing) {
  DeskFixture f;
  f.click("desk.language");
  EXPECT_EQ(f.state.lang, core::Lang::Zh);
  f.imgui.frame(f.draw);  // the toolbar, right-aligned, takes the width of its Chinese labels
  f.click("desk.legend");
  EXPECT_FALSE(f.state.panels.legend);
  f.imgui.frame(f.draw);
  EXPECT_FALSE(f.desk.targets().find("legend.kind.road"));
  EXPECT_TRUE(f.desk.targets().find("filters.kind.road"));
}

TEST(LayersPanel, TheToolbarOpensItAndItsBoxHidesALayer) {
  DeskFixture f;
  f.catalog.layers.resize(2);  // the fixture's projects come without layers: two empty ones to list
  f.catalog.layers[0].info.name = "works_roads";
  f.catalog.layers[1].info.name = "districts";
  f.state.layers.assign(2, ui::LayerView{});
  EXPECT_FALSE(f.desk.targets().find("layer.0.visible"));  // closed at first
  f.click("desk.layers");
  f.imgui.frame(f.draw);
  ASSERT_TRUE(f.desk.targets().find("layer.0.visible"));
  f.click("layer.0.visible");
  EXPECT_FALSE(f.state.layers[0].visible);
  EXPECT_EQ(f.state.layers[0].opacity, 1.0f);
  f.click("layer.0.visible");
  EXPECT_TRUE(f.state.layers[0].visible);
}

TEST(LayersPanel, EachLayerGetsTheLoadersProblemsWithItsFileAndName) {
  domain::Catalog c = test::uiCatalog();
  c.layers.resize(2);
  c.layers[0].info.file = "a.shp", c.layers[0].info.name = "a";
  c.layers[1].info.file = "b.gpkg", c.layers[1].info.name = "roads";
  c.diagnostics.add(core::Diagnostic::warning(core::Msg::CorruptFeature).atFeature("b.gpkg", "roads", 7));
  c.diagnostics.add(core::Diagnostic::error(core::Msg::CorruptFeature).atFeature("b.gpkg", "roads", 9));
  c.diagnostics.add(
      core::Diagnostic::info(core::Msg::CorruptFeature).atFeature("a.shp", "a", 1));  // a note: not a problem
  c.diagnostics.add(core::Diagnostic::warning(core::Msg::CorruptFeature).atFeature("b.gpkg", "other", 1));
  auto problems = ui::LayersPanel::problemsByLayer(c);
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_TRUE(problems[0].empty());
  ASSERT_EQ(problems[1].size(), 2u);
  EXPECT_EQ(problems[1][0]->feature, 7);
  EXPECT_EQ(problems[1][1]->feature, 9);
}

TEST(ViewState, MoveLayerShiftsOnePlaceAndStaysInTheList) {
  ui::ViewState s;
  s.layerOrder = {4, 2, 0, 1};
  EXPECT_TRUE(s.moveLayer(2, -1));  // layer 0 up over layer 2
  EXPECT_EQ(s.layerOrder, (std::vector<std::uint32_t>{4, 0, 2, 1}));
  EXPECT_TRUE(s.moveLayer(0, 3));  // the top one to the bottom
  EXPECT_EQ(s.layerOrder, (std::vector<std::uint32_t>{0, 2, 1, 4}));
  EXPECT_FALSE(s.moveLayer(0, -1));
  EXPECT_FALSE(s.moveLayer(3, 1));
  EXPECT_FALSE(s.moveLayer(7, -1));
  EXPECT_EQ(s.layerOrder, (std::vector<std::uint32_t>{0, 2, 1, 4}));
}

TEST(LayersPanel, ListsTheTopLayerFirstAndItsArrowsMoveLayers) {
  DeskFixture f;
  // Base polygons (layer 0, 2) under the district layer (1): listed top first 1, 2, 0.
  f.catalog.layers.resize(3);
  for (std::uint32_t l = 0; l < 3; ++l) f.catalog.layers[l].info.name = fmt::format("layer{}", l);
  f.catalog.layers[1].info.role = domain::LayerRole::Districts;
  f.state = ui::initialViewState(f.catalog, test::day(2023, 6, 30), core::Lang::En);
  EXPECT_EQ(f.state.layerOrder, (std::vector<std::uint32_t>{1, 2, 0}));
  f.click("desk.layers");
  f.imgui.frame(f.draw);
  auto rowY = [&](int layer) { return f.desk.targets().find(fmt::format("layer.{}.visible", layer))->centerY(); };
  ASSERT_TRUE(f.desk.targets().find("layer.2.up"));
  EXPECT_LT(rowY(1), rowY(2));
  EXPECT_LT(rowY(2), rowY(0));
  f.click("layer.2.up");  // over the district layer
  f.imgui.frame(f.draw);
  EXPECT_EQ(f.state.layerOrder, (std::vector<std::uint32_t>{2, 1, 0}));
  EXPECT_LT(rowY(2), rowY(1));
  f.click("layer.2.up");  // already on top: the button is disabled
  EXPECT_EQ(f.state.layerOrder, (std::vector<std::uint32_t>{2, 1, 0}));
  f.click("layer.1.down");
  EXPECT_EQ(f.state.layerOrder, (std::vector<std::uint32_t>{2, 0, 1}));
}
