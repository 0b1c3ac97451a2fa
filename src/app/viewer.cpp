// `worksmap [SOURCE...]`: the map in a window. The same MapScene, shaders and overlay as `worksmap render`; the
// window adds the planner's desk (ImGui panels editing a ui::ViewState, app/imgui_layer), a MapController (pan,
// zoom, 2D/3D) and redraws only when something changed.
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <cstdlib>
#include <functional>
#include <optional>
#include <string_view>
#include <ostream>
#include <thread>

#include <osg/GraphicsContext>
#include <osgViewer/Viewer>

#include "app/commands.hpp"
#include "app/imgui_layer.hpp"
#include "app/load_sources.hpp"
#include "app/map_pointer.hpp"
#include "app/map_view.hpp"
#include "app/state_file.hpp"
#include "app/user_settings.hpp"
#include "app/view_state_sync.hpp"
#include "geo/transformer.hpp"
#include "render/map_controller.hpp"
#include "report/report_writer.hpp"
#include "scene/map_overlay.hpp"
#include "scene/shader_program.hpp"
#include "ui/desk.hpp"
#include "ui/desk_font.hpp"
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

// [ and ] step the as-of date by a month (in the view state, which the desk's frame applies as a uniform).
class AsOfKeys : public osgGA::GUIEventHandler {
public:
  explicit AsOfKeys(ui::ViewState& state) : _state(state) {}
  bool handle(const osgGA::GUIEventAdapter& ea, osgGA::GUIActionAdapter& aa, osg::Object*, osg::NodeVisitor*) override {
    if (ea.getEventType() != osgGA::GUIEventAdapter::KEYDOWN || ea.getHandled()) return false;
    int step = ea.getKey() == '[' ? -1 : ea.getKey() == ']' ? 1 : 0;
    if (step == 0) return false;
    _state.asOf = core::addMonths(_state.asOf, step);
    aa.requestRedraw();
    return true;
  }

private:
  ui::ViewState& _state;
};

// The desk's scale from the screen, or WORKSMAP_UI_SCALE.
float deskScale(unsigned screenW, unsigned screenH) {
  const char* forced = std::getenv("WORKSMAP_UI_SCALE");
  return ui::screenScale(screenW, screenH,
                         forced ? std::optional<std::string_view>(forced) : std::optional<std::string_view>());
}

void setUpCamera(osg::Camera& camera, osg::GraphicsContext& gc, MapView& view) {
  camera.setGraphicsContext(&gc);
  camera.setViewport(0, 0, gc.getTraits()->width, gc.getTraits()->height);
  camera.setClearColor(kMapBackground);
  camera.setComputeNearFarMode(osg::CullSettings::DO_NOT_COMPUTE_NEAR_FAR);
  camera.setProjectionResizePolicy(osg::Camera::FIXED);  // the controller sets the projection itself
  camera.getOrCreateStateSet()->addUniform(view.viewportUniform());
}

// What the desk needs from modules ui does not depend on: the report's writers, and working CRS → lon/lat
// through one PROJ transformer built here (none when PROJ cannot build it: the status bar then omits lon/lat).
ui::DeskServices deskServices(const domain::Catalog& catalog) {
  ui::DeskServices services;
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

}  // namespace

