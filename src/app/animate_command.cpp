// `worksmap animate`: a video of the works turning green through a period, each frame the map as of its date
// drawn offscreen by the same MapView as `render`, encoded by publish::VideoWriter; Ctrl+C cancels cleanly.
#include <unistd.h>

#include <filesystem>
#include <memory>
#include <ostream>

#include "app/commands.hpp"
#include "app/video_recording.hpp"
#include "core/progress.hpp"

namespace wm::app {
namespace {

namespace fs = std::filesystem;
using core::Msg;
using core::tr;

// The frames, a step of `progress` each, until done or cancelled.
ExitCode recordFrames(VideoRecording& recording, core::Progress& progress, Streams io) {
  progress.start(recording.schedule().frames());
  while (!recording.complete()) {
    if (progress.cancelled()) return ExitCode::Cancelled;
    if (auto added = recording.addFrame(); !added) {
      io.err << tr(io.lang, Msg::CliAnimateFailed, added.error().text(io.lang)) << "\n";
      return ExitCode::OutputFailed;
    }
    progress.step();
  }
  return progress.cancelled() ? ExitCode::Cancelled : ExitCode::Ok;
}

ExitCode animate(const AnimateOptions& options, Streams io, ExportedMap& built) {
  if (!outputFolderWritable(options.output, io)) return ExitCode::OutputFailed;
  io::LoadOptions load;  // the map only, as `render` loads it
  load.measure = false;
  load.joinDistricts = false;
  built.inputs = prepareMap(options.sources, io, load);
  MapInputs& in = built.inputs;
  if (in.failure) return *in.failure;
  built.view = std::make_unique<MapView>(in.loaded.catalog, in.loaded.style, in.title, io.lang, in.program.get(),
                                         in.terrainProgram.get());
  MapView& view = *built.view;
  if (view.fontProblem()) io.err << *view.fontProblem() << "\n";  // the video is still made, without the date line
  render::MapCamera camera;
  camera.setViewport(options.width, options.height);
  camera.fit(view.homeExtent());
  const publish::FrameSchedule schedule(options.from, options.to, options.fps, options.daysPerSecond);
  // Ctrl+C cancels from before the temporary file is made: a signal never leaves it behind.
  core::Progress progress([&](std::size_t done, std::size_t total) {
    if (!options.progressLine) return;
    const std::string date = schedule.date(done == 0 ? 0 : done - 1).iso();  // the frame just drawn
    io.err << "\r" << tr(io.lang, Msg::CliAnimateProgress, done, total, date) << (done == total ? "\n" : "")
           << std::flush;
  });
  core::CancelOnSignals cancelOnCtrlC(progress);
  core::Diagnostics tiles;
  auto recording = VideoRecording::start(view, camera, in.program.get(), schedule, options.output, tiles);
  printDiagnostics(tiles, io.err, io.lang, false);
  if (!recording) {
    io.err << tr(io.lang, Msg::CliAnimateFailed, recording.error().text(io.lang)) << "\n";
    return ExitCode::OutputFailed;
  }
  VideoRecording& video = **recording;
  const ExitCode code = recordFrames(video, progress, io);
  if (code == ExitCode::Ok) {
    if (auto finished = video.finish(); !finished) {
      io.err << tr(io.lang, Msg::CliAnimateFailed, finished.error().text(io.lang)) << "\n";
      return ExitCode::OutputFailed;
    }
    io.out << tr(io.lang, Msg::CliAnimateWritten, options.output, schedule.frames(), schedule.seconds(),
                 video.codecName())
           << "\n";
    return in.loaded.anyUnreadable ? ExitCode::InputUnreadable : ExitCode::Ok;
  }
  recording->reset();  // the encoder closed, the temporary removed
  if (options.progressLine) io.err << "\n";
  if (code == ExitCode::Cancelled) io.err << tr(io.lang, Msg::CliAnimateCancelled, options.output) << "\n";
  return code;
}

}  // namespace

void runAnimate(const AnimateOptions& options, Streams io) {
  ExportedMap built;
  ExitCode code = animate(options, io, built);
  endExport(code, io);
}

}  // namespace wm::app
