#pragma once
// Where a briefing slide's camera looks (domain::SlideCamera), as a MapCamera over a MapView's scene.
#include <string>

#include "app/map_view.hpp"
#include "domain/slide.hpp"
#include "render/map_camera.hpp"
#include "ui/view_state.hpp"

namespace wm::app {

/// The slide's scale and range are given for this image width (domain::SlideCamera::scale).
inline constexpr int kSlideReferenceWidth = 1920;
/// Metres on the ground per pixel at scale 1 : 1 on a 96 dpi screen.
inline constexpr double kMetresPerPixelAtScale1 = 0.0254 / 96;

/// The camera showing `slide` in a width × height image of `view`: framed on its centre and scale (3D: target,
/// heading, tilt, range), else on its highlighted district, else on everything loaded; in 3D the target stands
/// on the ground. A centre that cannot be converted to the working CRS frames as if none were given.
render::MapCamera slideCamera(const domain::Slide& slide, const MapView& view, int width, int height);

/// A new slide of what the window shows now: `camera` (a width × height view of `view`) as the slide's centre
/// (lon/lat) and scale, or 3D target, heading, tilt and range, so that slideCamera gives the same view back at
/// that size; the date or period, the layers shown where they differ from the default (and their opacity), the
/// kind, status and overdue filters, the highlighted district and selected project from `state`. Figures: the
/// district's when one is highlighted, else the county's. No title (the panel's "Slide N" until one is typed).
domain::Slide slideFromView(const ui::ViewState& state, const render::MapCamera& camera, const MapView& view);

/// The slide's title, or "Slide N" (`index` from 0) translated when it has none.
std::string slideTitle(const domain::Slide& slide, std::size_t index, core::Lang lang);

}  // namespace wm::app
