// worksmap-bench basemap: how long a tile-set basemap takes to read for one view (the window's reader thread and
// `worksmap render` both do this), on the sample county's imagery.mbtiles, against resampling the whole tile set
// at once as a single raster.
#include <algorithm>
#include <iostream>
#include <vector>

#include <fmt/format.h>

#include "app/basemap_follower.hpp"
#include "app/load_sources.hpp"
#include "bench_support.hpp"
#include "io/raster_reader.hpp"

namespace wm::bench {
namespace {

struct ViewCase {
  const char* name;
  double zoom;  ///< times closer than the whole county
  bool tilted;  ///< the 3D view's default tilt
};

std::string readViews(const std::string& workspace) {
  io::LoadOptions options;
  options.measure = false;
  options.joinDistricts = false;
  app::Loaded loaded = app::loadSources({workspace}, domain::builtInMapStyle(), options);
  const domain::Catalog& catalog = loaded.catalog;
  if (!catalog.basemapTiles) return "0|the workspace has no tile-set basemap";
  geo::Extent data;
  for (const auto& layer : catalog.layers) data.add(layer.geometry.extent());
  const scene::SceneOrigin origin{data.centerX(), data.centerY()};
  std::string out;
  for (ViewCase c : {ViewCase{"whole county", 1, false},
                     {"4× closer", 4, false},
                     {"32× closer (past level 13)", 32, false},
                     {"3D, tilted 55°", 1, true}}) {
    render::MapCamera camera;
    camera.setViewport(1920, 1080);
    camera.fit({data.minX - origin.x, data.minY - origin.y, data.maxX - origin.x, data.maxY - origin.y});
    camera.setMetresPerPixel(camera.metresPerPixel() / c.zoom);
    if (c.tilted) camera.setTarget3d(true), camera.finishTransition();
    const domain::BasemapView view = app::basemapViewFor(camera, origin, catalog.basemapTiles->coverage(),
                                                         app::BasemapFollower::kMargin, io::kMaxBasemapSide);
    std::vector<double> ms;
    domain::BasemapViewRead read;
    for (int i = 0; i < 5; ++i) {
      auto t0 = Clock::now();
      read = catalog.basemapTiles->read(view);
      ms.push_back(since(t0) * 1000);
    }
    const double first = ms.front();  // the tiles not yet in the file system's cache
    std::sort(ms.begin(), ms.end());
    out += fmt::format("\n| {} | {} × {} px | level {}, {} tiles | first {:.0f} ms, median of 5 {:.0f} ms |", c.name,
                       view.width, view.height, read.zoom, read.tiles, first, ms[2]);
  }
  auto t0 = Clock::now();
  io::BasemapRead whole = io::readBasemap(catalog.basemapTiles->file(), catalog.workingCrs, data);
  out += fmt::format(
      "\n| whole tile set as one raster (readBasemap, capped at 4096 px) | {} × {} px | GDAL's MBTiles "
      "driver | {:.0f} ms |",
      whole.image ? whole.image->width : 0, whole.image ? whole.image->height : 0, since(t0) * 1000);
  return "0|" + out;
}

}  // namespace

void benchBasemap(const std::string& workspace) {
  Measured m = inChild([&] { return readViews(workspace); });
  std::cout << "| view (1920 × 1080 window, read with the follower's margin) | image | read | time |\n|---|---|---|---|"
            << m.detail << "\n(peak RSS " << fmt::format("{:.0f}", m.peakMiB) << " MiB)\n";
  std::cout.flush();
}

}  // namespace wm::bench
