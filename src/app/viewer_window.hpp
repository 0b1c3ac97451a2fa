#pragma once
// `worksmap [SOURCE...]`: the map in a desktop window (app/desktop_window: SDL2, OSG drawing into it). The
// window opens at once: the sources are read and the scene is built on a worker thread (app/map_loading) while
// the window shows a progress bar per layer. The loop is poll → update → draw → report, and what the window
// shows is a phase: loading, a load that found nothing (its problems), the desk over the map, a presentation of
// the briefing's slides (app/presenter). New modes (editing) are new phases.
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <osgViewer/Viewer>

#include "app/commands.hpp"
#include "app/desk_session.hpp"
#include "app/desktop_window.hpp"
#include "app/imgui_layer.hpp"
#include "app/map_loading.hpp"
#include "app/play_clock.hpp"
#include "app/map_grab.hpp"
#include "app/presenter.hpp"
#include "app/slide_editor.hpp"
#include "app/slide_thumbnailer.hpp"
#include "app/state_file.hpp"
#include "ui/desk_font.hpp"
#include "ui/loading_panel.hpp"
#include "ui/problems_panel.hpp"

namespace wm::app {

class ViewerWindow {
public:
  enum class Phase { Loading, LoadFailed, Desk, Presenting };
  /// F5 (from the first slide), Shift+F5 (from the slide the view last showed), Alt+F5 (that one, with the
  /// presenter's notes beside it, as PowerPoint's presenter view).
  struct PresentWanted {
    bool fromCurrent = false;
    bool notes = false;
  };

  /// Starts reading the sources; run() opens the window.
  ViewerWindow(const ViewerOptions& options, Streams io);
  ~ViewerWindow();
  /// Opens the window and runs until it is closed; the exit code says how the load went.
  ExitCode run();

private:
  bool open();
  void poll();
  void update();
  void followBasemap();
  void drawOffscreenWork();
  bool frameWanted();
  bool draw();
  void report();
  void buildDesk();
  void finishLoading();
  void showLoadProgress();
  void requestQuit();
  void applyWindowKeys();
  void updateTextInput();
  void startPresenting(std::size_t first, bool notes = false);
  void editSlides();
  void keepThumbnail();
  void rebuildDeskFont();
  void coverSlideText();
  void updatePresenting();
  bool presentationKey(int key, bool down);

  ViewerOptions _options;
  Streams _io;
  DesktopVideo _video;  ///< before the loading's threads start (see DesktopVideo)
  MapLoading _loading;
  std::filesystem::path _settings;
  Phase _phase = Phase::Loading;
  std::unique_ptr<DesktopWindow> _window;
  osg::ref_ptr<osgViewer::Viewer> _viewer;
  std::unique_ptr<ImGuiLayer> _imgui;
  std::unique_ptr<DeskSession> _session;
  std::unique_ptr<Presenter> _presenter;
  std::unique_ptr<SlideEditor> _slideEditor;
  std::unique_ptr<SlideThumbnailer> _thumbnailer;  ///< the thumbnails of slides the window has not shown
  osg::ref_ptr<MapGrab> _grab;                     ///< the map before the desk, for a slide's thumbnail
  std::size_t _grabFor = 0;                        ///< the slide the grab is for
  std::optional<std::size_t> _presentFrom;         ///< the Slides panel's Present
  std::optional<PresentWanted> _presentWanted;     ///< F5, Shift+F5 or Alt+F5
  bool _fullscreenBeforePresenting = false;
  int _notesSecond = -1;  ///< the notes panel's clock as last drawn
  bool _warming = false;  ///< the presenter builds ahead for its next flight: the loop does not wait for events
  float _scale = 1;
  // The loading window and a failed load's problems (no catalog yet).
  ui::LoadingView _loadingView;
  ui::LoadingPanel _loadingPanel;
  ui::ClickTargets _loadingTargets;
  const domain::Catalog _noCatalog;
  const domain::MapStyle _noStyle;
  std::optional<ui::ProblemsPanel> _failedLoad;
  ui::ViewState _failedState;
  std::optional<ExitCode> _loadFailure;
  std::chrono::steady_clock::time_point _lastProgress;
  // The desk's font: rebuilt with the names the data brings.
  ui::DeskFont _deskFont;
  ui::FontSource _fontSource;
  ui::DeskFontStats _fontStats;
  std::vector<std::string> _fontExtra;
  std::vector<std::string> _slideFontText;  ///< the slides' text the desk's font covers besides the catalog's
  StateFile _stateFile;
  PlayClock _playClock;
  double _frameMs = -1;  ///< the last frame's wall time, for the state file
  bool _programChecked = false;
  bool _quit = false;
  bool _quitRequested = false;  ///< the window's close button or Ctrl+Q: quit, asking first if work is unsaved
  bool _fullscreenWanted = false;
  const ui::ViewState* _keysState = nullptr;  ///< the desk's state once loaded (the window keys read it)
};

}  // namespace wm::app
