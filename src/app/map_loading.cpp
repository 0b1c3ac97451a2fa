#include "app/map_loading.hpp"

#include <sys/resource.h>

#include <algorithm>
#include <sstream>

#include "app/commands.hpp"

namespace wm::app {

namespace {
constexpr int kLoadNice = 10;
}  // namespace

ui::LayerLoad layerLoad(const io::LayerProgress& p) {
  ui::LayerLoad out;
  out.name = p.name;
  out.stage = p.stage == io::LayerProgress::Stage::Reading        ? ui::LayerLoad::Stage::Reading
              : p.stage == io::LayerProgress::Stage::Reprojecting ? ui::LayerLoad::Stage::Reprojecting
                                                                  : ui::LayerLoad::Stage::Done;
  out.done = p.done;
  out.total = p.total;
  return out;
}

MapLoading::MapLoading(std::vector<std::string> sources, core::Lang lang) {
  _result = std::async(std::launch::async, [this, sources = std::move(sources), lang] {
    // Below the window's thread, so that a load using every core leaves the window its frames. On Linux the
    // nice value is per thread, and the loader's pool threads, started from this one, inherit it.
    setpriority(PRIO_PROCESS, 0, kLoadNice);
    auto opened = std::make_unique<OpenedMap>();
    std::ostringstream out, err;
    io::LoadOptions options;
    options.progress = [this](const io::LayerProgress& p) { report(p); };
    opened->inputs = prepareMap(sources, Streams{out, err, lang}, options);
    {
      std::lock_guard lock(_mutex);
      _view.phase = ui::LoadingView::Phase::Building;
    }
    if (!opened->inputs.failure) {
      const MapInputs& in = opened->inputs;
      opened->view = std::make_unique<MapView>(in.loaded.catalog, in.loaded.style, in.title, lang, in.program.get(),
                                               in.terrainProgram.get());
    }
    opened->messages = err.str();
    return opened;
  });
}

MapLoading::~MapLoading() {
  if (_result.valid()) _result.wait();
}

void MapLoading::report(const io::LayerProgress& p) {
  std::lock_guard lock(_mutex);
  if (_view.layers.size() <= p.layer) _view.layers.resize(p.layer + 1);
  ui::LayerLoad& layer = _view.layers[p.layer];
  // Reports from worker threads can arrive out of order: a layer never goes back a stage or a count.
  ui::LayerLoad next = layerLoad(p);
  if (next.stage > layer.stage || (next.stage == layer.stage && next.done >= layer.done) || layer.name.empty())
    layer = std::move(next);
  if (_view.phase == ui::LoadingView::Phase::Finding) _view.phase = ui::LoadingView::Phase::Reading;
}

ui::LoadingView MapLoading::progress() const {
  std::lock_guard lock(_mutex);
  ui::LoadingView view = _view;
  view.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - _start).count();
  const bool allDone = !view.layers.empty() && std::all_of(view.layers.begin(), view.layers.end(), [](const auto& l) {
    return l.stage == ui::LayerLoad::Stage::Done;
  });
  if (allDone) view.phase = ui::LoadingView::Phase::Building;  // the district join, then the scene
  return view;
}

bool MapLoading::finished() const {
  return _result.valid() && _result.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}

std::unique_ptr<OpenedMap> MapLoading::take() { return _result.valid() ? _result.get() : nullptr; }

}  // namespace wm::app
