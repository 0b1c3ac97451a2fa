#include "app/slide_camera.hpp"

#include <cmath>
#include <numbers>

#include "geo/crs.hpp"
#include "geo/transformer.hpp"

namespace wm::app {
namespace {

// The slide's centre in the scene's local metres; none without one or when PROJ cannot convert it.
std::optional<std::pair<double, double>> localCenter(const domain::Slide& slide, const MapView& view) {
  if (!slide.camera.center) return std::nullopt;
  auto transformer = geo::Transformer::create(geo::Crs::cgcs2000Geographic().definition(),
                                              view.catalog().workingCrs.definition());
  if (!transformer) return std::nullopt;
  double x = slide.camera.center->first, y = slide.camera.center->second;
  if (transformer->transform(&x, &y, 1) != 1) return std::nullopt;
  return std::pair(x - view.scene().origin().x, y - view.scene().origin().y);
}

}  // namespace

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
