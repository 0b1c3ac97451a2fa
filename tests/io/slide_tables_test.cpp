// io::findSlideTables: where each [[slide]] table begins and ends, to the byte, by the rules of
// docs/workspace.md ("Saving slides").
#include "io/slide_tables.hpp"

#include <string>

#include <gtest/gtest.h>

using namespace wm;

namespace {

std::string slice(std::string_view text, std::size_t begin, std::size_t end) {
  return std::string(text.substr(begin, end - begin));
}

}  // namespace

TEST(SlideTables, CommentsBelongToTheHeaderTheyStandDirectlyAbove) {
  const std::string text =
      "title = \"示例\"\n"
      "\n"
      "# The briefing: introduces every slide, stays where it is\n"
      "[[slide]]\n"
      "title = \"一\"\n"
      "# a commented-out key of slide one\n"
      "\n"
      "# 第二张\n"
      "[[slide]]  # a comment after the header\n"
      "title = \"二\"\n"
      "\n"
      "# the map style, below the slides\n"
      "[style]\n"
      "status.completed = \"#2e7d32\"\n";
  const auto spans = io::findSlideTables(text);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(slice(text, spans[0].begin, spans[0].end),
            "[[slide]]\ntitle = \"一\"\n# a commented-out key of slide one\n\n");
  EXPECT_EQ(spans[0].header, spans[0].begin);
  EXPECT_EQ(spans[0].line, 4);
  EXPECT_FALSE(spans[0].endsRun);
  EXPECT_EQ(slice(text, spans[1].begin, spans[1].end),
            "# 第二张\n[[slide]]  # a comment after the header\ntitle = \"二\"\n");
  EXPECT_EQ(slice(text, spans[1].header, spans[1].end), "[[slide]]  # a comment after the header\ntitle = \"二\"\n");
  EXPECT_EQ(spans[1].line, 9);
  EXPECT_TRUE(spans[1].endsRun);
}

TEST(SlideTables, ASlidesSubTablesAndBracketsInsideValuesStayInIt) {
  const std::string text =
      "[[slide]]\n"
      "notes = \"\"\"\n"
      "[[layer]]\n"
      "[districts] is not a header inside a string \"\"\"\"\n"
      "layers = [\n"
      "  \"a\",  # a comment ] inside the array\n"
      "  'b]',\n"
      "]\n"
      "[slide.opacity]\n"
      "a = 0.5\n"
      "[[ slide ]]\n"
      "title = '''x\n"
      "[y]'''\n"
      "[\"districts\"]\n"
      "layer = \"片区\"\n";
  const auto spans = io::findSlideTables(text);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(slice(text, spans[0].begin, spans[0].end), text.substr(0, text.find("[[ slide ]]")));
  EXPECT_EQ(spans[1].line, 11);
  EXPECT_EQ(slice(text, spans[1].begin, spans[1].end), "[[ slide ]]\ntitle = '''x\n[y]'''\n");
}

TEST(SlideTables, AtTheEndOfTheFileOnlyBlankLinesStayOutside) {
  const std::string text = "[[slide]]\r\ntitle = \"a\"\r\n# last comment\r\n\r\n\r\n";
  const auto spans = io::findSlideTables(text);
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_EQ(slice(text, spans[0].begin, spans[0].end), "[[slide]]\r\ntitle = \"a\"\r\n# last comment\r\n");
  EXPECT_TRUE(spans[0].endsRun);
  EXPECT_EQ(io::lineEnding(text), "\r\n");
}

TEST(SlideTables, SlidesBetweenOtherTablesAreRunsOfTheirOwn) {
  const std::string text =
      "\xEF\xBB\xBF[[slide]]\n"
      "title = \"a\"\n"
      "[[layer]]\n"
      "source = \"x.shp\"\n"
      "\n"
      "# about b: it belongs to b\n"
      "[[slide]]\n"
      "title = \"b\"";  // no line break at the end
  const auto spans = io::findSlideTables(text);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0].begin, 3u);  // after the UTF-8 signature
  EXPECT_EQ(slice(text, spans[0].begin, spans[0].end), "[[slide]]\ntitle = \"a\"\n");
  EXPECT_TRUE(spans[0].endsRun);
  EXPECT_EQ(slice(text, spans[1].begin, spans[1].end), "# about b: it belongs to b\n[[slide]]\ntitle = \"b\"");
  EXPECT_EQ(spans[1].line, 7);
  EXPECT_EQ(io::lineEnding(text), "\n");
}

TEST(SlideTables, AWorkspaceWithoutSlidesHasNone) {
  EXPECT_TRUE(io::findSlideTables("[[layer]]\nsource = \"slide.shp\"\n[districts]\nlayer = \"slide\"\n").empty());
  EXPECT_TRUE(io::findSlideTables("").empty());
}
