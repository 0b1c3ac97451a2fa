#include "app/basemap_follower.hpp"

#include <sys/resource.h>

#include <algorithm>
#include <cmath>

#include "io/raster_reader.hpp"

namespace wm::app {
namespace {

constexpr int kReadNice = 10;  // as the map's loader (map_loading.cpp)

// Where the rays through the view's corners and edge middles meet the ground plane (local metres); whether
// every one of them did (a tilted view's top may look past the horizon).
bool groundFootprint(const render::MapCamera& camera, geo::Extent& footprint) {
  bool all = true;
  const double w = camera.width(), h = camera.height();
  for (double fx : {0.0, 0.5, 1.0})
    for (double fy : {0.0, 0.5, 1.0}) {
      if (auto p = camera.groundAt(fx * w, fy * h))
        footprint.add(p->x(), p->y());
      else
        all = false;
    }
  return all;
}

geo::Extent grown(const geo::Extent& e, double margin) {
  const double dx = (e.maxX - e.minX) * margin, dy = (e.maxY - e.minY) * margin;
  return {e.minX - dx, e.minY - dy, e.maxX + dx, e.maxY + dy};
}

geo::Extent clipped(const geo::Extent& e, const geo::Extent& limit) {
  if (limit.empty()) return e;
  geo::Extent out{std::max(e.minX, limit.minX), std::max(e.minY, limit.minY), std::min(e.maxX, limit.maxX),
                  std::min(e.maxY, limit.maxY)};
  return out.minX < out.maxX && out.minY < out.maxY ? out : geo::Extent{};
}

}  // namespace

domain::BasemapView basemapViewFor(const render::MapCamera& camera, scene::SceneOrigin origin, const geo::Extent& limit,
                                   double margin, int maxSide) {
  geo::Extent local, ground;
  const bool whole = groundFootprint(camera, local);
  if (!local.empty())
    ground = {local.minX + origin.x, local.minY + origin.y, local.maxX + origin.x, local.maxY + origin.y};
  if (!whole) ground.add(limit);  // beyond the horizon: as far as the tiles go
  domain::BasemapView view;
  view.extent = clipped(grown(ground, margin), limit);
  if (view.extent.empty()) return view;
  const double w = view.extent.maxX - view.extent.minX, h = view.extent.maxY - view.extent.minY;
  const double pixel = std::max({camera.metresPerPixel(), w / maxSide, h / maxSide});
  view.width = std::clamp(static_cast<int>(std::ceil(w / pixel - 1e-6)), 1, maxSide);
  view.height = std::clamp(static_cast<int>(std::ceil(h / pixel - 1e-6)), 1, maxSide);
  return view;
}

bool basemapStillServes(const domain::BasemapView& read, const domain::BasemapView& visible) {
  if (visible.width <= 0) return true;  // nothing of the tiles in view: nothing to read
  if (read.width <= 0) return false;
  const geo::Extent &r = read.extent, &v = visible.extent;
  const double slack = 1e-6 * std::max(r.maxX - r.minX, r.maxY - r.minY);
  if (v.minX < r.minX - slack || v.minY < r.minY - slack || v.maxX > r.maxX + slack || v.maxY > r.maxY + slack)
    return false;
  const double ratio = visible.metresPerPixel() / read.metresPerPixel();
  return ratio <= kRereadScale && ratio >= 1 / kRereadScale;
}

BasemapFollower::BasemapFollower(std::shared_ptr<domain::BasemapSource> source, scene::MapScene& scene)
    : _source(std::move(source)), _scene(scene) {}

BasemapFollower::~BasemapFollower() {
  if (_reading.valid()) _reading.wait();
}

domain::BasemapView BasemapFollower::viewOf(const render::MapCamera& camera, double margin) const {
  return basemapViewFor(camera, _scene.origin(), _source->coverage(), margin, io::kMaxBasemapSide);
}

void BasemapFollower::viewChanged(const render::MapCamera& camera, Clock::time_point now) {
  if (_target && basemapStillServes(*_target, viewOf(camera, 0))) {
    _wanted.reset();  // back where the image is: no read
    return;
  }
  domain::BasemapView wanted = viewOf(camera, kMargin);
  if (wanted.width <= 0) return;
  _wanted = wanted;
  _wantedSince = now;
}

BasemapFollower::Polled BasemapFollower::poll(Clock::time_point now) {
  Polled out;
  if (_reading.valid() && _reading.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
    domain::BasemapViewRead read = _reading.get();
    if (read.image) {
      _scene.showBasemap(*read.image);
      out.shown = _anyShown = true;
      ++_images;
      _lastZoom = read.zoom;
    }
    out.problems = std::move(read.problems);
  }
  if (_wanted && !_reading.valid() && (!_anyShown || now - _wantedSince >= kQuiet)) {
    _target = *_wanted;
    _wanted.reset();
    _reading = std::async(std::launch::async, [source = _source, view = *_target] {
      // Below the window's thread (as the loader is), so that a read using both cores leaves the window its frames.
      setpriority(PRIO_PROCESS, 0, kReadNice);
      return source->read(view);
    });
  }
  return out;
}

core::Diagnostics BasemapFollower::showNow(const render::MapCamera& camera) {
  const domain::BasemapView view = viewOf(camera, 0);
  if (view.width <= 0) return {};
  domain::BasemapViewRead read = _source->read(view);
  if (read.image) {
    _scene.showBasemap(*read.image);
    ++_images;
    _lastZoom = read.zoom;
  }
  _target = view;
  return std::move(read.problems);
}

}  // namespace wm::app
