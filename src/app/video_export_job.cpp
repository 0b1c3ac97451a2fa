#include "app/video_export_job.hpp"

#include <utility>

#include "publish/frame_schedule.hpp"

namespace wm::app {

using core::Msg;
using core::tr;

render::MapCamera scaledCamera(const render::MapCamera& window, int width, int height) {
  render::MapCamera camera = window;
  const double metresPerPixel = window.metresPerPixel() * window.width() / width;
  camera.finishTransition();  // a 2D/3D switch under way: where it is going
  camera.setViewport(width, height);
  camera.setMetresPerPixel(metresPerPixel);
  return camera;
}

VideoExportJob::VideoExportJob(const OpenedMap& map) : _map(map) {}

VideoExportJob::~VideoExportJob() {
  // The recording first (its temporary removed, its context closed), then the view it draws.
  _recording.reset();
  _view.reset();
}

ui::VideoExporter VideoExportJob::exporter() {
  return {[this](const ui::VideoExportRequest& request) { _queued = request; }, [this] { return status(); },
          [this] {
            if (_progress) _progress->cancel();
          }};
}

ui::VideoExportStatus VideoExportJob::status() const {
  if (!_request) return _last;
  ui::VideoExportStatus s;
  s.running = true;
  s.file = _request->file.filename().string();
  s.done = _progress->done();
  s.total = _progress->total();
  return s;
}

bool VideoExportJob::step(const ui::ViewState& state, const render::MapCamera& window,
                          const std::function<void()>& restoreContext, std::chrono::milliseconds budget) {
  const bool began = _queued && !_request;
  if (began) begin(state, window);  // the view and the recording (or why not): drawn from the next step on
  _queued.reset();
  if (!began && !_request) return false;
  if (_request && _progress->cancelled())
    end(tr(_lang, Msg::UiVideoCancelled), false);
  else if (_request && !began)
    record(budget);
  restoreContext();
  // The desk is redrawn when the export begins or ends and a few times a second between: each redraw of the
  // window's map takes time from the video's frames (both are drawn by the CPU here).
  const auto now = std::chrono::steady_clock::now();
  if (began || !_request || now - _shown >= kProgressInterval) {
    _shown = now;
    return true;
  }
  return false;
}

// A MapView of the export's own, built on this thread: its construction takes a fraction of a second even at a
// million works (the levels of detail are built when first drawn), and a view built on a worker would share the
// window's font (osgText's glyph cache) across threads.
void VideoExportJob::begin(const ui::ViewState& state, const render::MapCamera& window) {
  _request = _queued;
  _lang = state.lang;
  const publish::FrameSchedule schedule(_request->from, _request->to, kFps, kDaysPerSecond);
  _progress.emplace();
  _progress->start(schedule.frames());
  ui::MapFilter filter = ui::mapFilter(state);
  filter.periodMode = false;  // the video shows each day's statuses: works turn green as they are completed
  filter.selectedProject = ui::kNoProject;
  filter.asOfDays = _request->from.days();
  const MapInputs& in = _map.inputs;
  _view = std::make_unique<MapView>(in.loaded.catalog, in.loaded.style, in.title, _lang, in.program.get(),
                                    in.terrainProgram.get());
  _view->setFilter(filter);
  for (std::size_t l = 0; l < state.layers.size(); ++l)
    _view->scene().setLayerView(l, state.layers[l].visible, state.layers[l].opacity);
  _view->scene().setLayerOrder({state.layerOrder.rbegin(), state.layerOrder.rend()});
  core::Diagnostics tiles;  // a basemap tile that could not be read: the window reports its own
  auto recording = VideoRecording::start(*_view, scaledCamera(window, kWidth, kHeight), in.program.get(), schedule,
                                         _request->file, tiles);
  if (!recording) {
    end(tr(_lang, Msg::UiVideoFailed, recording.error().text(_lang)), true);
    return;
  }
  _recording = std::move(*recording);
}

void VideoExportJob::record(std::chrono::milliseconds budget) {
  const auto until = std::chrono::steady_clock::now() + budget;
  do {
    if (auto added = _recording->addFrame(); !added) {
      end(tr(_lang, Msg::UiVideoFailed, added.error().text(_lang)), true);
      return;
    }
    _progress->step();
  } while (!_recording->complete() && !_progress->cancelled() && std::chrono::steady_clock::now() < until);
  if (!_recording->complete()) return;
  if (auto finished = _recording->finish(); !finished)
    end(tr(_lang, Msg::UiVideoFailed, finished.error().text(_lang)), true);
  else
    end(tr(_lang, Msg::UiVideoSaved, _request->file.string()), false);
}

void VideoExportJob::end(std::string outcome, bool failed) {
  _recording.reset();  // unfinished: the encoder closed and the temporary removed
  _view.reset();
  _last = ui::VideoExportStatus{};
  _last.file = _request->file.filename().string();
  _last.outcome = std::move(outcome);
  _last.failed = failed;
  _request.reset();
  _progress.reset();
}

}  // namespace wm::app
