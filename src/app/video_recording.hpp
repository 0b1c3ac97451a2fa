#pragma once
// A progress video being made from a MapView: for each frame of a publish::FrameSchedule the view's as-of date
// is set (a uniform and the overlay's date line: the scene is never rebuilt), the frame is drawn offscreen by one
// render::OffscreenRenderer kept for the whole video, and publish::VideoWriter encodes it into a temporary file
// beside the output. What `worksmap animate` and the desk's Export video share.
#include <cstddef>
#include <filesystem>
#include <memory>

#include <osg/Program>

#include "app/map_view.hpp"
#include "core/diagnostic.hpp"
#include "core/result.hpp"
#include "publish/frame_schedule.hpp"
#include "publish/video_writer.hpp"
#include "render/map_camera.hpp"
#include "render/offscreen.hpp"

namespace wm::app {

class VideoRecording {
public:
  /// Opens the video (its size is the camera's) and the offscreen context, after reading a tile-set basemap's
  /// tiles for the camera's view (those that could not be read go to `problems`). `view` must outlive the
  /// recording, which sets its as-of date frame by frame. Fails with a message (the writer's or the renderer's);
  /// nothing is then left on disk.
  static core::Result<std::unique_ptr<VideoRecording>> start(MapView& view, const render::MapCamera& camera,
                                                             osg::Program* program,
                                                             const publish::FrameSchedule& schedule,
                                                             const std::filesystem::path& output,
                                                             core::Diagnostics& problems, bool h264 = true);

  /// Draws and encodes the next frame; fails with a message. Only while !complete().
  core::Result<bool> addFrame();
  bool complete() const { return _next == _schedule.frames(); }
  std::size_t framesDone() const { return _next; }
  const publish::FrameSchedule& schedule() const { return _schedule; }
  /// Completes the file and moves it onto the output. Destroying the recording before (a cancel, a failure)
  /// removes the temporary: no video, no half-written file.
  core::Result<bool> finish() { return _writer->finish(); }
  /// "H.264" or "MPEG-4 part 2": the codec the writer found.
  const char* codecName() const;

private:
  VideoRecording(MapView& view, osg::Program* program, const publish::FrameSchedule& schedule);

  MapView& _view;
  osg::Program* _program;
  publish::FrameSchedule _schedule;
  render::OffscreenView _offscreen;
  std::unique_ptr<render::OffscreenRenderer> _renderer;
  std::unique_ptr<publish::VideoWriter> _writer;
  std::size_t _next = 0;
};

}  // namespace wm::app
