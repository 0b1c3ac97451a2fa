// Reference images: the sample county drawn by `worksmap render` must match tests/render/reference/*.png within
// a tolerance. On a mismatch actual.png and diff.png are written next to the test binary's working directory;
// WORKSMAP_REBASELINE=1 replaces the reference with the new image instead (look at it before committing).
#include <cstdlib>
#include <filesystem>
#include <string>

#include <gtest/gtest.h>

#include "render/offscreen.hpp"
#include "support/fixture_writer.hpp"

using namespace wm;
namespace fs = std::filesystem;

namespace {

constexpr int kChannelTolerance = 24;        // per channel, 0-255: antialiasing may differ between GL drivers
constexpr double kAllowedDifferent = 0.005;  // fraction of pixels allowed beyond the tolerance

// Counts pixels differing beyond the tolerance and paints them red on a faded copy of the expected image.
std::size_t compare(const render::RgbaImage& expected, const render::RgbaImage& actual, render::RgbaImage& diff) {
  diff = expected;
  std::size_t different = 0;
  for (std::size_t i = 0; i < expected.pixels.size(); i += 4) {
    bool bad = false;
    for (int c = 0; c < 3; ++c) bad |= std::abs(expected.pixels[i + c] - actual.pixels[i + c]) > kChannelTolerance;
    for (int c = 0; c < 3; ++c)
      diff.pixels[i + c] = static_cast<std::uint8_t>(bad ? (c == 0 ? 255 : 0) : 128 + expected.pixels[i + c] / 2);
    different += bad;
  }
  return different;
}

}  // namespace

TEST(ReferenceImage, SampleCountyAsOfMid2023) {
  test::ScopedDir dir;
  fs::path actualPath = dir.path / "county.png";
  std::string command = "WORKSMAP_LANG=en " + std::string(WORKSMAP_BINARY) + " render " + WORKSMAP_GEODATA +
                        "/sample-county.worksmap.toml -o " + actualPath.string() +
                        " --size 480x360 --as-of 2023-06-30 >/dev/null 2>&1";
  ASSERT_EQ(std::system(command.c_str()), 0);
  auto actual = render::readPng(actualPath.string());
  ASSERT_TRUE(actual) << actual.error().text(wm::core::Lang::En);
  fs::path reference =
      fs::path(WORKSMAP_TEST_DATA).parent_path() / "render" / "reference" / "sample_county_2023-06-30.png";
  if (const char* rebaseline = std::getenv("WORKSMAP_REBASELINE"); rebaseline && std::string(rebaseline) == "1") {
    fs::create_directories(reference.parent_path());
    fs::copy_file(actualPath, reference, fs::copy_options::overwrite_existing);
    GTEST_SKIP() << "reference rewritten: " << reference;
  }
  auto expected = render::readPng(reference.string());
  ASSERT_TRUE(expected) << expected.error().text(wm::core::Lang::En) << " (WORKSMAP_REBASELINE=1 creates it)";
  ASSERT_EQ(actual->width, expected->width);
  ASSERT_EQ(actual->height, expected->height);
  render::RgbaImage diff;
  std::size_t different = compare(*expected, *actual, diff);
  double fraction = static_cast<double>(different) / (actual->width * actual->height);
  if (fraction > kAllowedDifferent) {
    fs::copy_file(actualPath, "actual.png", fs::copy_options::overwrite_existing);
    ASSERT_TRUE(render::writePng(diff, "diff.png"));
    FAIL() << different << " pixels (" << fraction * 100 << " %) differ; wrote " << fs::absolute("actual.png")
           << " and " << fs::absolute("diff.png");
  }
}
