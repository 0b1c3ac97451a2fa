#include "app/user_settings.hpp"

#include <cstdlib>
#include <fstream>
#include <optional>
#include <string>

#include <gtest/gtest.h>

#include "app/state_file.hpp"
#include "support/fixture_writer.hpp"
#include "ui/imgui_harness.hpp"
#include "ui/ui_fixture.hpp"

using namespace wm;

namespace {

// Sets an environment variable for the scope, restoring the previous value.
class ScopedEnv {
public:
  ScopedEnv(const char* name, const char* value) : _name(name) {
    if (const char* old = std::getenv(name)) _old = old;
    if (value)
      setenv(name, value, 1);
    else
      unsetenv(name);
  }
  ~ScopedEnv() {
    if (_old)
      setenv(_name, _old->c_str(), 1);
    else
      unsetenv(_name);
  }

private:
  const char* _name;
  std::optional<std::string> _old;
};

}  // namespace

TEST(UserSettings, ConfigDirectoryFollowsWorksmapThenXdgThenHome) {
  ScopedEnv home("HOME", "/home/planner"), xdg("XDG_CONFIG_HOME", nullptr), own("WORKSMAP_CONFIG_DIR", nullptr);
  EXPECT_EQ(app::configDirectory(), "/home/planner/.config/worksmap");
  {
    ScopedEnv x("XDG_CONFIG_HOME", "/tmp/cfg");
    EXPECT_EQ(app::configDirectory(), "/tmp/cfg/worksmap");
    ScopedEnv relative("XDG_CONFIG_HOME", "relative/cfg");  // not absolute: ignored, as the XDG rules say
    EXPECT_EQ(app::configDirectory(), "/home/planner/.config/worksmap");
    ScopedEnv w("WORKSMAP_CONFIG_DIR", "/srv/worksmap");
    EXPECT_EQ(app::configDirectory(), "/srv/worksmap");
  }
  ScopedEnv noHome("HOME", nullptr);
  EXPECT_TRUE(app::configDirectory().empty());
  EXPECT_TRUE(app::layoutFile({}).empty());
}

TEST(UserSettings, RemembersSourcesAsAbsolutePathsAndForgetsThemWhenAFileIsGone) {
  test::ScopedDir dir;
  std::filesystem::path data = dir.path / "county.gpkg";
  std::ofstream(data) << "x";
  auto config = dir.path / "config" / "worksmap";
  ASSERT_TRUE(app::rememberSources(config, {data.string(), "PG:dbname=county"}));
  EXPECT_EQ(app::lastSources(config), (std::vector<std::string>{data.string(), "PG:dbname=county"}));
  std::filesystem::remove(data);
  EXPECT_TRUE(app::lastSources(config).empty());  // the sample county opens instead
  EXPECT_TRUE(app::lastSources(dir.path / "nothing-here").empty());
  EXPECT_FALSE(app::rememberSources({}, {"x"}));
}

TEST(UserSettings, RemembersTheReportFolderWhileItExists) {
  test::ScopedDir dir;
  std::filesystem::path reports = dir.path / "报表" / "2023";
  std::filesystem::create_directories(reports);
  auto config = dir.path / "config";
  EXPECT_TRUE(app::lastReportFolder(config).empty());  // nothing remembered yet
  ASSERT_TRUE(app::rememberReportFolder(config, reports));
  EXPECT_EQ(app::lastReportFolder(config), reports);
  std::filesystem::remove_all(dir.path / "报表");
  EXPECT_TRUE(app::lastReportFolder(config).empty());  // gone: Save report starts in the current folder
  EXPECT_FALSE(app::rememberReportFolder({}, reports));
  // What the desk is given: the remembered folder, and a function that remembers the next one.
  std::filesystem::create_directories(reports);  // there again: remembered again
  ui::ReportFolder setting = app::reportFolderSetting(config);
  EXPECT_EQ(setting.initial, reports);
  ASSERT_TRUE(setting.remember);
  setting.remember(dir.path);
  EXPECT_EQ(app::reportFolderSetting(config).initial, dir.path);
  EXPECT_FALSE(app::reportFolderSetting({}).remember);
}

