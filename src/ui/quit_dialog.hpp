#pragma once
// Asking before quitting with unsaved work (ViewState::quitAsked): a modal window naming what would be lost,
// with Quit and Cancel (Esc cancels, Enter quits).
#include "ui/desk_context.hpp"
#include "ui/view_state.hpp"

namespace wm::ui {

/// Draws the question while state.quitAsked; Quit sets quitConfirmed, Cancel clears quitAsked. Entries:
/// "quit.confirm", "quit.cancel".
void drawQuitDialog(ViewState& state, const DeskContext& context);

}  // namespace wm::ui
