#include "app/desktop_window.hpp"

#include <algorithm>
#include <cmath>
#include <chrono>
#include <clocale>
#include <cstring>
#include <thread>

#include <SDL.h>
#include <osgGA/EventQueue>

#include "app/typed_text.hpp"
#include "app/x11_press_time.hpp"

namespace wm::app {
namespace {

using Key = osgGA::GUIEventAdapter::KeySymbol;

struct NamedKey {
  SDL_Keycode sdl;
  int osg;
};
constexpr NamedKey kNamedKeys[] = {
    {SDLK_ESCAPE, Key::KEY_Escape},
    {SDLK_RETURN, Key::KEY_Return},
    {SDLK_KP_ENTER, Key::KEY_KP_Enter},
    {SDLK_TAB, Key::KEY_Tab},
    {SDLK_BACKSPACE, Key::KEY_BackSpace},
    {SDLK_DELETE, Key::KEY_Delete},
    {SDLK_INSERT, Key::KEY_Insert},
    {SDLK_HOME, Key::KEY_Home},
    {SDLK_END, Key::KEY_End},
    {SDLK_PAGEUP, Key::KEY_Page_Up},
    {SDLK_PAGEDOWN, Key::KEY_Page_Down},
    {SDLK_LEFT, Key::KEY_Left},
    {SDLK_RIGHT, Key::KEY_Right},
    {SDLK_UP, Key::KEY_Up},
    {SDLK_DOWN, Key::KEY_Down},
    {SDLK_KP_PLUS, Key::KEY_KP_Add},
    {SDLK_KP_MINUS, Key::KEY_KP_Subtract},
    {SDLK_F1, Key::KEY_F1},
    {SDLK_F2, Key::KEY_F2},
    {SDLK_F3, Key::KEY_F3},
    {SDLK_F4, Key::KEY_F4},
    {SDLK_F5, Key::KEY_F5},
    {SDLK_F6, Key::KEY_F6},
    {SDLK_F7, Key::KEY_F7},
    {SDLK_F8, Key::KEY_F8},
    {SDLK_F9, Key::KEY_F9},
    {SDLK_F10, Key::KEY_F10},
    {SDLK_F11, Key::KEY_F11},
    {SDLK_F12, Key::KEY_F12},
    {SDLK_LSHIFT, Key::KEY_Shift_L},
    {SDLK_RSHIFT, Key::KEY_Shift_R},
    {SDLK_LCTRL, Key::KEY_Control_L},
    {SDLK_RCTRL, Key::KEY_Control_R},
    {SDLK_LALT, Key::KEY_Alt_L},
    {SDLK_RALT, Key::KEY_Alt_R},
};

// What Shift types on the punctuation keys of a US keyboard, the layout of Chinese office keyboards (letters
// are upper-cased apart from this table).
constexpr std::pair<char, char> kShifted[] = {
    {'=', '+'}, {'-', '_'}, {'[', '{'},  {']', '}'}, {';', ':'}, {'\'', '"'}, {',', '<'},
    {'.', '>'}, {'/', '?'}, {'\\', '|'}, {'`', '~'}, {'1', '!'}, {'2', '@'},  {'3', '#'},
    {'4', '$'}, {'5', '%'}, {'6', '^'},  {'7', '&'}, {'8', '*'}, {'9', '('},  {'0', ')'},
};

unsigned osgModMask(unsigned sdlMods) {
  using Event = osgGA::GUIEventAdapter;
  unsigned mask = 0;
  if (sdlMods & KMOD_LSHIFT) mask |= Event::MODKEY_LEFT_SHIFT;
  if (sdlMods & KMOD_RSHIFT) mask |= Event::MODKEY_RIGHT_SHIFT;
  if (sdlMods & KMOD_LCTRL) mask |= Event::MODKEY_LEFT_CTRL;
  if (sdlMods & KMOD_RCTRL) mask |= Event::MODKEY_RIGHT_CTRL;
  if (sdlMods & KMOD_LALT) mask |= Event::MODKEY_LEFT_ALT;
  if (sdlMods & KMOD_RALT) mask |= Event::MODKEY_RIGHT_ALT;
  return mask;
}

int osgButton(Uint8 sdlButton) {
  switch (sdlButton) {
    case SDL_BUTTON_LEFT:
      return 1;
    case SDL_BUTTON_MIDDLE:
      return 2;
    case SDL_BUTTON_RIGHT:
      return 3;
    default:
      return 0;
  }
}

// The window's size: up to 1600 × 1000, fitting the display with a margin (an unknown display: 1280 × 800).
SDL_Rect initialPlace() {
  SDL_Rect bounds{0, 0, 1360, 880};
  if (SDL_GetDisplayUsableBounds(0, &bounds) != 0 || bounds.w <= 0 || bounds.h <= 0) bounds = {0, 0, 1360, 880};
  const int w = std::min(1600, std::max(bounds.w, 400) - 80);
  const int h = std::min(1000, std::max(bounds.h, 300) - 80);
  return {bounds.x + 40, bounds.y + 40, w, h};
}

DisplayGeometry geometryOf(int index) {
  DisplayGeometry g;
  SDL_Rect r;
  if (SDL_GetDisplayBounds(index, &r) == 0) g = {r.x, r.y, r.w, r.h, 0};
  float ddpi = 0;
  if (SDL_GetDisplayDPI(index, &ddpi, nullptr, nullptr) == 0) g.dpi = ddpi;
  return g;
}

}  // namespace

bool ClickCounter::press(int button, float x, float y, std::uint32_t timeMs) {
  const bool second = _last && _last->button == button && timeMs - _last->time <= kDoubleClickMs &&
                      std::abs(x - _last->x) <= kDoubleClickSlop && std::abs(y - _last->y) <= kDoubleClickSlop;
  if (second)
    _last.reset();
  else
    _last = Press{button, x, y, timeMs};
  return second;
}

int osgKeyOf(int sdlKey, unsigned sdlMods, bool unmodified) {
  for (const NamedKey& k : kNamedKeys)
    if (k.sdl == sdlKey) return k.osg;
  if (sdlKey < 0x20 || sdlKey > 0x7E) return 0;
  if (unmodified || !(sdlMods & KMOD_SHIFT)) return sdlKey;
  if (sdlKey >= 'a' && sdlKey <= 'z') return sdlKey - 'a' + 'A';
  for (auto [plain, shifted] : kShifted)
    if (plain == sdlKey) return shifted;
  return sdlKey;
}

struct DesktopWindow::Sdl {
  SDL_Window* window = nullptr;
  SDL_GLContext context = nullptr;
  ClickCounter clicks;
  std::optional<std::uint32_t> pressTime;  ///< the X server's time of the press SDL reports next
  ~Sdl() {
    if (context) SDL_GL_DeleteContext(context);
    if (window) SDL_DestroyWindow(window);
  }
};

DesktopVideo::DesktopVideo() {
  // Xlib sets the title's _NET_WM_NAME and talks to the input method through the C library's character locale:
  // a UTF-8 one, whatever LANG says (CI and services often run with none, and the title is then lost).
  const char* ctype = std::setlocale(LC_CTYPE, "");
  if (!ctype || (!std::strstr(ctype, "UTF-8") && !std::strstr(ctype, "utf8"))) std::setlocale(LC_CTYPE, "C.UTF-8");
  SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");     // Ctrl+C and kill end the program as before
  SDL_SetHint("SDL_VIDEO_X11_WMCLASS", "worksmap");  // WM_CLASS, which the .desktop entry's StartupWMClass names
  SDL_SetHint(SDL_HINT_IME_SHOW_UI, "1");
  for (int attempt = 0; attempt < 5; ++attempt) {
    if (attempt > 0) std::this_thread::sleep_for(std::chrono::milliseconds(200));
    if (SDL_InitSubSystem(SDL_INIT_VIDEO) == 0) {
      _ready = true;
      return;
    }
    _failure = SDL_GetError();
  }
}

DesktopVideo::~DesktopVideo() {
  if (_ready) SDL_QuitSubSystem(SDL_INIT_VIDEO);
}

core::Result<std::unique_ptr<DesktopWindow>> DesktopWindow::open(const DesktopVideo& video, const std::string& title) {
  if (!video.ready()) return core::Error{core::Msg::ViewerNoWindow, {core::libraryReasonArg("SDL", video.failure())}};
  std::string why;
  std::unique_ptr<DesktopWindow> self(new DesktopWindow);
  self->_sdl = std::make_unique<Sdl>();
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 24);
  SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 8);
  const SDL_Rect place = initialPlace();
  const Uint32 flags = SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
  // Multisampling smooths line edges where the driver offers it; without it, a plain context.
  for (int samples : {4, 0}) {
    SDL_GL_SetAttribute(SDL_GL_MULTISAMPLEBUFFERS, samples > 0 ? 1 : 0);
    SDL_GL_SetAttribute(SDL_GL_MULTISAMPLESAMPLES, samples);
    self->_sdl->window = SDL_CreateWindow(title.c_str(), place.x, place.y, place.w, place.h, flags);
    if (self->_sdl->window) self->_sdl->context = SDL_GL_CreateContext(self->_sdl->window);
    if (self->_sdl->context) break;
    why = SDL_GetError();
    if (self->_sdl->window) SDL_DestroyWindow(self->_sdl->window);
    self->_sdl->window = nullptr;
  }
  if (!self->_sdl->context) return core::Error{core::Msg::ViewerNoWindow, {core::libraryReasonArg("SDL", why)}};
  SDL_GL_MakeCurrent(self->_sdl->window, self->_sdl->context);
  SDL_GL_SetSwapInterval(1);
  SDL_StopTextInput();  // on only while a text field has the focus (setTextInput)
  enableX11PressTimes();
  int w = 0, h = 0;
  SDL_GL_GetDrawableSize(self->_sdl->window, &w, &h);
  self->_width = w, self->_height = h;
  self->_embedded = new osgViewer::GraphicsWindowEmbedded(0, 0, w, h);
  // Events carry the window's rectangle as their input range, which the viewer uses to turn y upwards (as the
  // overlay counts it); an embedded window's queue starts with OSG's default range of -1 to 1.
  self->_embedded->getEventQueue()->syncWindowRectangleWithGraphicsContext();
  return self;
}

