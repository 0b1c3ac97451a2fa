#pragma once
// The X server's time of a mouse-button press, from the window-system event SDL delivers just before its own
// button event (SDL_SYSWMEVENT, turned on by enableX11PressTimes). Kept apart from desktop_window.cpp because
// Xlib's headers define macros (None, Bool, Status, KeyPress) that clash with other libraries' names.
#include <cstdint>
#include <optional>

union SDL_Event;

namespace wm::app {

/// Asks SDL to deliver the window system's raw events too.
void enableX11PressTimes();
/// The X server's time (ms) of the button press in `event`, when it is an X11 ButtonPress of buttons 1 to 3.
std::optional<std::uint32_t> x11PressTime(const SDL_Event& event);

}  // namespace wm::app
