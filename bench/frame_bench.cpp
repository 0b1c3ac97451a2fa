// worksmap-bench frames: what the window costs at 1920×1080 on this machine's OpenGL (Mesa llvmpipe under
// Xvfb in our runs): scene build time and memory, frame times in 2D and 3D with the whole county in view and
// zoomed in to a town, and the cost of changing the as-of date. Everything in one child process per county.
#include <algorithm>
#include <fstream>
#include <iostream>
#include <numeric>
#include <sstream>
#include <thread>

#include <fmt/format.h>
#include <osg/GraphicsContext>
#include <osgUtil/Statistics>
#include <osgViewer/Renderer>
#include <osgViewer/Viewer>

#include "app/commands.hpp"
#include "app/map_view.hpp"
#include "app/presenter.hpp"
#include "app/slide_flight.hpp"
#include "render/gl_compile.hpp"
#include "render/offscreen.hpp"
#include "render/reduced_resolution.hpp"
#include "bench_support.hpp"

namespace wm::bench {
namespace {

constexpr int kWidth = 1920, kHeight = 1080;

long rssKiB() {
  std::ifstream statm("/proc/self/statm");
  long pages = 0, resident = 0;
  statm >> pages >> resident;
  return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

// Frames are timed to the end of drawing, not to when OpenGL accepted the commands. Armed, a frame's pixels are
// read back too (rows from the top).
struct FinishDrawing : osg::Camera::DrawCallback {
  mutable render::RgbaImage* grab = nullptr;
  void operator()(osg::RenderInfo&) const override {
    glFinish();
    if (!grab) return;
    grab->width = kWidth;
    grab->height = kHeight;
    grab->pixels.resize(std::size_t(kWidth) * kHeight * 4);
    std::vector<std::uint8_t> rows(grab->pixels.size());
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, kWidth, kHeight, GL_RGBA, GL_UNSIGNED_BYTE, rows.data());
    const std::size_t stride = std::size_t(kWidth) * 4;
    for (int y = 0; y < kHeight; ++y)
      std::copy_n(rows.begin() + static_cast<std::ptrdiff_t>((kHeight - 1 - y) * stride), stride,
                  grab->pixels.begin() + static_cast<std::ptrdiff_t>(y * stride));
    grab = nullptr;
  }
};

// The bytes a geometry's vertex arrays and indices take (what is uploaded to the GPU as buffer objects).
std::size_t geometryBytes(const osg::Geometry& g) {
  std::size_t bytes = g.getVertexArray() ? g.getVertexArray()->getTotalDataSize() : 0;
  for (unsigned i = 0; i < g.getNumVertexAttribArrays(); ++i)
    if (const osg::Array* a = g.getVertexAttribArray(i)) bytes += a->getTotalDataSize();
  for (unsigned i = 0; i < g.getNumPrimitiveSets(); ++i)
    if (auto* e = dynamic_cast<const osg::DrawElements*>(g.getPrimitiveSet(i))) bytes += e->getTotalDataSize();
  return bytes;
}

struct Scenario {
  const char* name;
  bool threeD;
  double metresPerPixel;  // 0: fit the county
};

// The camera's draw starts (initial draw callback): a frame's time split into the view's reaction, the update and
// cull traversals, and the drawing (to glFinish).
struct MarkDrawStart : osg::Camera::DrawCallback {
  mutable Clock::time_point at;
  void operator()(osg::RenderInfo&) const override { at = Clock::now(); }
};

// One frame of a flight, in milliseconds, and what it drew.
struct FlightFrame {
  double total = 0, reaction = 0, cull = 0, draw = 0;
  std::size_t blocks = 0;
  std::size_t blocksBuilt = 0, levelsBuilt = 0;  ///< built during the frame (prepare and cull)
  std::size_t standIns = 0;                      ///< blocks wanted and drawn from others (MapScene::setStandIns)
};

// Draws the flight's frames as presentation mode does (date, camera, labels and overlay, draw).
std::vector<FlightFrame> drawFlight(app::MapView& view, osgViewer::Viewer& viewer, const app::SlideFlight& flight,
                                    int frames) {
  osg::Camera* camera = viewer.getCamera();
  auto* drawStart = dynamic_cast<const MarkDrawStart*>(camera->getInitialDrawCallback());
  std::vector<FlightFrame> out;
  for (int frame = 0; frame < frames; ++frame) {
    const double t = flight.seconds() * frame / (frames - 1);
    const render::MapCamera cam = flight.camera(t);
    FlightFrame f;
    const std::size_t blocks0 = view.scene().coverage() ? view.scene().coverage()->stats().built : 0;
    const std::size_t levels0 = view.scene().buildStats().levels;
    auto f0 = Clock::now();
    view.setAsOf(flight.date(t));
    view.cameraChanged(cam);
    camera->setViewMatrix(cam.viewMatrix());
    camera->setProjectionMatrix(cam.projectionMatrix());
    const auto reacted = Clock::now();
    viewer.frame();
    f.total = since(f0) * 1000;
    f.reaction = std::chrono::duration<double, std::milli>(reacted - f0).count();
    f.cull = std::chrono::duration<double, std::milli>(drawStart->at - reacted).count();
    f.draw = f.total - f.reaction - f.cull;
    f.blocks = view.scene().coverage() ? view.scene().coverage()->stats().drawn : 0;
    f.standIns = view.scene().coverage() ? view.scene().coverage()->stats().standIns : 0;
    f.blocksBuilt = (view.scene().coverage() ? view.scene().coverage()->stats().built : 0) - blocks0;
    f.levelsBuilt = view.scene().buildStats().levels - levels0;
    out.push_back(f);
  }
  return out;
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

std::string flightSummary(const std::vector<FlightFrame>& frames) {
  std::vector<double> total, reaction, cull, draw;
  for (const FlightFrame& f : frames)
    total.push_back(f.total), reaction.push_back(f.reaction), cull.push_back(f.cull), draw.push_back(f.draw);
  return fmt::format(
      "median {:.1f} ms, max {:.1f} ms, first {:.1f} ms, last {:.1f} ms (medians of the parts: the view's reaction "
      "{:.1f}, update and cull {:.1f}, drawing {:.1f})",
      median(total), *std::max_element(total.begin(), total.end()), total.front(), total.back(), median(reaction),
      median(cull), median(draw));
}

// A presentation's flight (app::SlideFlight): from the whole county in the plan view to a town in 3D, the as-of
// date running a year, as presentation mode draws it frame by frame (camera, date uniform, labels, overlay); then
// the same flight again, what the first pass uploaded in the driver already.
std::string timeFlight(app::MapView& view, osgViewer::Viewer& viewer, const std::filesystem::path& snapshot) {
  osg::Camera* camera = viewer.getCamera();
  render::MapCamera from, to;
  from.setViewport(kWidth, kHeight);
  from.fit(view.homeExtent());
  to = from;
  to.setMetresPerPixel(2.0);
  to.setTarget3d(true);
  to.finishTransition();
  to.setOrientation(20, 55);
  const app::SlideFlight flight(from, to, *core::Date::fromYmd(2022, 1, 1), *core::Date::fromYmd(2022, 12, 31));
  // Landed on the county slide, the presenter speaks: meanwhile the window builds what the next flight will draw
  // (app::Presenter::warmUp, the same pieces a turn). Presentation mode draws its still frames through the
  // flights' texture pass (MapView::setPresenting).
  view.setPresenting(true);
  view.cameraChanged(from);
  camera->setViewMatrix(from.viewMatrix());
  camera->setProjectionMatrix(from.projectionMatrix());
  viewer.frame();
  auto w0 = Clock::now();
  scene::MapScene::Warmup warmup = view.scene().planWarmup(app::flightViews(flight, app::Presenter::kWarmSamples));
  const double planMs = since(w0) * 1000;
  std::size_t turns = 0;
  for (bool more = true; more; ++turns) {
    more = view.scene().warm(warmup, std::max(2u, std::thread::hardware_concurrency()));
    // Uploaded between frames, as the window does with what app::Presenter::warmUp built.
    render::compileGLObjects(*camera->getGraphicsContext(), std::exchange(warmup.built, {}));
  }
  const double warmSeconds = since(w0);
  // The window draws the slide once more when its warm-up ends (ViewerWindow::update): the first frame after the
  // uploads costs some 45 ms more than the next, paid there rather than by the flight's first frame.
  viewer.frame();
  std::string out = fmt::format(
      ";;flight warm-up while the county slide is shown: {} levels of detail and {} raster blocks listed in {:.1f} "
      "ms, built in {:.2f} s over {} turns of the window loop",
      warmup.levels.size(), warmup.blocks.size(), planMs, warmSeconds, turns);
  constexpr int kFrames = 16;
  const double began = std::chrono::duration<double>(Clock::now().time_since_epoch()).count();
  // As presentation mode draws it (MapView::setFlying): the map at half the window's pixels each way, from what
  // is built, no labels.
  view.setFlying(true);
  const std::vector<FlightFrame> first = drawFlight(view, viewer, flight, kFrames);
  view.setFlying(false);
  view.setPresenting(false);
  // The same flight as every frame was drawn before (full resolution, each view's own levels and blocks built,
  // labels), for comparison; what the first pass uploaded and built is in place already.
  const std::vector<FlightFrame> again = drawFlight(view, viewer, flight, kFrames);
  const double ended = std::chrono::duration<double>(Clock::now().time_since_epoch()).count();
  out += fmt::format(
      ";;slide flight (whole county 2D → town 3D at 2 m/px, a year's dates, {} frames over {:.2f} s) as presentation "
      "mode draws it (the map at {:.0f} % of the window's pixels each way, from what is built, no labels): {}",
      kFrames, flight.seconds(), render::ReducedResolution::kFlightScale * 100, flightSummary(first));
  out += fmt::format(";;the same flight as still frames are drawn (full resolution, own levels and blocks, labels): {}",
                     flightSummary(again));
  std::string perFrame;
  for (std::size_t i = 0; i < first.size(); ++i)
    perFrame += fmt::format(
        "{}{:.0f} ({:.0f}/{:.0f}/{:.0f}; {} blocks, {} of them stand-ins; built {} blocks, {} levels; "
        "as before {:.0f})",
        i ? ", " : "", first[i].total, first[i].reaction, first[i].cull, first[i].draw, first[i].blocks,
        first[i].standIns, first[i].blocksBuilt, first[i].levelsBuilt, again[i].total);
  out +=
      ";;flight frames, ms (the view's reaction / update, cull and, while flying, the map's texture pass / the rest of "
      "the drawing): " +
      perFrame;
  if (!snapshot.empty()) {  // where the flight landed, drawn once more and read back
    render::RgbaImage image;
    dynamic_cast<const FinishDrawing*>(camera->getFinalDrawCallback())->grab = &image;
    viewer.frame();
    auto written = render::writePng(image, snapshot.string());
    out += written ? ";;the flight's destination written to " + snapshot.string()
                   : ";;" + written.error().text(core::Lang::En);
  }
  out += fmt::format(
      ";;flight frames on the monotonic clock (perf record -k CLOCK_MONOTONIC; perf report --time): "
      "{:.6f},{:.6f}",
      began, ended);
  return out;
}

std::string measure(const std::filesystem::path& dir, const std::filesystem::path& snapshot) {
  std::ostringstream sink;
  app::Streams io{sink, sink, core::Lang::En};
  app::MapInputs in = app::prepareMap({dir.string()}, io);
  if (in.failure) return "0|" + sink.str();
  long rss0 = rssKiB();
  auto t0 = Clock::now();
  app::MapView view(in.loaded.catalog, in.loaded.style, "bench", core::Lang::En, in.program.get(),
                    in.terrainProgram.get());
  double build = since(t0);

  osg::ref_ptr<osg::GraphicsContext::Traits> traits = new osg::GraphicsContext::Traits;
  traits->readDISPLAY();
  traits->width = kWidth;
  traits->height = kHeight;
  traits->red = traits->green = traits->blue = traits->alpha = 8;
  traits->depth = 24;
  traits->pbuffer = true;
  osg::ref_ptr<osg::GraphicsContext> gc = osg::GraphicsContext::createGraphicsContext(traits.get());
  if (!gc) return "0|no OpenGL context (run under xvfb-run)";
  osgViewer::Viewer viewer;
  viewer.setThreadingModel(osgViewer::Viewer::SingleThreaded);
  viewer.setSceneData(view.root());
  osg::Camera* camera = viewer.getCamera();
  camera->setGraphicsContext(gc.get());
  camera->setViewport(0, 0, kWidth, kHeight);
  camera->setComputeNearFarMode(osg::CullSettings::DO_NOT_COMPUTE_NEAR_FAR);
  camera->setClearColor(app::kMapBackground);
  camera->getOrCreateStateSet()->addUniform(view.viewportUniform());
  camera->setInitialDrawCallback(new MarkDrawStart);
  camera->setFinalDrawCallback(new FinishDrawing);
  viewer.setCameraManipulator(nullptr);
  viewer.realize();

  std::string out = "0|";
  const Scenario scenarios[] = {{"2D, whole county", false, 0},
                                {"2D, town at 2 m/px", false, 2.0},
                                {"3D, whole county", true, 0},
                                {"3D, town at 2 m/px", true, 2.0}};
  for (const Scenario& s : scenarios) {
    render::MapCamera cam;
    cam.setViewport(kWidth, kHeight);
    cam.fit(view.homeExtent());
    if (s.metresPerPixel > 0) cam.setMetresPerPixel(s.metresPerPixel);
    if (s.threeD) {
      cam.setTarget3d(true);
      cam.finishTransition();
    }
    std::vector<double> ms, cpu;
    std::size_t levelsBefore = 0, blocksBefore = 0;
    auto blocksBuilt = [&] { return view.scene().coverage() ? view.scene().coverage()->stats().built : 0; };
    for (int frame = 0; frame < 12; ++frame) {
      if (frame == 2) levelsBefore = view.scene().buildStats().levels, blocksBefore = blocksBuilt();
      // A small pan each frame, as while dragging: labels are laid out again, the camera moves.
      cam.pan(kWidth / 2.0, kHeight / 2.0, kWidth / 2.0 + (frame % 2 ? 3 : -3), kHeight / 2.0);
      auto f0 = Clock::now();
      view.cameraChanged(cam);
      if (frame >= 2) cpu.push_back(since(f0) * 1000);
      camera->setViewMatrix(cam.viewMatrix());
      camera->setProjectionMatrix(cam.projectionMatrix());
      viewer.frame();
      if (frame >= 2) ms.push_back(since(f0) * 1000);  // the first frames upload the buffers
    }
    std::sort(ms.begin(), ms.end());
    std::sort(cpu.begin(), cpu.end());
    // What the last frame drew: drawables and the vertices of their arrays (OSG's statistics of the render stage).
    osgUtil::Statistics drawn;
    if (auto* renderer = dynamic_cast<osgViewer::Renderer*>(camera->getRenderer()))
      renderer->getSceneView(0)->getRenderStage()->getStats(drawn);
    out += fmt::format(
        ";;{}: median {:.1f} ms, min {:.1f}, max {:.1f} (of which the view's reaction, labels laid out again: "
        "{:.1f}); drew {} geometries, {} vertices{}; levels built during the timed frames: {}, raster blocks: {}",
        s.name, ms[ms.size() / 2], ms.front(), ms.back(), cpu[cpu.size() / 2], drawn.numDrawables, drawn._vertexCount,
        view.scene().coverage() && view.scene().coverage()->stats().drawn
            ? fmt::format(", {} of them raster blocks (hand-over at {:.2f} m/px)",
                          view.scene().coverage()->stats().drawn, view.scene().coverage()->rasterFrom())
            : "",
        view.scene().buildStats().levels - levelsBefore, blocksBuilt() - blocksBefore);
  }
  out += timeFlight(view, viewer, snapshot);
  // What the scene holds now: built up front (small maps) or while the frames above were drawn (large ones).
  long rss2 = rssKiB();
  const auto& built = view.scene().buildStats();
  std::size_t gpu = 0;
  for (const auto& g : view.scene().geometries()) gpu += geometryBytes(*g);
  out += fmt::format(
      ";;scene: {} tiles; {} levels built ({:.2f} s at construction{}), {} vertices, {} merged away by "
      "the simplified levels; process memory +{:.0f} MiB since before the scene ({:.0f} B/vertex with "
      "the driver's copy){}",
      built.tiles, built.levels, build,
      view.scene().detailCache() ? fmt::format(", {:.2f} s on demand", built.lazySeconds) : "", built.vertices,
      built.merged, (rss2 - rss0) / 1024.0,
      (rss2 - rss0) * 1024.0 / static_cast<double>(std::max<std::size_t>(built.vertices, 1)),
      gpu ? fmt::format("; vertex buffers {:.0f} B/vertex", static_cast<double>(gpu) / built.vertices) : "");
  // The as-of date: MapScene sets one uniform; MapView also rewrites the overlay's date line and lays the labels
  // out again (hidden projects lose theirs).
  core::Date a = *core::Date::fromYmd(2022, 6, 30), b = *core::Date::fromYmd(2023, 6, 30);
  constexpr int kCalls = 2000;
  auto s0 = Clock::now();
  for (int i = 0; i < kCalls; ++i) view.scene().setAsOf(i % 2 ? a : b);
  double sceneUs = since(s0) * 1e6 / kCalls;
  // The window's whole reaction, in the 2D views (whole county, then the town with its project labels).
  auto viewReaction = [&](double metresPerPixel) {
    render::MapCamera cam;
    cam.setViewport(kWidth, kHeight);
    cam.fit(view.homeExtent());
    if (metresPerPixel > 0) cam.setMetresPerPixel(metresPerPixel);
    view.cameraChanged(cam);
    auto v0 = Clock::now();
    for (int i = 0; i < 50; ++i) view.setAsOf(i % 2 ? a : b);
    return since(v0) * 1e6 / 50;
  };
  double countyUs = viewReaction(0), townUs = viewReaction(2.0);
  out += fmt::format(
      ";;as-of change: MapScene::setAsOf {:.3f} µs; MapView::setAsOf (uniform + overlay date + label "
      "layout) {:.0f} µs with the whole county in view, {:.0f} µs in the town view; geometries rebuilt: 0",
      sceneUs, countyUs, townUs);
  return out;
}

}  // namespace

void benchFrames(const std::filesystem::path& dir, long works, const std::filesystem::path& snapshots) {
  ensureCounty(dir, works);
  const std::filesystem::path snapshot =
      snapshots.empty() ? snapshots : snapshots / fmt::format("flight-end-{}.png", works);
  Measured m = inChild([&] { return measure(dir, snapshot); });
  std::cout << fmt::format("### {} works features (peak RSS of the whole process {:.0f} MiB)\n", works, m.peakMiB);
  std::string detail = m.detail;
  for (std::size_t at = 0; at != std::string::npos;) {
    std::size_t next = detail.find(";;", at);
    std::string item = detail.substr(at, next == std::string::npos ? next : next - at);
    if (!item.empty()) std::cout << "- " << item << "\n";
    at = next == std::string::npos ? next : next + 2;
  }
  std::cout.flush();
}

}  // namespace wm::bench
