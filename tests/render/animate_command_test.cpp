// `worksmap animate` end to end: data in, MP4 out, read back with ffprobe (frames, duration) and decoded with
// ffmpeg (a completed work's colour in the last frame, not in the first); Ctrl+C leaves no file; bad input is
// refused with its message (runs under xvfb-run with the render tests).
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "render/offscreen.hpp"
#include "render/pixel_checks.hpp"
#include "render/park_fixture.hpp"
#include "support/fixture_writer.hpp"
#include "support/video_probe.hpp"

extern char** environ;

using namespace wm;
using test::writePark;
namespace fs = std::filesystem;

namespace {

struct Ran {
  int code = -1;
  std::string err;
};

// The command with English messages; its exit code and what it wrote to stderr.
Ran animate(const std::string& args, const fs::path& dir) {
  const fs::path err = dir / "stderr.txt";
  const std::string command =
      "WORKSMAP_LANG=en " + std::string(WORKSMAP_BINARY) + " animate " + args + " >/dev/null 2>'" + err.string() + "'";
  const int status = std::system(command.c_str());
  std::ifstream in(err);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1,
          {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()}};
}

// Frame `index` of the video, decoded by the ffmpeg command into an RGBA PNG.
core::Result<render::RgbaImage> frame(const fs::path& video, int index, const fs::path& png) {
  test::commandOutput("ffmpeg -v error -y -i '" + video.string() + "' -vf 'select=eq(n\\," + std::to_string(index) +
                      ")' -frames:v 1 -pix_fmt rgba '" + png.string() + "'");
  return render::readPng(png.string());
}

// Pixels of the middle half of the image (the park; its name label at the very centre left out) within 80 of
// `colour` (the sum over the three channels): the ink of the park's hatch, lightened a little where the video's
// colour is stored at half resolution (decoded, the under-construction ink is about 57 off, the completed ink
// about 20; the two colours are 234 apart).
int pixelsNear(const render::RgbaImage& image, test::Rgb colour) {
  int n = 0;
  for (int y = image.height / 4; y < 3 * image.height / 4; ++y)
    for (int x = image.width / 4; x < 3 * image.width / 4; ++x) {
      if (std::abs(y - image.height / 2) < 12) continue;
      const test::Rgb p = test::pixel(image, x, y);
      n += std::abs(p[0] - colour[0]) + std::abs(p[1] - colour[1]) + std::abs(p[2] - colour[2]) < 80;
    }
  return n;
}

}  // namespace

TEST(AnimateCommand, WritesTheSampleCountysPeriodThatFfprobeCounts) {
  test::ScopedDir dir;
  const fs::path video = dir.path / "进度.mp4";
  // 2022-01-01 → 2022-03-01 is 59 days; at 30 days a second and 10 frames a second: 59 / 3 = 19.7 → 20 frames, 2 s.
  const Ran run = animate(std::string(WORKSMAP_GEODATA) + "/sample-county.worksmap.toml -o '" + video.string() +
                              "' --from 2022-01-01 --to 2022-03-01 --fps 10 --days-per-second 30 --size 320x180",
                          dir.path);
  ASSERT_EQ(run.code, 0) << run.err;
  EXPECT_EQ(test::probeVideo(video), "codec_name=h264\nwidth=320\nheight=180\nduration=2.000000\nnb_read_frames=20\n");
  EXPECT_FALSE(fs::exists(dir.path / "进度.mp4.tmp"));
}

TEST(AnimateCommand, AWorkTurnsToTheCompletedColourByTheLastFrame) {
  test::ScopedDir dir;
  const fs::path park = writePark(dir.path), video = dir.path / "park.mp4";
  // 2022-06-01 → 2022-07-31: 60 days at 30 a second and 5 frames a second: 10 frames; the first shows 1 June
  // (the park under construction), the last 31 July (completed on 30 June).
  const Ran run = animate(park.string() + " -o " + video.string() +
                              " --from 2022-06-01 --to 2022-07-31 --fps 5 --days-per-second 30 --size 320x240",
                          dir.path);
  ASSERT_EQ(run.code, 0) << run.err;
  EXPECT_EQ(test::probeVideo(video), "codec_name=h264\nwidth=320\nheight=240\nduration=2.000000\nnb_read_frames=10\n");
  auto first = frame(video, 0, dir.path / "first.png"), last = frame(video, 9, dir.path / "last.png");
  ASSERT_TRUE(first && last);
  const test::Rgb completed = test::rgb(test::style().status[2]), building = test::rgb(test::style().status[1]);
  // The region is 160 × 96 pixels; the hatch's ink covers about a third of it.
  EXPECT_GT(pixelsNear(*last, completed), 2000);
  EXPECT_EQ(pixelsNear(*first, completed), 0);
  EXPECT_GT(pixelsNear(*first, building), 2000);
  EXPECT_EQ(pixelsNear(*last, building), 0);
}

