#include "ui/desk_font.hpp"

#include <gtest/gtest.h>

#include "imgui_harness.hpp"
#include "scene/font_finder.hpp"
#include "ui_fixture.hpp"

using namespace wm;

namespace {

bool inRanges(const ImVector<ImWchar>& ranges, unsigned c) {
  for (int i = 0; i + 1 < ranges.Size; i += 2)
    if (c >= ranges[i] && c <= ranges[i + 1]) return true;
  return false;
}

}  // namespace

TEST(DeskFont, CharactersComeFromBothLanguagesAndTheDataOnly) {
  test::ImGuiHarness imgui;
  domain::Catalog c = test::uiCatalog();
  c.projects[0].name = "龘";  // a rare character only the data has
  ImFontGlyphRangesBuilder builder;
  ui::collectDeskCharacters(c, builder);
  ImVector<ImWchar> ranges;
  builder.BuildRanges(&ranges);
  EXPECT_TRUE(inRanges(ranges, 0x9F98));  // 龘, from the data
  EXPECT_TRUE(inRanges(ranges, 0x56FE));  // 图 (图例), from the translation table
  EXPECT_TRUE(inRanges(ranges, 'Q'));
  EXPECT_FALSE(inRanges(ranges, 0x9F8D));  // 龍: neither in the table nor in the data
}

TEST(DeskFont, AFileThatIsNoFontFallsBackToTheBuiltInFont) {
  test::ImGuiHarness imgui;
  ui::DeskFont font;
  ui::DeskFontStats stats = font.build(*ImGui::GetIO().Fonts, {"/nonexistent/font.ttc", 2}, 16, test::uiCatalog());
  EXPECT_FALSE(stats.chinese);
  EXPECT_GT(stats.textureWidth, 0);
  EXPECT_FALSE(ui::fontFaceExists({'n', 'o', 't', ' ', 'a', ' ', 'f', 'o', 'n', 't', '!', '!', '!'}, 0));
  std::vector<char> ttc = {'t', 't', 'c', 'f', 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 16};
  ttc.resize(64);  // the face's table directory would start at byte 16
  EXPECT_TRUE(ui::fontFaceExists(ttc, 0));
  EXPECT_FALSE(ui::fontFaceExists(ttc, 2));  // a collection of one face has no face 2
}

TEST(DeskFont, TheChineseFaceRendersTheDesksCharacters) {
  auto file = scene::findChineseFont();
  ASSERT_TRUE(file) << file.error().text(wm::core::Lang::En);
  test::ImGuiHarness imgui;
  ui::DeskFont font;
  ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
  ui::DeskFontStats stats = font.build(atlas, {file->path, file->index}, 16, test::uiCatalog());
  ASSERT_TRUE(stats.chinese);
  EXPECT_GT(stats.characters, 300u);
  ImFont* f = atlas.Fonts[0];
  // 图 例 游 园, and 详 栏 光 比 from the Inspector, status bar and scale (the table's last entries)
  for (unsigned c : {0x56FEu, 0x4F8Bu, 0x6E38u, 0x56EDu, 0x8BE6u, 0x680Fu, 0x5149u, 0x6BD4u})
    EXPECT_NE(f->FindGlyphNoFallback(static_cast<ImWchar>(c)), nullptr) << std::hex << c;
  EXPECT_EQ(f->FindGlyphNoFallback(0x9F8D), nullptr);  // 龍 was not asked for
}
