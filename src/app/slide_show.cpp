#include "app/slide_show.hpp"

#include "analysis/district_progress.hpp"
#include "app/slide_camera.hpp"
#include "report/slide_figures.hpp"
#include "ui/slide_state.hpp"

namespace wm::app {

void warnSlideProblems(const Loaded& loaded, std::ostream& err, core::Lang lang) {
  const core::Diagnostics problems = domain::slideProblems(loaded.slides, loaded.catalog, loaded.slidesFile);
  for (const core::Diagnostic& d : problems.items())
    err << core::tr(lang, core::Msg::SeverityWarning) << ": " << core::formatDiagnostic(d, lang) << "\n";
}

SlideText slideText(const SlideContext& context, std::size_t index) {
  return slideText(context, context.loaded.slides.at(index), index);
}

SlideText slideText(const SlideContext& context, const domain::Slide& slide, std::size_t index) {
  SlideText text;
  text.title = slideTitle(slide, index, context.lang);
  text.subtitle = slide.subtitle;
  const core::Date date = slide.date(context.today);
  text.dateLine = slide.period ? core::tr(context.lang, core::Msg::ReportTitlePeriod, slide.period->first.iso(),
                                          slide.period->second.iso())
                               : core::tr(context.lang, core::Msg::ReportTitleAsOf, date.iso());
  if (slide.figures == domain::SlideFigures::None) return text;
  const analysis::ProgressQuery query =
      slide.period ? analysis::periodQuery(slide.period->first, slide.period->second) : analysis::asOfQuery(date);
  const analysis::ProgressTable table = analysis::computeProgress(context.loaded.catalog, query);
  const std::string district = slide.figures == domain::SlideFigures::District ? slide.district : std::string();
  text.figures = report::figuresTable(table, district, context.lang);
  return text;
}

render::MapCamera showSlide(const SlideContext& context, std::size_t index, int width, int height, bool withText) {
  return showSlide(context, context.loaded.slides.at(index), index, width, height, withText);
}

render::MapCamera showSlide(const SlideContext& context, const domain::Slide& slide, std::size_t index, int width,
                            int height, bool withText) {
  const domain::Catalog& catalog = context.loaded.catalog;
  ui::ViewState state = ui::initialViewState(catalog, context.today, context.lang);
  ui::applySlide(slide, catalog, context.today, state);
  context.view.setFilter(ui::mapFilter(state));
  for (std::size_t layer = 0; layer < state.layers.size(); ++layer)
    context.view.scene().setLayerView(layer, state.layers[layer].visible, state.layers[layer].opacity);
  context.view.setOverlayTitle(withText);
  context.view.setSlideText(true);
  if (withText) {
    SlideText text = slideText(context, slide, index);
    context.view.setTitle(std::move(text.title), std::move(text.subtitle));
    context.view.setFigures(std::move(text.figures.heading), std::move(text.figures.rows));
  } else {
    context.view.setFigures({}, {});
  }
  render::MapCamera camera = slideCamera(slide, context.view, width, height);
  context.view.cameraChanged(camera);
  return camera;
}

namespace {

// The view's image through `camera`, a tile-set basemap's tiles of exactly this view read first.
render::OffscreenView offscreenOf(MapView& view, const render::MapCamera& camera, core::Diagnostics& problems) {
  problems.append(view.showBasemapNow(camera));
  render::OffscreenView offscreen;
  offscreen.width = camera.width();
  offscreen.height = camera.height();
  offscreen.camera = camera;
  offscreen.pixelCameras = view.pixelCameras();
  return offscreen;
}

}  // namespace

core::Result<render::RgbaImage> drawMap(MapView& view, const render::MapCamera& camera, osg::Program* program,
                                        core::Diagnostics& problems) {
  return render::renderOffscreen(view.root(), offscreenOf(view, camera, problems), program);
}

MapDrawer::MapDrawer() = default;
MapDrawer::~MapDrawer() = default;

core::Result<render::RgbaImage> MapDrawer::draw(MapView& view, const render::MapCamera& camera, osg::Program* program,
                                                core::Diagnostics& problems) {
  const render::OffscreenView offscreen = offscreenOf(view, camera, problems);
  if (!_renderer || _width != offscreen.width || _height != offscreen.height) {
    _renderer.reset();
    auto opened = render::OffscreenRenderer::open(view.root(), offscreen);
    if (!opened) return opened.error();
    _renderer = std::move(*opened);
    _width = offscreen.width, _height = offscreen.height;
  }
  return _renderer->draw(offscreen, program);
}

}  // namespace wm::app
