// The Slides panel's list edits on the slides and their thumbnails alike (app::rearrangeSlides), and the
// thumbnail's shrinking (app::MapGrab::shrink), worked by hand.
#include "app/slide_editor.hpp"

#include <gtest/gtest.h>

#include "app/map_grab.hpp"

using namespace wm;
using Kind = ui::SlideRequest::Kind;

namespace {

std::vector<domain::Slide> slidesNamed(std::initializer_list<const char*> titles) {
  std::vector<domain::Slide> out;
  for (const char* t : titles) out.push_back(domain::Slide{.title = t});
  return out;
}

std::string titles(const std::vector<domain::Slide>& slides) {
  std::string s;
  for (const domain::Slide& slide : slides) s += slide.title;
  return s;
}

TEST(RearrangeSlides, MovesKeepTheThumbnailAndTheCurrentSlideWithTheirSlide) {
  auto slides = slidesNamed({"A", "B", "C"});
  std::vector<std::uint32_t> thumbs{11, 12, 13};
  std::int32_t current = 1;  // B
  app::rearrangeSlides(slides, thumbs, {Kind::MoveDown, 1}, current);
  EXPECT_EQ(titles(slides), "ACB");
  EXPECT_EQ(thumbs, (std::vector<std::uint32_t>{11, 13, 12}));
  EXPECT_EQ(current, 2);
  app::rearrangeSlides(slides, thumbs, {Kind::MoveUp, 1}, current);  // C up: B stays where it is
  EXPECT_EQ(titles(slides), "CAB");
  EXPECT_EQ(current, 2);
  app::rearrangeSlides(slides, thumbs, {Kind::MoveUp, 0}, current);    // the first cannot go up
  app::rearrangeSlides(slides, thumbs, {Kind::MoveDown, 2}, current);  // nor the last down
  EXPECT_EQ(titles(slides), "CAB");
}

TEST(RearrangeSlides, ADuplicateFollowsItsSlideWithoutAThumbnailAndBecomesCurrent) {
  auto slides = slidesNamed({"A", "B", "C"});
  std::vector<std::uint32_t> thumbs{11, 12, 13};
  std::int32_t current = 0;
  app::rearrangeSlides(slides, thumbs, {Kind::Duplicate, 0}, current);
  EXPECT_EQ(titles(slides), "AABC");
  EXPECT_EQ(thumbs, (std::vector<std::uint32_t>{11, 0, 12, 13}));
  EXPECT_EQ(current, 1);
  current = 3;  // C, after the one duplicated: moves on with it
  app::rearrangeSlides(slides, thumbs, {Kind::Duplicate, 1}, current);
  EXPECT_EQ(current, 4);
}

TEST(RearrangeSlides, ADeleteDropsTheThumbnailAndKeepsTheCurrentSlideInTheList) {
  auto slides = slidesNamed({"A", "B", "C"});
  std::vector<std::uint32_t> thumbs{11, 12, 13};
  std::int32_t current = 2;
  EXPECT_EQ(app::rearrangeSlides(slides, thumbs, {Kind::Delete, 2}, current), 13u);
  EXPECT_EQ(titles(slides), "AB");
  EXPECT_EQ(current, 1);  // the last one went: the one before it
  EXPECT_EQ(app::rearrangeSlides(slides, thumbs, {Kind::Delete, 0}, current), 11u);
  EXPECT_EQ(titles(slides), "B");
  EXPECT_EQ(current, 0);                                                            // B, one place up
  EXPECT_EQ(app::rearrangeSlides(slides, thumbs, {Kind::Delete, 5}, current), 0u);  // no such slide
  EXPECT_EQ(app::rearrangeSlides(slides, thumbs, {Kind::Delete, 0}, current), 12u);
  EXPECT_TRUE(slides.empty());
  EXPECT_EQ(current, -1);
}

// A 4 × 2 image, rows from the bottom as OpenGL reads them, shrunk to 2 × 1: each output pixel the mean of a
// 2 × 2 block.
TEST(MapGrab, ShrinksByAveragingAndTurnsRowsTopDown) {
  std::vector<unsigned char> rgba;
  const int bottom[4] = {0, 100, 200, 40}, top[4] = {20, 80, 0, 0};
  for (int v : bottom) rgba.insert(rgba.end(), {static_cast<unsigned char>(v), 0, 0, 255});
  for (int v : top) rgba.insert(rgba.end(), {static_cast<unsigned char>(v), 0, 0, 255});
  const app::MapGrab::Picture p = app::MapGrab::shrink(rgba, 4, 2, 2);
  ASSERT_EQ(p.width, 2);
  ASSERT_EQ(p.height, 1);
  EXPECT_EQ(p.rgba[0], (0 + 100 + 20 + 80) / 4);
  EXPECT_EQ(p.rgba[4], (200 + 40 + 0 + 0) / 4);
  EXPECT_EQ(p.rgba[3], 255);
  // 2 × 4 to 1 × 2: the top output row is the image's top half.
  std::vector<unsigned char> tall;
  for (int v : {10, 10, 30, 30, 50, 50, 70, 70}) tall.insert(tall.end(), {static_cast<unsigned char>(v), 0, 0, 255});
  const app::MapGrab::Picture q = app::MapGrab::shrink(tall, 2, 4, 1);
  ASSERT_EQ(q.height, 2);
  EXPECT_EQ(q.rgba[0], (50 + 50 + 70 + 70) / 4);  // top
  EXPECT_EQ(q.rgba[4], (10 + 10 + 30 + 30) / 4);  // bottom
}

}  // namespace
