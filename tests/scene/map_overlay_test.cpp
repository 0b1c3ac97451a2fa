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
  ASSERT_TRUE(font) << font.error().message;
  EXPECT_TRUE(std::filesystem::exists(font->path)) << font->path;
  EXPECT_GE(font->index, 0);
}
