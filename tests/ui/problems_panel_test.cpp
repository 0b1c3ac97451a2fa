// The Problems panel under ImGui's null setup: which rows its filters show, and that a feature's problem
// selects the project and asks to zoom to it.
#include "ui/problems_panel.hpp"

#include <gtest/gtest.h>

#include "imgui_harness.hpp"
#include "ui/desk.hpp"
#include "ui_fixture.hpp"

using namespace wm;

namespace {

core::Diagnostic problem(core::Severity severity, core::Msg msg, std::vector<std::string> args, std::string file,
                         std::string layer, std::int64_t feature) {
  return core::Diagnostic::of(severity, msg, std::move(args)).atFeature(std::move(file), std::move(layer), feature);
}

// deskCatalog's layers with files: works_roads in roads.shp (Station Road is fid 8), works_parking in
// parking.shp (北门停车场 is fid 3).
domain::Catalog catalogWithFiles() {
  domain::Catalog c = test::deskCatalog();
  c.layers[0].info.file = "roads.shp";
  c.layers[1].info.file = "parks.shp";
  c.layers[2].info.file = "parking.shp";
  return c;
}

// Rows 0..3: an error about no feature, a warning about Station Road, a note, a warning about a feature that
// is not a loaded project (fid 99).
core::Diagnostics fourProblems() {
  core::Diagnostics d;
  d.add(problem(core::Severity::Error, core::Msg::MissingDbf, {}, "rivers.shp", "rivers", -1));
  d.add(problem(core::Severity::Warning, core::Msg::UnknownStatus, {"待定"}, "roads.shp", "works_roads", 8));
  d.add(problem(core::Severity::Info, core::Msg::MissingShx, {}, "parking.shp", "works_parking", -1));
  d.add(problem(core::Severity::Warning, core::Msg::MissingName, {}, "roads.shp", "works_roads", 99));
  return d;
}

struct ProblemsFixture {
  domain::Catalog catalog = catalogWithFiles();
  domain::MapStyle style = domain::builtInMapStyle();
  ui::ViewState state = ui::initialViewState(catalog, test::day(2023, 6, 30), core::Lang::En);
  test::ImGuiHarness imgui{1600, 1000};
  ui::ProblemsPanel panel{fourProblems()};
  ui::ClickTargets targets;
  std::function<void()> draw = [this] {
    targets.clear();
    panel.draw(state, ui::DeskContext{catalog, style, 1.0f, targets});
  };
  ProblemsFixture() {
    state.panels.problems = true;
    imgui.frame(draw);
    imgui.frame(draw);
  }
};

TEST(ProblemProjects, FindsTheProjectByFileLayerAndFeatureId) {
  domain::Catalog catalog = catalogWithFiles();
  ui::ProblemProjects projects(catalog);
  core::Diagnostics d = fourProblems();
  EXPECT_EQ(projects.find(d.items()[0]), ui::kNoProject);  // no feature
  EXPECT_EQ(projects.find(d.items()[1]), 1);               // Station Road
  EXPECT_EQ(projects.find(d.items()[3]), ui::kNoProject);  // fid 99 is no project
  // The same fid in another layer's file is another feature.
  EXPECT_EQ(
      projects.find(problem(core::Severity::Warning, core::Msg::MissingName, {}, "parking.shp", "works_parking", 3)),
      4);
  EXPECT_EQ(
      projects.find(problem(core::Severity::Warning, core::Msg::MissingName, {}, "parks.shp", "works_parking", 3)),
      ui::kNoProject);
}

TEST(ProblemsPanel, ShowsErrorsAndWarningsButNotNotesAtFirst) {
  ProblemsFixture f;
  EXPECT_EQ(f.panel.actionable(), 3u);
  EXPECT_EQ(f.panel.shown(), (std::vector<std::size_t>{0, 1, 3}));
  EXPECT_TRUE(f.targets.find("problems.row.1"));
  EXPECT_FALSE(f.targets.find("problems.row.2"));
}

TEST(ProblemsPanel, SeverityBoxesToggleTheirRows) {
  ProblemsFixture f;
  f.imgui.click(f.targets, "problems.notes", f.draw);
  EXPECT_EQ(f.panel.shown(), (std::vector<std::size_t>{0, 1, 2, 3}));
  f.imgui.click(f.targets, "problems.warnings", f.draw);
  EXPECT_EQ(f.panel.shown(), (std::vector<std::size_t>{0, 2}));
  f.imgui.click(f.targets, "problems.errors", f.draw);
  EXPECT_EQ(f.panel.shown(), (std::vector<std::size_t>{2}));
}

TEST(ProblemsPanel, TheTextFilterMatchesTheMessageAsShown) {
  ProblemsFixture f;
  f.imgui.click(f.targets, "problems.filter", f.draw);
  ImGui::GetIO().AddInputCharactersUTF8("待定");
  f.imgui.frame(f.draw);
  f.imgui.frame(f.draw);
  EXPECT_EQ(f.panel.shown(), (std::vector<std::size_t>{1}));
}

TEST(ProblemsPanel, ClickingAFeaturesProblemSelectsItAndAsksToZoom) {
  ProblemsFixture f;
  ASSERT_EQ(f.state.selectedProject, ui::kNoProject);
  f.imgui.click(f.targets, "problems.row.0", f.draw);  // about no feature: nothing happens
  EXPECT_EQ(f.state.selectedProject, ui::kNoProject);
  EXPECT_TRUE(f.state.requests.empty());
  f.imgui.click(f.targets, "problems.row.1", f.draw);
  EXPECT_EQ(f.state.selectedProject, 1);
  EXPECT_EQ(f.state.takeRequests(), (std::vector<ui::ViewRequest>{{ui::ViewRequest::Kind::ZoomToProject, 1}}));
}

TEST(ProblemsPanel, ClosedItDrawsNothing) {
  ProblemsFixture f;
  f.state.panels.problems = false;
  f.imgui.frame(f.draw);
  EXPECT_TRUE(f.targets.all().empty());
}

TEST(Desk, TheToolbarCountsTheProblemsAndOpensThePanel) {
  domain::Catalog catalog = catalogWithFiles();
  domain::MapStyle style = domain::builtInMapStyle();
  ui::ViewState state = ui::initialViewState(catalog, test::day(2023, 6, 30), core::Lang::En);
  ui::DeskServices services;
  services.problems = fourProblems();
  ui::Desk desk(catalog, style, services);
  test::ImGuiHarness imgui{1600, 1000};
  auto draw = [&] { desk.draw(state, 1.0f); };
  imgui.frame(draw);
  imgui.frame(draw);
  EXPECT_FALSE(desk.targets().find("problems.filter"));
  imgui.click(desk.targets(), "desk.problems", draw);
  EXPECT_TRUE(state.panels.problems);
  EXPECT_TRUE(desk.targets().find("problems.filter"));
  EXPECT_EQ(desk.problems().actionable(), 3u);
}

}  // namespace
