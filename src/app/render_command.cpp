// `worksmap render`: the map of the sources as a PNG, drawn offscreen by the same MapView the window shows.
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <ostream>

#include "app/commands.hpp"
#include "app/load_sources.hpp"
#include "app/map_view.hpp"
#include "render/offscreen.hpp"
#include "scene/shader_program.hpp"

namespace wm::app {
namespace {

using core::Msg;
using core::tr;

// What an export builds: kept by runRender until the process ends.
struct Built {
  MapInputs inputs;
  std::unique_ptr<MapView> view;
};

ExitCode render(const RenderOptions& options, Streams io, Built& built) {
  // Drawing needs no geodesic metrics, figures or projects' districts (a highlighted district is the district
  // layer's polygon).
  io::LoadOptions load;
  load.measure = false;
  load.joinDistricts = false;
  built.inputs = prepareMap(options.sources, io, load);
  MapInputs& in = built.inputs;
  if (in.failure) return *in.failure;
  const Loaded& loaded = in.loaded;
  osg::ref_ptr<osg::Program> program = in.program;
  std::string title = in.title;
  if (!options.district.empty()) title += " · " + options.district;
  built.view = std::make_unique<MapView>(loaded.catalog, loaded.style, title, io.lang, program.get(),
                                         in.terrainProgram.get());
  MapView& view = *built.view;
  view.setAsOf(options.asOf);
  auto extent = options.district.empty() ? std::optional(view.homeExtent()) : view.districtExtent(options.district);
  if (!extent || extent->empty()) {
    io.err << tr(io.lang, Msg::CliUnknownDistrict, options.district) << "\n";
    return ExitCode::Usage;
  }
  if (!options.district.empty()) view.scene().setHighlightDistrict(loaded.catalog.findDistrict(options.district));
  if (view.fontProblem()) io.err << *view.fontProblem() << "\n";  // map still drawn

  render::MapCamera camera;
  camera.setViewport(options.width, options.height);
  camera.fit(*extent);
  if (options.view3d) {
    camera.setTarget3d(true);
    camera.finishTransition();
    camera.setCenterHeight(view.groundHeight(camera.centerX(), camera.centerY()));
  }
  view.cameraChanged(camera);
  // A tile-set basemap: exactly this view's tiles, read before the one frame is drawn.
  printDiagnostics(view.showBasemapNow(camera), io.err, io.lang, false);
  render::OffscreenView offscreen;
  offscreen.width = options.width;
  offscreen.height = options.height;
  offscreen.camera = camera;
  offscreen.pixelCameras = view.pixelCameras();
  auto image = render::renderOffscreen(view.root(), offscreen, program.get());
  if (!image) {
    io.err << tr(io.lang, Msg::CliRenderFailed, image.error().message) << "\n";
    return ExitCode::OutputFailed;
  }
  if (auto written = render::writePng(*image, options.output); !written) {
    io.err << tr(io.lang, Msg::CliCannotWrite, options.output, written.error().message) << "\n";
    return ExitCode::OutputFailed;
  }
  return loaded.anyUnreadable ? ExitCode::InputUnreadable : ExitCode::Ok;
}

}  // namespace

void runRender(const RenderOptions& options, Streams io) {
  Built built;
  ExitCode code = render(options, io, built);
  io.out.flush();
  io.err.flush();
#if defined(__SANITIZE_ADDRESS__)
  // Sanitizer builds end normally, so that LeakSanitizer (an atexit check) still looks at the export's path.
  std::exit(toInt(code));
#else
  // What was built is released with the process, not freed piece by piece (a million projects, the scene, the
  // font and plugin registries): no atexit work is owed once the streams are flushed.
  std::fflush(nullptr);
  std::_Exit(toInt(code));
#endif
}

}  // namespace wm::app
