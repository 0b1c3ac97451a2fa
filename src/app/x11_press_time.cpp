#include "app/x11_press_time.hpp"

#include <SDL.h>
#include <SDL_syswm.h>

namespace wm::app {

void enableX11PressTimes() { SDL_EventState(SDL_SYSWMEVENT, SDL_ENABLE); }

std::optional<std::uint32_t> x11PressTime(const SDL_Event& event) {
#if defined(SDL_VIDEO_DRIVER_X11)
  if (event.type != SDL_SYSWMEVENT || !event.syswm.msg || event.syswm.msg->subsystem != SDL_SYSWM_X11)
    return std::nullopt;
  const XEvent& x = event.syswm.msg->msg.x11.event;
  if (x.type != ButtonPress || x.xbutton.button < 1 || x.xbutton.button > 3) return std::nullopt;
  return static_cast<std::uint32_t>(x.xbutton.time);
#else
  (void)event;
  return std::nullopt;
#endif
}

}  // namespace wm::app
