#pragma once
// The window's load: the sources read, the map's programs loaded and its scene built on a worker thread, while
// the window stays responsive and draws a progress bar per layer (ui::LoadingPanel).
#include <chrono>
#include <future>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "app/map_view.hpp"
#include "io/catalog_loader.hpp"
#include "ui/loading_panel.hpp"

namespace wm::app {

/// What the worker made: the inputs (catalog, problems, style, programs; `failure` set when there is nothing to
/// draw) and the scene built from them.
struct OpenedMap {
  MapInputs inputs;
  std::unique_ptr<MapView> view;  ///< none when inputs.failure is set
  std::string messages;           ///< what a command would have printed to stderr while loading (the problems)
};

/// The loader's progress report as the loading panel shows it.
ui::LayerLoad layerLoad(const io::LayerProgress& progress);

class MapLoading {
public:
  /// Starts loading `sources` on a worker thread (everything the window's panels need: figures and the
  /// district join). `lang`: the language of the messages it collects.
  MapLoading(std::vector<std::string> sources, core::Lang lang);
  /// Waits for the worker.
  ~MapLoading();
  MapLoading(const MapLoading&) = delete;
  MapLoading& operator=(const MapLoading&) = delete;

  /// How far it has come (a copy; any thread).
  ui::LoadingView progress() const;
  /// Whether the worker has finished (take() would not wait).
  bool finished() const;
  /// The result, waiting for it if need be; once only.
  std::unique_ptr<OpenedMap> take();

private:
  void report(const io::LayerProgress& p);

  mutable std::mutex _mutex;
  ui::LoadingView _view;  ///< guarded by _mutex
  const std::chrono::steady_clock::time_point _start = std::chrono::steady_clock::now();
  std::future<std::unique_ptr<OpenedMap>> _result;
};

}  // namespace wm::app
