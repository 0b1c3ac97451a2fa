#pragma once
// What presentation mode draws over the map in the window (ImGui's foreground): the slide number in a corner,
// the number being typed for a jump, the black or white screen, and the presenter's notes panel. The slide's own title,
// subtitle, figures and legend are the map overlay's, drawn as `render --slide` draws them.
#include <string>

#include "core/translation.hpp"
#include "ui/presentation.hpp"

namespace wm::ui {

/// What the presenter's notes panel shows (Presentation::notes): the slide's speaker notes, what comes next and
/// the time since the presentation started.
struct PresenterNotes {
  std::string notes;      ///< the shown slide's speaker notes (empty: none)
  std::string nextTitle;  ///< the next slide's title, or its "Slide n" name; empty on the last slide
  int elapsedSeconds = 0;
  core::Lang lang = core::Lang::Zh;
};

/// Draws into the current ImGui frame's foreground; `scale` is the desk's (ui::screenScale). The notes panel is
/// drawn at the right, over the map, when `p.notes` is set and the screen is not blanked (on one screen the
/// audience sees it too: a rehearsal view).
void drawPresentationScreen(const Presentation& p, float scale, const PresenterNotes& notes);

}  // namespace wm::ui
