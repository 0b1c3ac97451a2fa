#include "app/imgui_events.hpp"

#include <imgui.h>
#include <osgViewer/View>

#include "app/imgui_layer.hpp"
#include "app/typed_text.hpp"

namespace wm::app {
namespace {

using Event = osgGA::GUIEventAdapter;

// Indices into io.KeysDown for the keys ImGui needs named: printable keys use their (lower-case) ASCII code,
// named keys 256 and up.
constexpr int kNamedKeyBase = 256;
struct NamedKey {
  int osgKey;
  ImGuiKey imguiKey;
};
constexpr NamedKey kNamedKeys[] = {
    {Event::KEY_Tab, ImGuiKey_Tab},
    {Event::KEY_Left, ImGuiKey_LeftArrow},
    {Event::KEY_Right, ImGuiKey_RightArrow},
    {Event::KEY_Up, ImGuiKey_UpArrow},
    {Event::KEY_Down, ImGuiKey_DownArrow},
    {Event::KEY_Page_Up, ImGuiKey_PageUp},
    {Event::KEY_Page_Down, ImGuiKey_PageDown},
    {Event::KEY_Home, ImGuiKey_Home},
    {Event::KEY_End, ImGuiKey_End},
    {Event::KEY_Insert, ImGuiKey_Insert},
    {Event::KEY_Delete, ImGuiKey_Delete},
    {Event::KEY_BackSpace, ImGuiKey_Backspace},
    {Event::KEY_Return, ImGuiKey_Enter},
    {Event::KEY_Escape, ImGuiKey_Escape},
    {Event::KEY_KP_Enter, ImGuiKey_KeyPadEnter},
    {Event::KEY_Space, ImGuiKey_Space},
};

void mapKeys(ImGuiIO& io) {
  for (std::size_t i = 0; i < std::size(kNamedKeys); ++i)
    io.KeyMap[kNamedKeys[i].imguiKey] = kNamedKeyBase + static_cast<int>(i);
  io.KeyMap[ImGuiKey_A] = 'a';
  io.KeyMap[ImGuiKey_C] = 'c';
  io.KeyMap[ImGuiKey_V] = 'v';
  io.KeyMap[ImGuiKey_X] = 'x';
  io.KeyMap[ImGuiKey_Y] = 'y';
  io.KeyMap[ImGuiKey_Z] = 'z';
}

// The io.KeysDown index of an OSG key, or -1.
int keyIndex(int osgKey) {
  for (std::size_t i = 0; i < std::size(kNamedKeys); ++i)
    if (kNamedKeys[i].osgKey == osgKey) return kNamedKeyBase + static_cast<int>(i);
  if (osgKey >= 'A' && osgKey <= 'Z') return osgKey - 'A' + 'a';
  return osgKey > 0 && osgKey < kNamedKeyBase ? osgKey : -1;
}

// ImGui's mouse button (0 left, 1 right, 2 middle) for OSG's, or -1.
int buttonIndex(int osgButton) {
  switch (osgButton) {
    case Event::LEFT_MOUSE_BUTTON:
      return 0;
    case Event::RIGHT_MOUSE_BUTTON:
      return 1;
    case Event::MIDDLE_MOUSE_BUTTON:
      return 2;
    default:
      return -1;
  }
}

}  // namespace

ImGuiEvents::ImGuiEvents(ImGuiLayer& layer) : _layer(layer) {
  ImGui::SetCurrentContext(_layer._context);
  mapKeys(ImGui::GetIO());
}

bool ImGuiEvents::handle(const Event& ea, osgGA::GUIActionAdapter& aa, osg::Object*, osg::NodeVisitor*) {
  ImGui::SetCurrentContext(_layer._context);
  ImGuiIO& io = ImGui::GetIO();
  // ImGui counts y down from the top; OSG's window events usually count it up from the bottom.
  const float x = ea.getX() - ea.getXmin();
  const float y =
      ea.getMouseYOrientation() == Event::Y_INCREASING_UPWARDS ? ea.getYmax() - ea.getY() : ea.getY() - ea.getYmin();
  bool taken = false, redraw = false;
  switch (ea.getEventType()) {
    case Event::FRAME:
      frame(ea, aa);
      return false;
    case Event::PUSH:
    case Event::DOUBLECLICK:
    case Event::RELEASE:
    case Event::DRAG:
    case Event::MOVE:
    case Event::SCROLL: {
      bool over = _layer.overWindow(x, y) || io.WantCaptureMouse;
      taken = mouse(ea, x, y);
      // Moving over the map with no window under the pointer needs no frame; entering or leaving one does.
      redraw = taken || over || _hoveredBefore || ea.getEventType() != Event::MOVE;
      _hoveredBefore = over;
      break;
    }
    case Event::KEYDOWN:
    case Event::KEYUP:
      taken = key(ea, ea.getEventType() == Event::KEYDOWN);
      redraw = taken;
      break;
    case Event::USER:
      taken = redraw = text(ea);
      break;
    default:
      return false;
  }
  if (redraw) {
    _layer._framesWanted = kSettleFrames;
    aa.requestRedraw();
  }
  return taken;
}

// ImGui 1.86 reads the input state once a frame, so a press and its release, or a press and the drag after it,
// arriving in one batch of events (a slow frame, a quick click) would be lost or seen at the wrong place: before
// such a change the desk gets a frame of its own that sees the state so far (drawn over by the next real one).
// So does a press after a move in the same batch: ImGui's WantCaptureMouse still describes where the pointer
// was at the last frame (over a panel, say), and a click just off the panel onto the map would go to the desk.
bool ImGuiEvents::mouse(const Event& ea, float x, float y) {
  ImGuiIO& io = ImGui::GetIO();
  const auto type = ea.getEventType();
  const int button = buttonIndex(ea.getButton());
  const bool buttonChange =
      (type == Event::PUSH || type == Event::DOUBLECLICK || type == Event::RELEASE) && button >= 0;
  const bool held = io.MouseDown[0] || io.MouseDown[1] || io.MouseDown[2];
  if ((buttonChange && (_buttonUnseen || _moveUnseen)) || (held && _buttonUnseen && type == Event::DRAG))
    frameInBetween();
  if (io.MousePos.x != x || io.MousePos.y != y) _moveUnseen = true;
  io.MousePos = ImVec2(x, y);
  const bool over = _layer.overWindow(x, y) || io.WantCaptureMouse;
  switch (type) {
    case Event::PUSH:
    case Event::DOUBLECLICK:
      if (button < 0) return over;
      io.MouseDown[button] = true;
      _buttonUnseen = true;
      _mouseOwned = over;
      return over;
    case Event::RELEASE: {
      if (button >= 0) {
        io.MouseDown[button] = false;
        _buttonUnseen = true;
      }
      bool owned = _mouseOwned;
      if (ea.getButtonMask() == 0) _mouseOwned = false;
      return owned;
    }
    case Event::DRAG:
      return _mouseOwned;
    case Event::SCROLL: {
      if (!over) return false;
      auto motion = ea.getScrollingMotion();
      if (motion == Event::SCROLL_2D)
        io.MouseWheel += ea.getScrollingDeltaY() > 0 ? 1.0f : -1.0f;
      else
        io.MouseWheel += motion == Event::SCROLL_UP ? 1.0f : motion == Event::SCROLL_DOWN ? -1.0f : 0.0f;
      return true;
    }
    default:
      return false;
  }
}

bool ImGuiEvents::text(const Event& ea) {
  const auto* typed = dynamic_cast<const TypedText*>(ea.getUserData());
  if (!typed) return false;
  if (_keyboardUnseen) frameInBetween();
  _keyboardUnseen = true;
  ImGui::GetIO().AddInputCharactersUTF8(typed->utf8.c_str());
  return true;
}

void ImGuiEvents::frameInBetween() {
  _layer.buildFrame(_width, _height, _layer._lastTime + 1e-3);
  ImGui::GetIO().MouseWheel = 0;
  _buttonUnseen = _moveUnseen = _keyboardUnseen = false;
}

// Keys and text, like buttons, are read once a frame: a key pressed and released in one batch (a quick tap on a
// slow frame, xdotool) would never be seen down, and text typed after a Backspace would be inserted before it
// is applied. Each key change and each piece of text after an unseen one gets a desk frame in between.
bool ImGuiEvents::key(const Event& ea, bool down) {
  if (_keyboardUnseen) frameInBetween();
  _keyboardUnseen = true;
  ImGuiIO& io = ImGui::GetIO();
  const unsigned mods = ea.getModKeyMask();
  io.KeyCtrl = (mods & Event::MODKEY_CTRL) != 0;
  io.KeyShift = (mods & Event::MODKEY_SHIFT) != 0;
  io.KeyAlt = (mods & Event::MODKEY_ALT) != 0;
  int index = keyIndex(ea.getUnmodifiedKey() > 0 ? ea.getUnmodifiedKey() : ea.getKey());
  if (index >= 0 && index < static_cast<int>(std::size(io.KeysDown))) io.KeysDown[index] = down;
  // Text does not come from keys: the window sends what was typed, through the input method, as text events.
  return io.WantCaptureKeyboard || io.WantTextInput;
}

void ImGuiEvents::frame(const Event& ea, osgGA::GUIActionAdapter& aa) {
  _width = static_cast<float>(ea.getWindowWidth());
  _height = static_cast<float>(ea.getWindowHeight());
  if (auto* view = dynamic_cast<osgViewer::View*>(&aa); view && view->getCamera()->getViewport()) {
    _width = static_cast<float>(view->getCamera()->getViewport()->width());  // the event queue may not know it yet
    _height = static_cast<float>(view->getCamera()->getViewport()->height());
  }
  _layer.buildFrame(_width, _height, ea.getTime());
  ImGui::GetIO().MouseWheel = 0;
  _buttonUnseen = _moveUnseen = _keyboardUnseen = false;
  if (_layer._framesWanted > 0) --_layer._framesWanted;
}

}  // namespace wm::app
