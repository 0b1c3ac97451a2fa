#pragma once
// What presentation mode draws over the map in the window (ImGui's foreground): the slide number in a corner,
// the number being typed for a jump, and the black or white screen. The slide's own title, subtitle, figures
// and legend are the map overlay's, drawn as `render --slide` draws them.
#include "ui/presentation.hpp"

namespace wm::ui {

/// Draws into the current ImGui frame's foreground; `scale` is the desk's (ui::screenScale).
void drawPresentationScreen(const Presentation& p, float scale);

}  // namespace wm::ui
