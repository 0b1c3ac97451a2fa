#pragma once
// A tile-set basemap that follows the map's view. The window's camera moves freely; once it has rested a
// moment (kQuiet) the ground it shows, with a margin, is read on a worker thread at about the screen's resolution
// (domain::BasemapSource::read: one zoom level, only the tiles under the view) and then shown. Until then the
// map keeps drawing the image it has. `render` reads exactly its view, on its own thread, before drawing.
#include <chrono>
#include <cstdint>
#include <future>
#include <memory>
#include <optional>

#include "core/diagnostic.hpp"
#include "domain/basemap_source.hpp"
#include "render/map_camera.hpp"
#include "scene/map_scene.hpp"

namespace wm::app {

/// The ground a camera shows, in the working CRS, with square pixels of the camera's scale at its centre: the
/// plan view's rectangle, or a tilted view's footprint on the ground plane (its part beyond the horizon taken as
/// `limit`), grown by `margin` (a fraction of its size on each side) and clipped to `limit` (working CRS: where
/// the tiles are; no clipping when empty). At most `maxSide` pixels a side (coarser pixels beyond). An empty
/// view (width 0) when nothing of `limit` is in view.
domain::BasemapView basemapViewFor(const render::MapCamera& camera, scene::SceneOrigin origin, const geo::Extent& limit,
                                   double margin, int maxSide);

/// Whether the image read for `read` still serves the view `visible` (both from basemapViewFor, `visible`
/// without margin): it covers it, and its pixels are within a factor kRereadScale of the view's (zoomed in
/// further the image would blur; zoomed out further it reads more than needed).
bool basemapStillServes(const domain::BasemapView& read, const domain::BasemapView& visible);
inline constexpr double kRereadScale = 1.5;

class BasemapFollower {
public:
  using Clock = std::chrono::steady_clock;
  /// A quarter of the view's size more on each side: a short pan needs no new read.
  static constexpr double kMargin = 0.25;
  /// How long the view must rest before a read starts (a drag or a wheel turn reads once, at its end).
  static constexpr std::chrono::milliseconds kQuiet{150};

  /// `scene` shows the images and must outlive the follower.
  BasemapFollower(std::shared_ptr<domain::BasemapSource> source, scene::MapScene& scene);
  /// Waits for a read in flight.
  ~BasemapFollower();
  BasemapFollower(const BasemapFollower&) = delete;
  BasemapFollower& operator=(const BasemapFollower&) = delete;

  /// The window's camera moved (or the window changed size): notes the view it now needs, if the image shown
  /// (or being read) does not serve it.
  void viewChanged(const render::MapCamera& camera, Clock::time_point now);
  struct Polled {
    bool shown = false;          ///< a new image is on the map: draw a frame
    core::Diagnostics problems;  ///< tiles that could not be read (each once)
  };
  /// On the drawing thread, every turn of the window's loop: shows a finished read, and starts the wanted one
  /// once the view has rested kQuiet (at once for the first view).
  Polled poll(Clock::time_point now);
  /// Reads the camera's view now, on this thread, and shows it (for `render`, which draws one frame).
  core::Diagnostics showNow(const render::MapCamera& camera);
  /// Whether a read is running or waiting to start.
  bool busy() const { return _reading.valid() || _wanted.has_value(); }
  /// Whether a read is running (not only waiting for the view to rest).
  bool reading() const { return _reading.valid(); }
  /// Images shown so far, and the tile level the last one was read from (-1: none yet).
  std::uint64_t imagesShown() const { return _images; }
  int lastZoom() const { return _lastZoom; }

private:
  domain::BasemapView viewOf(const render::MapCamera& camera, double margin) const;

  std::shared_ptr<domain::BasemapSource> _source;
  scene::MapScene& _scene;
  std::optional<domain::BasemapView> _target;  ///< the view of the image shown, or being read
  std::optional<domain::BasemapView> _wanted;  ///< the view to read next
  Clock::time_point _wantedSince;
  bool _anyShown = false;
  std::uint64_t _images = 0;
  int _lastZoom = -1;
  std::future<domain::BasemapViewRead> _reading;
};

}  // namespace wm::app
