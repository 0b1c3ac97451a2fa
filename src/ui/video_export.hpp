#pragma once
// The Timeline's Export video as the desk sees it: the app makes the video (app/video_export_job; ui cannot draw
// the map), the desk asks for one, shows how far it has come and may cancel it.
#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>

#include "core/date.hpp"
#include "ui/export_progress.hpp"

namespace wm::ui {

/// A video of the map as of each date from `from` to `to`, with the desk's filters and layers as they are.
struct VideoExportRequest {
  std::filesystem::path file;  ///< the .mp4 (replaced when it exists: the dialog asked)
  core::Date from, to;
};

/// How the app's video export stands.
using VideoExportStatus = ExportStatus;

/// The app's side, passed in through DeskServices (empty: the Timeline offers no Export video). Called on the
/// desk's thread while it draws: start only queues the export, which the app begins before the next frame.
struct VideoExporter {
  std::function<void(const VideoExportRequest&)> start;
  std::function<VideoExportStatus()> status;
  std::function<void()> cancel;
  explicit operator bool() const { return start && status && cancel; }
};

}  // namespace wm::ui
