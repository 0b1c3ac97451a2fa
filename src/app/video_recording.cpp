#include "app/video_recording.hpp"

namespace wm::app {

VideoRecording::VideoRecording(MapView& view, osg::Program* program, const publish::FrameSchedule& schedule)
    : _view(view), _program(program), _schedule(schedule) {}

core::Result<std::unique_ptr<VideoRecording>> VideoRecording::start(MapView& view, const render::MapCamera& camera,
                                                                    osg::Program* program,
                                                                    const publish::FrameSchedule& schedule,
                                                                    const std::filesystem::path& output,
                                                                    core::Diagnostics& problems, bool h264) {
  std::unique_ptr<VideoRecording> r(new VideoRecording(view, program, schedule));
  // The camera never moves in a video: the basemap's tiles and the overlay's size are those of the first frame.
  problems.append(view.showBasemapNow(camera));
  view.cameraChanged(camera);
  r->_offscreen.width = camera.width();
  r->_offscreen.height = camera.height();
  r->_offscreen.camera = camera;
  auto writer = publish::VideoWriter::open(output, {camera.width(), camera.height(), schedule.fps(), h264});
  if (!writer) return writer.error();
  r->_writer = std::move(*writer);
  auto renderer = render::OffscreenRenderer::open(view.root(), r->_offscreen);
  if (!renderer) return renderer.error();
  r->_renderer = std::move(*renderer);
  return r;
}

core::Result<bool> VideoRecording::addFrame() {
  _view.setAsOf(_schedule.date(_next));
  // A new date builds a new overlay (its date line): the cameras drawn in pixels are asked for again, the old
  // overlay's camera being gone.
  _offscreen.pixelCameras = _view.pixelCameras();
  auto image = _renderer->draw(_offscreen, _program);
  if (!image) return image.error();
  if (auto added = _writer->addFrame(image->pixels.data()); !added) return added;
  ++_next;
  return true;
}

const char* VideoRecording::codecName() const {
  return _writer->codec() == publish::VideoCodec::H264 ? "H.264" : "MPEG-4 part 2";
}

}  // namespace wm::app