DesktopWindow::~DesktopWindow() = default;

void DesktopWindow::resized(int width, int height) {
  if (width == _width && height == _height) return;
  _width = width, _height = height;
  _embedded->resized(0, 0, width, height);
  _embedded->getEventQueue()->windowResize(0, 0, width, height);
}

void DesktopWindow::pollEvents(int timeoutMs, const WindowInput& input) {
  osgGA::EventQueue& queue = *_embedded->getEventQueue();
  SDL_Event e;
  if (!SDL_WaitEventTimeout(&e, timeoutMs)) return;
  do {
    switch (e.type) {
      case SDL_QUIT:
        if (input.closeRequested) input.closeRequested();
        break;
      case SDL_WINDOWEVENT:
        if (e.window.event == SDL_WINDOWEVENT_CLOSE) {
          if (input.closeRequested) input.closeRequested();
        } else if (e.window.event == SDL_WINDOWEVENT_SIZE_CHANGED || e.window.event == SDL_WINDOWEVENT_RESIZED) {
          int w = 0, h = 0;
          SDL_GL_GetDrawableSize(_sdl->window, &w, &h);
          resized(w, h);
        } else if (e.window.event == SDL_WINDOWEVENT_EXPOSED) {
          _embedded->requestRedraw();
        }
        break;
      case SDL_MOUSEMOTION:
        queue.mouseMotion(static_cast<float>(e.motion.x), static_cast<float>(e.motion.y));
        break;
      case SDL_MOUSEBUTTONDOWN:
      case SDL_MOUSEBUTTONUP: {
        const int button = osgButton(e.button.button);
        if (button == 0) break;
        const float x = static_cast<float>(e.button.x), y = static_cast<float>(e.button.y);
        if (e.type == SDL_MOUSEBUTTONDOWN) {
          const std::uint32_t time = _sdl->pressTime.value_or(e.button.timestamp);
          if (_sdl->clicks.press(button, x, y, time))
            queue.mouseDoubleButtonPress(x, y, button);
          else
            queue.mouseButtonPress(x, y, button);
        } else {
          queue.mouseButtonRelease(x, y, button);
        }
        _sdl->pressTime.reset();
        break;
      }
      case SDL_SYSWMEVENT:
        if (std::optional<std::uint32_t> t = x11PressTime(e)) _sdl->pressTime = t;
        break;
      case SDL_MOUSEWHEEL:
        if (e.wheel.y != 0)
          queue.mouseScroll(e.wheel.y > 0 ? osgGA::GUIEventAdapter::SCROLL_UP : osgGA::GUIEventAdapter::SCROLL_DOWN);
        break;
      case SDL_KEYDOWN:
      case SDL_KEYUP: {
        const unsigned mods = e.key.keysym.mod;
        queue.getCurrentEventState()->setModKeyMask(osgModMask(mods));
        const int key = osgKeyOf(e.key.keysym.sym, mods), plain = osgKeyOf(e.key.keysym.sym, mods, true);
        if (key == 0) break;
        if (e.type == SDL_KEYDOWN)
          queue.keyPress(key, plain);
        else
          queue.keyRelease(key, plain);
        break;
      }
      case SDL_TEXTINPUT:
        queue.userEvent(new TypedText(e.text.text));
        break;
      default:
        break;
    }
  } while (SDL_PollEvent(&e));
}

