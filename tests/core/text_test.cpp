#include "core/text.hpp"

#include <gtest/gtest.h>

using wm::core::trim;

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
