// `worksmap [SOURCE...]`: the map in a window. The same MapScene, shaders and overlay as `worksmap render`; the
// window adds the planner's desk (ImGui panels editing a ui::ViewState, app/imgui_layer), a MapController (pan,
// zoom, 2D/3D) and redraws only when something changed. The window opens at once: the sources are read and the
// scene is built on a worker thread (app/map_loading) while the window shows a progress bar per layer.
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <cstdlib>
#include <functional>
#include <memory>
#include <optional>
#include <string_view>
#include <ostream>
#include <thread>

#include <osg/GraphicsContext>
#include <osgGA/GUIEventAdapter>
#include <osgViewer/GraphicsWindow>
#include <osgViewer/Viewer>

#include "app/commands.hpp"
#include "app/geodesic_measure.hpp"
#include "app/imgui_layer.hpp"
#include "app/load_sources.hpp"
#include "app/map_loading.hpp"
#include "app/map_pointer.hpp"
#include "app/map_view.hpp"
#include "app/state_file.hpp"
#include "app/user_settings.hpp"
#include "app/view_state_sync.hpp"
#include "geo/transformer.hpp"
#include "render/map_controller.hpp"
#include "report/report_writer.hpp"
#include "scene/font_finder.hpp"
#include "scene/map_overlay.hpp"
#include "scene/shader_program.hpp"
#include "ui/desk.hpp"
#include "ui/desk_font.hpp"
#include "ui/loading_panel.hpp"
#include "ui/playback.hpp"
#include "ui/problems_panel.hpp"
#include "ui/screen_scale.hpp"

