// `worksmap [SOURCE...]`: the map in a window. The same MapScene, shaders and overlay as `worksmap render`; the
// window adds a MapController (pan, zoom, 2D/3D) and redraws only when something changed.
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <ostream>
#include <thread>

#include <fmt/format.h>
#include <osg/GraphicsContext>
#include <osgViewer/Viewer>

#include "app/commands.hpp"
#include "app/load_sources.hpp"
#include "app/map_view.hpp"
#include "render/map_controller.hpp"
#include "scene/map_overlay.hpp"
#include "scene/shader_program.hpp"

namespace wm::app {
namespace {

using core::Msg;
using core::tr;

// A window of up to 1600 × 1000 pixels that fits on the screen with a margin.
osg::ref_ptr<osg::GraphicsContext> openWindow(const std::string& title) {
  osg::ref_ptr<osg::GraphicsContext::Traits> traits = new osg::GraphicsContext::Traits;
  traits->readDISPLAY();                             // the default is :0.0; DISPLAY names the user's (or Xvfb's) screen
  if (traits->screenNum < 0) traits->screenNum = 0;  // DISPLAY=":99" names no screen
  unsigned screenW = 0, screenH = 0;
  if (auto* windowing = osg::GraphicsContext::getWindowingSystemInterface())
    windowing->getScreenResolution(*traits, screenW, screenH);
  if (screenW == 0 || screenH == 0) screenW = 1360, screenH = 880;  // unknown: a window of 1280 × 800
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

// The as-of date one month earlier or later, the day clamped to the month's length.
core::Date stepMonth(core::Date d, int months) {
  int index = d.year() * 12 + (d.month() - 1) + months;
  int year = index / 12, month = index % 12 + 1;
  for (int day = d.day(); day >= 28; --day)
    if (auto out = core::Date::fromYmd(year, month, day)) return *out;
  return core::Date::fromYmd(year, month, d.day()).value_or(d);
}

// The view as one line of JSON, rewritten after every change when --state-file names a file: GUI tests drive
// the window with real input events and read back what it did.
void writeState(const std::string& path, const render::MapCamera& c, core::Date asOf) {
  if (path.empty()) return;
  std::ofstream out(path + ".tmp", std::ios::trunc);
  out << fmt::format(
      "{{\"width\":{},\"height\":{},\"centerX\":{:.3f},\"centerY\":{:.3f},\"metresPerPixel\":{:.6f},"
      "\"headingDegrees\":{:.3f},\"tiltDegrees\":{:.3f},\"blend\":{:.3f},\"target3d\":{},\"asOf\":\"{}\"}}\n",
      c.width(), c.height(), c.centerX(), c.centerY(), c.metresPerPixel(), c.headingDegrees(), c.tiltDegrees(),
      c.blend(), c.target3d(), asOf.iso());
  out.close();
  std::filesystem::rename(path + ".tmp", path);  // readers never see half a line
}

// [ and ] step the as-of date by a month: only a uniform changes.
class AsOfKeys : public osgGA::GUIEventHandler {
public:
  AsOfKeys(MapView& view, std::function<void()> changed) : _view(view), _changed(std::move(changed)) {}
  bool handle(const osgGA::GUIEventAdapter& ea, osgGA::GUIActionAdapter& aa, osg::Object*, osg::NodeVisitor*) override {
    if (ea.getEventType() != osgGA::GUIEventAdapter::KEYDOWN) return false;
    int step = ea.getKey() == '[' ? -1 : ea.getKey() == ']' ? 1 : 0;
    if (step == 0) return false;
    _view.setAsOf(stepMonth(_view.asOf(), step));
    _changed();
    aa.requestRedraw();
    return true;
  }

private:
  MapView& _view;
  std::function<void()> _changed;
};

}  // namespace

ExitCode runViewer(const ViewerOptions& options, Streams io) {
  MapInputs in = prepareMap(options.sources, io);
  if (in.failure) return *in.failure;
  const Loaded& loaded = in.loaded;
  osg::ref_ptr<osg::Program> program = in.program;
  std::string title = in.title;
  MapView view(loaded.catalog, loaded.style, title, io.lang, program.get(), in.terrainProgram.get());
  view.setAsOf(options.asOf);
  view.setViewButton(true);
  if (view.fontProblem()) io.err << *view.fontProblem() << "\n";

  osg::ref_ptr<osg::GraphicsContext> gc = openWindow(tr(io.lang, Msg::ViewerWindowTitle, title));
  if (!gc) {
    io.err << tr(io.lang, Msg::ViewerNoWindow, "no X display? (DISPLAY is not set or cannot be opened)") << "\n";
    return ExitCode::OutputFailed;
  }
  osgViewer::Viewer viewer;
  viewer.setThreadingModel(osgViewer::Viewer::SingleThreaded);
  viewer.setRunFrameScheme(osgViewer::ViewerBase::ON_DEMAND);
  osg::Camera* camera = viewer.getCamera();
  camera->setGraphicsContext(gc.get());
  camera->setViewport(0, 0, gc->getTraits()->width, gc->getTraits()->height);
  camera->setClearColor(kMapBackground);
  camera->setComputeNearFarMode(osg::CullSettings::DO_NOT_COMPUTE_NEAR_FAR);
  camera->setProjectionResizePolicy(osg::Camera::FIXED);  // the controller sets the projection itself
  camera->getOrCreateStateSet()->addUniform(view.viewportUniform());
  viewer.setSceneData(view.root());

  osg::ref_ptr<render::MapController> controller =
      new render::MapController(view.homeExtent(), view.viewportUniform(), [&](const render::MapCamera& c) {
        view.cameraChanged(c);
        writeState(options.stateFile, c, view.asOf());
      });
  controller->setViewButton([](int w, int h) {
    scene::OverlayRect r = scene::viewButtonRect(w, h);
    return render::PixelRect{r.x0, r.y0, r.x1, r.y1};
  });
  controller->setGround([&view](double x, double y) { return view.groundHeight(x, y); });
  viewer.addEventHandler(controller.get());
  viewer.addEventHandler(new AsOfKeys(view, [&] { writeState(options.stateFile, controller->camera(), view.asOf()); }));
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
  while (!viewer.done()) {
    if (viewer.checkNeedToDoFrame())
      viewer.frame();
    else
      std::this_thread::sleep_for(std::chrono::milliseconds(8));
  }
  return loaded.anyUnreadable ? ExitCode::InputUnreadable : ExitCode::Ok;
}

}  // namespace wm::app