void DesktopWindow::swapBuffers() { SDL_GL_SwapWindow(_sdl->window); }

void DesktopWindow::makeCurrent() {
  // SDL skips the call when it believes the context is current still, which it does after another library (OSG's
  // pbuffer) made its own context current: released first, it is made current for real.
  SDL_GL_MakeCurrent(_sdl->window, nullptr);
  SDL_GL_MakeCurrent(_sdl->window, _sdl->context);
}

void DesktopWindow::setTitle(const std::string& utf8) { SDL_SetWindowTitle(_sdl->window, utf8.c_str()); }

std::string DesktopWindow::title() const { return SDL_GetWindowTitle(_sdl->window); }

// Asked of the window manager (_NET_WM_STATE_FULLSCREEN); SDL's window flags do not always follow its answer
// on X11, so the window keeps what it asked for.
void DesktopWindow::setFullscreen(bool on) {
  if (on == _fullscreen) return;
  if (SDL_SetWindowFullscreen(_sdl->window, on ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0) == 0) _fullscreen = on;
}

void DesktopWindow::resize(int width, int height) { SDL_SetWindowSize(_sdl->window, width, height); }

DisplayGeometry DesktopWindow::display() const {
  const int index = SDL_GetWindowDisplayIndex(_sdl->window);
  return geometryOf(index < 0 ? 0 : index);
}

