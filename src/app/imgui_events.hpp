#pragma once
// The event side of app/imgui_layer: OSG events → ImGui's IO (1.86's input API: MousePos, MouseDown[],
// KeysDown[] through KeyMap[], typed text from app/typed_text user events), deciding which events the desk takes.

#include <osgGA/GUIEventHandler>

namespace wm::app {

class ImGuiLayer;

/// Routing: a button pressed over a desk window (or while ImGui already wants the mouse) belongs to the desk
/// until released, and its press, drags and release are marked handled, so the map controller (added after this
/// handler) ignores them; so is the wheel over a window, and keys while a text field has the focus. Everything
/// is still fed to ImGui (a click on the map takes the focus off a text field).
/// Redraws (the viewer draws on demand): after any input the desk takes, after a press or release anywhere,
/// while the pointer moves over a window or leaves one, and for kSettleFrames frames after that, so hover
/// highlights and windows that change size settle. Those later frames are asked for through
/// ImGuiLayer::wantsFrame, not requestRedraw: osgViewer clears a redraw request made during the event
/// traversal at the end of the same frame.
class ImGuiEvents : public osgGA::GUIEventHandler {
public:
  static constexpr int kSettleFrames = 3;

  explicit ImGuiEvents(ImGuiLayer& layer);
  bool handle(const osgGA::GUIEventAdapter& ea, osgGA::GUIActionAdapter& aa, osg::Object*, osg::NodeVisitor*) override;

private:
  bool mouse(const osgGA::GUIEventAdapter& ea, float x, float y);
  bool key(const osgGA::GUIEventAdapter& ea, bool down);
  /// Typed text (a TypedText user event from the desktop window): to the focused text field.
  bool text(const osgGA::GUIEventAdapter& ea);
  void frame(const osgGA::GUIEventAdapter& ea, osgGA::GUIActionAdapter& aa);
  /// A desk frame between two events of one batch, so ImGui sees each button change (not drawn).
  void frameInBetween();

  ImGuiLayer& _layer;
  bool _mouseOwned = false;  ///< the button held now was pressed over the desk
  bool _hoveredBefore = false;
  bool _buttonUnseen = false;     ///< a button went down or up since the desk's last frame
  bool _moveUnseen = false;       ///< the pointer moved since the desk's last frame
  bool _keyboardUnseen = false;   ///< a key changed or text came since the desk's last frame
  float _width = 1, _height = 1;  ///< the window's size at the last frame, pixels
};

}  // namespace wm::app
