#pragma once
// ImGui's null setup for panel tests: a context, the built-in font atlas, frames without a backend, and
// simulated clicks on the entries a panel recorded in its ClickTargets.
#include <functional>
#include <string>

#include <gtest/gtest.h>
#include <imgui.h>

#include "ui/click_targets.hpp"

namespace wm::test {

class ImGuiHarness {
public:
  explicit ImGuiHarness(float width = 1280, float height = 800) {
    _context = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // never writes a layout file
    io.DisplaySize = ImVec2(width, height);
    io.Fonts->AddFontDefault();
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
  }
  ~ImGuiHarness() { ImGui::DestroyContext(_context); }
  ImGuiHarness(const ImGuiHarness&) = delete;
  ImGuiHarness& operator=(const ImGuiHarness&) = delete;

  void frame(const std::function<void()>& draw) {
    ImGui::GetIO().DeltaTime = 1.0f / 60;
    ImGui::NewFrame();
    draw();
    ImGui::Render();
  }
  /// Moves the mouse to (x, y), presses and releases the left button, one frame each, as a user would, then
  /// draws one more frame so that windows opened or resized by the click are laid out.
  void clickAt(float x, float y, const std::function<void()>& draw) {
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(x, y);
    frame(draw);
    io.MouseDown[0] = true;
    frame(draw);
    io.MouseDown[0] = false;
    frame(draw);
    frame(draw);
  }
  /// Clicks the middle of the entry `id` as drawn in the last frame; fails the test when there is none.
  void click(const ui::ClickTargets& targets, const std::string& id, const std::function<void()>& draw) {
    auto target = targets.find(id);
    ASSERT_TRUE(target) << "no entry " << id;
    clickAt(target->centerX(), target->centerY(), draw);
  }

private:
  ImGuiContext* _context = nullptr;
};

}  // namespace wm::test