TEST(AnimateCommand, CtrlCCancelsAndLeavesNoFile) {
  test::ScopedDir dir;
  const fs::path video = dir.path / "long.mp4", temporary = dir.path / "long.mp4.tmp";
  // A day a second at 25 frames a second: 9,125 frames for the year, far more than it draws before the signal.
  const std::string source = std::string(WORKSMAP_GEODATA) + "/sample-county.worksmap.toml";
  std::vector<std::string> args{
      WORKSMAP_BINARY, "animate",           source, "-o",     video.string(), "--from", "2022-01-01", "--to",
      "2022-12-31",    "--days-per-second", "1",    "--size", "320x180"};
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  ASSERT_EQ(::posix_spawn(&pid, WORKSMAP_BINARY, nullptr, nullptr, argv.data(), environ), 0);
  // Frames are being written once the temporary has grown.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
  std::error_code ec;
  while (!(fs::exists(temporary, ec) && fs::file_size(temporary, ec) > 0) &&
         std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  ASSERT_TRUE(fs::exists(temporary));
  ::kill(pid, SIGINT);
  int status = 0;
  ASSERT_EQ(::waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 5);  // cancelled
  EXPECT_FALSE(fs::exists(video));
  EXPECT_FALSE(fs::exists(temporary));
}

TEST(AnimateCommand, RefusesBadInputWithItsMessage) {
  test::ScopedDir dir;
  const std::string park = writePark(dir.path).string(), out = (dir.path / "p.mp4").string();
  Ran run = animate(park + " -o " + out + " --from 2022-07-01 --to 2022-06-01", dir.path);
  EXPECT_EQ(run.code, 3);
  EXPECT_EQ(run.err, "--from 2022-07-01 is after --to 2022-06-01\n");
  run = animate(park + " -o " + (dir.path / "p.avi").string() + " --from 2022-06-01 --to 2022-07-01", dir.path);
  EXPECT_EQ(run.code, 3);
  EXPECT_EQ(run.err,
            (dir.path / "p.avi").string() + ": the video is written as MP4; give a file name ending in .mp4\n");
  run = animate(park + " -o " + out + " --from 2022-06-01 --to 2022-07-01 --size 321x240", dir.path);
  EXPECT_EQ(run.code, 3);
  EXPECT_EQ(run.err, "'321x240' is not a video size like 1280x720 (even numbers, 16 to 4096 each way)\n");
  run = animate(park + " -o " + out + " --from 2022-06-01 --to 2022-07-01 --fps 0", dir.path);
  EXPECT_EQ(run.code, 3);
  EXPECT_EQ(run.err, "--fps 0: give a whole number of frames per second from 1 to 60\n");
  run = animate(park + " -o " + out + " --from 2022-06-01 --to 2022-07-01 --days-per-second -2", dir.path);
  EXPECT_EQ(run.code, 3);
  EXPECT_EQ(run.err, "--days-per-second -2: give a number of days above 0 and up to 3650\n");
  const fs::path missing = dir.path / "no-such-folder" / "p.mp4";
  run = animate(park + " -o " + missing.string() + " --from 2022-06-01 --to 2022-07-01", dir.path);
  EXPECT_EQ(run.code, 4);
  EXPECT_EQ(run.err, "cannot write " + missing.string() + ": the folder " + missing.parent_path().string() +
                         " does not exist or cannot be written to\n");
  EXPECT_FALSE(fs::exists(out));
  EXPECT_FALSE(fs::exists(missing.parent_path()));
}
