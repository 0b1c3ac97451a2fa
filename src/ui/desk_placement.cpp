#include "ui/desk_placement.hpp"

#include <cmath>
#include <string>

#include <imgui.h>
#include <imgui_internal.h>  // FindWindowByName, ImGuiWindow: a window's place and size outside its Begin/End

namespace wm::ui {
namespace {

// The toolbar and the status bar place themselves every frame; the panels from here on are ImGui windows the
// user may drag.
constexpr std::size_t kFirstMovable = 2;

constexpr const char* kIniSection = "WorksMap";

// The ini section: "[WorksMap][Desk]" and a line "dragged=filters,districts".
void* openSection(ImGuiContext*, ImGuiSettingsHandler* handler, const char* name) {
  return std::string(name) == "Desk" ? handler->UserData : nullptr;
}

void readLine(ImGuiContext*, ImGuiSettingsHandler*, void* entry, const char* line) {
  const std::string text(line);
  if (!entry || text.rfind("dragged=", 0) != 0) return;
  auto& dragged = *static_cast<std::array<bool, kDeskPanelCount>*>(entry);
  for (std::size_t i = 0; i < kDeskPanelCount; ++i)
    if ((text + ",").find(std::string(deskPanelId(static_cast<DeskPanel>(i))) + ",", 8) != std::string::npos)
      dragged[i] = true;
}

void writeSection(ImGuiContext*, ImGuiSettingsHandler* handler, ImGuiTextBuffer* out) {
  if (!handler->UserData) return;
  const auto& dragged = *static_cast<const std::array<bool, kDeskPanelCount>*>(handler->UserData);
  std::string ids;
  for (std::size_t i = 0; i < kDeskPanelCount; ++i)
    if (dragged[i]) ids += (ids.empty() ? "" : ",") + std::string(deskPanelId(static_cast<DeskPanel>(i)));
  out->appendf("[%s][Desk]\ndragged=%s\n\n", kIniSection, ids.c_str());
}

std::string windowName(DeskPanel p) { return std::string("###") + deskPanelId(p); }
ImGuiWindow* windowOf(DeskPanel p) { return ImGui::FindWindowByName(windowName(p).c_str()); }
ScreenRect rectOf(const ImGuiWindow& w) { return {w.Pos.x, w.Pos.y, w.Pos.x + w.Size.x, w.Pos.y + w.Size.y}; }
// ImGui keeps window positions in whole pixels.
ImVec2 topLeft(const ScreenRect& r) { return ImVec2(std::floor(r.x0), std::floor(r.y0)); }

}  // namespace

DeskPlacement::~DeskPlacement() {
  // The context may outlive the desk: its last save must not read a desk that is gone.
  if (_context && ImGui::GetCurrentContext() == _context)
    if (ImGuiSettingsHandler* h = ImGui::FindSettingsHandler(kIniSection)) h->UserData = nullptr;
}

void DeskPlacement::rememberDragged() {
  _context = ImGui::GetCurrentContext();
  ImGuiSettingsHandler handler;
  handler.TypeName = kIniSection;
  handler.TypeHash = ImHashStr(kIniSection);
  handler.ReadOpenFn = openSection;
  handler.ReadLineFn = readLine;
  handler.WriteAllFn = writeSection;
  handler.UserData = &_moved;
  GImGui->SettingsHandlers.push_back(handler);
  if (const char* ini = ImGui::GetIO().IniFilename) ImGui::LoadIniSettingsFromDisk(ini);
}

void DeskPlacement::layOut(const DeskLayoutInput& in) {
  if (_laidOut && in == _input) return;
  _settling = true;
  _layout = layoutDesk(in);
  _input = in;
  _laidOut = true;
}

void DeskPlacement::begin(const ViewState& state, float scale) {
  if (_context != ImGui::GetCurrentContext()) rememberDragged();
  _settling = false;
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  DeskLayoutInput in;
  in.width = display.x, in.height = display.y, in.scale = scale;
  in.open = state.panels, in.sizes = _sizes, in.overlay = state.mapOverlay;
  for (std::size_t i = kFirstMovable; i < kDeskPanelCount; ++i) {
    const ImGuiWindow* w = windowOf(static_cast<DeskPanel>(i));
    if (!w) continue;
    // Not where it was drawn last: the user dragged it (ImGui's new frame moves a dragged window).
    if (_placed[i] && (w->Pos.x != _placed[i]->x0 || w->Pos.y != _placed[i]->y0) && !_moved[i]) {
      _moved[i] = true;
      ImGui::MarkIniSettingsDirty();
    }
    if (_moved[i]) in.moved[i] = rectOf(*w);
  }
  // A new window size or language places every panel afresh, for the frames the panels take to reach their
  // new sizes; otherwise a panel keeps its place while it still fits there.
  if (!_laidOut || in.width != _input.width || in.height != _input.height || in.scale != _input.scale ||
      state.lang != _lang)
    _reflowFrames = 3;
  _lang = state.lang;
  if (_reflowFrames > 0)
    --_reflowFrames;
  else
    for (std::size_t i = kFirstMovable; i < kDeskPanelCount; ++i)
      if (!_layout.panels[i].empty() && _input.sizes[i].width > 0) in.previous[i] = _layout.panels[i];
  layOut(in);
}

void DeskPlacement::beforePanel(const ViewState& state, DeskPanel panel) {
  if (!(state.panels == _input.open)) {  // opened or closed since begin(): lay out with it
    DeskLayoutInput in = _input;
    in.open = state.panels;
    layOut(in);
  }
  const ScreenRect& r = _layout[panel];
  if (r.empty()) return;
  ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(_layout.room.width(), _layout.room.height()));
  const ImVec2 to = topLeft(r);
  if (ImGuiWindow* w = windowOf(panel)) {
    // Set on the window itself, so a panel's own first-use position cannot override it.
    if (w->Pos.x != to.x || w->Pos.y != to.y) ImGui::SetWindowPos(windowName(panel).c_str(), to);
    // A panel at the bottom grows upwards in the very frame its content grows (the Timeline's period rows),
    // held by its bottom edge: its entries are where they were drawn when the next click comes. (A panel that
    // sets its own first-use position replaces this; it follows a frame later.)
    if (bottomAnchored(panel) && !_moved[static_cast<std::size_t>(panel)])
      ImGui::SetNextWindowPos(ImVec2(to.x, std::floor(r.y1)), ImGuiCond_Always, ImVec2(0, 1));
  } else if (!_moved[static_cast<std::size_t>(panel)]) {  // a dragged one starts where the ini file has it
    ImGui::SetNextWindowPos(to, ImGuiCond_Always);        // its first frame
  }
}

