#pragma once
// What the window shows while the sources load on a worker thread: one progress bar per layer (reading,
// reprojecting, done), then the scene being built. The app fills a LoadingView from io's progress reports; the
// panel only draws it, so the window stays responsive however long the load takes.
#include <cstddef>
#include <string>
#include <vector>

#include "core/translation.hpp"
#include "ui/click_targets.hpp"

namespace wm::ui {

/// One layer's progress, as the loader reported it last.
struct LayerLoad {
  enum class Stage : std::uint8_t { Reading, Reprojecting, Done };
  std::string name;  ///< "file: layer"
  Stage stage = Stage::Reading;
  std::size_t done = 0;   ///< features read or reprojected so far
  std::size_t total = 0;  ///< features the source says it has (0: unknown); at Done, those kept
  bool operator==(const LayerLoad&) const = default;
};

struct LoadingView {
  enum class Phase : std::uint8_t { Finding, Reading, Building };
  Phase phase = Phase::Finding;   ///< finding the sources, reading layers, building the map's scene
  std::vector<LayerLoad> layers;  ///< in the loader's order (LayerProgress::layer)
  double seconds = 0;             ///< since the load started
};

/// How far a layer has come, 0..1: reading is the first half and reprojecting the second (a source that does not
/// say how many features it has stays at a small constant until it is done), done is 1.
float layerFraction(const LayerLoad& layer);
/// The text on a layer's bar: "reading 4096 / 10000", "reprojecting …", "10000 features".
std::string layerProgressText(const LayerLoad& layer, core::Lang lang);

class LoadingPanel {
public:
  /// Draws the loading window in the middle of the display (scale: ui/screen_scale.hpp). `targets` gets
  /// "loading.layer.<i>" for each bar.
  void draw(const LoadingView& view, core::Lang lang, float scale, ClickTargets& targets);
};

}  // namespace wm::ui
