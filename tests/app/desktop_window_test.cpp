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

}  // namespace
}  // namespace wm::app
