// The Inspector under ImGui's null setup: the selected project's whole record as worked out by hand in
// ui_fixture.hpp (deskCatalog), and its buttons.
#include <map>

#include <gtest/gtest.h>

#include "imgui_harness.hpp"
#include "ui/desk.hpp"
#include "ui_fixture.hpp"

using namespace wm;

namespace {

struct InspectorFixture {
  domain::Catalog catalog = test::deskCatalog();
  domain::MapStyle style = domain::builtInMapStyle();
  ui::ViewState state = ui::initialViewState(catalog, test::day(2023, 6, 30), core::Lang::En);
  test::ImGuiHarness imgui{1600, 1000};
  ui::Desk desk{catalog, style};
  std::function<void()> draw = [this] { desk.draw(state, 1.0f); };

  InspectorFixture() {
    for (int i = 0; i < 3; ++i) imgui.frame(draw);
  }
  std::map<std::string, std::string> shown() const {
    std::map<std::string, std::string> out;
    for (const ui::InspectorField& f : desk.inspector().fields()) out[f.key] = f.value;
    return out;
  }
};

}  // namespace

TEST(InspectorPanel, ShowsTheSelectedProjectsWholeRecordAtTheDate) {
  InspectorFixture f;
  EXPECT_TRUE(f.desk.inspector().fields().empty());  // nothing selected: only the hint
  f.state.selectedProject = 1;
  f.imgui.frame(f.draw);
  auto shown = f.shown();
  EXPECT_EQ(shown["name"], "Station Road");
  EXPECT_EQ(shown["kind"], "roads");
  EXPECT_EQ(shown["recorded"], "under construction");
  EXPECT_EQ(shown["status_at"], "under construction");
  EXPECT_EQ(shown["start"], "2023-01-10");
  EXPECT_EQ(shown["plan_done"], "2023-06-01");
  EXPECT_EQ(shown["done"], "not recorded");
  EXPECT_EQ(shown["schedule"], "overdue (29 days past the planned completion)");  // June 1 → June 30
  EXPECT_EQ(shown["district"], "城区");
  EXPECT_EQ(shown["progress"], "60.0 %");
  EXPECT_EQ(shown["invest"], "not recorded");
  EXPECT_EQ(shown["length"], "820.0 m");
  EXPECT_EQ(shown.count("area"), 0u);
  EXPECT_EQ(shown.count("spaces"), 0u);  // not a car park
  EXPECT_EQ(shown["layer"], "works_roads");
  EXPECT_EQ(shown["feature"], "8");
  EXPECT_EQ(f.desk.inspector().shownName(), "Station Road");
  EXPECT_TRUE(f.desk.targets().find("inspector.name"));
}

TEST(InspectorPanel, FollowsTheDateAndShowsAreaSpacesAndUnassigned) {
  InspectorFixture f;
  f.state.selectedProject = 4;  // 北门停车场: completed with no dates, the record stands
  f.imgui.frame(f.draw);
  auto shown = f.shown();
  EXPECT_EQ(shown["status_at"], "completed");
  EXPECT_EQ(shown["schedule"], "on schedule");
  EXPECT_EQ(shown["spaces"], "120");
  EXPECT_EQ(shown["area"], "3000.0 m² (4.50 mu)");  // 3000 / (10000 / 15) = 4.5 mu
  EXPECT_EQ(shown.count("length"), 0u);
  f.state.selectedProject = 5;  // 西街游园: no district; planned until it starts on 2023-06-30
  f.state.asOf = test::day(2023, 6, 29);
  f.imgui.frame(f.draw);
  shown = f.shown();
  EXPECT_EQ(shown["district"], "unassigned");
  EXPECT_EQ(shown["status_at"], "planned");
  f.state.selectedProject = 3;  // 滨河游园: suspended, planned 2023-03-31: 91 days overdue at 06-30
  f.state.asOf = test::day(2023, 6, 30);
  f.state.lang = core::Lang::Zh;
  f.imgui.frame(f.draw);
  shown = f.shown();
  EXPECT_EQ(shown["status_at"], "停工");
  EXPECT_EQ(shown["schedule"], "逾期（超过计划完工 91 天）");
  EXPECT_EQ(shown["area"], "5000.0 m² (7.50 亩)");  // 5000 × 15 / 10000 = 7.5 亩
}

TEST(InspectorPanel, LateCompletionAndKilometres) {
  domain::Catalog c = test::deskCatalog();
  c.projects[0].done = test::day(2023, 6, 11);  // planned 2023-06-01: ten days late
  std::map<std::string, std::string> shown;
  for (const ui::InspectorField& f : ui::inspectorFields(c, 0, test::day(2023, 6, 30), core::Lang::En))
    shown[f.key] = f.value;
  EXPECT_EQ(shown["schedule"], "completed late (10 days after the planned completion)");
  EXPECT_EQ(shown["length"], "1.500 km");
  EXPECT_EQ(shown["invest"], "850.5");
  EXPECT_TRUE(ui::inspectorFields(c, 99, test::day(2023, 6, 30), core::Lang::En).empty());
}

TEST(InspectorPanel, ZoomQueuesARequestAndClearDeselects) {
  InspectorFixture f;
  f.state.selectedProject = 2;
  f.imgui.frame(f.draw);
  f.imgui.frame(f.draw);
  f.imgui.click(f.desk.targets(), "inspector.zoom", f.draw);
  auto requests = f.state.takeRequests();
  ASSERT_EQ(requests.size(), 1u);
  EXPECT_EQ(requests[0].kind, ui::ViewRequest::Kind::ZoomToProject);
  EXPECT_EQ(requests[0].index, 2);
  f.imgui.click(f.desk.targets(), "inspector.clear", f.draw);
  EXPECT_EQ(f.state.selectedProject, ui::kNoProject);
  EXPECT_EQ(ui::mapFilter(f.state).selectedProject, ui::kNoProject);
}

// Data in a plane of its own (no CRS places it on the earth): the lengths and areas were measured in that
// plane, and the labels say so.
TEST(InspectorPanel, PlanarMeasuresAreLabelledPlanar) {
  domain::Catalog c = test::deskCatalog();
  c.workingCrs = geo::Crs::localPlane();
  std::map<std::string, std::string> labels;
  for (std::int64_t project : {0, 4})
    for (const ui::InspectorField& f : ui::inspectorFields(c, project, test::day(2023, 6, 30), core::Lang::En))
      labels[f.key] = f.label;
  EXPECT_EQ(labels["length"], "Length (planar)");
  EXPECT_EQ(labels["area"], "Area (planar)");
  c.workingCrs = geo::Crs::cgcs2000GaussKruger3(114);
  for (const ui::InspectorField& f : ui::inspectorFields(c, 0, test::day(2023, 6, 30), core::Lang::En))
    if (f.key == "length") {
      EXPECT_EQ(f.label, "Length (geodesic)");
    }
}
