#pragma once
// The whole desk over the hand-worked catalog (ui_fixture.hpp) at 2023-06-30, in ImGui's null setup, with
// clicks on the entries the panels drew.
#include <functional>
#include <string>

#include "imgui_harness.hpp"
#include "ui/desk.hpp"
#include "ui_fixture.hpp"

namespace wm::test {

/// The desk places a panel that changed size again in its next frames (ui/desk_placement), and a user clicks what
/// stands still: draws three frames, and on (up to 20) until the panels are in their places.
inline void settle(ImGuiHarness& imgui, const ui::Desk& desk, const std::function<void()>& draw) {
  for (int i = 0; i < 3 || (desk.settling() && i < 20); ++i) imgui.frame(draw);
}

/// Clicks the middle of the desk's entry `id` once the panels stand in their places.
inline void clickSettled(ImGuiHarness& imgui, const ui::Desk& desk, const std::string& id,
                         const std::function<void()>& draw) {
  settle(imgui, desk, draw);
  imgui.click(desk.targets(), id, draw);
}

/// Whether the desk draws the entry `id` in its next frame.
inline bool drawsEntry(ImGuiHarness& imgui, const ui::Desk& desk, const std::string& id,
                       const std::function<void()>& draw) {
  imgui.frame(draw);
  return desk.targets().find(id).has_value();
}

struct DeskFixture {
  domain::Catalog catalog = uiCatalog();
  domain::MapStyle style = domain::builtInMapStyle();
  ui::ViewState state = ui::initialViewState(catalog, day(2023, 6, 30), core::Lang::En);
  ImGuiHarness imgui;
  ui::Desk desk{catalog, style};
  std::function<void()> draw = [this] { desk.draw(state, 1.0f); };

  DeskFixture() {
    for (int i = 0; i < 3; ++i) imgui.frame(draw);  // windows that fit their content settle in two frames
  }
  void click(const std::string& id) { imgui.click(desk.targets(), id, draw); }
};

}  // namespace wm::test
