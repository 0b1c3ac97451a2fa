#include "app/slide_camera.hpp"

#include <cmath>
#include <numbers>
#include <vector>

#include "geo/crs.hpp"
#include "geo/transformer.hpp"

namespace wm::app {
namespace {

// The slide's centre in the scene's local metres; none without one or when PROJ cannot convert it.
std::optional<std::pair<double, double>> localCenter(const domain::Slide& slide, const MapView& view) {
  if (!slide.camera.center) return std::nullopt;
  auto transformer =
      geo::Transformer::create(geo::Crs::cgcs2000Geographic().definition(), view.catalog().workingCrs.definition());
  if (!transformer) return std::nullopt;
  double x = slide.camera.center->first, y = slide.camera.center->second;
  if (transformer->transform(&x, &y, 1) != 1) return std::nullopt;
  return std::pair(x - view.scene().origin().x, y - view.scene().origin().y);
}

// The view's centre as lon/lat (CGCS2000); none when PROJ cannot convert it.
std::optional<std::pair<double, double>> lonLatCenter(const render::MapCamera& camera, const MapView& view) {
  auto transformer =
      geo::Transformer::create(view.catalog().workingCrs.definition(), geo::Crs::cgcs2000Geographic().definition());
  if (!transformer) return std::nullopt;
  double x = camera.centerX() + view.scene().origin().x, y = camera.centerY() + view.scene().origin().y;
  if (transformer->transform(&x, &y, 1) != 1) return std::nullopt;
  return std::pair(x, y);
}

template <typename T>
std::vector<T> shownOf(std::uint32_t mask, std::uint32_t all, int count) {
  std::vector<T> shown;
  if (mask == all) return shown;
  for (int i = 0; i < count; ++i)
    if (mask >> i & 1u) shown.push_back(static_cast<T>(i));
  return shown;
}

void captureLayers(const ui::ViewState& state, const domain::Catalog& catalog, domain::Slide& slide) {
  const ui::ViewState defaults = ui::initialViewState(catalog, state.asOf, state.lang);
  bool asDefault = true;
  for (std::size_t l = 0; l < state.layers.size() && l < catalog.layers.size(); ++l) {
    asDefault = asDefault && state.layers[l].visible == defaults.layers[l].visible;
    if (state.layers[l].opacity < 1.0f) slide.opacity[catalog.layers[l].info.name] = state.layers[l].opacity;
  }
  if (asDefault) return;
  for (std::size_t l = 0; l < state.layers.size() && l < catalog.layers.size(); ++l)
    if (state.layers[l].visible) slide.layers.push_back(catalog.layers[l].info.name);
}

}  // namespace

domain::Slide slideFromView(const ui::ViewState& state, const render::MapCamera& camera, const MapView& view) {
  const domain::Catalog& catalog = view.catalog();
  domain::Slide slide;
  domain::SlideCamera& c = slide.camera;
  c.center = lonLatCenter(camera, view);
  c.threeD = camera.target3d();
  if (c.threeD) {
    c.headingDegrees = camera.orbitHeadingDegrees();
    c.tiltDegrees = camera.orbitTiltDegrees();
    const double halfFov = render::MapCamera::kFovYDegrees * std::numbers::pi / 360;
    c.rangeMetres = camera.metresPerPixel() * camera.height() / (2 * std::tan(halfFov));
  } else {
    c.scale = camera.metresPerPixel() * camera.width() / (kMetresPerPixelAtScale1 * kSlideReferenceWidth);
  }
  if (state.periodMode)
    slide.period = std::pair(state.periodFrom, state.periodTo);
  else
    slide.asOf = state.asOf;
  captureLayers(state, catalog, slide);
  slide.kinds = shownOf<domain::Kind>(state.kindMask, ui::kAllKinds, domain::kKindCount);
  slide.statuses = shownOf<domain::Status>(state.statusMask, ui::kAllStatuses, domain::kStatusCount);
  slide.overdueOnly = state.overdueOnly;
  const bool district =
      state.highlightDistrict >= 0 && static_cast<std::size_t>(state.highlightDistrict) < catalog.districts.size();
  if (district) slide.district = catalog.districts[static_cast<std::size_t>(state.highlightDistrict)].name;
  if (state.selectedProject >= 0 && static_cast<std::size_t>(state.selectedProject) < catalog.projects.size())
    slide.project = catalog.projects[static_cast<std::size_t>(state.selectedProject)].name;
  slide.figures = district ? domain::SlideFigures::District : domain::SlideFigures::County;
  return slide;
}

render::MapCamera slideCamera(const domain::Slide& slide, const MapView& view, int width, int height) {
  render::MapCamera camera;
  camera.setViewport(width, height);
  std::optional<geo::Extent> frame;
  if (!slide.district.empty()) frame = view.districtExtent(slide.district);
  if (!frame || frame->empty()) frame = view.homeExtent();
  camera.fit(*frame);
  if (auto center = localCenter(slide, view)) camera.setCenter(center->first, center->second);
  const domain::SlideCamera& c = slide.camera;
  if (!c.threeD) {
    if (c.scale > 0) camera.setMetresPerPixel(c.scale * kMetresPerPixelAtScale1 * kSlideReferenceWidth / width);
    return camera;
  }
  camera.setTarget3d(true);
  camera.finishTransition();
  camera.setOrientation(c.headingDegrees, c.tiltDegrees);
  // MapCamera::distance: range = metres per pixel × height / (2 tan(fov / 2)).
  if (c.rangeMetres > 0) {
    const double halfFov = render::MapCamera::kFovYDegrees * std::numbers::pi / 360;
    camera.setMetresPerPixel(c.rangeMetres * 2 * std::tan(halfFov) / height);
  }
  camera.setCenterHeight(view.groundHeight(camera.centerX(), camera.centerY()));
  return camera;
}

std::string slideTitle(const domain::Slide& slide, std::size_t index, core::Lang lang) {
  return slide.title.empty() ? core::tr(lang, core::Msg::SlideUntitled, index + 1) : slide.title;
}

}  // namespace wm::app
