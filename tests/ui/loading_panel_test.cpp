// The loading window: how far each layer's bar is, what it says, and that it draws a bar per layer.
#include "ui/loading_panel.hpp"

#include <gtest/gtest.h>

#include "ui/imgui_harness.hpp"

namespace wm::ui {
namespace {

LayerLoad layer(LayerLoad::Stage stage, std::size_t done, std::size_t total) {
  LayerLoad l;
  l.name = "roads.shp: roads";
  l.stage = stage;
  l.done = done;
  l.total = total;
  return l;
}

TEST(LayerFraction, ReadingFillsTheFirstHalfAndReprojectingTheSecond) {
  EXPECT_FLOAT_EQ(layerFraction(layer(LayerLoad::Stage::Reading, 0, 1000)), 0.0f);
  EXPECT_FLOAT_EQ(layerFraction(layer(LayerLoad::Stage::Reading, 250, 1000)), 0.125f);  // 0.5 × 250/1000
  EXPECT_FLOAT_EQ(layerFraction(layer(LayerLoad::Stage::Reading, 1000, 1000)), 0.5f);
  EXPECT_FLOAT_EQ(layerFraction(layer(LayerLoad::Stage::Reprojecting, 500, 1000)), 0.75f);  // 0.5 + 0.5 × 0.5
  EXPECT_FLOAT_EQ(layerFraction(layer(LayerLoad::Stage::Done, 3, 1000)), 1.0f);
}

TEST(LayerFraction, AnUnknownCountStaysSmallAndAnOvercountDoesNotOverflow) {
  EXPECT_FLOAT_EQ(layerFraction(layer(LayerLoad::Stage::Reading, 5000, 0)), 0.05f);  // 0.5 × 0.1
  EXPECT_FLOAT_EQ(layerFraction(layer(LayerLoad::Stage::Reading, 1200, 1000)), 0.5f);
}

TEST(LayerProgressText, SaysTheStageAndTheCountsInEitherLanguage) {
  EXPECT_EQ(layerProgressText(layer(LayerLoad::Stage::Reading, 4096, 10000), core::Lang::En), "reading 4096 / 10000");
  EXPECT_EQ(layerProgressText(layer(LayerLoad::Stage::Reading, 4096, 0), core::Lang::En), "reading 4096");
  EXPECT_EQ(layerProgressText(layer(LayerLoad::Stage::Reprojecting, 12, 30), core::Lang::Zh), "坐标转换 12 / 30");
  EXPECT_EQ(layerProgressText(layer(LayerLoad::Stage::Done, 30, 30), core::Lang::Zh), "30 个要素");
}

TEST(LoadingPanel, DrawsOneBarPerLayerInTheMiddleOfTheWindow) {
  test::ImGuiHarness imgui(1280, 800);
  LoadingView view;
  view.phase = LoadingView::Phase::Reading;
  view.layers = {layer(LayerLoad::Stage::Done, 40, 40), layer(LayerLoad::Stage::Reading, 3, 10)};
  view.seconds = 1.25;
  LoadingPanel panel;
  ClickTargets targets;
  auto draw = [&] {
    targets.clear();
    panel.draw(view, core::Lang::En, 1.0f, targets);
  };
  imgui.frame(draw);
  imgui.frame(draw);  // the first frame sizes the window to its content
  auto first = targets.find("loading.layer.0"), second = targets.find("loading.layer.1");
  ASSERT_TRUE(first);
  ASSERT_TRUE(second);
  EXPECT_FALSE(targets.find("loading.layer.2"));
  EXPECT_LT(first->centerY(), second->centerY());
  // The window is 560 px wide, centred: the bars span most of it around x = 640.
  EXPECT_NEAR(first->centerX(), 640, 10);
  EXPECT_GT(first->x1 - first->x0, 500);
}

}  // namespace
}  // namespace wm::ui
