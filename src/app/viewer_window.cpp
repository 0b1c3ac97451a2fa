#include "app/viewer_window.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <functional>
#include <ostream>
#include <string_view>

#include <fmt/format.h>
#include <imgui.h>
#include <osg/Image>
#include <osgDB/ReadFile>
#include <osgGA/GUIEventHandler>

#include "app/map_view.hpp"
#include "app/user_settings.hpp"
#include "core/resource_dir.hpp"
#include "render/gl_compile.hpp"
#include "scene/font_finder.hpp"
#include "ui/desk.hpp"
#include "ui/presentation_screen.hpp"
#include "ui/screen_scale.hpp"

namespace wm::app {
namespace {

using core::Msg;
using core::tr;

// The desk's scale: WORKSMAP_UI_SCALE, else the display's DPI where it says the screen is dense (a laptop's
// 2K panel), else its height (ui::screenScale).
float deskScale(const DisplayGeometry& display) {
  const char* forced = std::getenv("WORKSMAP_UI_SCALE");
  const float byHeight = ui::screenScale(static_cast<unsigned>(display.width), static_cast<unsigned>(display.height),
                                         forced ? std::optional<std::string_view>(forced) : std::nullopt);
  if (forced || display.dpi < 120) return byHeight;
  return std::max(byHeight, std::min(3.0f, std::round(display.dpi / 96 * 4) / 4));  // quarter steps, as by height
}

// The window's own keys: F11 full screen (Esc leaves it), Ctrl+Q quit, F5, Shift+F5 and Alt+F5 present the slides. They
// come after the desk's handler, so a text field or a dialog keeps its Esc.
class WindowKeys : public osgGA::GUIEventHandler {
public:
  struct Wanted {
    bool& fullscreen;
    bool& quit;
    std::optional<ViewerWindow::PresentWanted>& present;
  };
  WindowKeys(Wanted wanted, const ui::ViewState* const& state) : _wanted(wanted), _state(state) {}
  bool handle(const osgGA::GUIEventAdapter& ea, osgGA::GUIActionAdapter& aa, osg::Object*, osg::NodeVisitor*) override {
    using Event = osgGA::GUIEventAdapter;
    if (ea.getEventType() != Event::KEYDOWN) return false;
    // F11 and Ctrl+Q work from a text field too; Esc there leaves the field first.
    if (ea.getKey() == Event::KEY_F11) {
      _wanted.fullscreen = !_wanted.fullscreen;
    } else if (ea.getKey() == Event::KEY_Escape && !ea.getHandled() && _wanted.fullscreen &&
               !(_state && _state->measuring())) {
      _wanted.fullscreen = false;
    } else if ((ea.getUnmodifiedKey() == 'q' || ea.getKey() == 'q') && (ea.getModKeyMask() & Event::MODKEY_CTRL)) {
      _wanted.quit = true;
    } else if (ea.getKey() == Event::KEY_F5 && !ea.getHandled()) {
      const bool alt = (ea.getModKeyMask() & Event::MODKEY_ALT) != 0;
      _wanted.present = ViewerWindow::PresentWanted{alt || (ea.getModKeyMask() & Event::MODKEY_SHIFT) != 0, alt};
    } else {
      return false;
    }
    aa.requestRedraw();
    return true;
  }

private:
  Wanted _wanted;
  const ui::ViewState* const& _state;
};

// While presenting, every key goes to the presentation (ui::presentationKey) before the map's own keys (arrows
// pan, Home fits) and the window's (Esc leaves full screen) see it; F11 and Ctrl+Q still reach the window.
class PresentationKeys : public osgGA::GUIEventHandler {
public:
  explicit PresentationKeys(std::function<bool(int key, bool down)> take) : _take(std::move(take)) {}
  bool handle(const osgGA::GUIEventAdapter& ea, osgGA::GUIActionAdapter& aa, osg::Object*, osg::NodeVisitor*) override {
    using Event = osgGA::GUIEventAdapter;
    const auto type = ea.getEventType();
    if ((type != Event::KEYDOWN && type != Event::KEYUP) || ea.getHandled()) return false;
    if (ea.getKey() == Event::KEY_F11 || (ea.getModKeyMask() & Event::MODKEY_CTRL)) return false;
    if (!_take(ea.getKey(), type == Event::KEYDOWN)) return false;
    aa.requestRedraw();
    return true;
  }

private:
  std::function<bool(int, bool)> _take;
};

// Slides' thumbnails in the Slides panel: the map as drawn, this many pixels wide.
constexpr int kThumbnailWidth = 256;

// The window's icon: the package's (assets/icons/worksmap.png, drawn at build time and installed beside the
// styles); a developer build without it keeps the desktop's default icon.
void setWindowIcon(DesktopWindow& window) {
  const std::filesystem::path file = core::findResourceDir(core::Resource::Assets).path / "icons" / "worksmap.png";
  std::error_code missing;
  if (!std::filesystem::exists(file, missing)) return;
  osg::ref_ptr<osg::Image> image = osgDB::readImageFile(file.string());
  if (!image || image->getPixelFormat() != GL_RGBA || image->getDataType() != GL_UNSIGNED_BYTE) return;
  const int w = image->s(), h = image->t();
  std::vector<unsigned char> rgba(static_cast<std::size_t>(w) * h * 4);
  for (int row = 0; row < h; ++row)  // OSG's rows run from the bottom, the window system's from the top
    std::copy_n(image->data(0, h - 1 - row), w * 4, rgba.begin() + static_cast<std::ptrdiff_t>(row) * w * 4);
  window.setIcon(rgba, w, h);
}

}  // namespace

ViewerWindow::ViewerWindow(const ViewerOptions& options, Streams io)
    : _options(options),
      _io(io),
      _loading(options.sources, io.lang),
      _settings(configDirectory()),
      _noStyle(domain::builtInMapStyle()),
      _failedState(ui::initialViewState(_noCatalog, options.asOf, io.lang)),
      _lastProgress(std::chrono::steady_clock::now() - std::chrono::seconds(1)),
      _fontExtra(options.sources),
      _stateFile(options.stateFile),
      _playClock(options.clockFile.empty() ? steadySeconds() : secondsFromFile(options.clockFile)) {}

ViewerWindow::~ViewerWindow() {
  if (_imgui && _window) _imgui->shutdownRenderer();  // the backend's GL objects, in the window's context
  _imgui.reset();                                     // saves the layout
  _viewer = nullptr;
}

// The window, OSG's viewer drawing into it, and the desk's ImGui layer with its first font.
bool ViewerWindow::open() {
  auto window = DesktopWindow::open(_video, tr(_io.lang, Msg::ViewerWindowTitle, _options.sources.front()));
  if (!window) {
    std::unique_ptr<OpenedMap> map = _loading.take();  // its problems are still worth printing
    _io.err << map->messages;
    if (map->inputs.failure) _loadFailure = map->inputs.failure;
    _io.err << window.error().text(_io.lang) << "\n";
    return false;
  }
  _window = std::move(*window);
  setWindowIcon(*_window);
  _viewer = new osgViewer::Viewer;
  _viewer->setThreadingModel(osgViewer::Viewer::SingleThreaded);  // ImGui and the desk live on this thread
  _viewer->setRunFrameScheme(osgViewer::ViewerBase::ON_DEMAND);
  _viewer->setKeyEventSetsDone(0);  // Esc leaves a mode; it never quits (Ctrl+Q or the close button do)
  _viewer->setQuitEventSetsDone(false);
  osg::Camera& camera = *_viewer->getCamera();
  camera.setGraphicsContext(&_window->graphicsWindow());
  camera.setViewport(0, 0, _window->width(), _window->height());
  camera.setClearColor(kMapBackground);
  camera.setComputeNearFarMode(osg::CullSettings::DO_NOT_COMPUTE_NEAR_FAR);
  camera.setProjectionResizePolicy(osg::Camera::FIXED);  // the controller sets the projection itself
  _viewer->setSceneData(new osg::Group);                 // the map's scene replaces it once loaded

  _scale = deskScale(_window->display());
  _imgui = std::make_unique<ImGuiLayer>([this] { buildDesk(); }, layoutFile(_settings).string());
  _imgui->setClipboard([](const std::string& text) { DesktopWindow::setClipboard(text); },
                       [] { return DesktopWindow::clipboard(); });
  ui::applyDeskStyle(_scale);
  if (auto font = scene::findChineseFont()) _fontSource = {font->path, font->index};
  // The loading window shows the sources' and layers' names: the atlas covers them, and is rebuilt with the
  // data's names once the catalog is there.
  _fontStats = _deskFont.build(_imgui->fonts(), _fontSource, ui::deskFontPixels(_scale), _noCatalog, _fontExtra);
  if (!_fontStats.chinese) _io.err << tr(_io.lang, Msg::UiFontMissing) << "\n";
  _grab = new MapGrab(_imgui->drawCallback(), kThumbnailWidth);
  camera.setPostDrawCallback(_grab);
  _viewer->addEventHandler(_imgui->events());  // first: it marks what lands on a panel as handled
  _viewer->addEventHandler(new PresentationKeys([this](int key, bool down) { return presentationKey(key, down); }));
  _viewer->addEventHandler(new WindowKeys({_fullscreenWanted, _quitRequested, _presentWanted}, _keysState));
  _viewer->realize();
  if (!_viewer->isRealized()) {
    _io.err << tr(_io.lang, Msg::ViewerNoWindow, "the OpenGL context could not be realised") << "\n";
    return false;
  }
  _io.out << tr(_io.lang, Msg::ViewerHelp) << std::endl;
  return true;
}

// The ImGui frame: the desk, the failed load's problems or the loading window.
void ViewerWindow::buildDesk() {
  switch (_phase) {
    case Phase::Desk:
      _session->desk->draw(_session->state, _scale, _session->pointer->pointer());
      _session->drawnWith = screenMapping(_session->controller->camera());
      editSlides();
      // A panel's change (the Period box, a legend entry) shows in the panels drawn before it, and in windows
      // that fit their content, only in the next frames.
      if (_session->sync.apply(_session->state, *_session->map->view, *_session->controller)) _imgui->wantMoreFrames(2);
      break;
    case Phase::Presenting:
      ui::drawPresentationScreen(_presenter->presentation(), _scale, _presenter->notes(Presenter::Clock::now()));
      if (_session->sync.apply(_session->state, *_session->map->view, *_session->controller)) _imgui->wantMoreFrames(2);
      break;
    case Phase::LoadFailed:
      _loadingTargets.clear();
      _failedState.panels.problems = true;  // the only thing to show: it cannot be closed
      _failedLoad->draw(_failedState, ui::DeskContext{_noCatalog, _noStyle, _scale, _loadingTargets});
      break;
    case Phase::Loading:
      _loadingTargets.clear();
      _loadingPanel.draw(_loadingView, _io.lang, _scale, _loadingTargets);
      break;
  }
}

void ViewerWindow::poll() {
  WindowInput input;
  input.closeRequested = [this] { _quitRequested = true; };
  _window->pollEvents(frameWanted() || _warming ? 0 : 8, input);
}

// A frame when OSG has events or a redraw request, the desk wants frames to settle input, or its panels are
// still moving to their places after a resize or a language switch.
bool ViewerWindow::frameWanted() {
  return _viewer->checkNeedToDoFrame() || _imgui->wantsFrame() || (_session && _session->desk->settling()) ||
         (_presenter && _presenter->flying());
}

void ViewerWindow::update() {
  if (_phase == Phase::Loading) {
    if (_loading.finished())
      finishLoading();
    else
      showLoadProgress();
  }
  if (_session && _playClock.step(_session->state)) _viewer->requestRedraw();
  if (_session) drawOffscreenWork();
  if (_session && _session->serverProgress && _session->serverProgress->poll()) _viewer->requestRedraw();
  if (_session) followBasemap();
  if (_session && _session->state.slidesUnsaved) coverSlideText();
  updatePresenting();
  // While the presenter speaks, the next flight's levels of detail are built a few at a time.
  const bool wasWarming = _warming;
  _warming = _presenter && _presenter->warmUp();
  // What it built is uploaded now, between frames, rather than by the flight's first frame that draws it; and
  // the slide is drawn once more when the warm-up ends: the first frame after the uploads costs some 45 ms
  // more than the next on llvmpipe, paid while the presenter speaks rather than by the flight.
  if (_presenter) render::compileGLObjects(_window->graphicsWindow(), _presenter->takeWarmed());
  if (wasWarming && !_warming) _viewer->requestRedraw();
  applyWindowKeys();
}

// Export video (a few frames a turn: app/video_export_job), Export deck or atlas (a map a turn:
// app/page_export_job) and the slides' missing thumbnails (one a turn: app/slide_thumbnailer), each drawn in an
// offscreen GL context of its own, then the window's made current again. Thumbnails are drawn while the Slides
// panel is open, not while presenting or flying: the flight's frames come first.
void ViewerWindow::drawOffscreenWork() {
  const auto restore = [this] { _window->makeCurrent(); };
  if (_session->videoExport->step(_session->state, _session->controller->camera(), restore)) _viewer->requestRedraw();
  if (_session->pageExport->step(_session->state, restore)) _viewer->requestRedraw();
  if (_phase == Phase::Desk && _session->state.panels.slides && !_presenter->flying() &&
      _thumbnailer->step(_session->slides, *_slideEditor, _session->state.lang, _window->width(), _window->height(),
                         restore))
    _viewer->requestRedraw();
}

// F5 in the desk starts presenting, full screen; the presenter's flights go on frame by frame; Esc (the
// presenter stopped) gives the desk back, in the window it had.
void ViewerWindow::updatePresenting() {
  if (_presentWanted && _phase == Phase::Desk) {
    const std::int32_t current = _session->state.slide;
    startPresenting(_presentWanted->fromCurrent && current >= 0 ? static_cast<std::size_t>(current) : 0,
                    _presentWanted->notes);
  }
  if (_presentFrom && _phase == Phase::Desk) startPresenting(*_presentFrom);
  _presentWanted.reset();
  _presentFrom.reset();
  // A slide the map has just landed on, which has no thumbnail yet: the next frame's map is its picture.
  if (_presenter) {
    if (std::optional<std::size_t> landed = _presenter->takeLanded(); landed && !_slideEditor->hasThumbnail(*landed)) {
      _grabFor = *landed;
      _grab->arm();
      _viewer->requestRedraw();
    }
  }
  if (_phase == Phase::Presenting && !_presenter->active()) {
    _phase = Phase::Desk;
    _fullscreenWanted = _fullscreenBeforePresenting;
    _viewer->requestRedraw();
    return;
  }
  // A flight: a presentation's, or the Slides panel's in the desk.
  if (_presenter && _presenter->update(Presenter::Clock::now())) _viewer->requestRedraw();
  // A flight's frames draw the map at a fraction of the window's pixels, from what is built and without labels
  // (MapView::setFlying); the slide it lands on as exported.
  if (_presenter) _session->map->view->setFlying(_presenter->flying());
  // The notes panel's clock goes on by the second.
  if (_phase == Phase::Presenting && _presenter->presentation().notes) {
    const int second = _presenter->notes(Presenter::Clock::now()).elapsedSeconds;
    if (second != std::exchange(_notesSecond, second)) _viewer->requestRedraw();
  }
}

void ViewerWindow::startPresenting(std::size_t first, bool notes) {
  if (!_presenter->start(first, notes)) {
    _session->state.panels.slides = true;  // no slides yet: the panel says how to add them
    _viewer->requestRedraw();
    return;
  }
  _phase = Phase::Presenting;
  _fullscreenBeforePresenting = _fullscreenWanted;
  _fullscreenWanted = true;
  _viewer->requestRedraw();
}

// The Slides panel's requests, in the desk's frame (before the map is drawn: a slide added from the view has
// the map of this very frame as its thumbnail), and the last save's word back to the panel.
void ViewerWindow::editSlides() {
  ui::SlidesPanel& panel = _session->desk->slides();
  std::vector<ui::SlideRequest> requests = panel.takeRequests();
  if (requests.empty()) return;
  const SlideEditor::Outcome outcome = _slideEditor->apply(std::move(requests), Presenter::Clock::now());
  if (outcome.grab && _session->state.slide >= 0) {
    _grabFor = static_cast<std::size_t>(_session->state.slide);
    _grab->arm();
  }
  if (outcome.present) _presentFrom = outcome.present;
  if (!_slideEditor->message().empty()) panel.setSaveMessage(_slideEditor->message(), _slideEditor->failed());
  if (_slideEditor->workspace()) panel.setWorkspace(_slideEditor->workspace()->string());
  _imgui->wantMoreFrames(2);
  _viewer->requestRedraw();
}

// A grabbed map becomes its slide's thumbnail (a GL texture: the window's context is current here).
void ViewerWindow::keepThumbnail() {
  if (std::optional<MapGrab::Picture> picture = _grab->take())
    _slideEditor->setThumbnail(_grabFor, picture->rgba, picture->width, picture->height);
}

bool ViewerWindow::presentationKey(int key, bool down) {
  if (_phase != Phase::Presenting) return false;
  return down ? _presenter->key(key, Presenter::Clock::now()) : true;
}

// A tile-set basemap read for the view in the background: drawn once it is there; tiles that could not be read
// are printed and listed under Problems.
void ViewerWindow::followBasemap() {
  BasemapFollower::Polled polled = _session->map->view->pollBasemap();
  if (polled.shown) _viewer->requestRedraw();
  if (polled.problems.empty()) return;
  printDiagnostics(polled.problems, _io.err, _io.lang, false);
  _session->desk->addProblems(polled.problems);
  _viewer->requestRedraw();
}

// Full screen as asked (F11, Esc), and quitting: at once unless the desk holds unsaved work, which it then
// asks about (the desk sets quitConfirmed, or clears quitAsked on Cancel).
void ViewerWindow::applyWindowKeys() {
  if (_fullscreenWanted != _window->fullscreen()) {
    _window->setFullscreen(_fullscreenWanted);
    _viewer->requestRedraw();
  }
  if (_session && _session->state.quitConfirmed) _quit = true;
  if (!_quitRequested) return;
  _quitRequested = false;
  if (_phase != Phase::Desk || ui::unsavedWork(_session->state).empty()) {
    _quit = true;
    return;
  }
  _session->state.quitAsked = true;
  _viewer->requestRedraw();
}

void ViewerWindow::finishLoading() {
  std::unique_ptr<OpenedMap> map = _loading.take();
  _io.err << map->messages << std::flush;
  if (map->inputs.failure) {
    _loadFailure = map->inputs.failure;
    _failedLoad.emplace(map->inputs.loaded.problems);
    _phase = Phase::LoadFailed;
  } else {
    rememberSources(_settings, _options.sources);
    if (map->view->fontProblem()) _io.err << *map->view->fontProblem() << "\n";
    _window->setTitle(tr(_io.lang, Msg::ViewerWindowTitle, map->inputs.title));
    _session = openDesk(std::move(map), _options, _io.lang, *_viewer);
    _session->framesBefore = _imgui->frames();
    _presenter = std::make_unique<Presenter>(*_session, core::Date::today());
    _slideEditor = std::make_unique<SlideEditor>(*_session, *_presenter, _options.sources);
    _session->thumbnails = [this](std::size_t i) { return _slideEditor->thumbnail(i); };
    _thumbnailer = std::make_unique<SlideThumbnailer>(*_session->map, kThumbnailWidth);
    _keysState = &_session->state;
    // The slides' titles, subtitles and notes are shown in the Slides panel: their characters too.
    for (const domain::Slide& slide : _session->slides)
      _slideFontText.insert(_slideFontText.end(), {slide.title, slide.subtitle, slide.notes});
    rebuildDeskFont();
    _phase = Phase::Desk;
  }
  _viewer->requestRedraw();
}

void ViewerWindow::rebuildDeskFont() {
  _imgui->rebuildFonts([this](ImFontAtlas& atlas) {
    _fontStats = _deskFont.build(atlas, _fontSource, ui::deskFontPixels(_scale), _session->map->inputs.loaded.catalog,
                                 _slideFontText);
  });
}

// Text typed into a slide (a title in Chinese through the input method) may bring characters the desk's font
// lacks: the font is built again with them.
void ViewerWindow::coverSlideText() {
  if (!_session || !_fontStats.chinese) return;
  const auto at = static_cast<std::size_t>(_session->state.slide);
  if (at >= _session->slides.size()) return;
  const domain::Slide& slide = _session->slides[at];
  const std::string text = slide.title + slide.subtitle + slide.notes;
  ImFontAtlas& atlas = _imgui->fonts();
  if (atlas.Fonts.empty() || ui::fontCovers(*atlas.Fonts[0], text)) return;
  _slideFontText.push_back(text);
  rebuildDeskFont();
  _viewer->requestRedraw();
}

// While loading: a frame when the progress changed, at most every 100 ms.
void ViewerWindow::showLoadProgress() {
  const auto now = std::chrono::steady_clock::now();
  if (now - _lastProgress < std::chrono::milliseconds(100)) return;
  _lastProgress = now;
  _loadingView = _loading.progress();
  // A layer name with characters the atlas lacks (a Chinese file name): rebuilt once more, with it.
  ImFontAtlas& atlas = _imgui->fonts();
  ImFont* font = atlas.Fonts.empty() ? nullptr : atlas.Fonts[0];
  for (const ui::LayerLoad& layer : _loadingView.layers)
    if (font && _fontStats.chinese && !ui::fontCovers(*font, layer.name) &&
        std::find(_fontExtra.begin(), _fontExtra.end(), layer.name) == _fontExtra.end()) {
      _fontExtra.push_back(layer.name);
      _imgui->rebuildFonts([this](ImFontAtlas& rebuilt) {
        _fontStats = _deskFont.build(rebuilt, _fontSource, ui::deskFontPixels(_scale), _noCatalog, _fontExtra);
      });
      break;
    }
  _viewer->requestRedraw();
}

// One frame of the map and the desk, shown; false when the map's shaders did not link.
bool ViewerWindow::draw() {
  const auto frameStart = std::chrono::steady_clock::now();
  _viewer->frame();
  _window->swapBuffers();
  if (_slideEditor) keepThumbnail();
  _frameMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - frameStart).count();
  updateTextInput();
  if (_session && !_programChecked) {
    _programChecked = true;
    if (auto linked = _session->map->view->checkProgram(*_window->graphicsWindow().getState()); !linked) {
      _io.err << tr(_io.lang, Msg::CliRenderFailed, linked.error().text(_io.lang)) << "\n";
      return false;
    }
    // After the map's first frame, so that neither slows its opening; ready before most first zoom-ins and
    // clicks.
    _session->map->view->prepareLabelsInBackground();
    _session->pointer->buildIndex();
  }
  // The desk's frame comes before the controller's last step of a 2D/3D switch: the measured shape, drawn with
  // the camera before that step, gets one more frame to catch up with the map.
  if (_session && !_session->state.measure.points.empty() &&
      screenMapping(_session->controller->camera()) != _session->drawnWith)
    _viewer->requestRedraw();
  return true;
}

