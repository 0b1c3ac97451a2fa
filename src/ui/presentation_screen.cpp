#include "ui/presentation_screen.hpp"

#include <string>

#include <imgui.h>

namespace wm::ui {

void drawPresentationScreen(const Presentation& p, float scale) {
  ImDrawList& draw = *ImGui::GetForegroundDrawList();
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  if (p.screen != Presentation::Screen::Slide) {
    const ImU32 fill = p.screen == Presentation::Screen::Black ? IM_COL32(0, 0, 0, 255) : IM_COL32(255, 255, 255, 255);
    draw.AddRectFilled({0, 0}, size, fill);
    return;
  }
  ImFont* font = ImGui::GetFont();
  // The slide number, small and quiet at the bottom's middle, clear of the overlay's legend (bottom left) and
  // scale bar (bottom right).
  const float numberPx = 18 * scale;
  const std::string number = slideNumberText(p);
  const ImVec2 extent = font->CalcTextSizeA(numberPx, size.x, 0, number.c_str());
  const ImVec2 at{(size.x - extent.x) / 2, size.y - extent.y - 10 * scale};
  draw.AddRectFilled({at.x - 6 * scale, at.y - 3 * scale}, {at.x + extent.x + 6 * scale, at.y + extent.y + 3 * scale},
                     IM_COL32(255, 255, 255, 200), 4 * scale);
  draw.AddText(font, numberPx, at, IM_COL32(60, 60, 60, 255), number.c_str());
  if (p.typed.empty()) return;
  // The slide number being typed, large in the middle, until Enter.
  const float typedPx = 64 * scale;
  const ImVec2 typedSize = font->CalcTextSizeA(typedPx, size.x, 0, p.typed.c_str());
  const ImVec2 centre{(size.x - typedSize.x) / 2, (size.y - typedSize.y) / 2};
  draw.AddRectFilled({centre.x - 24 * scale, centre.y - 12 * scale},
                     {centre.x + typedSize.x + 24 * scale, centre.y + typedSize.y + 12 * scale},
                     IM_COL32(0, 0, 0, 170), 8 * scale);
  draw.AddText(font, typedPx, centre, IM_COL32(255, 255, 255, 255), p.typed.c_str());
}

}  // namespace wm::ui
