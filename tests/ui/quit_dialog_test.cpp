// Asking before quitting with unsaved work: what counts as unsaved, and the dialog's two answers.
#include "ui/quit_dialog.hpp"

#include <gtest/gtest.h>

#include "imgui_harness.hpp"
#include "ui_fixture.hpp"

namespace wm::ui {
namespace {

TEST(UnsavedWork, IsNothingUntilAMeasurementHasAPoint) {
  ViewState state;
  EXPECT_TRUE(unsavedWork(state).empty());
  state.measure.mode = MeasureMode::Distance;
  EXPECT_TRUE(unsavedWork(state).empty());
  state.measure.addPoint({10, 20});
  ASSERT_EQ(unsavedWork(state).size(), 1u);
  EXPECT_EQ(unsavedWork(state)[0], core::Msg::UiUnsavedMeasurement);
}

struct QuitDialogTest : ::testing::Test {
  test::ImGuiHarness imgui{1024, 700};
  domain::Catalog catalog = test::uiCatalog();
  domain::MapStyle style = domain::builtInMapStyle();
  ClickTargets targets;
  ViewState state;
  void draw() {
    targets.clear();
    drawQuitDialog(state, DeskContext{catalog, style, 1.0f, targets});
  }
  std::function<void()> drawer() {
    return [this] { draw(); };
  }
};

TEST_F(QuitDialogTest, ShowsNothingUnlessAsked) {
  imgui.frame(drawer());
  imgui.frame(drawer());
  EXPECT_FALSE(targets.find("quit.confirm"));
}

TEST_F(QuitDialogTest, CancelKeepsTheProgramAndQuitConfirms) {
  state.measure.mode = MeasureMode::Distance;
  state.measure.addPoint({1, 2});
  state.quitAsked = true;
  imgui.frame(drawer());
  imgui.frame(drawer());
  ASSERT_TRUE(targets.find("quit.cancel"));
  imgui.click(targets, "quit.cancel", drawer());
  EXPECT_FALSE(state.quitAsked);
  EXPECT_FALSE(state.quitConfirmed);
  EXPECT_FALSE(targets.find("quit.confirm"));

  state.quitAsked = true;
  imgui.frame(drawer());
  imgui.frame(drawer());
  imgui.click(targets, "quit.confirm", drawer());
  EXPECT_TRUE(state.quitConfirmed);
}

}  // namespace
}  // namespace wm::ui
