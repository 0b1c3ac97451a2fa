#pragma once
// Dear ImGui inside the OSG window: an event handler that feeds ImGui's IO and takes the input that lands on a
// panel (so a drag on a panel never pans the map), and a post-draw callback of the main camera that draws
// ImGui's frame over the map with the OpenGL3 backend. One ImGui frame is built per viewer frame, in the event
// traversal (before the update and the cull, so a panel's change reaches the map's uniforms in the same frame).
// Single-threaded: the viewer must run OSG's SingleThreaded model.
#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <osg/Camera>
#include <osgGA/GUIEventHandler>

struct ImGuiContext;
struct ImFontAtlas;

namespace wm::app {

class ImGuiLayer {
public:
  /// Draws the desk's windows; called between ImGui::NewFrame and ImGui::Render, once a frame.
  using BuildFrame = std::function<void()>;

  /// Creates the ImGui context and leaves it current. `layoutFile`: where ImGui keeps window positions (empty:
  /// nowhere).
  ImGuiLayer(BuildFrame build, std::string layoutFile);
  /// Saves the layout and destroys the context. Call shutdownRenderer() first while the GL context is current.
  ~ImGuiLayer();
  ImGuiLayer(const ImGuiLayer&) = delete;
  ImGuiLayer& operator=(const ImGuiLayer&) = delete;

  /// Add to the viewer before any other handler: it marks the events it takes as handled.
  osgGA::GUIEventHandler* events() const { return _events.get(); }
  /// Set as the main camera's post-draw callback.
  osg::Camera::DrawCallback* drawCallback() const { return _draw.get(); }
  /// The font atlas to build before the first frame (ui::DeskFont).
  ImFontAtlas& fonts();
  /// Rebuilds the font atlas with `build` (which clears and fills it, e.g. ui::DeskFont::build) and uploads it:
  /// at once before the first draw, else after the next frame is drawn (while the GL context is current and no
  /// ImGui frame is being built), so no frame is drawn with glyphs from one atlas and the texture of another.
  /// The frame after it uses the new glyphs.
  void rebuildFonts(std::function<void(ImFontAtlas&)> build);
  /// Frees the backend's GL objects; the window's GL context must be current.
  void shutdownRenderer();
  /// Where ImGui's copy and paste go (the system clipboard); until set, ImGui's own in-process one.
  void setClipboard(std::function<void(const std::string&)> set, std::function<std::string()> get);
  /// A text field has the focus: where its caret is, window pixels from the top left (for the input method's
  /// candidate window), and the line's height.
  struct TextCaret {
    float x = 0, y = 0, lineHeight = 0;
  };
  /// The focused text field's caret after the last frame; none when no text field has the focus.
  std::optional<TextCaret> textCaret() const;
  /// Frames built so far.
  std::uint64_t frames() const { return _frames; }
  /// The main thread's time in the desk during the last frame, milliseconds: building its ImGui frame (the
  /// panels) and issuing its draw calls (the GL work itself is done when the frame is swapped).
  double deskMs() const { return _buildMs + _renderMs; }
  /// Whether the desk needs another frame though no event came (input to settle, a release to deliver, the
  /// first frames that upload the font): the viewer's loop draws one when this is true.
  bool wantsFrame() const { return _framesWanted > 0; }
  /// Called while the desk's frame is built: asks for `frames` more frames after it (a panel changed the view
  /// state, so the panels drawn before the change, and windows that fit their content, catch up in them).
  void wantMoreFrames(int frames) { _framesWanted = std::max(_framesWanted, frames + 1); }  // +1: this one
  /// Whether a window (a popup, a combo's list, a dialog) appeared in the last frame: ImGui shows it only in the
  /// next one, which the layer asks for.
  bool windowAppeared() const { return _windowAppeared; }

private:
  friend class ImGuiEvents;
  friend class ImGuiDraw;
  struct Rect {
    float x0, y0, x1, y1;
  };

  void buildFrame(float width, float height, double time);
  void render();
  bool overWindow(float x, float y) const;

  ImGuiContext* _context = nullptr;
  BuildFrame _build;
  std::function<void(ImFontAtlas&)> _fontBuild;  ///< a rebuild waiting for the next draw
  std::function<void(const std::string&)> _setClipboard;
  std::function<std::string()> _getClipboard;
  std::string _pasted;  ///< the clipboard's text last read, kept while ImGui reads it
  std::string _layoutFile;
  osg::ref_ptr<osgGA::GUIEventHandler> _events;
  osg::ref_ptr<osg::Camera::DrawCallback> _draw;
  std::vector<Rect> _windows;  ///< ImGui's windows (popups included) in the last frame, pixels from the top left
  double _lastTime = -1;
  bool _frameBuilt = false;
  bool _rendererReady = false;
  bool _rendererFailed = false;
  std::uint64_t _frames = 0;
  int _framesWanted = 3;
  bool _windowAppeared = false;
  double _buildMs = 0, _renderMs = 0;  ///< the last frame's, milliseconds
};

}  // namespace wm::app