TEST(StateFile, LineCarriesTheViewStateAndTheDesksEntries) {
  render::MapCamera camera;
  ui::ViewState state;
  state.asOf = *core::Date::fromYmd(2023, 6, 30);
  state.kindMask = 5;
  state.lang = core::Lang::Zh;
  state.search = "东风\"路";
  ui::ClickTargets targets;
  std::string line =
      app::stateLine({camera, state, &targets, nullptr, 7, nullptr, nullptr, std::nullopt, std::nullopt});
  EXPECT_NE(line.find("\"asOf\":\"2023-06-30\""), std::string::npos) << line;
  EXPECT_NE(line.find("\"kindMask\":5,"), std::string::npos);
  EXPECT_NE(line.find("\"lang\":\"zh\""), std::string::npos);
  EXPECT_NE(line.find("\"search\":\"东风\\\"路\""), std::string::npos);
  EXPECT_NE(line.find("\"uiFrames\":7"), std::string::npos);
  EXPECT_EQ(line.front(), '{');
  EXPECT_EQ(line.back(), '}');
}

TEST(StateFile, LineCarriesTheWindowsTitleFullScreenTextInputAndDisplays) {
  render::MapCamera camera;
  ui::ViewState state;
  state.quitAsked = true;
  app::ViewerSnapshot snapshot{camera, state, nullptr, nullptr, 3, nullptr, nullptr, std::nullopt, std::nullopt};
  snapshot.window =
      app::WindowFacts{"城建项目一张图 — 示例县", {"0 0 1920 1080", "1920 0 1280 1024"}, true, false, 1920, 1080};
  const std::string line = app::stateLine(snapshot);
  EXPECT_NE(line.find("\"title\":\"城建项目一张图 — 示例县\""), std::string::npos) << line;
  EXPECT_NE(line.find("\"fullscreen\":true,\"textInput\":false,\"windowWidth\":1920,\"windowHeight\":1080"),
            std::string::npos)
      << line;
  EXPECT_NE(line.find("\"displays\":\"0 0 1920 1080;1920 0 1280 1024\""), std::string::npos) << line;
  EXPECT_NE(line.find("\"quitAsked\":true"), std::string::npos) << line;
}

TEST(StateFile, LineCarriesTheSelectionAsTheInspectorShowsItTheDistrictAndTheProbe) {
  domain::Catalog catalog = test::deskCatalog();
  domain::MapStyle style = domain::builtInMapStyle();
  ui::ViewState state = ui::initialViewState(catalog, test::day(2023, 6, 30), core::Lang::En);
  state.selectedProject = 1;
  state.highlightDistrict = 1;
  test::ImGuiHarness imgui;
  ui::Desk desk(catalog, style);
  imgui.frame([&] { desk.draw(state, 1.0f); });
  render::MapCamera camera;
  std::string line = app::stateLine(
      {camera, state, &desk.targets(), nullptr, 1, &desk, &catalog, app::ViewerSnapshot::Probe{1, 12, 34}, 1});
  EXPECT_NE(line.find("\"selectedProject\":1,"), std::string::npos) << line;
  EXPECT_NE(line.find("\"selectedName\":\"Station Road\""), std::string::npos) << line;
  EXPECT_NE(line.find("\"districtName\":\"麻塘片区\""), std::string::npos) << line;
  EXPECT_NE(line.find("\"inspectorOpen\":true"), std::string::npos) << line;
  EXPECT_NE(line.find("\"probeProject\":1,\"probeX\":12,\"probeY\":34"), std::string::npos) << line;
  EXPECT_NE(line.find("\"target.inspector.name\":"), std::string::npos) << line;
}
