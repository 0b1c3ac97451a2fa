#pragma once
// The viewer's state as one line of JSON, rewritten when it changes, for GUI tests (hidden option
// --state-file): the camera, the desk's view state, where the desk's entries are (so tests click real entries)
// and how the desk's font was built.
#include <cstdint>
#include <string>

#include "render/map_camera.hpp"
#include "ui/click_targets.hpp"
#include "ui/desk_font.hpp"
#include "ui/view_state.hpp"

namespace wm::app {

struct ViewerSnapshot {
  const render::MapCamera& camera;
  const ui::ViewState& state;
  const ui::ClickTargets* targets = nullptr;  ///< none before the desk's first frame
  const ui::DeskFontStats* font = nullptr;
  std::uint64_t uiFrames = 0;
};

/// The JSON line (no newline). Names and text are escaped; targets are "target.<id>":"x0 y0 x1 y1" in window
/// pixels from the top left.
std::string stateLine(const ViewerSnapshot& snapshot);

class StateFile {
public:
  explicit StateFile(std::string path) : _path(std::move(path)) {}
  /// Writes the line when it differs from the last one written (through a temporary file and a rename, so a
  /// reader never sees half a line). Does nothing without a path; a failed write is ignored.
  void write(const ViewerSnapshot& snapshot);

private:
  std::string _path;
  std::string _last;
};

}  // namespace wm::app