// The input method composes only while a text field has the focus, its candidates at the caret.
void ViewerWindow::updateTextInput() {
  if (std::optional<ImGuiLayer::TextCaret> caret = _imgui->textCaret())
    _window->setTextInput(true, caret->x, caret->y, caret->lineHeight);
  else
    _window->setTextInput(false);
}

void ViewerWindow::report() {
  if (!_stateFile.enabled()) return;
  WindowFacts facts{_window->title(), {}, _window->fullscreen(), _imgui->textCaret().has_value(), _window->width(),
                    _window->height()};
  const DisplayGeometry on = _window->display();
  facts.displays.push_back(fmt::format("{} {} {} {}", on.x, on.y, on.width, on.height));
  for (const DisplayGeometry& d : _window->displays())
    if (d.x != on.x || d.y != on.y) facts.displays.push_back(fmt::format("{} {} {} {}", d.x, d.y, d.width, d.height));
  if (!_session) {
    _stateFile.writeLine(_failedLoad ? failedLoadLine(_failedLoad->actionable(), _imgui->frames())
                                     : loadingLine(_loadingView, _imgui->frames()));
    return;
  }
  const Loaded& loaded = _session->map->inputs.loaded;
  ViewerSnapshot snapshot{_session->controller->camera(),
                          _session->state,
                          &_session->desk->targets(),
                          &_fontStats,
                          _imgui->frames() - _session->framesBefore,  // the desk's frames: its layout settles in two
                          _session->desk.get(),
                          &loaded.catalog,
                          std::nullopt,
                          _session->map->view->scene().selectedProject(),
                          _frameMs,
                          _imgui->deskMs(),
                          facts};
  snapshot.windowAppearing = _imgui->windowAppeared();
  snapshot.playSeconds = _playClock.lastSeconds();
  if (_phase == Phase::Presenting) {
    const ui::Presentation& p = _presenter->presentation();
    const char* screen = p.screen == ui::Presentation::Screen::Black   ? "black"
                         : p.screen == ui::Presentation::Screen::White ? "white"
                                                                       : "slide";
    snapshot.presentation = ViewerSnapshot::PresentationFacts{p.slide + 1, screen, p.typed, p.notes};
  }
  ViewerSnapshot::SlideFacts slides{_session->slides.size(), 0, _presenter->flying(), {}, 0, -1};
  if (const auto at = static_cast<std::size_t>(_session->state.slide); at < _session->slides.size())
    slides.title = _session->slides[at].title;
  for (std::size_t i = 0; i < _session->slides.size(); ++i) {
    slides.thumbnails += _slideEditor->hasThumbnail(i) ? 1 : 0;
    slides.thumbnailsCurrent += _slideEditor->thumbnailCurrent(i) ? 1 : 0;
    if (std::optional<double> spread = _slideEditor->thumbnailSpread(i))
      slides.thumbnailSpreadMin =
          slides.thumbnailSpreadMin < 0 ? *spread : std::min(slides.thumbnailSpreadMin, *spread);
  }
  snapshot.slides = slides;
  if (const BasemapFollower* basemap = _session->map->view->basemap())
    snapshot.basemap = ViewerSnapshot::BasemapFacts{basemap->imagesShown(), basemap->lastZoom(), basemap->busy()};
  if (_session->probe >= 0) {
    snapshot.probe = ViewerSnapshot::Probe{_session->probe};
    if (auto at = _session->pointer->clickPixelOf(static_cast<std::uint32_t>(_session->probe)))
      snapshot.probe->x = at->x(), snapshot.probe->y = at->y();
  }
  _stateFile.write(snapshot);
}

ExitCode ViewerWindow::run() {
  if (!open()) return _loadFailure.value_or(ExitCode::OutputFailed);
  while (!_quit) {
    poll();
    update();
    if (_quit) break;
    if (!frameWanted()) continue;
    if (!draw()) return ExitCode::OutputFailed;
    report();
  }
  if (_loadFailure) return *_loadFailure;
  return _session && _session->map->inputs.loaded.anyUnreadable ? ExitCode::InputUnreadable : ExitCode::Ok;
}

}  // namespace wm::app
