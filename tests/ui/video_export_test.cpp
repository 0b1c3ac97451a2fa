// The Timeline's Export video under ImGui's null setup: the button asks for a file name in the save dialog and
// hands the file and the period to the app (ui::VideoExporter, here recording what it is asked), and while the
// app makes the video the panel shows its progress and a Cancel button. The app's side (drawing and encoding)
// is tested with a real window in tests/gui/video_export_window_test.sh.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <vector>

#include <gtest/gtest.h>

#include "desk_fixture.hpp"

using namespace wm;
using test::day;
namespace fs = std::filesystem;

namespace {

struct VideoFixture {
  fs::path dir = fs::temp_directory_path() / ("wm_video_export_" + std::to_string(::getpid()));
  std::vector<ui::VideoExportRequest> started;
  std::vector<fs::path> remembered;
  int cancels = 0;
  ui::VideoExportStatus status;
  domain::Catalog catalog = test::uiCatalog();
  domain::MapStyle style = domain::builtInMapStyle();
  ui::ViewState state = ui::initialViewState(catalog, day(2023, 6, 30), core::Lang::En);
  test::ImGuiHarness imgui{1920, 1080};
  ui::Desk desk{catalog, style, services()};
  std::function<void()> draw = [this] { desk.draw(state, 1.0f); };

  VideoFixture() {
    for (int i = 0; i < 3; ++i) imgui.frame(draw);
  }
  ~VideoFixture() { fs::remove_all(dir); }
  ui::DeskServices services() {
    fs::remove_all(dir);
    fs::create_directories(dir);
    ui::DeskServices s;
    s.videoExport = {[this](const ui::VideoExportRequest& r) { started.push_back(r); }, [this] { return status; },
                     [this] { ++cancels; }};
    s.reportFolder = {dir, [this](const fs::path& p) { remembered.push_back(p); }};
    return s;
  }
  void click(const std::string& id) { test::clickSettled(imgui, desk, id, draw); }
  bool shown(const std::string& id) { return test::drawsEntry(imgui, desk, id, draw); }
};

}  // namespace

TEST(ExportVideo, AsksForAFileAndHandsTheDatasSpanToTheApp) {
  VideoFixture f;
  f.click("timeline.video");
  const ui::SaveFileDialog& dialog = f.desk.timeline().videoDialog();
  ASSERT_TRUE(dialog.isOpen());
  EXPECT_EQ(dialog.folder(), f.dir);
  // Not in period mode: the data's first and last dates (东风路改造 started 2022-03-01; 人民路 is planned for
  // 2024-06-01).
  EXPECT_EQ(dialog.fileName(), "progress_2022-03-01_2024-06-01.mp4");
  f.click("savedialog.save");
  EXPECT_FALSE(dialog.isOpen());
  ASSERT_EQ(f.started.size(), 1u);
  EXPECT_EQ(f.started[0].file, f.dir / "progress_2022-03-01_2024-06-01.mp4");
  EXPECT_EQ(f.started[0].from, day(2022, 3, 1));
  EXPECT_EQ(f.started[0].to, day(2024, 6, 1));
  EXPECT_EQ(f.remembered, std::vector<fs::path>{f.dir});
}

TEST(ExportVideo, InPeriodModeMakesTheTimelinesPeriod) {
  VideoFixture f;
  f.state.showPeriod(day(2023, 1, 1), day(2023, 6, 30));
  f.click("timeline.video");
  EXPECT_EQ(f.desk.timeline().videoDialog().fileName(), "progress_2023-01-01_2023-06-30.mp4");
  f.click("savedialog.save");
  ASSERT_EQ(f.started.size(), 1u);
  EXPECT_EQ(f.started[0].from, day(2023, 1, 1));
  EXPECT_EQ(f.started[0].to, day(2023, 6, 30));
}

TEST(ExportVideo, AnExistingVideoIsReplacedOnlyWhenTheUserConfirms) {
  VideoFixture f;
  std::ofstream(f.dir / "progress_2022-03-01_2024-06-01.mp4") << "old";
  f.click("timeline.video");
  f.click("savedialog.save");
  EXPECT_TRUE(f.started.empty());
  ASSERT_TRUE(f.desk.timeline().videoDialog().confirming());
  f.click("savedialog.replace");
  EXPECT_EQ(f.started.size(), 1u);
}

TEST(ExportVideo, WhileTheAppMakesTheVideoTheTimelineShowsProgressAndCancels) {
  VideoFixture f;
  f.status.running = true;
  f.status.file = "a.mp4";
  f.status.done = 76;
  f.status.total = 304;
  EXPECT_TRUE(f.shown("timeline.video.progress"));
  EXPECT_TRUE(f.shown("timeline.video.status"));
  EXPECT_FALSE(f.shown("timeline.video"));  // one video at a time
  f.click("timeline.video.cancel");
  EXPECT_EQ(f.cancels, 1);
  f.status = {};
  f.status.file = "a.mp4";
  f.status.outcome = "Export cancelled: nothing was written";
  EXPECT_TRUE(f.shown("timeline.video"));
  EXPECT_TRUE(f.shown("timeline.video.outcome"));
  EXPECT_FALSE(f.shown("timeline.video.progress"));
}

TEST(ExportVideo, TheDialogListsFoldersAndVideosOnly) {
  VideoFixture f;
  fs::create_directory(f.dir / "汇报");
  for (const char* name : {"a.mp4", "b.csv", "c.MP4", "d.mp4.tmp"}) std::ofstream(f.dir / name) << "x";
  EXPECT_EQ(ui::listSaveFolder(f.dir, ui::videoFiles()),
            (std::vector<ui::FolderEntry>{{"汇报", true}, {"a.mp4", false}, {"c.MP4", false}}));
  EXPECT_EQ(ui::withExtension("进度", ui::videoFiles(), 0), "进度.mp4");
  EXPECT_EQ(ui::withExtension("进度.MP4", ui::videoFiles(), 0), "进度.mp4");
}