std::vector<DisplayGeometry> DesktopWindow::displays() const {
  std::vector<DisplayGeometry> all;
  for (int i = 0, n = SDL_GetNumVideoDisplays(); i < n; ++i) all.push_back(geometryOf(i));
  return all;
}

void DesktopWindow::setTextInput(bool on, float caretX, float caretY, float lineHeight) {
  if (on) {
    SDL_Rect caret{static_cast<int>(caretX), static_cast<int>(caretY), 1, std::max(1, static_cast<int>(lineHeight))};
    SDL_SetTextInputRect(&caret);
  }
  if (on == _textInput) return;
  _textInput = on;
  if (on)
    SDL_StartTextInput();
  else
    SDL_StopTextInput();
}

void DesktopWindow::setClipboard(const std::string& utf8) { SDL_SetClipboardText(utf8.c_str()); }

std::string DesktopWindow::clipboard() {
  char* text = SDL_GetClipboardText();
  std::string copy = text ? text : "";
  SDL_free(text);
  return copy;
}

void DesktopWindow::setIcon(const std::vector<unsigned char>& rgba, int width, int height) {
  if (width <= 0 || height <= 0 || rgba.size() < static_cast<std::size_t>(width) * height * 4) return;
  SDL_Surface* surface = SDL_CreateRGBSurfaceWithFormatFrom(const_cast<unsigned char*>(rgba.data()), width, height, 32,
                                                            width * 4, SDL_PIXELFORMAT_RGBA32);
  if (!surface) return;
  SDL_SetWindowIcon(_sdl->window, surface);
  SDL_FreeSurface(surface);
}

}  // namespace wm::app
