// The desk's layout: the pure model (ui/desk_layout.hpp) with hand-worked rectangles, and the whole desk under
// ImGui's null setup at the window sizes the bureau uses, in both languages: every panel on the screen, the
// default panels clear of each other and of the map's title and north arrow, also after a resize.
#include <string>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "desk_fixture.hpp"
#include "ui/desk_layout.hpp"

using namespace wm;
using ui::DeskPanel;
using ui::ScreenRect;

namespace {

std::string text(const ScreenRect& r) { return fmt::format("{} {} {} {}", r.x0, r.y0, r.x1, r.y1); }

// Every panel drawn lies in the window, the title and the north arrow are uncovered and, where `noOverlaps`,
// no two panels overlap (the status bar is a panel too).
void expectTidy(const std::array<ScreenRect, ui::kDeskPanelCount>& panels, float w, float h,
                const ui::MapOverlayRects& overlay, bool noOverlaps, const std::string& where) {
  const ScreenRect window{0, 0, w, h};
  for (std::size_t i = 0; i < panels.size(); ++i) {
    const ScreenRect& r = panels[i];
    if (r.empty()) continue;
    const char* id = ui::deskPanelId(static_cast<DeskPanel>(i));
    EXPECT_TRUE(r.inside(window)) << where << ": " << id << " at " << text(r) << " leaves the window";
    EXPECT_FALSE(r.overlaps(overlay.title)) << where << ": " << id << " at " << text(r) << " covers the title";
    EXPECT_FALSE(r.overlaps(overlay.northArrow))
        << where << ": " << id << " at " << text(r) << " covers the north arrow at " << text(overlay.northArrow);
    if (!noOverlaps) continue;
    for (std::size_t j = i + 1; j < panels.size(); ++j)
      EXPECT_FALSE(r.overlaps(panels[j])) << where << ": " << id << " at " << text(r) << " overlaps "
                                          << ui::deskPanelId(static_cast<DeskPanel>(j)) << " at " << text(panels[j]);
  }
}

struct WindowSize {
  float w, h;
};
constexpr WindowSize kSizes[] = {{1600, 1000}, {1366, 768}, {1024, 700}};

}  // namespace

TEST(DeskLayout, LargestFreeRectIsTheBiggestGapBetweenThePanels) {
  const ScreenRect window{0, 0, 100, 100};
  EXPECT_EQ(ui::largestFreeRect(window, {}), window);
  // A panel down each side: the column between them.
  EXPECT_EQ(ui::largestFreeRect(window, {{0, 0, 30, 100}, {70, 0, 100, 100}}), (ScreenRect{30, 0, 70, 100}));
  // A bar along the top and a box bottom left: 100 × 60 under the bar beats 60 × 80 beside the box.
  EXPECT_EQ(ui::largestFreeRect(window, {{0, 0, 100, 20}, {0, 80, 40, 100}}), (ScreenRect{0, 20, 100, 80}));
  // A box in the middle: the 100 × 40 band under it (the first of the four equal bands found is kept).
  const ScreenRect free = ui::largestFreeRect(window, {{20, 40, 60, 60}});
  EXPECT_FLOAT_EQ(free.width() * free.height(), 4000);
}

TEST(DeskLayout, ClampIntoMovesARectangleBackInsideWithoutResizingIt) {
  const ScreenRect area{0, 0, 1024, 700};
  EXPECT_EQ(ui::clampInto({1200, 500, 1500, 800}, area), (ScreenRect{724, 400, 1024, 700}));
  EXPECT_EQ(ui::clampInto({-50, -10, 50, 90}, area), (ScreenRect{0, 0, 100, 100}));
  EXPECT_EQ(ui::clampInto({10, 10, 2010, 60}, area), (ScreenRect{0, 10, 2000, 60}));  // too wide: left edge in
}

