#pragma once
// The desk's Export video (ui/video_export.hpp): a VideoRecording of a MapView of its own — so that the window's
// map, overlay, date and camera are never touched — stepped a few frames at a time by the window's loop, on its
// thread (the one with the GL work), so that the window keeps drawing between steps. The recording draws in its
// own offscreen context; after each step the window's context is made current again.
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

#include "app/map_loading.hpp"
#include "app/video_recording.hpp"
#include "core/progress.hpp"
#include "render/map_camera.hpp"
#include "ui/video_export.hpp"
#include "ui/view_state.hpp"

namespace wm::app {

class VideoExportJob {
public:
  /// The video's size and pace: a briefing's (1280 × 720, 25 frames a second, 30 days a second).
  static constexpr int kWidth = 1280, kHeight = 720, kFps = 25;
  static constexpr double kDaysPerSecond = 30;
  /// How often the desk is redrawn to show a running export's progress.
  static constexpr std::chrono::milliseconds kProgressInterval{250};

  /// `map` (the loaded sources, their programs and the window's view) must outlive the job.
  explicit VideoExportJob(const OpenedMap& map);
  ~VideoExportJob();
  VideoExportJob(const VideoExportJob&) = delete;
  VideoExportJob& operator=(const VideoExportJob&) = delete;

  /// The functions the desk's Timeline calls; they refer to this job, which must outlive the desk.
  ui::VideoExporter exporter();

  /// The window's loop, once a turn: begins a queued export (the desk's filters, layers and language, and the
  /// window's camera scaled to the video's width), or draws and encodes frames of a running one for about
  /// `budget`, at least one; finishes, cancels or fails it. `restoreContext` makes the window's GL context
  /// current again, called after any drawing. Returns whether the desk should be redrawn to show how it stands
  /// (the export began or ended, or kProgressInterval has passed since it was last shown).
  bool step(const ui::ViewState& state, const render::MapCamera& window, const std::function<void()>& restoreContext,
            std::chrono::milliseconds budget = std::chrono::milliseconds(80));

  ui::VideoExportStatus status() const;

private:
  void begin(const ui::ViewState& state, const render::MapCamera& window);
  void record(std::chrono::milliseconds budget);
  void end(std::string outcome, bool failed);

  const OpenedMap& _map;
  std::optional<ui::VideoExportRequest> _queued;  ///< asked for by the desk, begun at the next step
  // The running export.
  std::optional<ui::VideoExportRequest> _request;
  core::Lang _lang = core::Lang::En;
  std::unique_ptr<MapView> _view;
  std::unique_ptr<VideoRecording> _recording;
  std::optional<core::Progress> _progress;       ///< a new one for each export
  ui::VideoExportStatus _last;                   ///< the last export's outcome
  std::chrono::steady_clock::time_point _shown;  ///< when the desk was last redrawn for the running export
};

/// The window's camera for an image `width` × `height`: the same centre, heading and tilt, and the same ground
/// across the width.
render::MapCamera scaledCamera(const render::MapCamera& window, int width, int height);

}  // namespace wm::app
