#pragma once
// The desktop window the map and the desk live in: an SDL2 window with an OpenGL context that OpenSceneGraph
// draws into as an embedded graphics window. SDL gives what OSG's own X11 window lacks: text from the desktop's
// input method (fcitx, ibus) as UTF-8, the system clipboard, a UTF-8 title and a window class, full screen, the
// display's DPI and the geometry of every display. SDL types stay in this file's .cpp: callers see OSG's window
// and plain values. One window per process; everything here runs on the thread that opened it.
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <osg/ref_ptr>
#include <osgViewer/GraphicsWindow>

#include "core/result.hpp"

namespace wm::app {

/// A display's place and size on the desktop, pixels.
struct DisplayGeometry {
  int x = 0, y = 0, width = 0, height = 0;
  float dpi = 0;  ///< diagonal DPI the display reports; 0 when unknown
};

/// What the window does with input that is not an OSG event.
struct WindowInput {
  std::function<void()> closeRequested;  ///< the window's close button, or the desktop asks the app to quit
};

/// The desktop's video (SDL's video subsystem: the X connection, and the input method's D-Bus connection, which
/// may start a session bus by forking). Start it before any other thread: a fork while another thread holds a
/// lock (malloc's, the loader's) can leave the forked child stuck and this process waiting on it for ever.
/// A busy X server now and then refuses a connection that it accepts a moment later: a few tries before failing.
class DesktopVideo {
public:
  DesktopVideo();
  ~DesktopVideo();
  DesktopVideo(const DesktopVideo&) = delete;
  DesktopVideo& operator=(const DesktopVideo&) = delete;
  bool ready() const { return _ready; }
  /// Why it could not start (no display); empty when ready.
  const std::string& failure() const { return _failure; }

private:
  bool _ready = false;
  std::string _failure;
};

class DesktopWindow {
public:
  /// Opens a window of up to 1600 × 1000 that fits the display with a margin, titled `title` (UTF-8). The error
  /// says why (no display, no OpenGL context). `video` must outlive the window.
  static core::Result<std::unique_ptr<DesktopWindow>> open(const DesktopVideo& video, const std::string& title);
  ~DesktopWindow();
  DesktopWindow(const DesktopWindow&) = delete;
  DesktopWindow& operator=(const DesktopWindow&) = delete;

  /// The graphics context OSG draws with (the viewer's camera takes it).
  osgViewer::GraphicsWindow& graphicsWindow() { return *_embedded; }
  /// Waits up to `timeoutMs` for the first event, then feeds every waiting event: pointer, keys and typed text
  /// (a TypedText user event, app/typed_text.hpp) into the OSG window's event queue in the order they came (y
  /// down from the top, as X11 reports it), close requests to `input`.
  void pollEvents(int timeoutMs, const WindowInput& input);
  /// Shows the frame OSG has drawn.
  void swapBuffers();
  /// Makes the window's OpenGL context current again (after drawing in another one: an offscreen export).
  void makeCurrent();
  void setTitle(const std::string& utf8);
  std::string title() const;
  void setFullscreen(bool on);
  bool fullscreen() const { return _fullscreen; }
  /// The drawable's size in pixels.
  int width() const { return _width; }
  int height() const { return _height; }
  /// Asks the window manager for a new size (tests and layouts; the user resizes with the mouse).
  void resize(int width, int height);
  /// The display the window is on, and every display.
  DisplayGeometry display() const;
  std::vector<DisplayGeometry> displays() const;
  /// Text input on (a text field has the focus: the input method composes into it, its candidate window placed
  /// at `caretX`, `caretY`, window pixels from the top left, line height `lineHeight`) or off (keys go to the
  /// map as keys, so V and + are never taken by a pinyin composition).
  void setTextInput(bool on, float caretX = 0, float caretY = 0, float lineHeight = 0);
  /// The system clipboard (X11 CLIPBOARD selection), UTF-8.
  static void setClipboard(const std::string& utf8);
  static std::string clipboard();
  /// Sets the window's icon from RGBA pixels, rows from the top.
  void setIcon(const std::vector<unsigned char>& rgba, int width, int height);

private:
  DesktopWindow() = default;
  void resized(int width, int height);

  struct Sdl;  ///< SDL's window and context
  std::unique_ptr<Sdl> _sdl;
  osg::ref_ptr<osgViewer::GraphicsWindowEmbedded> _embedded;
  int _width = 0, _height = 0;
  bool _textInput = false;
  bool _fullscreen = false;
};

/// Tells a double-click from two clicks by the time the user pressed the button, not the time the program read
/// the press: on a slow frame (a busy software renderer) the two presses of a double-click are read a frame
/// apart, and a reader's clock would see two single clicks. Times are the X server's (the press as it happened)
/// where the desktop gives them. A press after a double-click's second starts again (a triple click is a
/// double-click and a click).
class ClickCounter {
public:
  /// Two presses of one button at most this far apart in time (ms) and place (px) are a double-click.
  static constexpr std::uint32_t kDoubleClickMs = 500;
  static constexpr float kDoubleClickSlop = 5;
  /// A press of `button` at window pixel `x`, `y` and time `timeMs` (any millisecond clock that wraps at 2^32):
  /// whether it is the second press of a double-click.
  bool press(int button, float x, float y, std::uint32_t timeMs);

private:
  struct Press {
    int button;
    float x, y;
    std::uint32_t time;
  };
  std::optional<Press> _last;  ///< the last single press, until a double-click uses it
};

/// The OSG key symbol for an SDL key code with the modifiers held (SDL's KMOD_* bits): printable keys as the
/// character a US keyboard types (Shift+= is '+'), named keys as osgGA's KEY_*; 0 for keys OSG has no name for.
/// `unmodified`: the key without Shift.
int osgKeyOf(int sdlKey, unsigned sdlMods, bool unmodified = false);

}  // namespace wm::app
