// worksmap-bench video: `worksmap animate` of a 12-month video at 1280×720 (30 days a second, 25 frames a second:
// 304 frames), the whole process timed as a user runs it; then, in a child process, the same frames' parts
// timed one by one — the as-of date set on the view (uniform, overlay, labels), the frame drawn offscreen and
// read back (to glFinish, inside the readback), and the frame encoded (RGBA → YUV and H.264).
#include <algorithm>
#include <iostream>
#include <sstream>
#include <vector>

#include <fmt/format.h>

#include "app/commands.hpp"
#include "app/map_view.hpp"
#include "bench_support.hpp"
#include "publish/frame_schedule.hpp"
#include "publish/video_writer.hpp"
#include "render/offscreen.hpp"

namespace wm::bench {
namespace {

constexpr int kWidth = 1280, kHeight = 720;

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v[v.size() / 2];
}

// "SECONDS|detail": the frames' parts, medians in milliseconds.
std::string frameParts(const std::string& source, core::Date from, core::Date to) {
  std::ostringstream sink;
  app::Streams io{sink, sink, core::Lang::Zh};
  app::MapInputs in = app::prepareMap({source}, io);
  if (in.failure) return "0|" + sink.str();
  app::MapView view(in.loaded.catalog, in.loaded.style, in.title, core::Lang::Zh, in.program.get(),
                    in.terrainProgram.get());
  render::MapCamera camera;
  camera.setViewport(kWidth, kHeight);
  camera.fit(view.homeExtent());
  view.cameraChanged(camera);
  render::OffscreenView offscreen;
  offscreen.width = kWidth, offscreen.height = kHeight, offscreen.camera = camera;
  offscreen.pixelCameras = view.pixelCameras();
  auto renderer = render::OffscreenRenderer::open(view.root(), offscreen);
  auto writer = publish::VideoWriter::open("/tmp/worksmap-bench-video.mp4", {kWidth, kHeight, 25, true});
  if (!renderer || !writer) return "0|cannot open the renderer or the writer";
  const publish::FrameSchedule schedule(from, to, 25, 30);
  std::vector<double> date, draw, encode;
  const auto t0 = Clock::now();
  for (std::size_t i = 0; i < schedule.frames(); ++i) {
    auto t = Clock::now();
    view.setAsOf(schedule.date(i));
    date.push_back(since(t) * 1000);
    t = Clock::now();
    auto image = (*renderer)->draw(offscreen, in.program.get());
    draw.push_back(since(t) * 1000);
    if (!image) return "0|" + image.error().text(wm::core::Lang::En);
    t = Clock::now();
    if (!(*writer)->addFrame(image->pixels.data())) return "0|encoding failed";
    encode.push_back(since(t) * 1000);
  }
  (void)(*writer)->finish();
  const double all = since(t0);
  // The first two frames upload the scene's buffers: their draw times are shown apart.
  return fmt::format(
      "{:.1f}|{} frames in {:.1f} s: {:.0f} ms a frame; median date change {:.1f} ms, draw and "
      "readback {:.1f} ms (first {:.0f} ms), encode {:.1f} ms",
      all, schedule.frames(), all, all * 1000 / schedule.frames(), median(date), median({draw.begin() + 2, draw.end()}),
      draw.front(), median(encode));
}

}  // namespace

void benchVideo(const std::string& source, const std::string& label, const std::string& from, const std::string& to) {
  const ProcessRun whole = runProcess({WORKSMAP_BINARY, "animate", source, "-o", "/tmp/worksmap-bench-animate.mp4",
                                       "--from", from, "--to", to, "--size", fmt::format("{}x{}", kWidth, kHeight)});
  std::cout << fmt::format("| {} | worksmap animate (whole process) | {:.1f} s | {:.0f} MiB | exit {} |\n", label,
                           whole.seconds, whole.peakMiB, whole.status);
  const Measured parts =
      inChild([&] { return frameParts(source, core::parseDate(from).date, core::parseDate(to).date); });
  std::cout << fmt::format("| {} | the frames alone | {:.1f} s | {:.0f} MiB | {} |\n", label, parts.seconds,
                           parts.peakMiB, parts.detail);
  std::cout.flush();
}

}  // namespace wm::bench
