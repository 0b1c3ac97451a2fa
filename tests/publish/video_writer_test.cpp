// publish::VideoWriter: frames in, an MP4 out that ffprobe reads back (frame count, duration, codec, size) and
// ffmpeg decodes to the colour drawn; nothing left behind when it fails or is abandoned.
#include "publish/video_writer.hpp"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "support/video_probe.hpp"

using namespace wm;
namespace fs = std::filesystem;

namespace {

struct ScratchDir {
  fs::path dir = fs::temp_directory_path() / ("wm-video-" + std::to_string(::getpid()) + "-" +
                                              ::testing::UnitTest::GetInstance()->current_test_info()->name());
  ScratchDir() { fs::create_directories(dir); }
  ~ScratchDir() { fs::remove_all(dir); }
};

// Frame `index` decoded to 8-bit RGB by the ffmpeg command.
std::vector<unsigned char> decodeFrame(const fs::path& file, int index, const fs::path& raw) {
  test::commandOutput("ffmpeg -v error -y -i '" + file.string() + "' -vf 'select=eq(n\\," + std::to_string(index) +
                      ")' -frames:v 1 -f rawvideo -pix_fmt rgb24 '" + raw.string() + "'");
  std::ifstream in(raw, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// `count` frames of 64 × 48: the first all red (200, 40, 40), the others all green (60, 160, 80).
void writeFrames(publish::VideoWriter& writer, int count) {
  std::vector<std::uint8_t> red(64 * 48 * 4), green(64 * 48 * 4);
  for (std::size_t i = 0; i < red.size(); i += 4) {
    red[i] = 200, red[i + 1] = 40, red[i + 2] = 40, red[i + 3] = 255;
    green[i] = 60, green[i + 1] = 160, green[i + 2] = 80, green[i + 3] = 255;
  }
  for (int i = 0; i < count; ++i) ASSERT_TRUE(writer.addFrame(i == 0 ? red.data() : green.data()));
}

void expectColour(const std::vector<unsigned char>& rgb, int r, int g, int b) {
  ASSERT_EQ(rgb.size(), 64u * 48 * 3);
  const std::size_t centre = (24 * 64 + 32) * 3;
  EXPECT_NEAR(rgb[centre], r, 6);
  EXPECT_NEAR(rgb[centre + 1], g, 6);
  EXPECT_NEAR(rgb[centre + 2], b, 6);
}

}  // namespace

TEST(VideoWriter, WritesAnH264Mp4ThatFfprobeReadsBack) {
  ScratchDir scratch;
  const fs::path file = scratch.dir / "进度.mp4";
  auto writer = publish::VideoWriter::open(file, {64, 48, 10, true});
  ASSERT_TRUE(writer) << writer.error().text(wm::core::Lang::En);
  EXPECT_EQ((*writer)->codec(), publish::VideoCodec::H264);
  EXPECT_EQ((*writer)->temporary(), scratch.dir / "进度.mp4.tmp");
  writeFrames(**writer, 30);
  EXPECT_FALSE(fs::exists(file));  // only the temporary until finished
  ASSERT_TRUE((*writer)->finish());
  EXPECT_FALSE(fs::exists(scratch.dir / "进度.mp4.tmp"));
  // 30 frames at 10 a second: 3 s.
  EXPECT_EQ(test::probeVideo(file), "codec_name=h264\nwidth=64\nheight=48\nduration=3.000000\nnb_read_frames=30\n");
  expectColour(decodeFrame(file, 0, scratch.dir / "first.rgb"), 200, 40, 40);
  expectColour(decodeFrame(file, 29, scratch.dir / "last.rgb"), 60, 160, 80);
}

TEST(VideoWriter, FallsBackToMpeg4PartTwo) {
  ScratchDir scratch;
  const fs::path file = scratch.dir / "progress.mp4";
  auto writer = publish::VideoWriter::open(file, {64, 48, 25, false});
  ASSERT_TRUE(writer) << writer.error().text(wm::core::Lang::En);
  EXPECT_EQ((*writer)->codec(), publish::VideoCodec::Mpeg4);
  writeFrames(**writer, 5);
  ASSERT_TRUE((*writer)->finish());
  EXPECT_EQ(test::probeVideo(file), "codec_name=mpeg4\nwidth=64\nheight=48\nduration=0.200000\nnb_read_frames=5\n");
  expectColour(decodeFrame(file, 4, scratch.dir / "last.rgb"), 60, 160, 80);
}

TEST(VideoWriter, AnAbandonedVideoLeavesNothing) {
  ScratchDir scratch;
  const fs::path file = scratch.dir / "progress.mp4";
  {
    auto writer = publish::VideoWriter::open(file, {64, 48, 25, true});
    ASSERT_TRUE(writer);
    writeFrames(**writer, 3);
    EXPECT_TRUE(fs::exists((*writer)->temporary()));
  }
  EXPECT_TRUE(fs::is_empty(scratch.dir));
}

TEST(VideoWriter, RefusesOddSizesAndMissingFolders) {
  ScratchDir scratch;
  auto odd = publish::VideoWriter::open(scratch.dir / "a.mp4", {63, 48, 25, true});
  ASSERT_FALSE(odd);
  EXPECT_NE(odd.error().text(wm::core::Lang::En).find("even"), std::string::npos);
  auto missing = publish::VideoWriter::open(scratch.dir / "no-such-folder" / "a.mp4", {64, 48, 25, true});
  ASSERT_FALSE(missing);
  EXPECT_NE(missing.error().text(wm::core::Lang::En).find("no-such-folder"), std::string::npos)
      << missing.error().text(wm::core::Lang::En);
  EXPECT_TRUE(fs::is_empty(scratch.dir));
}
