// `worksmap [SOURCE...]`: the map in a desktop window (app/viewer_window).
#include "app/commands.hpp"
#include "app/viewer_window.hpp"

namespace wm::app {

ExitCode runViewer(const ViewerOptions& options, Streams io) {
  ViewerWindow window(options, io);
  return window.run();
}

}  // namespace wm::app
