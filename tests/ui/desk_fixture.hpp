#pragma once
// The whole desk over the hand-worked catalog (ui_fixture.hpp) at 2023-06-30, in ImGui's null setup, with
// clicks on the entries the panels drew.
#include <functional>
#include <string>

#include "imgui_harness.hpp"
#include "ui/desk.hpp"
#include "ui_fixture.hpp"

namespace wm::test {

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