TEST(DeskLayout, TheToolbarIsCompactBelow1280PixelsAndNeverCoversTheTitle) {
  ui::DeskLayoutInput in;
  in.width = 1600, in.height = 1000;
  in.overlay = ui::estimatedOverlay(in.width, in.height, 20);
  in.sizes[0] = {820, 34};
  ui::DeskLayout wide = ui::layoutDesk(in);
  EXPECT_FALSE(wide.compact);
  EXPECT_TRUE(wide.toolbarBesideTitle);
  // Right-aligned 8 px left of the north arrow (1600 - 4.3 × 25 = 1492.5).
  EXPECT_FLOAT_EQ(wide[DeskPanel::Toolbar].x1, 1484.5f);
  EXPECT_FLOAT_EQ(wide[DeskPanel::Toolbar].y0, 6);
  // At 1024 px the same toolbar would reach the title: under it at the left edge.
  in.width = 1024, in.height = 700;
  in.overlay = ui::estimatedOverlay(in.width, in.height, 20);
  ui::DeskLayout narrow = ui::layoutDesk(in);
  EXPECT_TRUE(narrow.compact);
  EXPECT_FALSE(narrow.toolbarBesideTitle);
  EXPECT_FLOAT_EQ(narrow[DeskPanel::Toolbar].x0, 8);
  EXPECT_FLOAT_EQ(narrow[DeskPanel::Toolbar].y0, in.overlay.title.y1 + 8);
  EXPECT_FALSE(narrow[DeskPanel::Toolbar].overlaps(in.overlay.title));
  // The compact toolbar (a Panels menu) fits beside the title.
  in.sizes[0] = {260, 34};
  EXPECT_TRUE(ui::layoutDesk(in).toolbarBesideTitle);
}

TEST(DeskLayout, DefaultPanelsFitEveryWindowSizeFromTheirEstimates) {
  for (const WindowSize& s : kSizes) {
    ui::DeskLayoutInput in;
    in.width = s.w, in.height = s.h;
    in.sizes[0] = {ui::compactDesk(s.w, 1) ? 260.0f : 820.0f, 34};
    const ui::DeskLayout layout = ui::layoutDesk(in);
    expectTidy(layout.panels, s.w, s.h, ui::estimatedOverlay(s.w, s.h), true, fmt::format("{}x{}", s.w, s.h));
    // The free part of the map: right of the Filters and above the Timeline, a fifth of the window or more.
    for (const ScreenRect& r : layout.panels) EXPECT_FALSE(layout.freeMap.overlaps(r));
    EXPECT_GE(layout.freeMap.x0, layout[DeskPanel::Filters].x1);
    EXPECT_LE(layout.freeMap.y1, layout[DeskPanel::Timeline].y0);
    EXPECT_GT(layout.freeMap.width() * layout.freeMap.height(), 0.2f * s.w * s.h);
  }
}

TEST(DeskLayout, APanelTheUserMovedStaysButComesBackOnScreenAfterAResize) {
  ui::DeskLayoutInput in;
  in.width = 1600, in.height = 1000;
  in.open.districts = true;
  in.sizes[static_cast<std::size_t>(DeskPanel::Districts)] = {700, 300};
  in.moved[static_cast<std::size_t>(DeskPanel::Districts)] = ScreenRect{850, 100, 1550, 400};
  EXPECT_EQ(ui::layoutDesk(in)[DeskPanel::Districts], (ScreenRect{850, 100, 1550, 400}));
  in.width = 1024, in.height = 700;
  EXPECT_EQ(ui::layoutDesk(in)[DeskPanel::Districts], (ScreenRect{324, 100, 1024, 400}));
}

