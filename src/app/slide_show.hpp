#pragma once
// Showing a briefing slide on a MapView, and drawing it offscreen: what `render --slide` and `deck` share, so
// that a slide exported is the slide the window shows.
#include <cstddef>
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

}  // namespace wm::app
