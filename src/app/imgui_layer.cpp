#include "app/imgui_layer.hpp"

#include <algorithm>
#include <cfloat>
#include <chrono>

#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>
#include <imgui_internal.h>

#include "app/imgui_events.hpp"

namespace wm::app {

// The main camera's post-draw callback: ImGui's draw data over the finished map, in the window's GL context.
class ImGuiDraw : public osg::Camera::DrawCallback {
public:
  explicit ImGuiDraw(ImGuiLayer& layer) : _layer(layer) {}
  void operator()(osg::RenderInfo&) const override { _layer.render(); }

private:
  ImGuiLayer& _layer;
};

ImGuiLayer::ImGuiLayer(BuildFrame build, std::string layoutFile)
    : _build(std::move(build)), _layoutFile(std::move(layoutFile)) {
  IMGUI_CHECKVERSION();
  _context = ImGui::CreateContext();
  ImGui::SetCurrentContext(_context);
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = _layoutFile.empty() ? nullptr : _layoutFile.c_str();
  io.ConfigInputTextCursorBlink = false;  // frames are drawn on demand: a blinking caret would need them all the time
  io.BackendPlatformName = "worksmap_osg";
  _events = new ImGuiEvents(*this);
  _draw = new ImGuiDraw(*this);
}

ImGuiLayer::~ImGuiLayer() {
  ImGui::SetCurrentContext(_context);
  ImGui::DestroyContext(_context);  // saves the layout file
}

ImFontAtlas& ImGuiLayer::fonts() {
  ImGui::SetCurrentContext(_context);
  return *ImGui::GetIO().Fonts;
}

void ImGuiLayer::rebuildFonts(std::function<void(ImFontAtlas&)> build) {
  if (!_rendererReady) {
    build(fonts());  // the backend uploads it when it starts
    return;
  }
  _fontBuild = std::move(build);
  _framesWanted = std::max(_framesWanted, 2);
}

void ImGuiLayer::shutdownRenderer() {
  if (!_rendererReady) return;
  ImGui::SetCurrentContext(_context);
  ImGui_ImplOpenGL3_Shutdown();
  _rendererReady = false;
}

void ImGuiLayer::setClipboard(std::function<void(const std::string&)> set, std::function<std::string()> get) {
  _setClipboard = std::move(set);
  _getClipboard = std::move(get);
  ImGui::SetCurrentContext(_context);
  ImGuiIO& io = ImGui::GetIO();
  io.ClipboardUserData = this;
  io.SetClipboardTextFn = [](void* layer, const char* text) {
    static_cast<ImGuiLayer*>(layer)->_setClipboard(text ? text : "");
  };
  io.GetClipboardTextFn = [](void* layer) -> const char* {
    auto* self = static_cast<ImGuiLayer*>(layer);
    self->_pasted = self->_getClipboard();
    return self->_pasted.c_str();
  };
}

std::optional<ImGuiLayer::TextCaret> ImGuiLayer::textCaret() const {
  ImGui::SetCurrentContext(_context);
  if (!ImGui::GetIO().WantTextInput) return std::nullopt;
  const ImVec2 at = GImGui->PlatformImePos;  // the caret InputText last reported (FLT_MAX: none yet)
  if (at.x == FLT_MAX) return TextCaret{};
  return TextCaret{at.x, at.y, ImGui::GetFontSize()};
}

void ImGuiLayer::buildFrame(float width, float height, double time) {
  ImGui::SetCurrentContext(_context);
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(std::max(width, 1.0f), std::max(height, 1.0f));
  io.DeltaTime = _lastTime < 0 ? 1.0f / 60 : static_cast<float>(std::max(time - _lastTime, 1e-4));
  _lastTime = time;
  const auto start = std::chrono::steady_clock::now();
  ImGui::NewFrame();
  if (_build) _build();
  ImGui::Render();
  _buildMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  ++_frames;
  _frameBuilt = true;
  // Where the windows are, for routing the input that comes before the next frame. A window that appeared in
  // this frame (a popup, a combo's list, the quit dialog) is hidden while ImGui measures it and shows in the
  // next one: that frame is drawn now, not at the next input, which would otherwise reach what lies under it.
  _windows.clear();
  _windowAppeared = false;
  for (ImGuiWindow* w : GImGui->Windows) {
    if (w->Active && w->Appearing) _windowAppeared = true, wantMoreFrames(1);
    if (w->Active && !w->Hidden) _windows.push_back({w->Pos.x, w->Pos.y, w->Pos.x + w->Size.x, w->Pos.y + w->Size.y});
  }
}

bool ImGuiLayer::overWindow(float x, float y) const {
  return std::any_of(_windows.begin(), _windows.end(),
                     [&](const Rect& r) { return x >= r.x0 && x < r.x1 && y >= r.y0 && y < r.y1; });
}

// The backend is initialised here, the first time, because only the draw has the window's GL context current.
// "#version 130" works on Mesa's compatibility profile (GL 4.5 under llvmpipe) and on any GL 3.0+ driver.
void ImGuiLayer::render() {
  if (!_frameBuilt || _rendererFailed) return;
  ImGui::SetCurrentContext(_context);
  if (!_rendererReady) {
    _rendererReady = ImGui_ImplOpenGL3_Init("#version 130");
    _rendererFailed = !_rendererReady;
    if (_rendererFailed) return;
  }
  const auto start = std::chrono::steady_clock::now();
  ImGui_ImplOpenGL3_NewFrame();  // creates the shader and the font texture the first time
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  _renderMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  if (_fontBuild) {
    _fontBuild(*ImGui::GetIO().Fonts);
    _fontBuild = nullptr;
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    _framesWanted = std::max(_framesWanted, 2);  // the next frames lay out text with the new glyphs
  }
}

}  // namespace wm::app
