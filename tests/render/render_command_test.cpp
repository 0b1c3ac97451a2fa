// `worksmap render` end to end: data file in, PNG out, pixels probed (runs under xvfb-run with the render tests).
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>

#include <gtest/gtest.h>

#include "render/command_line.hpp"
#include "render/offscreen.hpp"
#include "render/pixel_checks.hpp"
#include "scene/map_scene.hpp"
#include "render/park_fixture.hpp"
#include "support/fixture_writer.hpp"

using namespace wm;
using test::writePark;
namespace fs = std::filesystem;

namespace {

int run(const std::string& args, const std::string& environment = {}) {
  std::string command =
      environment + " WORKSMAP_LANG=en " + std::string(WORKSMAP_BINARY) + " " + args + " >/dev/null 2>&1";
  int status = std::system(command.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// The darkest pixel of the 9 × 9 block a quarter of the image above its centre (the park's name label is written
// at the centre): the ink of the park's hatch (its status colour), not the lighter gaps between the hatch lines.
test::Rgb parkPixel(const fs::path& png) {
  auto image = render::readPng(png.string());
  EXPECT_TRUE(image) << (image ? "" : image.error().text(wm::core::Lang::En));
  if (!image) return {};
  test::Rgb darkest{255, 255, 255};
  for (int y = image->height / 4 - 4; y <= image->height / 4 + 4; ++y)
    for (int x = image->width / 2 - 4; x <= image->width / 2 + 4; ++x) {
      test::Rgb p = test::pixel(*image, x, y);
      if (p[0] + p[1] + p[2] < darkest[0] + darkest[1] + darkest[2]) darkest = p;
    }
  return darkest;
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
  test::expectNear(parkPixel(after), test::rgb(test::style().status[2]));
  test::expectNear(parkPixel(before), test::rgb(test::style().status[1]));
}

// A binary moved away from its shaders (WORKSMAP_SHADERS naming an empty folder) still draws, with the shaders
// built into it.
TEST(RenderCommand, DrawsWithoutAnyShaderFolder) {
  test::ScopedDir dir;
  fs::path park = writePark(dir.path), empty = dir.path / "no-shaders", out = dir.path / "map.png";
  fs::create_directories(empty);
  ASSERT_EQ(run("render " + park.string() + " -o " + out.string() + " --size 320x240 --as-of 2022-07-01",
                "WORKSMAP_SHADERS=" + empty.string()),
            0);
  test::expectNear(parkPixel(out), test::rgb(test::style().status[2]));
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

// Only what the user asked for reaches the terminal: a render prints nothing (no OpenSceneGraph notices, no X11
// error block from the GL context), and a missing folder is said in our words before anything is read or drawn.
TEST(RenderCommand, PrintsNothingButItsOwnMessages) {
  test::ScopedDir dir;
  fs::path park = writePark(dir.path);
  test::Outcome ok = test::runWorksmap(
      "render " + park.string() + " -o " + (dir.path / "x.png").string() + " --size 320x240 --as-of 2022-07-01",
      dir.path);
  EXPECT_EQ(ok.code, 0);
  EXPECT_EQ(ok.out, "");
  EXPECT_EQ(ok.err, "");
  const fs::path missing = dir.path / "no-such-folder" / "x.png";
  test::Outcome refused = test::runWorksmap("render " + park.string() + " -o " + missing.string(), dir.path);
  EXPECT_EQ(refused.code, 4);
  EXPECT_EQ(refused.out, "");
  EXPECT_EQ(refused.err, "cannot write " + missing.string() + ": the folder " + missing.parent_path().string() +
                             " does not exist or cannot be written to\n");
  EXPECT_FALSE(fs::exists(missing.parent_path()));
}

TEST(RenderCommand, ThreeDViewTiltsTheMap) {
  test::ScopedDir dir;
  fs::path park = writePark(dir.path);
  fs::path plan = dir.path / "plan.png", tilted = dir.path / "tilted.png";
  ASSERT_EQ(run("render " + park.string() + " -o " + plan.string() + " --size 320x240 --as-of 2022-07-01"), 0);
  ASSERT_EQ(run("render " + park.string() + " -o " + tilted.string() + " --size 320x240 --as-of 2022-07-01 --view 3d"),
            0);
  auto a = render::readPng(plan.string());
  auto b = render::readPng(tilted.string());
  ASSERT_TRUE(a && b);
  // The park (0.97 km × 1.1 km) fills the plan view's height but, seen at a slant, is foreshortened: the rows
  // below its near edge, between the legend and the scale bar, are background there. (The park is hatched, so
  // "park" here means "not background".)
  auto background = [](test::Rgb p) { return std::abs(p[0] - 247) + std::abs(p[1] - 247) + std::abs(p[2] - 242) < 8; };
  EXPECT_FALSE(background(test::pixel(*a, 160, 215)));
  EXPECT_TRUE(background(test::pixel(*b, 160, 215)));
  EXPECT_FALSE(background(test::pixel(*b, 160, 150)));  // the park itself, nearer the middle
  // The scale bar's ink (bottom right: 12 to 15.6 px above the bottom edge at this size, ending 12 px from the
  // right) is drawn in the plan view only: a view tilted 55° has no one scale.
  auto ink = [](test::Rgb p) { return p[0] + p[1] + p[2] < 200; };
  EXPECT_TRUE(ink(test::pixel(*a, 300, 226)));
  EXPECT_FALSE(ink(test::pixel(*b, 300, 226)));
}

TEST(RenderCommand, TheLegendShowsEachKindWithItsPattern) {
  test::ScopedDir dir;
  fs::path park = writePark(dir.path);
  fs::path out = dir.path / "legend.png";
  ASSERT_EQ(run("render " + park.string() + " -o " + out.string() + " --size 800x600 --as-of 2022-07-01"), 0);
  auto image = render::readPng(out.string());
  ASSERT_TRUE(image);
  // At 600 px high the overlay's unit is 15 px: five status rows, then the one kind (pocket parks) at the bottom,
  // its swatch 18.9–30.9 px from the bottom; its polygon part spans x 16–22 px. Inside it the park's diagonal
  // hatch (drawn by the map's own shaders) gives both the completed colour and the lighter gaps.
  const test::Rgb completed = test::rgb(test::style().status[2]);
  int ink = 0, gaps = 0;
  for (int y = 600 - 29; y <= 600 - 21; ++y)
    for (int x = 17; x <= 21; ++x) {
      test::Rgb p = test::pixel(*image, x, y);
      bool isInk = std::abs(p[0] - completed[0]) + std::abs(p[1] - completed[1]) + std::abs(p[2] - completed[2]) < 12;
      ink += isInk;
      gaps += !isInk && p[1] > completed[1] + 40;
    }
  EXPECT_GT(ink, 5);
  EXPECT_GT(gaps, 5);
}

namespace {

// Pixels of the image within 3 of a colour in every channel.
int pixelsOf(const fs::path& png, test::Rgb colour) {
  auto image = render::readPng(png.string());
  EXPECT_TRUE(image) << (image ? "" : image.error().text(wm::core::Lang::En));
  int n = 0;
  for (int y = 0; image && y < image->height; ++y)
    for (int x = 0; x < image->width; ++x) {
      test::Rgb p = test::pixel(*image, x, y);
      n += std::abs(p[0] - colour[0]) <= 3 && std::abs(p[1] - colour[1]) <= 3 && std::abs(p[2] - colour[2]) <= 3;
    }
  return n;
}

}  // namespace

TEST(RenderCommand, TheLegendShowsOnlyTheStatusesPresentAndNoneWithoutWorks) {
  test::ScopedDir dir;
  // Districts only, as a GBK 区县界_area shapefile: no works, so no works legend — no status colour anywhere.
  const fs::path districtsFile = test::writeGbkDistricts(dir.path);  // no works
  fs::path districtsOnly = dir.path / "districts.png";
  ASSERT_EQ(run("render " + districtsFile.string() + " -o " + districtsOnly.string() + " --size 480x360"), 0);
  for (const auto& status : test::style().status) EXPECT_EQ(pixelsOf(districtsOnly, test::rgb(status)), 0);
  // One park, completed by the date: the completed swatch (and the park) show; planned, under construction,
  // suspended and overdue have no row.
  fs::path park = writePark(dir.path);
  fs::path withPark = dir.path / "park.png";
  ASSERT_EQ(run("render " + park.string() + " -o " + withPark.string() + " --size 480x360 --as-of 2022-07-01"), 0);
  EXPECT_GT(pixelsOf(withPark, test::rgb(test::style().status[2])), 100);
  EXPECT_EQ(pixelsOf(withPark, test::rgb(test::style().status[0])), 0);
  EXPECT_EQ(pixelsOf(withPark, test::rgb(test::style().status[1])), 0);
  EXPECT_EQ(pixelsOf(withPark, test::rgb(test::style().status[3])), 0);
  EXPECT_EQ(pixelsOf(withPark, test::rgb(test::style().overdueCasing)), 0);
}

namespace {

// Grey text pixels (the date line's ink, about 102 grey) in the band where the title panel's second line is
// written at 360 px high (unit 12 px: the line starts 1.6 units below the title's top, itself a unit from the
// edge), left of where the test's maps begin.
int dateLineInk(const fs::path& png) {
  auto image = render::readPng(png.string());
  EXPECT_TRUE(image) << (image ? "" : image.error().text(wm::core::Lang::En));
  int n = 0;
  for (int y = 31; image && y <= 41; ++y)
    for (int x = 12; x <= 80; ++x) {
      test::Rgb p = test::pixel(*image, x, y);
      const int hi = std::max({p[0], p[1], p[2]}), lo = std::min({p[0], p[1], p[2]});
      n += hi < 160 && hi - lo < 12;
    }
  return n;
}

}  // namespace

// District outlines alone have no works progress to date: the title stands alone, without "Works progress as of";
// a map with works keeps its date line.
TEST(RenderCommand, AMapWithoutWorksHasNoDateLine) {
  test::ScopedDir dir;
  const fs::path districtsFile = test::writeGbkDistricts(dir.path);  // no works
  fs::path districts = dir.path / "districts.png", works = dir.path / "works.png";
  ASSERT_EQ(run("render " + districtsFile.string() + " -o " + districts.string() + " --size 480x360"), 0);
  ASSERT_EQ(run("render " + writePark(dir.path).string() + " -o " + works.string() + " --size 480x360"), 0);
  EXPECT_GT(dateLineInk(works), 30);
  EXPECT_EQ(dateLineInk(districts), 0);
}

// A park on a local survey grid (no .prj, x 3000…3600 m, y 2000…2450 m), alone: drawn in its own plane, the
// park's hatch in the completed colour at the quarter point above the centre, as with placed data.
TEST(RenderCommand, ALocalGridAloneIsDrawnInItsOwnPlane) {
  test::ScopedDir dir;
  test::writeVector(
      dir.path / "parks.shp",
      {{"parks",
        0,
        {{"name"}, {"status"}, {"done_date"}},
        {{"POLYGON((3000 2000,3600 2000,3600 2450,3000 2450,3000 2000))", {"大游园", "completed", "2022-06-30"}}}}});
  fs::path png = dir.path / "grid.png";
  ASSERT_EQ(
      run("render " + (dir.path / "parks.shp").string() + " -o " + png.string() + " --size 320x240 --as-of 2022-07-01"),
      0);
  test::expectNear(parkPixel(png), test::rgb(test::style().status[2]));
}