ExitCode runViewer(const ViewerOptions& options, Streams io) {
  MapInputs in = prepareMap(options.sources, io);
  if (in.failure) return *in.failure;
  const Loaded& loaded = in.loaded;
  const std::filesystem::path settings = configDirectory();
  rememberSources(settings, options.sources);
  MapView view(loaded.catalog, loaded.style, in.title, io.lang, in.program.get(), in.terrainProgram.get());
  view.setAsOf(options.asOf);
  view.setViewButton(true);
  if (view.fontProblem()) io.err << *view.fontProblem() << "\n";
  ui::ViewState state = ui::initialViewState(loaded.catalog, options.asOf, io.lang);

  unsigned screenW = 0, screenH = 0;
  osg::ref_ptr<osg::GraphicsContext> gc = openWindow(tr(io.lang, Msg::ViewerWindowTitle, in.title), screenW, screenH);
  if (!gc) {
    io.err << tr(io.lang, Msg::ViewerNoWindow, "no X display? (DISPLAY is not set or cannot be opened)") << "\n";
    return ExitCode::OutputFailed;
  }
  osgViewer::Viewer viewer;
  viewer.setThreadingModel(osgViewer::Viewer::SingleThreaded);  // ImGui and the desk live on this thread
  viewer.setRunFrameScheme(osgViewer::ViewerBase::ON_DEMAND);
  setUpCamera(*viewer.getCamera(), *gc, view);
  viewer.setSceneData(view.root());

  osg::ref_ptr<render::MapController> controller = new render::MapController(
      view.homeExtent(), view.viewportUniform(), [&](const render::MapCamera& c) { view.cameraChanged(c); });
  controller->setViewButton([](int w, int h) {
    scene::OverlayRect r = scene::viewButtonRect(w, h);
    return render::PixelRect{r.x0, r.y0, r.x1, r.y1};
  });
  controller->setGround([&view](double x, double y) { return view.groundHeight(x, y); });

  // The desk: built every frame in the event traversal, applied to the map before the cull.
  const float scale = deskScale(screenW, screenH);
  ui::Desk desk(loaded.catalog, loaded.style, deskServices(loaded.catalog));
  ViewStateSync sync;
  osg::ref_ptr<MapPointer> pointer = new MapPointer(loaded.catalog, view.scene().origin(), controller->camera(), state);
  ImGuiLayer imgui(
      [&] {
        desk.draw(state, scale, pointer->pointer());
        sync.apply(state, view, *controller);
      },
      layoutFile(settings).string());
  ui::applyDeskStyle(scale);
  ui::DeskFont deskFont;
  ui::FontSource fontSource;
  if (view.font()) fontSource = {view.font()->path, view.font()->index};
  const ui::DeskFontStats fontStats =
      deskFont.build(imgui.fonts(), fontSource, ui::deskFontPixels(scale), loaded.catalog);
  if (!fontStats.chinese) io.err << tr(io.lang, Msg::UiFontMissing) << "\n";
  viewer.getCamera()->setPostDrawCallback(imgui.drawCallback());
  viewer.addEventHandler(imgui.events());  // first: it marks what lands on a panel as handled
  viewer.addEventHandler(pointer.get());   // before the controller, which marks the presses it pans with
  viewer.addEventHandler(controller.get());
  viewer.addEventHandler(new AsOfKeys(state));

  viewer.realize();
  if (!viewer.isRealized()) {
    io.err << tr(io.lang, Msg::ViewerNoWindow, "the OpenGL context could not be realised") << "\n";
    return ExitCode::OutputFailed;
  }
  io.out << tr(io.lang, Msg::ViewerHelp) << std::endl;
  viewer.frame();
  if (auto linked = view.checkProgram(*gc->getState()); !linked) {
    io.err << tr(io.lang, Msg::CliRenderFailed, linked.error().message) << "\n";
    return ExitCode::OutputFailed;
  }
  // After the first frame, so the thread does not slow the window's opening; ready before most first zoom-ins.
  view.prepareLabelsInBackground();
  pointer->buildIndex();
  StateFile stateFile(options.stateFile);
  const std::int64_t probe = options.stateProbe.empty() ? -1 : projectNamed(loaded.catalog, options.stateProbe);
  auto report = [&] {
    ViewerSnapshot snapshot{controller->camera(), state,          &desk.targets(),
                            &fontStats,           imgui.frames(), &desk,
                            &loaded.catalog,      std::nullopt,   view.scene().selectedProject()};
    if (probe >= 0) {
      snapshot.probe = ViewerSnapshot::Probe{probe};
      if (auto at = pointer->clickPixelOf(static_cast<std::uint32_t>(probe)))
        snapshot.probe->x = at->x(), snapshot.probe->y = at->y();
    }
    stateFile.write(snapshot);
  };
  report();
  while (!viewer.done()) {
    if (viewer.checkNeedToDoFrame() || imgui.wantsFrame()) {
      viewer.frame();
      report();
    } else {
      std::this_thread::sleep_for(std::chrono::milliseconds(8));
    }
  }
  gc->makeCurrent();  // the backend's GL objects are freed in the window's context
  imgui.shutdownRenderer();
  gc->releaseContext();
  return loaded.anyUnreadable ? ExitCode::InputUnreadable : ExitCode::Ok;
}

}  // namespace wm::app
