#pragma once
// The viewer's state as one line of JSON, rewritten when it changes, for GUI tests (hidden option
// --state-file): the camera, the desk's view state, where the desk's entries are (so tests click real entries)
// and how the desk's font was built.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "render/map_camera.hpp"
#include "ui/click_targets.hpp"
#include "ui/desk.hpp"
#include "ui/desk_font.hpp"
#include "ui/loading_panel.hpp"
#include "ui/view_state.hpp"

namespace wm::app {

/// The desktop window's side of the state: its title (UTF-8, as the window manager shows it), whether it is full
/// screen, whether text input (the input method) is on, and its size in pixels.
struct WindowFacts {
  std::string title;
  std::vector<std::string> displays;  ///< every display's "x y width height", the one the window is on first
  bool fullscreen = false;
  bool textInput = false;
  int width = 0, height = 0;
};

struct ViewerSnapshot {
  const render::MapCamera& camera;
  const ui::ViewState& state;
  const ui::ClickTargets* targets = nullptr;  ///< none before the desk's first frame
  const ui::DeskFontStats* font = nullptr;
  std::uint64_t uiFrames = 0;                ///< the desk's ImGui frames so far (not counting the loading window's)
  const ui::Desk* desk = nullptr;            ///< for what the panels show (the Inspector's name, the status bar)
  const domain::Catalog* catalog = nullptr;  ///< for the highlighted district's name
  /// A project the GUI test clicks (hidden option --state-probe NAME) and the window pixel (top left origin)
  /// where a click picks it; x, y negative when it is not in the window.
  struct Probe {
    std::int64_t project = -1;
    double x = -1, y = -1;
  };
  std::optional<Probe> probe;
  /// The project the map's selection uniform highlights (MapScene::selectedProject); none: not reported.
  std::optional<std::int64_t> mapSelected;
  /// The last frame's wall time (viewer.frame(): events, desk, cull, draw, swap) and the desk's part of it,
  /// milliseconds; negative: not reported.
  double frameMs = -1, deskMs = -1;
  std::optional<WindowFacts> window = std::nullopt;  ///< none: not reported
  /// Whether a window of the desk appeared in this frame and shows only in the next (ImGuiLayer::windowAppeared);
  /// reported within "settling".
  bool windowAppearing = false;
  /// A tile-set basemap: images shown so far, the zoom level of the last one, whether a read is running or
  /// waiting; none without one.
  struct BasemapFacts {
    std::uint64_t images = 0;
    int zoom = -1;
    bool busy = false;
  };
  std::optional<BasemapFacts> basemap = std::nullopt;
  /// The briefing's slides: how many, how many have a thumbnail, whether the map is flying to one, the title of
  /// the slide the view was last set to.
  struct SlideFacts {
    std::size_t count = 0, thumbnails = 0;
    bool flying = false;
    std::string title;
    std::size_t thumbnailsCurrent = 0;  ///< thumbnails showing their slide as it is now
    double thumbnailSpreadMin = -1;     ///< the least luminance standard deviation of a thumbnail; -1: none
  };
  std::optional<SlideFacts> slides = std::nullopt;
  /// Presentation mode (app/presenter): the slide shown (from 1), the screen (slide, black, white) and the
  /// number typed for a jump; none: the desk.
  struct PresentationFacts {
    std::size_t slide = 0;
    std::string screen;
    std::string typed;
    bool notes = false;  ///< the presenter's notes panel is shown
  };
  std::optional<PresentationFacts> presentation = std::nullopt;
  /// The play clock's time at Play's last step (PlayClock::lastSeconds, the --clock-file's seconds in the GUI
  /// tests); none while not playing, reported as -1.
  std::optional<double> playSeconds = std::nullopt;
};

/// The JSON line (no newline): the camera, the view state (selectedProject and selectedName, the name the
/// Inspector shows; highlightDistrict and districtName; periodMode, periodFrom, periodTo; playing and playSpeed,
/// 0 a day … 3 a quarter a second, and playSeconds), the open panels, the Measure tool (mode, points, whether finished,
/// its figures in metres and square metres), the status bar's text, the probe, the window (title, fullscreen,
/// textInput, windowWidth, windowHeight, displays), a tile-set basemap (basemapImages, basemapZoom, basemapBusy),
/// the slides (slideCount, thumbnails, flying, slideTitle, slidesUnsaved), presentation mode (presenting; while
/// presenting also slideNumber, screen, typed, notes) and the slide the view was last set to (slide, from 1; 0: none),
/// whether the desk asks before quitting (quitAsked) and whether its panels are still moving to their places or a popup
/// is still to show (settling); the desk's layout: "compactDesk", "freeMap", "overlay.title", "overlay.north",
/// "overlay.scale" and each panel shown as "panel.<id>" (ui::deskPanelId), rectangles as "x0 y0 x1 y1" in window pixels
/// from the top left; District progress on a PostGIS server (districtsServer: computing, ready or failed;
/// districtsUpdating, districtsStale, districtsServerError: the panel's line naming the database and the error).
/// Names and text are escaped; targets are "target.<id>":"x0 y0 x1 y1" in window pixels from the top
/// left.
std::string stateLine(const ViewerSnapshot& snapshot);

/// The line written while the sources load: {"loading":true,"phase":…,"layers":N,"layersDone":D,"uiFrames":F}.
std::string loadingLine(const ui::LoadingView& view, std::uint64_t uiFrames);
/// The line written when a load found nothing to draw and the window shows its problems:
/// {"loading":false,"loadFailed":true,"problems":P,"uiFrames":F} (P: warnings and errors).
std::string failedLoadLine(std::size_t problems, std::uint64_t uiFrames);

class StateFile {
public:
  explicit StateFile(std::string path) : _path(std::move(path)) {}
  /// Writes the line when it differs from the last one written (through a temporary file and a rename, so a
  /// reader never sees half a line). Does nothing without a path; a failed write is ignored.
  void write(const ViewerSnapshot& snapshot) { writeLine(stateLine(snapshot)); }
  /// Whether there is a file to write (the hidden option was given): without one, nothing is worth assembling.
  bool enabled() const { return !_path.empty(); }
  /// Writes `line` the same way (e.g. loadingLine's).
  void writeLine(std::string line);

private:
  std::string _path;
  std::string _last;
};

}  // namespace wm::app