namespace wm::app {
namespace {

using core::Msg;
using core::tr;

// A window of up to 1600 × 1000 pixels that fits on the screen with a margin; `screenW`/`screenH` get the
// screen's size (0 when unknown).
// `lastTry`: accept an unknown screen size (a window of 1280 × 800) rather than take it as a refused connection.
osg::ref_ptr<osg::GraphicsContext> tryOpenWindow(const std::string& title, unsigned& screenW, unsigned& screenH,
                                                 bool lastTry) {
  osg::ref_ptr<osg::GraphicsContext::Traits> traits = new osg::GraphicsContext::Traits;
  traits->readDISPLAY();                             // the default is :0.0; DISPLAY names the user's (or Xvfb's) screen
  if (traits->screenNum < 0) traits->screenNum = 0;  // DISPLAY=":99" names no screen
  screenW = 0, screenH = 0;
  if (auto* windowing = osg::GraphicsContext::getWindowingSystemInterface())
    windowing->getScreenResolution(*traits, screenW, screenH);
  if (screenW == 0 || screenH == 0) {
    if (!lastTry) return nullptr;
    screenW = 1360, screenH = 880;  // unknown: a window of 1280 × 800
  }
  traits->x = 40;
  traits->y = 40;
  traits->width = static_cast<int>(std::min(1600u, std::max(screenW, 400u) - 80));
  traits->height = static_cast<int>(std::min(1000u, std::max(screenH, 300u) - 80));
  traits->windowDecoration = true;
  traits->doubleBuffer = true;
  traits->depth = 24;
  traits->samples = 4;  // smooth line edges where the driver offers multisampling
  traits->windowName = title;
  return osg::GraphicsContext::createGraphicsContext(traits.get());
}

// A busy X server (an Xvfb on a loaded machine) now and then refuses a connection that a moment later it
// accepts (measured here: a fifth of XOpenDisplay calls in a tight loop): a few tries before giving up.
osg::ref_ptr<osg::GraphicsContext> openWindow(const std::string& title, unsigned& screenW, unsigned& screenH) {
  for (int attempt = 0; attempt < 5; ++attempt) {
    if (attempt > 0) std::this_thread::sleep_for(std::chrono::milliseconds(200));
    if (osg::ref_ptr<osg::GraphicsContext> gc = tryOpenWindow(title, screenW, screenH, attempt == 4)) return gc;
  }
  return nullptr;
}

// [ and ] step the as-of date by a month (in the view state, which the desk's frame applies as a uniform); in
// period mode they move the whole period by a month.
class AsOfKeys : public osgGA::GUIEventHandler {
public:
  explicit AsOfKeys(ui::ViewState& state) : _state(state) {}
  bool handle(const osgGA::GUIEventAdapter& ea, osgGA::GUIActionAdapter& aa, osg::Object*, osg::NodeVisitor*) override {
    if (ea.getEventType() != osgGA::GUIEventAdapter::KEYDOWN || ea.getHandled()) return false;
    int step = ea.getKey() == '[' ? -1 : ea.getKey() == ']' ? 1 : 0;
    if (step == 0) return false;
    if (_state.periodMode)  // the as-of date is not shown in period mode: the period moves instead
      _state.showPeriod(core::addMonths(_state.periodFrom, step), core::addMonths(_state.periodTo, step));
    else
      _state.asOf = core::addMonths(_state.asOf, step);
    aa.requestRedraw();
    return true;
  }

private:
  ui::ViewState& _state;
};

// While the Timeline plays, the loop (which otherwise draws only on input) asks for frames, at most one per
// kMinInterval, and before each moves the date on by the real time since the last (ui::advancePlay, which
// counts at most a quarter of a second of it).
class PlayClock {
public:
  static constexpr std::chrono::milliseconds kMinInterval{16};
  /// Whether a frame is wanted now (the date may have moved on).
  bool step(ui::ViewState& state) {
    if (!state.playing) {
      _running = false;
      return false;
    }
    const auto now = std::chrono::steady_clock::now();
    if (_running && now - _last < kMinInterval) return false;
    const double elapsed = _running ? std::chrono::duration<double>(now - _last).count() : 0.0;
    _running = true;
    _last = now;
    ui::advancePlay(state, elapsed);
    return true;
  }

private:
  bool _running = false;                        ///< playing in the last step (else _last is stale)
  std::chrono::steady_clock::time_point _last;  ///< when the date last moved on
};

// The desk's scale from the screen, or WORKSMAP_UI_SCALE.
float deskScale(unsigned screenW, unsigned screenH) {
  const char* forced = std::getenv("WORKSMAP_UI_SCALE");
  return ui::screenScale(screenW, screenH,
                         forced ? std::optional<std::string_view>(forced) : std::optional<std::string_view>());
}

void setUpCamera(osg::Camera& camera, osg::GraphicsContext& gc) {
  camera.setGraphicsContext(&gc);
  camera.setViewport(0, 0, gc.getTraits()->width, gc.getTraits()->height);
  camera.setClearColor(kMapBackground);
  camera.setComputeNearFarMode(osg::CullSettings::DO_NOT_COMPUTE_NEAR_FAR);
  camera.setProjectionResizePolicy(osg::Camera::FIXED);  // the controller sets the projection itself
}

// What the desk needs from modules ui does not depend on: the report's writers, working CRS → lon/lat through
// one PROJ transformer built here (none when PROJ cannot build it: the status bar then omits lon/lat), and the
// Measure panel's geodesic figures (none without a valid working CRS: the panel shows planar ones).
ui::DeskServices deskServices(const domain::Catalog& catalog, core::Diagnostics problems) {
  ui::DeskServices services;
  services.problems = std::move(problems);
  services.measureGeodesic = geodesicMeasure(catalog.workingCrs);
  services.writers.csv = [](const analysis::ProgressTable& t) { return report::writeCsv(t); };
  services.writers.markdown = [](const analysis::ProgressTable& t, core::Lang lang) {
    return report::writeMarkdown(t, lang);
  };
  const geo::Crs& crs = catalog.workingCrs;
  services.crsName = crs.label() == crs.name() || crs.name().empty() ? crs.label() : crs.label() + " " + crs.name();
  if (!crs.valid()) return services;
  auto made = geo::Transformer::create(crs.definition(), geo::Crs::cgcs2000Geographic().definition());
  if (!made) return services;
  auto transformer = std::make_shared<geo::Transformer>(std::move(*made));
  services.toLonLat = [transformer](double x, double y) -> std::optional<ui::LonLat> {
    if (transformer->transform(&x, &y, 1) != 1) return std::nullopt;
    return ui::LonLat{x, y};
  };
  return services;
}

// The first project named `name` (the GUI test's probe); -1 when none.
std::int64_t projectNamed(const domain::Catalog& catalog, const std::string& name) {
  for (std::size_t i = 0; i < catalog.projects.size(); ++i)
    if (catalog.projects[i].name == name) return static_cast<std::int64_t>(i);
  return -1;
}

// Everything the window has once the map is loaded: the desk, the map's controller and the pointer's picking.
struct DeskSession {
  std::unique_ptr<OpenedMap> map;
  ui::ViewState state;
  osg::ref_ptr<render::MapController> controller;
  std::unique_ptr<ui::Desk> desk;
  ViewStateSync sync;
  osg::ref_ptr<MapPointer> pointer;
  std::int64_t probe = -1;  ///< the state file's probe project (--state-probe), -1: none
  std::uint64_t framesBefore = 0;  ///< ImGui frames drawn before the desk (the loading window's)
  osg::Matrixd drawnWith;   ///< the camera (screenMapping) of the desk's last frame, which drew the measured shape
};

// Where the camera puts ground points in the window: what the measured shape's drawing depends on.
osg::Matrixd screenMapping(const render::MapCamera& camera) {
  return camera.viewMatrix() * camera.projectionMatrix();
}

// The window once the worker has built the map: the scene shown, the desk and its handlers added, the desk's
// font rebuilt with the data's names.
std::unique_ptr<DeskSession> openDesk(std::unique_ptr<OpenedMap> map, const ViewerOptions& options, core::Lang lang,
                                      osgViewer::Viewer& viewer) {
  auto session = std::make_unique<DeskSession>();
  session->map = std::move(map);
  MapView& view = *session->map->view;
  const Loaded& loaded = session->map->inputs.loaded;
  view.setAsOf(options.asOf);
  view.setViewButton(true);
  session->state = ui::initialViewState(loaded.catalog, options.asOf, lang);
  // Errors (a layer that could not be read, a source missing) open the Problems panel; warnings are counted on
  // the toolbar's button.
  session->state.panels.problems = loaded.problems.count(core::Severity::Error) > 0;
  osg::Camera& camera = *viewer.getCamera();
  camera.getOrCreateStateSet()->addUniform(view.viewportUniform());
  session->controller = new render::MapController(
      view.homeExtent(), view.viewportUniform(), [&view](const render::MapCamera& c) { view.cameraChanged(c); });
  session->controller->setViewButton([](int w, int h) {
    scene::OverlayRect r = scene::viewButtonRect(w, h);
    return render::PixelRect{r.x0, r.y0, r.x1, r.y1};
  });
  session->controller->setGround([&view](double x, double y) { return view.groundHeight(x, y); });
  session->pointer =
      new MapPointer(loaded.catalog, view.scene().origin(), session->controller->camera(), session->state);
  ui::DeskServices services = deskServices(loaded.catalog, loaded.problems);
  // The session holds the pointer as long as the desk; the desk calls this only while it draws a frame.
  services.toWindow = [pointer = session->pointer.get()](double x, double y) -> std::optional<ui::WindowPoint> {
    std::optional<osg::Vec2d> px = pointer->windowPixelOf(x, y);
    if (!px) return std::nullopt;
    return ui::WindowPoint{static_cast<float>(px->x()), static_cast<float>(px->y())};
  };
  session->desk = std::make_unique<ui::Desk>(loaded.catalog, loaded.style, std::move(services));
  viewer.setSceneData(view.root());
  viewer.addEventHandler(session->pointer.get());  // before the controller, which marks the presses it pans with
  viewer.addEventHandler(session->controller.get());
  viewer.addEventHandler(new AsOfKeys(session->state));
  session->probe = options.stateProbe.empty() ? -1 : projectNamed(loaded.catalog, options.stateProbe);
  return session;
}

}  // namespace

ExitCode runViewer(const ViewerOptions& options, Streams io) {
  // The load starts at once, on a worker thread; the window opens meanwhile and shows its progress.
  MapLoading loading(options.sources, io.lang);
  const std::filesystem::path settings = configDirectory();
  unsigned screenW = 0, screenH = 0;
  osg::ref_ptr<osg::GraphicsContext> gc =
      openWindow(tr(io.lang, Msg::ViewerWindowTitle, options.sources.front()), screenW, screenH);
  if (!gc) {
    std::unique_ptr<OpenedMap> map = loading.take();  // its problems are still worth printing
    io.err << map->messages;
    if (map->inputs.failure) return *map->inputs.failure;
    io.err << tr(io.lang, Msg::ViewerNoWindow, "no X display? (DISPLAY is not set or cannot be opened)") << "\n";
    return ExitCode::OutputFailed;
  }
  osgViewer::Viewer viewer;
  viewer.setThreadingModel(osgViewer::Viewer::SingleThreaded);  // ImGui and the desk live on this thread
  viewer.setRunFrameScheme(osgViewer::ViewerBase::ON_DEMAND);
  setUpCamera(*viewer.getCamera(), *gc);
  viewer.setSceneData(new osg::Group);  // the map's scene replaces it once loaded

  // Until the map is loaded the desk is the loading window (a bar per layer); after a load that found nothing
  // to draw, the Problems panel saying why.
  const float scale = deskScale(screenW, screenH);
  std::unique_ptr<DeskSession> session;
  ui::LoadingView loadingView;
  ui::LoadingPanel loadingPanel;
  ui::ClickTargets loadingTargets;
  const domain::Catalog noCatalog;
  const domain::MapStyle noStyle = domain::builtInMapStyle();
  std::optional<ui::ProblemsPanel> failedLoad;
  ui::ViewState failedState = ui::initialViewState(noCatalog, options.asOf, io.lang);
  ImGuiLayer imgui(
      [&] {
        if (session) {
          session->desk->draw(session->state, scale, session->pointer->pointer());
          session->drawnWith = screenMapping(session->controller->camera());
          // A panel's change (the Period box, a legend entry) shows in the panels drawn before it, and in
          // windows that fit their content, only in the next frames.
          if (session->sync.apply(session->state, *session->map->view, *session->controller)) imgui.wantMoreFrames(2);
        } else if (failedLoad) {
          loadingTargets.clear();
          failedState.panels.problems = true;  // the only thing to show: it cannot be closed
          failedLoad->draw(failedState, ui::DeskContext{noCatalog, noStyle, scale, loadingTargets});
        } else {
          loadingTargets.clear();
          loadingPanel.draw(loadingView, io.lang, scale, loadingTargets);
        }
      },
      layoutFile(settings).string());
  ui::applyDeskStyle(scale);
  ui::DeskFont deskFont;
  ui::FontSource fontSource;
  if (auto font = scene::findChineseFont()) fontSource = {font->path, font->index};
  // The loading window shows the sources' and layers' names: the atlas covers them, and is rebuilt with the
  // data's names once the catalog is there.
  std::vector<std::string> fontExtra = options.sources;
  ui::DeskFontStats fontStats =
      deskFont.build(imgui.fonts(), fontSource, ui::deskFontPixels(scale), noCatalog, fontExtra);
  if (!fontStats.chinese) io.err << tr(io.lang, Msg::UiFontMissing) << "\n";
  viewer.getCamera()->setPostDrawCallback(imgui.drawCallback());
  viewer.addEventHandler(imgui.events());  // first: it marks what lands on a panel as handled

  viewer.realize();
  if (!viewer.isRealized()) {
    io.err << tr(io.lang, Msg::ViewerNoWindow, "the OpenGL context could not be realised") << "\n";
    return ExitCode::OutputFailed;
  }
  io.out << tr(io.lang, Msg::ViewerHelp) << std::endl;
  StateFile stateFile(options.stateFile);
  double frameMs = -1;  // the last frame's wall time, for the state file
  std::optional<ExitCode> loadFailure;
  auto report = [&] {
    if (!session) {
      stateFile.writeLine(failedLoad ? failedLoadLine(failedLoad->actionable(), imgui.frames())
                                     : loadingLine(loadingView, imgui.frames()));
      return;
    }
    const Loaded& loaded = session->map->inputs.loaded;
    ViewerSnapshot snapshot{session->controller->camera(),
                            session->state,
                            &session->desk->targets(),
                            &fontStats,
                            imgui.frames() - session->framesBefore,  // the desk's frames: its layout settles in two
                            session->desk.get(),
                            &loaded.catalog,
                            std::nullopt,
                            session->map->view->scene().selectedProject(),
                            frameMs,
                            imgui.deskMs()};
    if (session->probe >= 0) {
      snapshot.probe = ViewerSnapshot::Probe{session->probe};
      if (auto at = session->pointer->clickPixelOf(static_cast<std::uint32_t>(session->probe)))
        snapshot.probe->x = at->x(), snapshot.probe->y = at->y();
    }
    stateFile.write(snapshot);
  };
  // While loading: a frame when the progress changed, at most every 100 ms.
  auto lastProgress = std::chrono::steady_clock::now() - std::chrono::seconds(1);
  auto loadingStep = [&] {
    if (loading.finished()) {
      std::unique_ptr<OpenedMap> map = loading.take();
      io.err << map->messages << std::flush;
      if (map->inputs.failure) {
        loadFailure = map->inputs.failure;
        failedLoad.emplace(map->inputs.loaded.problems);
      } else {
        rememberSources(settings, options.sources);
        if (map->view->fontProblem()) io.err << *map->view->fontProblem() << "\n";
        if (map->inputs.title != options.sources.front())
          if (auto* window = dynamic_cast<osgViewer::GraphicsWindow*>(gc.get()))
            window->setWindowName(tr(io.lang, Msg::ViewerWindowTitle, map->inputs.title));
        session = openDesk(std::move(map), options, io.lang, viewer);
        session->framesBefore = imgui.frames();
        const domain::Catalog& catalog = session->map->inputs.loaded.catalog;
        imgui.rebuildFonts([&, &catalog = catalog](ImFontAtlas& atlas) {
          fontStats = deskFont.build(atlas, fontSource, ui::deskFontPixels(scale), catalog);
        });
      }
      viewer.requestRedraw();
      return;
    }
    const auto now = std::chrono::steady_clock::now();
    if (now - lastProgress < std::chrono::milliseconds(100)) return;
    lastProgress = now;
    loadingView = loading.progress();
    // A layer name with characters the atlas lacks (a Chinese file name): rebuilt once more, with it.
    for (const ui::LayerLoad& layer : loadingView.layers)
      if (ImFont* font = imgui.fonts().Fonts.empty() ? nullptr : imgui.fonts().Fonts[0];
          font && fontStats.chinese && !ui::fontCovers(*font, layer.name) &&
          std::find(fontExtra.begin(), fontExtra.end(), layer.name) == fontExtra.end()) {
        fontExtra.push_back(layer.name);
        imgui.rebuildFonts([&](ImFontAtlas& atlas) {
          fontStats = deskFont.build(atlas, fontSource, ui::deskFontPixels(scale), noCatalog, fontExtra);
        });
        break;
      }
    viewer.requestRedraw();
  };
  bool programChecked = false;
  PlayClock playClock;
  while (!viewer.done()) {
    if (!session && !failedLoad) loadingStep();
    if (session && playClock.step(session->state)) viewer.requestRedraw();
    // Esc closes the window, except while measuring: there it clears the shape first (app/map_pointer). osgViewer
    // checks this key before any handler sees the event, so it is switched here, between frames.
    viewer.setKeyEventSetsDone(session && session->state.measuring() ? 0 : osgGA::GUIEventAdapter::KEY_Escape);
    if (viewer.checkNeedToDoFrame() || imgui.wantsFrame()) {
      const auto frameStart = std::chrono::steady_clock::now();
      viewer.frame();
      frameMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - frameStart).count();
      if (session && !programChecked) {
        programChecked = true;
        if (auto linked = session->map->view->checkProgram(*gc->getState()); !linked) {
          io.err << tr(io.lang, Msg::CliRenderFailed, linked.error().message) << "\n";
          return ExitCode::OutputFailed;
        }
        // After the map's first frame, so that neither slows its opening; ready before most first zoom-ins
        // and clicks.
        session->map->view->prepareLabelsInBackground();
        session->pointer->buildIndex();
      }
      report();
      // The desk's frame comes before the controller's last step of a 2D/3D switch: the measured shape, drawn
      // with the camera before that step, gets one more frame to catch up with the map.
      if (session && !session->state.measure.points.empty() &&
          screenMapping(session->controller->camera()) != session->drawnWith)
        viewer.requestRedraw();
    } else {
      std::this_thread::sleep_for(std::chrono::milliseconds(8));
    }
  }
  gc->makeCurrent();  // the backend's GL objects are freed in the window's context
  imgui.shutdownRenderer();
  gc->releaseContext();
  if (loadFailure) return *loadFailure;
  return session && session->map->inputs.loaded.anyUnreadable ? ExitCode::InputUnreadable : ExitCode::Ok;
}

}  // namespace wm::app
