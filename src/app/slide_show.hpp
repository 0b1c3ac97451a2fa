#pragma once
// Showing a briefing slide on a MapView, and drawing it offscreen: what `render --slide` and `deck` share, so
// that a slide exported is the slide the window shows.
#include <cstddef>
#include <memory>
#include <ostream>
#include <string>

#include <osg/Program>

#include "app/load_sources.hpp"
#include "app/map_view.hpp"
#include "core/result.hpp"
#include "render/map_camera.hpp"
#include "render/offscreen.hpp"
#include "report/slide_figures.hpp"

namespace wm::app {

/// The sources a slide export draws from and the map view over them (both outlive it).
struct SlideContext {
  const Loaded& loaded;
  MapView& view;
  osg::Program* program;
  core::Lang lang;
  core::Date today;
};

/// Prints, as warnings, what the slides name that the data lacks (domain::slideProblems): an export draws such a
/// slide without it, where `check` counts them as errors.
void warnSlideProblems(const Loaded& loaded, std::ostream& err, core::Lang lang);

/// What is written on a slide: its title (or "Slide N"), subtitle, date or period line and, when it asks for
/// them, its figures for that date or period (the county's or its district's).
struct SlideText {
  std::string title, subtitle, dateLine;
  report::FiguresTable figures;  ///< no rows: none
};
SlideText slideText(const SlideContext& context, std::size_t index);
/// The same for a slide held elsewhere (the desk's edited slides); `index` numbers an untitled one.
SlideText slideText(const SlideContext& context, const domain::Slide& slide, std::size_t index);

/// Sets the view to show slide `index` of context.loaded.slides — date or period, layers, filters, highlight,
/// selection; with `withText` also its title, subtitle and figures table in the overlay, without it no title lines
/// at all (the deck writes them as text) — and returns its camera
/// for a width × height image (brought to the view: MapView::cameraChanged).
render::MapCamera showSlide(const SlideContext& context, std::size_t index, int width, int height, bool withText);
/// The same for a slide held elsewhere (the desk's edited slides); `index` numbers an untitled one.
render::MapCamera showSlide(const SlideContext& context, const domain::Slide& slide, std::size_t index, int width,
                            int height, bool withText);

/// `camera`'s image of the view (labels and overlay included), drawn offscreen, with a tile-set basemap's tiles of
/// exactly this view read first (MapView::showBasemapNow); the tiles that could not be read go to `problems`.
core::Result<render::RgbaImage> drawMap(MapView& view, const render::MapCamera& camera, osg::Program* program,
                                        core::Diagnostics& problems);

/// drawMap for many images (a deck's pages, an atlas's maps): one offscreen context kept while the images keep
/// their size. Faster than a context an image, and in the desk it matters more: letting an offscreen context go
/// makes OSG let go of the GL objects the export's scene shares with the window's (the map's program, the
/// font's glyphs), which the window then makes again — once an export, not once a page.
class MapDrawer {
public:
  MapDrawer();
  ~MapDrawer();
  MapDrawer(const MapDrawer&) = delete;
  MapDrawer& operator=(const MapDrawer&) = delete;
  /// As drawMap; `view` must be the same view each time.
  core::Result<render::RgbaImage> draw(MapView& view, const render::MapCamera& camera, osg::Program* program,
                                       core::Diagnostics& problems);

private:
  std::unique_ptr<render::OffscreenRenderer> _renderer;
  int _width = 0, _height = 0;
};

}  // namespace wm::app