void DeskPlacement::end(ViewState& state) {
  for (std::size_t i = 0; i < kDeskPanelCount; ++i) {
    const auto panel = static_cast<DeskPanel>(i);
    const ImGuiWindow* w = windowOf(panel);
    const bool drawn = w && w->Active && panelOpen(state.panels, panel);
    // A window that fits its content is hidden in its first frame, before ImGui has measured it.
    _drawn[i] = drawn && !w->Hidden ? rectOf(*w) : ScreenRect{};
    if (drawn && !w->Hidden && (w->Size.x != _sizes[i].width || w->Size.y != _sizes[i].height)) {
      _sizes[i] = {w->Size.x, w->Size.y};
      _settling = true;  // the next frame lays out for the new size
    }
    if (w && w->Active) _placed[i] = rectOf(*w);
  }
  if (_drawn != _freeFrom) {
    std::vector<ScreenRect> covered;
    for (const ScreenRect& r : _drawn)
      if (!r.empty()) covered.push_back(r);
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    _freeMap = largestFreeRect({0, 0, display.x, display.y}, covered);
    _freeFrom = _drawn;
  }
  state.freeMap = _freeMap;
  const ScreenRect& statusBar = _drawn[static_cast<std::size_t>(DeskPanel::StatusBar)];
  state.mapBottomInset =
      statusBar.empty() ? 0 : static_cast<int>(std::ceil(ImGui::GetIO().DisplaySize.y - statusBar.y0));
}

}  // namespace wm::ui
