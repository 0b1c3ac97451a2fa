// `worksmap render`: the map of the sources as a PNG, drawn offscreen by the same scene the viewer shows.
#include <ostream>

#include "app/commands.hpp"
#include "app/load_sources.hpp"
#include "render/offscreen.hpp"
#include "scene/map_labels.hpp"
#include "scene/map_overlay.hpp"
#include "scene/map_scene.hpp"
#include "scene/shader_program.hpp"

namespace wm::app {
namespace {

using core::Msg;
using core::tr;

// The extent to show in scene-local coordinates: a district's polygon, or everything loaded.
std::optional<geo::Extent> viewExtent(const domain::Catalog& catalog, const std::string& district,
                                      const scene::MapScene& map) {
  geo::Extent e;
  scene::SceneOrigin origin = map.origin();
  if (district.empty()) {
    e = map.dataExtent();
  } else {
    std::int32_t d = catalog.findDistrict(district);
    if (d == domain::kNoDistrict || !catalog.districts[static_cast<std::size_t>(d)].hasGeometry) return std::nullopt;
    const auto& entry = catalog.districts[static_cast<std::size_t>(d)];
    e = catalog.layers[entry.layer].geometry.featureExtent(entry.feature);
  }
  if (e.empty()) return std::nullopt;
  // A margin of 3 % so the outermost lines are not cut at the image border.
  double mx = (e.maxX - e.minX) * 0.03, my = (e.maxY - e.minY) * 0.03;
  geo::Extent local;
  local.add(e.minX - origin.x - mx, e.minY - origin.y - my);
  local.add(e.maxX - origin.x + mx, e.maxY - origin.y + my);
  return local;
}

scene::OverlayContent overlayContent(const Loaded& loaded, const RenderOptions& options,
                                     const render::OffscreenView& view, core::Lang lang) {
  scene::OverlayContent c;
  c.title = !loaded.title.empty() ? loaded.title : options.sources.front();
  if (!options.district.empty()) c.title += " · " + options.district;
  c.subtitle = tr(lang, Msg::ReportTitleAsOf, options.asOf.iso());
  const Msg statuses[] = {Msg::StatusPlanned, Msg::StatusUnderConstruction, Msg::StatusCompleted, Msg::StatusSuspended};
  for (int i = 0; i < 4; ++i) c.legend.push_back({tr(lang, statuses[i]), scene::kStatusColors[i]});
  c.legend.push_back({tr(lang, Msg::ReportColOverdue), scene::kOverdueCasing});
  // The image shows the extent widened to its aspect: the larger of the two scales is the one drawn.
  c.metresPerPixel = std::max((view.extent.maxX - view.extent.minX) / view.width,
                              (view.extent.maxY - view.extent.minY) / view.height);
  c.northLabel = lang == core::Lang::Zh ? "北" : "N";
  return c;
}

}  // namespace

ExitCode runRender(const RenderOptions& options, Streams io) {
  Loaded loaded = loadSources(options.sources);
  printProblems(loaded, io.err, io.lang, /*includeNotes=*/false);
  if (loaded.catalog.layers.empty()) {
    io.err << tr(io.lang, Msg::CliNoData) << "\n";
    return ExitCode::InputUnreadable;
  }
  scene::MapScene map(loaded.catalog);
  map.setAsOf(options.asOf);
  auto extent = viewExtent(loaded.catalog, options.district, map);
  if (!extent) {
    io.err << tr(io.lang, Msg::CliUnknownDistrict, options.district) << "\n";
    return ExitCode::Usage;
  }
  if (!options.district.empty()) map.setHighlightDistrict(loaded.catalog.findDistrict(options.district));
  auto program = scene::loadMapProgram(scene::shaderDirectory());
  if (!program) {
    io.err << tr(io.lang, Msg::CliRenderFailed, program.error().message) << "\n";
    return ExitCode::OutputFailed;
  }
  map.useProgram(program->get());
  render::OffscreenView view;
  view.width = options.width;
  view.height = options.height;
  view.extent = *extent;
  osg::ref_ptr<osg::Group> top = new osg::Group;
  top->addChild(map.root());
  auto font = scene::findChineseFont();
  // Labels over the map, laid out once for the image's orthographic view; under the overlay.
  scene::MapLabels labels(loaded.catalog, map.origin(), font, io.lang);
  geo::Extent shown = render::fittedExtent(view.extent, view.width, view.height);
  scene::LabelFilter filter;
  filter.asOf = options.asOf;
  labels.update(osg::Matrixd::ortho(shown.minX, shown.maxX, shown.minY, shown.maxY, -1, 1), view.width, view.height,
                (shown.maxX - shown.minX) / view.width, filter);
  top->addChild(labels.node());
  if (auto problem = labels.problem()) io.err << *problem << "\n";  // the map is still drawn
  if (font)
    top->addChild(scene::buildOverlay(overlayContent(loaded, options, view, io.lang), view.width, view.height, *font));
  else
    io.err << tr(io.lang, Msg::CliRenderFailed, font.error().message) << "\n";  // the map is still drawn
  auto image = render::renderOffscreen(top.get(), view, program->get());
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

}  // namespace wm::app
