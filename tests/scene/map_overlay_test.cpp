#include "scene/map_overlay.hpp"

#include <filesystem>

#include <gtest/gtest.h>

using namespace wm;

TEST(ScaleBar, TakesTheLargestRoundLengthThatFits) {
  auto bar = scene::chooseScaleBar(10.0, 320);  // 3.2 km fit: 5 km does not, 2 km does
  EXPECT_DOUBLE_EQ(bar.metres, 2000);
  EXPECT_DOUBLE_EQ(bar.pixels, 200);
  EXPECT_EQ(bar.label, "2 km");
  bar = scene::chooseScaleBar(0.5, 300);  // 150 m fit: 100 m
  EXPECT_DOUBLE_EQ(bar.metres, 100);
  EXPECT_DOUBLE_EQ(bar.pixels, 200);
  EXPECT_EQ(bar.label, "100 m");
  EXPECT_EQ(scene::chooseScaleBar(0, 300).pixels, 0);
}

TEST(FontFinder, FindsAFontThatWritesChinese) {
  auto font = scene::findChineseFont();
  ASSERT_TRUE(font) << font.error().text(wm::core::Lang::En);
  EXPECT_TRUE(std::filesystem::exists(font->path)) << font->path;
  EXPECT_GE(font->index, 0);
}

TEST(OverlayPanels, TheScaleBarAndLegendStandAboveTheWindowsStatusBar) {
  scene::OverlayContent content;
  content.metresPerPixel = 30;
  content.legend.push_back({"规划", osg::Vec4(0, 0, 1, 1)});
  // 600 px high: a unit and margin of 15 px. Without an inset the scale bar's panel starts half a margin up.
  scene::OverlayPanels plain = scene::overlayPanels(content, 1024, 600);
  EXPECT_FLOAT_EQ(plain.scaleBar.y0, 7.5f);
  EXPECT_FLOAT_EQ(plain.legend.y0, 7.5f);
  // A 32 px status bar along the bottom: both start 32 px higher, their heights unchanged.
  content.bottomInset = 32;
  scene::OverlayPanels lifted = scene::overlayPanels(content, 1024, 600);
  EXPECT_FLOAT_EQ(lifted.scaleBar.y0, 39.5f);
  EXPECT_FLOAT_EQ(lifted.scaleBar.y1 - lifted.scaleBar.y0, plain.scaleBar.y1 - plain.scaleBar.y0);
  EXPECT_FLOAT_EQ(lifted.legend.y0, 39.5f);
  EXPECT_FLOAT_EQ(lifted.swatches[0].y0 - plain.swatches[0].y0, 32.0f);
  EXPECT_FLOAT_EQ(lifted.title.y1, plain.title.y1);  // the top is not moved
}

TEST(OverlayTitle, ALongTitleIsCutShortBeforeTheNorthArrowAtEveryWidth) {
  scene::OverlayContent content;
  content.title = "/home/规划科/2024年度/下载/区县界_area.shp 以及 示例县城市建设项目一览";
  content.subtitle = "截至 2024-06-30";
  for (int width : {320, 480, 640, 800, 1024, 1280, 1600, 1920, 3000}) {
    scene::OverlayPanels p = scene::overlayPanels(content, width, 600);
    EXPECT_LT(p.title.x1, p.northArrow.x0) << width;
    EXPECT_GT(p.title.x1, p.title.x0) << width;
  }
  // At 3000 px the whole title fits: the panel is the text (at 1.3 units of 15 px = 19.5 px) and a unit of padding.
  scene::OverlayPanels wide = scene::overlayPanels(content, 3000, 600);
  EXPECT_FLOAT_EQ(wide.title.x1 - wide.title.x0, scene::textWidth(content.title, 19.5f) + 15);
  // At 640 px it is cut (the room left of the arrow, 640 − 6.8 units = 538 px, is less than its 694 px).
  EXPECT_LT(scene::overlayPanels(content, 640, 600).title.x1 - 7.5f, scene::textWidth(content.title, 19.5f));
}

TEST(OverlayTitle, FitTextKeepsWholeCodePointsAndEndsWithAnEllipsis) {
  EXPECT_EQ(scene::fitText("示例县", 10, 30), "示例县");         // 3 ems of 10 px: fits exactly
  EXPECT_EQ(scene::fitText("示例县城建项目", 10, 30), "示例…");  // two characters and the ellipsis (half an em)
  EXPECT_FLOAT_EQ(scene::textWidth("示例", 10), 20);
  EXPECT_EQ(scene::fitText("abc", 10, 0), "…");
}