TEST(DeskLayout, TheWholeDeskIsTidyAtEachSizeInBothLanguages) {
  for (core::Lang lang : {core::Lang::En, core::Lang::Zh})
    for (const WindowSize& s : kSizes) {
      test::DeskFixture f;
      f.state.lang = lang;
      ImGui::GetIO().DisplaySize = ImVec2(s.w, s.h);
      for (int i = 0; i < 4; ++i) f.imgui.frame(f.draw);
      const std::string where = fmt::format("{}x{} {}", s.w, s.h, lang == core::Lang::Zh ? "zh" : "en");
      const auto& drawn = f.desk.placement().drawn();
      expectTidy(drawn, s.w, s.h, ui::estimatedOverlay(s.w, s.h), true, where);
      for (DeskPanel p : {DeskPanel::Toolbar, DeskPanel::StatusBar, DeskPanel::Legend, DeskPanel::Timeline,
                          DeskPanel::Filters, DeskPanel::Inspector})
        EXPECT_FALSE(drawn[static_cast<std::size_t>(p)].empty()) << where << ": " << ui::deskPanelId(p) << " not drawn";
      EXPECT_EQ(f.desk.placement().layout().compact, s.w < 1280) << where;
      // The free part of the map is what no panel covers.
      EXPECT_FALSE(f.state.freeMap.empty()) << where;
      for (const ScreenRect& r : drawn) EXPECT_FALSE(f.state.freeMap.overlaps(r)) << where;
    }
}

TEST(DeskLayout, AResizeFrom1600x1000To1024x700LeavesEveryOpenPanelOnScreen) {
  test::DeskFixture f;
  ImGui::GetIO().DisplaySize = ImVec2(1600, 1000);
  f.state.panels.districts = true;
  f.state.panels.layers = true;
  for (int i = 0; i < 4; ++i) f.imgui.frame(f.draw);
  const auto& drawn = f.desk.placement().drawn();
  expectTidy(drawn, 1600, 1000, ui::estimatedOverlay(1600, 1000), false, "1600x1000");
  ASSERT_FALSE(drawn[static_cast<std::size_t>(DeskPanel::Districts)].empty());
  ImGui::GetIO().DisplaySize = ImVec2(1024, 700);
  f.imgui.frame(f.draw);  // the first frame at the new size already places every panel for it
  expectTidy(drawn, 1024, 700, ui::estimatedOverlay(1024, 700), false, "1024x700, first frame");
  for (int i = 0; i < 3; ++i) f.imgui.frame(f.draw);
  expectTidy(drawn, 1024, 700, ui::estimatedOverlay(1024, 700), false, "1024x700");
  for (DeskPanel p : {DeskPanel::Districts, DeskPanel::Layers, DeskPanel::Legend, DeskPanel::Timeline})
    EXPECT_FALSE(drawn[static_cast<std::size_t>(p)].empty()) << ui::deskPanelId(p);
}

TEST(DeskLayout, TheCompactToolbarsPanelsMenuOpensAndClosesPanels) {
  test::DeskFixture f;
  ImGui::GetIO().DisplaySize = ImVec2(1024, 700);
  for (int i = 0; i < 3; ++i) f.imgui.frame(f.draw);
  EXPECT_FALSE(f.desk.targets().find("desk.districts"));  // no row of check boxes
  f.click("desk.panels");
  ASSERT_TRUE(f.desk.targets().find("desk.districts"));
  f.click("desk.districts");
  EXPECT_TRUE(f.state.panels.districts);
  EXPECT_FALSE(f.desk.targets().find("desk.filters"));  // the panel opened took the focus: the list closed
  f.click("desk.panels");
  f.click("desk.filters");
  EXPECT_FALSE(f.state.panels.filters);
}

TEST(DeskLayout, TheOverlayTheAppReportsIsKeptClear) {
  test::DeskFixture f;
  ImGui::GetIO().DisplaySize = ImVec2(1366, 768);
  // A long title, reported by the app: the Filters move under it.
  f.state.mapOverlay = {.known = true, .title = {10, 10, 700, 120}, .northArrow = {1280, 20, 1350, 140}, .legend = {}};
  for (int i = 0; i < 4; ++i) f.imgui.frame(f.draw);
  expectTidy(f.desk.placement().drawn(), 1366, 768, f.state.mapOverlay, true, "1366x768, long title");
  EXPECT_GE(f.desk.placement().drawn()[static_cast<std::size_t>(DeskPanel::Filters)].y0, 120);
}
