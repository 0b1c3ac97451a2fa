// The window's load on a worker thread, on the bundled sample county: every layer reports its progress and
// ends Done, and the result is a map ready to show. Also the state file's line while loading.
#include "app/map_loading.hpp"

#include <set>
#include <thread>

#include <gtest/gtest.h>

#include "app/state_file.hpp"

using namespace wm;

namespace {

const std::string kSample = std::string(WORKSMAP_GEODATA) + "/sample-county.worksmap.toml";

TEST(MapLoading, EveryLayerEndsDoneAndTheResultIsAMapToShow) {
  app::MapLoading loading({kSample}, core::Lang::En);
  std::set<ui::LoadingView::Phase> phases;
  for (int i = 0; i < 6000 && !loading.finished(); ++i) {  // up to a minute
    phases.insert(loading.progress().phase);
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  ASSERT_TRUE(loading.finished());
  const ui::LoadingView last = loading.progress();
  EXPECT_EQ(last.phase, ui::LoadingView::Phase::Building);
  EXPECT_GT(last.seconds, 0);
  std::unique_ptr<app::OpenedMap> map = loading.take();
  ASSERT_TRUE(map);
  ASSERT_FALSE(map->inputs.failure) << map->messages;
  ASSERT_TRUE(map->view);
  const domain::Catalog& catalog = map->inputs.loaded.catalog;
  // One bar per layer the catalog has, each done with the features the layer kept.
  ASSERT_EQ(last.layers.size(), catalog.layers.size());
  for (std::size_t i = 0; i < last.layers.size(); ++i) {
    SCOPED_TRACE(last.layers[i].name);
    EXPECT_EQ(last.layers[i].stage, ui::LayerLoad::Stage::Done);
    EXPECT_NE(last.layers[i].name.find(catalog.layers[i].info.name), std::string::npos);
    EXPECT_EQ(last.layers[i].total, catalog.layers[i].info.featuresRead);
    EXPECT_FLOAT_EQ(ui::layerFraction(last.layers[i]), 1.0f);
  }
  EXPECT_FALSE(loading.take());  // once only
}

TEST(MapLoading, ASourceThatIsNotThereEndsInAFailureWithItsMessage) {
  app::MapLoading loading({"/nonexistent/county.shp"}, core::Lang::En);
  std::unique_ptr<app::OpenedMap> map = loading.take();
  ASSERT_TRUE(map);
  ASSERT_TRUE(map->inputs.failure);
  EXPECT_FALSE(map->view);
  EXPECT_NE(map->messages.find("/nonexistent/county.shp"), std::string::npos) << map->messages;
  EXPECT_GT(map->inputs.loaded.problems.count(core::Severity::Error), 0u);
}

TEST(LayerLoad, TakesTheLoadersReportAsItIs) {
  io::LayerProgress p;
  p.layer = 2;
  p.name = "道路.shp: 道路";
  p.stage = io::LayerProgress::Stage::Reprojecting;
  p.done = 40;
  p.total = 90;
  const ui::LayerLoad l = app::layerLoad(p);
  EXPECT_EQ(l.name, "道路.shp: 道路");
  EXPECT_EQ(l.stage, ui::LayerLoad::Stage::Reprojecting);
  EXPECT_EQ(l.done, 40u);
  EXPECT_EQ(l.total, 90u);
}

TEST(StateFileLine, WhileLoadingSaysThePhaseAndLayersDone) {
  ui::LoadingView view;
  view.phase = ui::LoadingView::Phase::Reading;
  view.layers.resize(3);
  view.layers[0].stage = ui::LayerLoad::Stage::Done;
  view.layers[2].stage = ui::LayerLoad::Stage::Done;
  EXPECT_EQ(app::loadingLine(view, 17),
            R"({"loading":true,"phase":"reading","layers":3,"layersDone":2,"uiFrames":17})");
  EXPECT_EQ(app::failedLoadLine(4, 9), R"({"loading":false,"loadFailed":true,"problems":4,"uiFrames":9})");
}

}  // namespace
