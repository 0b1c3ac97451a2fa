// `worksmap render`: the map of the sources as a PNG, drawn offscreen by the same MapView the window shows.
#include <charconv>
#include <cstdio>
#include <filesystem>
#include <cstdlib>
#include <memory>
#include <ostream>

#include "app/commands.hpp"
#include "app/load_sources.hpp"
#include "app/map_view.hpp"
#include "app/slide_show.hpp"
#include "render/offscreen.hpp"
#include "scene/shader_program.hpp"

namespace wm::app {
namespace {

namespace fs = std::filesystem;
using core::Msg;
using core::tr;

ExitCode writeImage(MapView& view, const render::MapCamera& camera, osg::Program* program, const fs::path& output,
                    Streams io) {
  core::Diagnostics tiles;
  auto image = drawMap(view, camera, program, tiles);
  printDiagnostics(tiles, io.err, io.lang, false);
  if (!image) {
    io.err << tr(io.lang, Msg::CliRenderFailed, image.error().text(io.lang)) << "\n";
    return ExitCode::OutputFailed;
  }
  if (auto written = render::writePng(*image, output.string()); !written) {
    io.err << written.error().text(io.lang) << "\n";
    return ExitCode::OutputFailed;
  }
  return ExitCode::Ok;
}

// The slides asked for (indices from 0): one, or all; none after printing why.
std::optional<std::vector<std::size_t>> chosenSlides(const std::string& slide, const Loaded& loaded, Streams io) {
  const std::size_t count = loaded.slides.size();
  if (count == 0) {
    io.err << tr(io.lang, Msg::CliNoSlides) << "\n";
    return std::nullopt;
  }
  std::vector<std::size_t> out;
  if (slide == "all") {
    for (std::size_t i = 0; i < count; ++i) out.push_back(i);
    return out;
  }
  std::size_t n = 0;
  const auto [end, error] = std::from_chars(slide.data(), slide.data() + slide.size(), n);
  if (error != std::errc() || end != slide.data() + slide.size() || n < 1 || n > count) {
    io.err << tr(io.lang, Msg::CliBadSlide, count, slide) << "\n";
    return std::nullopt;
  }
  return std::vector<std::size_t>{n - 1};
}

// `render --slide N|all`: each slide as its own PNG (OUT, or OUT/slide-01.png ... for all), a line for each.
ExitCode renderSlides(const RenderOptions& options, Streams io, ExportedMap& built) {
  const Loaded& loaded = built.inputs.loaded;
  auto chosen = chosenSlides(options.slide, loaded, io);
  if (!chosen) return ExitCode::Usage;
  warnSlideProblems(loaded, io.err, io.lang);
  const bool all = options.slide == "all";
  std::error_code ec;
  if (all) fs::create_directories(options.output, ec);
  SlideContext context{loaded, *built.view, built.inputs.program.get(), io.lang, core::Date::today()};
  for (std::size_t index : *chosen) {
    const fs::path out =
        all ? fs::path(options.output) / fmt::format("slide-{:02}.png", index + 1) : fs::path(options.output);
    render::MapCamera camera = showSlide(context, index, options.width, options.height, /*withText=*/true);
    if (ExitCode code = writeImage(*built.view, camera, context.program, out, io); code != ExitCode::Ok) return code;
    io.out << tr(io.lang, Msg::CliSlideWritten, index + 1, loaded.slides.size(), out.string()) << std::endl;
  }
  return loaded.anyUnreadable ? ExitCode::InputUnreadable : ExitCode::Ok;
}

ExitCode render(const RenderOptions& options, Streams io, ExportedMap& built) {
  // A PNG's folder must be there (`--slide all` makes its own folder).
  if (options.slide != "all" && !outputFolderWritable(options.output, io)) return ExitCode::OutputFailed;
  // Drawing needs no geodesic metrics, figures or projects' districts (a highlighted district is the district
  // layer's polygon); slides may show figures, which need both.
  io::LoadOptions load;
  load.measure = !options.slide.empty();
  load.joinDistricts = !options.slide.empty();
  built.inputs = prepareMap(options.sources, io, load);
  MapInputs& in = built.inputs;
  if (in.failure) return *in.failure;
  const Loaded& loaded = in.loaded;
  std::string title = in.title;
  if (!options.district.empty()) title += " · " + options.district;
  built.view = std::make_unique<MapView>(loaded.catalog, loaded.style, title, io.lang, in.program.get(),
                                         in.terrainProgram.get());
  MapView& view = *built.view;
  if (view.fontProblem()) io.err << *view.fontProblem() << "\n";  // map still drawn
  if (!options.slide.empty()) return renderSlides(options, io, built);
  view.setAsOf(options.asOf);
  auto extent = options.district.empty() ? std::optional(view.homeExtent()) : view.districtExtent(options.district);
  if (!extent || extent->empty()) {
    io.err << tr(io.lang, Msg::CliUnknownDistrict, options.district) << "\n";
    return ExitCode::Usage;
  }
  if (!options.district.empty()) view.scene().setHighlightDistrict(loaded.catalog.findDistrict(options.district));

  render::MapCamera camera;
  camera.setViewport(options.width, options.height);
  camera.fit(*extent);
  if (options.view3d) {
    camera.setTarget3d(true);
    camera.finishTransition();
    camera.setCenterHeight(view.groundHeight(camera.centerX(), camera.centerY()));
  }
  view.cameraChanged(camera);
  if (ExitCode code = writeImage(view, camera, in.program.get(), options.output, io); code != ExitCode::Ok) return code;
  return loaded.anyUnreadable ? ExitCode::InputUnreadable : ExitCode::Ok;
}

}  // namespace

void runRender(const RenderOptions& options, Streams io) {
  ExportedMap built;
  ExitCode code = render(options, io, built);
  endExport(code, io);
}

void endExport(ExitCode code, Streams io) {
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
