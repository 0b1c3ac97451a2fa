// `worksmap render` end to end: data file in, PNG out, pixels probed (runs under xvfb-run with the render tests).
#include <cstdio>
#include <filesystem>
#include <string>

#include <gtest/gtest.h>

#include "render/offscreen.hpp"
#include "render/pixel_checks.hpp"
#include "scene/map_scene.hpp"
#include "support/fixture_writer.hpp"

using namespace wm;
namespace fs = std::filesystem;

namespace {

int run(const std::string& args) {
  std::string command = "WORKSMAP_LANG=en " + std::string(WORKSMAP_BINARY) + " " + args + " >/dev/null 2>&1";
  int status = std::system(command.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// One park filling most of the view: started 2022-03-01, completed 2022-06-30.
fs::path writePark(const fs::path& dir) {
  test::writeVector(dir / "parks.gpkg",
                    {{"parks", 4490, {{"name"}, {"status"}, {"start_date"}, {"done_date"}},
                      {{"POLYGON((114 29,114.01 29,114.01 29.01,114 29.01,114 29))",
                        {"大游园", "completed", "2022-03-01", "2022-06-30"}}}}});
  return dir / "parks.gpkg";
}

// A pixel inside the park, a quarter of the image above its centre (where the park's name label is written).
test::Rgb parkPixel(const fs::path& png) {
  auto image = render::readPng(png.string());
  EXPECT_TRUE(image) << (image ? "" : image.error().message);
  return image ? test::pixel(*image, image->width / 2, image->height / 4) : test::Rgb{};
}

}  // namespace

TEST(RenderCommand, WritesThePngOfTheMapAsOfTheDate) {
  test::ScopedDir dir;
  fs::path park = writePark(dir.path);
  fs::path after = dir.path / "after.png", before = dir.path / "before.png";
  ASSERT_EQ(run("render " + park.string() + " -o " + after.string() + " --size 320x240 --as-of 2022-07-01"), 0);
  ASSERT_EQ(run("render " + park.string() + " -o " + before.string() + " --size 320x240 --as-of 2022-06-29"), 0);
  auto image = render::readPng(after.string());
  ASSERT_TRUE(image);
  EXPECT_EQ(image->width, 320);
  EXPECT_EQ(image->height, 240);
  test::expectNear(parkPixel(after), test::rgb(scene::kStatusColors[2]));
  test::expectNear(parkPixel(before), test::rgb(scene::kStatusColors[1]));
}

TEST(RenderCommand, RejectsBadSizesAndUnknownDistricts) {
  test::ScopedDir dir;
  fs::path park = writePark(dir.path);
  fs::path out = dir.path / "x.png";
  EXPECT_EQ(run("render " + park.string() + " -o " + out.string() + " --size 9000x10"), 3);
  EXPECT_EQ(run("render " + park.string() + " -o " + out.string() + " --size big"), 3);
  EXPECT_EQ(run("render " + park.string() + " -o " + out.string() + " --district 不存在"), 3);
  EXPECT_FALSE(fs::exists(out));
}
