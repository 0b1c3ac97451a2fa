#include "core/text.hpp"

#include <gtest/gtest.h>

using wm::core::trim;
using wm::core::xmlText;

TEST(Trim, RemovesAsciiBlanksAndFullWidthSpacesFromBothEnds) {
  EXPECT_EQ(trim("  名称\t"), "名称");
  EXPECT_EQ(trim("\xE3\x80\x80名称\xE3\x80\x80"), "名称");
  EXPECT_EQ(trim("名 称"), "名 称");  // blanks inside stay
  EXPECT_EQ(trim(" \r\n"), "");
}

// A fuzzing finding (docs/fuzzing.md): the ASCII blanks were taken first and the full-width spaces after, so a
// blank inside the padding stayed, and an encoding name read twice changed.
TEST(Trim, TakesBothKindsOfBlankInAnyOrder) {
  EXPECT_EQ(trim("\xE3\x80\x80 名称 \xE3\x80\x80"), "名称");
  EXPECT_EQ(trim(" \xE3\x80\x80\r\xE3\x80\x80GBK\xE3\x80\x80\t"), "GBK");
  EXPECT_EQ(trim("\xE3\x80\x80\r\xF1"), "\xF1");
  EXPECT_EQ(trim(trim("\xE3\x80\x80 a")), trim("\xE3\x80\x80 a"));
}

TEST(XmlText, TextIsEscapedAndWhatXmlForbidsIsDropped) {
  EXPECT_EQ(xmlText("a<b>&\"c\""), "a&lt;b&gt;&amp;&quot;c&quot;");
  EXPECT_EQ(xmlText("x\x01y\tz"), "xy\tz");
  EXPECT_EQ(xmlText("城区"), "城区");
  EXPECT_EQ(xmlText("a\xff"
                    "b"),
            "a\xEF\xBF\xBD"
            "b");                                              // not UTF-8: U+FFFD
  EXPECT_EQ(xmlText("\xE5\x9F"), "\xEF\xBF\xBD\xEF\xBF\xBD");  // a sequence cut short
}
