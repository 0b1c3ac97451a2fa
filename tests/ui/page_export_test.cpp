// The Slides panel's Export deck and District progress's Export atlas under ImGui's null setup: each button asks
// for a file name in its save dialog and hands the file (and the deck's map size, the atlas's date or period)
// to the app (ui::PageExporter, here recording what it is asked); while the app writes the file the panel shows
// its progress and a Cancel button, and the other panel's button waits. The app's side (drawing and writing, a
// cancel leaving nothing behind) is tested in tests/render/export_cancel_test.cpp.
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

struct PagesFixture {
  fs::path dir = fs::temp_directory_path() / ("wm_page_export_" + std::to_string(::getpid()));
  std::vector<ui::DeckExportRequest> decks;
  std::vector<ui::AtlasExportRequest> atlases;
  int cancels = 0;
  ui::ExportStatus deckStatus, atlasStatus;
  std::vector<domain::Slide> slides{domain::Slide{}, domain::Slide{}};
  domain::Catalog catalog = test::uiCatalog();
  domain::MapStyle style = domain::builtInMapStyle();
  ui::ViewState state = ui::initialViewState(catalog, day(2023, 6, 30), core::Lang::En);
  test::ImGuiHarness imgui{1920, 1080};
  ui::Desk desk{catalog, style, services()};
  std::function<void()> draw = [this] { desk.draw(state, 1.0f); };

  PagesFixture() {
    state.panels.slides = true;
    state.panels.districts = true;
    for (int i = 0; i < 3; ++i) imgui.frame(draw);
  }
  ~PagesFixture() { fs::remove_all(dir); }
  ui::DeskServices services() {
    fs::remove_all(dir);
    fs::create_directories(dir);
    ui::DeskServices s;
    s.slides = &slides;
    s.slideSaving = {(dir / "县城.worksmap.toml").string(), {}};
    s.pageExport = {
        [this](const ui::DeckExportRequest& r) { decks.push_back(r); },
        [this](const ui::AtlasExportRequest& r) { atlases.push_back(r); },
        [this](ui::PageExportKind kind) { return kind == ui::PageExportKind::Deck ? deckStatus : atlasStatus; },
        [this] { ++cancels; }};
    s.reportFolder = {dir, {}};
    return s;
  }
  void click(const std::string& id) { test::clickSettled(imgui, desk, id, draw); }
  bool shown(const std::string& id) { return test::drawsEntry(imgui, desk, id, draw); }
};

}  // namespace

TEST(ExportDeck, AsksForAPdfNamedAfterTheWorkspaceAndHandsItToTheApp) {
  PagesFixture f;
  f.click("slides.deck");
  const ui::SaveFileDialog& dialog = f.desk.slides().deckDialog();
  ASSERT_TRUE(dialog.isOpen());
  EXPECT_EQ(dialog.folder(), f.dir);
  EXPECT_EQ(dialog.fileName(), "县城.pdf");
  f.click("savedialog.save");
  EXPECT_FALSE(dialog.isOpen());
  ASSERT_EQ(f.decks.size(), 1u);
  EXPECT_EQ(f.decks[0].file, f.dir / "县城.pdf");
  EXPECT_EQ(f.decks[0].width, 1920);
  EXPECT_EQ(f.decks[0].height, 1080);
}

TEST(ExportDeck, ThePowerPointTypeMakesAPptx) {
  PagesFixture f;
  f.click("slides.deck");
  f.click("savedialog.pptx");
  EXPECT_EQ(f.desk.slides().deckDialog().fileName(), "县城.pptx");
  f.click("savedialog.save");
  ASSERT_EQ(f.decks.size(), 1u);
  EXPECT_EQ(f.decks[0].file, f.dir / "县城.pptx");
  EXPECT_EQ(ui::listSaveFolder(f.dir, ui::deckFiles()), std::vector<ui::FolderEntry>{});
  for (const char* name : {"a.pdf", "b.PPTX", "c.mp4", "d.pdf.tmp"}) std::ofstream(f.dir / name) << "x";
  EXPECT_EQ(ui::listSaveFolder(f.dir, ui::deckFiles()),
            (std::vector<ui::FolderEntry>{{"a.pdf", false}, {"b.PPTX", false}}));
}

TEST(ExportDeck, WhileTheAppWritesTheDeckTheSlidesPanelShowsProgressAndCancels) {
  PagesFixture f;
  f.deckStatus.running = true;
  f.deckStatus.file = "县城.pdf";
  f.deckStatus.done = 3;
  f.deckStatus.total = 10;
  f.atlasStatus.busy = true;
  EXPECT_TRUE(f.shown("slides.deck.progress"));
  EXPECT_FALSE(f.shown("slides.deck"));
  f.click("districts.atlas");  // greyed while the deck is written
  EXPECT_FALSE(f.desk.districts().atlasDialog().isOpen());
  f.click("slides.deck.cancel");
  EXPECT_EQ(f.cancels, 1);
  f.deckStatus = {};
  f.deckStatus.outcome = "Export cancelled: nothing was written";
  f.atlasStatus = {};
  EXPECT_TRUE(f.shown("slides.deck.outcome"));
  EXPECT_FALSE(f.shown("slides.deck.progress"));
}

TEST(ExportAtlas, HandsTheDesksDateOrPeriodToTheApp) {
  PagesFixture f;
  f.click("districts.atlas");
  const ui::SaveFileDialog& dialog = f.desk.districts().atlasDialog();
  ASSERT_TRUE(dialog.isOpen());
  EXPECT_EQ(dialog.fileName(), "atlas_2023-06-30.pdf");
  f.click("savedialog.save");
  ASSERT_EQ(f.atlases.size(), 1u);
  EXPECT_EQ(f.atlases[0].file, f.dir / "atlas_2023-06-30.pdf");
  EXPECT_EQ(f.atlases[0].query.mode, analysis::ProgressQuery::Mode::AsOf);
  EXPECT_EQ(f.atlases[0].query.asOf, day(2023, 6, 30));
  f.state.showPeriod(day(2023, 1, 1), day(2023, 6, 30));
  f.click("districts.atlas");
  EXPECT_EQ(dialog.fileName(), "atlas_2023-01-01_2023-06-30.pdf");
  f.click("savedialog.save");
  ASSERT_EQ(f.atlases.size(), 2u);
  EXPECT_EQ(f.atlases[1].query.mode, analysis::ProgressQuery::Mode::Period);
  EXPECT_EQ(f.atlases[1].query.from, day(2023, 1, 1));
  EXPECT_EQ(f.atlases[1].query.to, day(2023, 6, 30));
}
