// SDL's keys as OSG's: what the map's and the desk's handlers receive from the desktop window.
#include "app/desktop_window.hpp"

#include <SDL.h>
#include <gtest/gtest.h>
#include <osgGA/GUIEventAdapter>

namespace wm::app {
namespace {

using Key = osgGA::GUIEventAdapter::KeySymbol;

TEST(OsgKeyOf, NamedKeysBecomeOsgsKeySymbols) {
  EXPECT_EQ(osgKeyOf(SDLK_F11, KMOD_NONE), Key::KEY_F11);
  EXPECT_EQ(osgKeyOf(SDLK_ESCAPE, KMOD_NONE), Key::KEY_Escape);
  EXPECT_EQ(osgKeyOf(SDLK_HOME, KMOD_NONE), Key::KEY_Home);
  EXPECT_EQ(osgKeyOf(SDLK_PAGEDOWN, KMOD_NONE), Key::KEY_Page_Down);
  EXPECT_EQ(osgKeyOf(SDLK_KP_PLUS, KMOD_NONE), Key::KEY_KP_Add);
  EXPECT_EQ(osgKeyOf(SDLK_BACKSPACE, KMOD_NONE), Key::KEY_BackSpace);
}

TEST(OsgKeyOf, ShiftTypesWhatAUsKeyboardTypes) {
  EXPECT_EQ(osgKeyOf(SDLK_v, KMOD_NONE), 'v');
  EXPECT_EQ(osgKeyOf(SDLK_v, KMOD_LSHIFT), 'V');
  EXPECT_EQ(osgKeyOf(SDLK_v, KMOD_LSHIFT, true), 'v');
  EXPECT_EQ(osgKeyOf(SDLK_EQUALS, KMOD_RSHIFT), '+');  // the map zooms in on + and =
  EXPECT_EQ(osgKeyOf(SDLK_EQUALS, KMOD_NONE), '=');
  EXPECT_EQ(osgKeyOf(SDLK_LEFTBRACKET, KMOD_NONE), '[');
  EXPECT_EQ(osgKeyOf(SDLK_SPACE, KMOD_NONE), ' ');
  EXPECT_EQ(osgKeyOf(SDLK_q, KMOD_LCTRL), 'q');
}

TEST(OsgKeyOf, KeysOsgCannotNameAreDropped) {
  EXPECT_EQ(osgKeyOf(SDLK_CAPSLOCK, KMOD_NONE), 0);
  EXPECT_EQ(osgKeyOf(SDLK_AUDIOPLAY, KMOD_NONE), 0);
}

// The second press of a double-click is told by the press times the clicks carry, however late they are read.
TEST(ClickCounter, TwoPressesCloseInTimeAndPlaceAreADoubleClick) {
  ClickCounter clicks;
  EXPECT_FALSE(clicks.press(1, 100, 100, 10'000));
  EXPECT_TRUE(clicks.press(1, 103, 98, 10'120));
  // A third press starts again: a click, then with a fourth a double-click.
  EXPECT_FALSE(clicks.press(1, 103, 98, 10'240));
  EXPECT_TRUE(clicks.press(1, 103, 98, 10'740));  // 500 ms: still a double-click
}

TEST(ClickCounter, LateFarOrOtherButtonPressesAreSingleClicks) {
  ClickCounter clicks;
  EXPECT_FALSE(clicks.press(1, 100, 100, 1'000));
  EXPECT_FALSE(clicks.press(1, 100, 100, 1'501));  // 501 ms later
  EXPECT_FALSE(clicks.press(1, 106, 100, 1'600));  // 6 px away
  EXPECT_FALSE(clicks.press(3, 106, 100, 1'650));  // another button
  EXPECT_FALSE(clicks.press(1, 106, 100, 1'700));  // the press before was the right button's
  EXPECT_TRUE(clicks.press(1, 106, 100, 1'800));
  // A clock that wrapped at 2^32 between the presses.
  EXPECT_FALSE(clicks.press(1, 0, 0, 0xFFFF'FF00u));
  EXPECT_TRUE(clicks.press(1, 0, 0, 0x0000'0010u));
}

}  // namespace
}  // namespace wm::app
