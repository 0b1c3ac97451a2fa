#include "publish/text_layout.hpp"

#include <gtest/gtest.h>

using namespace wm;

namespace {

// A measure of one unit per code point (Chinese and Latin alike), so widths are counted by hand.
double codePoints(const std::string& s) {
  double n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

}  // namespace

TEST(WrapText, ChineseBreaksBetweenAnyTwoCharacters) {
  EXPECT_EQ(publish::wrapText("新建改造城市道路三十一条", 5, codePoints),
            (std::vector<std::string>{"新建改造城", "市道路三十", "一条"}));
}

TEST(WrapText, LatinBreaksAtTheLastSpaceAndDropsIt) {
  EXPECT_EQ(publish::wrapText("31 roads built or renovated", 10, codePoints),
            (std::vector<std::string>{"31 roads", "built or", "renovated"}));
  EXPECT_EQ(publish::wrapText("", 10, codePoints), std::vector<std::string>{});
  EXPECT_EQ(publish::wrapText("abcdefghijkl", 5, codePoints), (std::vector<std::string>{"abcde", "fghij", "kl"}));
}
