// Presentation mode's keys on its state (ui/presentation): what each presenter's key does, worked by hand on a
// briefing of 9 slides.
#include "ui/presentation.hpp"

#include <gtest/gtest.h>

using namespace wm::ui;
namespace k = wm::ui::presentation_keys;

namespace {

// Presses the keys in turn; the last step.
PresentationStep press(Presentation& p, std::initializer_list<int> keys) {
  PresentationStep last;
  for (int key : keys) last = presentationKey(p, key);
  return last;
}

TEST(Presentation, StartsWhereAskedWithinTheBriefing) {
  EXPECT_EQ(startPresentation(9, 0).slide, 0u);
  EXPECT_EQ(startPresentation(9, 4).slide, 4u);
  EXPECT_EQ(startPresentation(9, 20).slide, 8u);  // past the end: the last
  EXPECT_EQ(startPresentation(9, 0).count, 9u);
}

TEST(Presentation, EveryNextKeyGoesOnAndEveryPreviousKeyGoesBack) {
  for (int key : {k::kPageDown, k::kRight, k::kDown, int(' '), k::kReturn, k::kKeypadEnter, int('n')}) {
    Presentation p = startPresentation(9, 3);
    const PresentationStep step = presentationKey(p, key);
    EXPECT_TRUE(step.handled) << key;
    ASSERT_TRUE(step.goTo) << key;
    EXPECT_EQ(*step.goTo, 4u) << key;
    EXPECT_EQ(p.slide, 4u) << key;
  }
  for (int key : {k::kPageUp, k::kLeft, k::kUp, k::kBackSpace, int('p')}) {
    Presentation p = startPresentation(9, 3);
    const PresentationStep step = presentationKey(p, key);
    ASSERT_TRUE(step.goTo) << key;
    EXPECT_EQ(*step.goTo, 2u) << key;
  }
}

TEST(Presentation, TheEndsStayWhereTheyAre) {
  Presentation p = startPresentation(9, 8);
  PresentationStep step = presentationKey(p, k::kPageDown);
  EXPECT_TRUE(step.handled);
  EXPECT_FALSE(step.goTo);  // no flight to the slide already shown
  EXPECT_EQ(p.slide, 8u);
  p = startPresentation(9, 0);
  EXPECT_FALSE(presentationKey(p, k::kPageUp).goTo);
  EXPECT_EQ(*presentationKey(p, k::kEnd).goTo, 8u);
  EXPECT_EQ(*presentationKey(p, k::kHome).goTo, 0u);
}

TEST(Presentation, ANumberThenEnterJumps) {
  Presentation p = startPresentation(12, 0);
  EXPECT_FALSE(press(p, {'1'}).goTo);
  EXPECT_EQ(p.typed, "1");
  EXPECT_FALSE(press(p, {'1'}).goTo);
  EXPECT_EQ(p.typed, "11");
  const PresentationStep step = press(p, {k::kReturn});
  ASSERT_TRUE(step.goTo);
  EXPECT_EQ(*step.goTo, 10u);  // slide 11, from 0
  EXPECT_TRUE(p.typed.empty());
  // Numbers out of the briefing go nowhere, and are dropped.
  EXPECT_FALSE(press(p, {'1', '3', k::kReturn}).goTo);
  EXPECT_FALSE(press(p, {'0', k::kReturn}).goTo);
  EXPECT_FALSE(press(p, {'9', '9', '9', '9', '9', '9', '9', '9', k::kReturn}).goTo);
  EXPECT_EQ(p.slide, 10u);
  // Another key drops the digits typed and does its own work.
  EXPECT_EQ(*press(p, {'2', k::kPageUp}).goTo, 9u);
  EXPECT_TRUE(p.typed.empty());
}

TEST(Presentation, BlackAndWhiteScreensAndTheWayBack) {
  Presentation p = startPresentation(9, 2);
  press(p, {'b'});
  EXPECT_EQ(p.screen, Presentation::Screen::Black);
  press(p, {'B'});
  EXPECT_EQ(p.screen, Presentation::Screen::Slide);
  press(p, {'.'});
  EXPECT_EQ(p.screen, Presentation::Screen::Black);
  press(p, {'w'});  // white from black
  EXPECT_EQ(p.screen, Presentation::Screen::White);
  // A moving key first brings the slide back, where it was.
  const PresentationStep step = press(p, {k::kPageDown});
  EXPECT_TRUE(step.handled);
  EXPECT_FALSE(step.goTo);
  EXPECT_EQ(p.screen, Presentation::Screen::Slide);
  EXPECT_EQ(p.slide, 2u);
  press(p, {','});
  EXPECT_EQ(p.screen, Presentation::Screen::White);
}

TEST(Presentation, EscLeavesAndOtherKeysAreNotTaken) {
  Presentation p = startPresentation(9, 2);
  press(p, {'4'});
  const PresentationStep esc = press(p, {k::kEscape});
  EXPECT_TRUE(esc.handled);
  EXPECT_TRUE(esc.leave);
  EXPECT_TRUE(p.typed.empty());
  EXPECT_FALSE(press(p, {'x'}).handled);
  EXPECT_FALSE(press(p, {'v'}).handled);
}

TEST(Presentation, SShowsAndHidesTheNotesWhichStayAcrossSlides) {
  Presentation p = startPresentation(9, 2);
  EXPECT_FALSE(p.notes);
  const PresentationStep s = press(p, {'s'});
  EXPECT_TRUE(s.handled);
  EXPECT_FALSE(s.goTo);
  EXPECT_TRUE(p.notes);
  EXPECT_EQ(*press(p, {k::kPageDown}).goTo, 3u);
  EXPECT_TRUE(p.notes);  // the next slide's notes, in the same panel
  press(p, {'S'});
  EXPECT_FALSE(p.notes);
  press(p, {'2', 's'});  // S drops a number being typed, as any other key
  EXPECT_TRUE(p.typed.empty());
  EXPECT_TRUE(p.notes);
}

TEST(Presentation, TheCornerShowsTheSlideNumberAndCount) {
  Presentation p = startPresentation(9, 2);
  EXPECT_EQ(slideNumberText(p), "3 / 9");
}

}  // namespace
