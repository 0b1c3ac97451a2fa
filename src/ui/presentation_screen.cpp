#include "ui/presentation_screen.hpp"

#include <algorithm>
#include <cfloat>
#include <string>

#include <fmt/format.h>
#include <imgui.h>

namespace wm::ui {
namespace {

using core::Msg;

// The notes panel: the right third of the screen (at least 360 px at scale 1), the notes in large type, the
// slide number and the time on top, the next slide's title at the bottom.
void drawNotesPanel(const Presentation& p, float scale, const PresenterNotes& n) {
  ImDrawList& draw = *ImGui::GetForegroundDrawList();
  ImFont* font = ImGui::GetFont();
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  const float pad = 16 * scale, width = std::min(size.x * 0.9f, std::max(360 * scale, size.x / 3));
  const ImVec2 p0{size.x - width, 0}, p1{size.x, size.y};
  draw.AddRectFilled(p0, p1, IM_COL32(24, 28, 36, 255));  // the map's figures table under it must not show through
  const ImU32 quiet = IM_COL32(170, 180, 195, 255), ink = IM_COL32(255, 255, 255, 255);
  const float headPx = 18 * scale, notesPx = 32 * scale, wrap = width - 2 * pad;
  const std::string clock = fmt::format("{:02}:{:02}", n.elapsedSeconds / 60, n.elapsedSeconds % 60);
  const std::string head = core::tr(n.lang, Msg::UiPresenterNotes, slideNumberText(p), clock);
  float y = pad;
  draw.AddText(font, headPx, {p0.x + pad, y}, quiet, head.c_str(), nullptr, wrap);
  y += font->CalcTextSizeA(headPx, FLT_MAX, wrap, head.c_str()).y + pad;
  const std::string next = n.nextTitle.empty() ? core::tr(n.lang, Msg::UiPresenterLast)
                                               : core::tr(n.lang, Msg::UiPresenterNext, n.nextTitle);
  const float nextHeight = font->CalcTextSizeA(headPx * 1.2f, FLT_MAX, wrap, next.c_str()).y;
  const float nextY = size.y - pad - nextHeight;
  // The notes, clipped above the next slide's line when long.
  const std::string notes = n.notes.empty() ? core::tr(n.lang, Msg::UiPresenterNoNotes) : n.notes;
  draw.PushClipRect({p0.x, y}, {p1.x, nextY - pad}, true);
  draw.AddText(font, notesPx, {p0.x + pad, y}, n.notes.empty() ? quiet : ink, notes.c_str(), nullptr, wrap);
  draw.PopClipRect();
  draw.AddLine({p0.x + pad, nextY - pad / 2}, {p1.x - pad, nextY - pad / 2}, quiet, scale);
  draw.AddText(font, headPx * 1.2f, {p0.x + pad, nextY}, quiet, next.c_str(), nullptr, wrap);
}

}  // namespace

void drawPresentationScreen(const Presentation& p, float scale, const PresenterNotes& notes) {
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
  if (p.notes) drawNotesPanel(p, scale, notes);
  if (p.typed.empty()) return;
  // The slide number being typed, large in the middle, until Enter.
  const float typedPx = 64 * scale;
  const ImVec2 typedSize = font->CalcTextSizeA(typedPx, size.x, 0, p.typed.c_str());
  const ImVec2 centre{(size.x - typedSize.x) / 2, (size.y - typedSize.y) / 2};
  draw.AddRectFilled({centre.x - 24 * scale, centre.y - 12 * scale},
                     {centre.x + typedSize.x + 24 * scale, centre.y + typedSize.y + 12 * scale}, IM_COL32(0, 0, 0, 170),
                     8 * scale);
  draw.AddText(font, typedPx, centre, IM_COL32(255, 255, 255, 255), p.typed.c_str());
}

}  // namespace wm::ui
