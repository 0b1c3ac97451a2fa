#include "ui/slide_state.hpp"

#include <gtest/gtest.h>

#include "ui_fixture.hpp"

using namespace wm;
using domain::Kind;
using domain::Status;

TEST(SlideState, AppliesDateLayersFiltersHighlightAndSelection) {
  domain::Catalog c = test::deskCatalog();
  c.districts[0].hasGeometry = true;
  ui::ViewState s = ui::initialViewState(c, test::day(2023, 6, 30), core::Lang::Zh);
  s.search = "人民";
  domain::Slide slide;
  slide.asOf = test::day(2022, 12, 31);
  slide.layers = {"works_parks", "works_parking"};
  slide.opacity = {{"works_parking", 0.4f}, {"河流", 0.5f}};
  slide.kinds = {Kind::Park, Kind::Parking};
  slide.statuses = {Status::Completed};
  slide.overdueOnly = true;
  slide.district = "城区";
  slide.project = "北门停车场";
  ui::applySlide(slide, c, test::day(2030, 1, 1), s);
  EXPECT_EQ(s.asOf, test::day(2022, 12, 31));
  EXPECT_FALSE(s.periodMode);
  EXPECT_EQ(s.layers, (std::vector<ui::LayerView>{{false, 1.0f}, {true, 1.0f}, {true, 0.4f}}));
  EXPECT_EQ(s.kindMask, 0b110u);  // bits of Kind::Park (1) and Kind::Parking (2)
  EXPECT_EQ(s.statusMask, 0b100u);
  EXPECT_TRUE(s.overdueOnly);
  EXPECT_EQ(s.highlightDistrict, 0);
  EXPECT_EQ(s.selectedProject, 4);
  EXPECT_EQ(s.search, "");
  EXPECT_EQ(s.lang, core::Lang::Zh);  // the desk's, not the slide's
}

TEST(SlideState, APeriodSlideShowsThePeriodAndAnEmptySlideShowsEverythingToday) {
  domain::Catalog c = test::deskCatalog();
  ui::ViewState s = ui::initialViewState(c, test::day(2023, 6, 30), core::Lang::En);
  domain::Slide period;
  period.period = std::pair(test::day(2022, 1, 1), test::day(2022, 12, 31));
  period.layers = {"works_roads"};
  period.district = "不存在";
  period.project = "不存在";
  ui::applySlide(period, c, test::day(2030, 1, 1), s);
  EXPECT_TRUE(s.periodMode);
  EXPECT_EQ(s.periodFrom, test::day(2022, 1, 1));
  EXPECT_EQ(s.periodTo, test::day(2022, 12, 31));
  EXPECT_EQ(s.asOf, test::day(2022, 12, 31));
  EXPECT_EQ(s.highlightDistrict, domain::kNoDistrict);
  EXPECT_EQ(s.selectedProject, ui::kNoProject);
  // The next slide does not inherit the last one's layers or period.
  ui::applySlide(domain::Slide{}, c, test::day(2030, 1, 1), s);
  EXPECT_FALSE(s.periodMode);
  EXPECT_EQ(s.asOf, test::day(2030, 1, 1));
  EXPECT_EQ(s.layers, std::vector<ui::LayerView>(3));
  EXPECT_EQ(s.kindMask, ui::kAllKinds);
  EXPECT_EQ(s.statusMask, ui::kAllStatuses);
}

TEST(SlideProblems, NameTheMissingLayerDistrictAndProjectAtTheirLines) {
  domain::Catalog c = test::deskCatalog();
  c.districts[0].hasGeometry = true;  // 麻塘片区 has no boundary
  domain::Slide ok;
  ok.layers = {"works_roads"};
  ok.district = "城区";
  ok.figures = domain::SlideFigures::District;
  domain::Slide bad;
  bad.line = 10;
  bad.layers = {"works_roads", "河流"};
  bad.layersLine = 12;
  bad.district = "麻塘片区";
  bad.districtLine = 13;
  bad.project = "无名路";
  bad.projectLine = 14;
  domain::Slide noDistrict;
  noDistrict.figures = domain::SlideFigures::District;
  noDistrict.figuresLine = 20;
  core::Diagnostics problems = domain::slideProblems({ok, bad, noDistrict}, c, "b.toml");
  std::vector<std::string> lines;
  for (const auto& d : problems.items()) lines.push_back(core::formatDiagnostic(d, core::Lang::En));
  EXPECT_EQ(lines, (std::vector<std::string>{
                       "b.toml:12: slide 2 shows layer '河流', which is not among the loaded layers",
                       "b.toml:13: slide 2 highlights district '麻塘片区', which has no boundary in the data",
                       "b.toml:14: slide 2 selects project '无名路', which is not in the data",
                       "b.toml:20: slide 3 shows the district's figures but highlights no district"}));
  EXPECT_EQ(problems.items()[0].severity, core::Severity::Error);
}
