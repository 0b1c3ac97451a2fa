// Resampling a tile mosaic onto a view: bilinear weighted by alpha, worked out by hand on a 2 × 2 mosaic.
#include "io/mosaic_resample.hpp"

#include <cmath>
#include <limits>

#include <gtest/gtest.h>

using namespace wm;

namespace {

// Pixels west to east, north to south: red, blue / red, nothing. One metre each, north-west corner (0, 2).
const std::uint8_t kMosaic[] = {255, 0, 0, 255, 0, 0, 255, 255, 255, 0, 0, 255, 0, 0, 0, 0};

io::MercatorImage mosaic() { return {kMosaic, 2, 2, 0, 2, 1}; }

geo::Extent square(double size) {
  geo::Extent e;
  e.add(0, 0);
  e.add(size, size);
  return e;
}

std::array<int, 4> at(const std::vector<std::uint8_t>& rgba, int width, int col, int row) {
  const std::uint8_t* p = &rgba[(static_cast<std::size_t>(row) * width + col) * 4];
  return {p[0], p[1], p[2], p[3]};
}

void unchanged(std::vector<double>&, std::vector<double>&) {}

}  // namespace

TEST(MosaicResample, BilinearWeightedByAlpha) {
  // 4 × 4 view pixels of half a metre over the mosaic; view pixel (c, r) samples mosaic position
  // ((c + 0.5)/2, (r + 0.5)/2), between the pixel centres at 0.5 and 1.5.
  std::vector<std::uint8_t> out = io::resampleMosaic(mosaic(), square(2), 4, 4, unchanged);
  ASSERT_EQ(out.size(), 64u);
  // (1, 1) at 0.75, 0.75: weights red 0.5625, blue 0.1875, red 0.1875, nothing 0.0625. Alpha 0.9375 · 255 =
  // 239; red 0.75 / 0.9375 · 255 = 204, blue 0.1875 / 0.9375 · 255 = 51.
  EXPECT_EQ(at(out, 4, 1, 1), (std::array<int, 4>{204, 0, 51, 239}));
  // (2, 1) at 1.25, 0.75: red 0.1875, blue 0.5625, red 0.0625, nothing 0.1875: alpha 0.8125 · 255 = 207, red
  // 0.25 / 0.8125 · 255 = 78, blue 0.5625 / 0.8125 · 255 = 177.
  EXPECT_EQ(at(out, 4, 2, 1), (std::array<int, 4>{78, 0, 177, 207}));
  // (1, 2) at 0.75, 1.25: red 0.1875 + 0.5625, blue 0.0625: red 0.75 / 0.8125 · 255 = 235, blue 20.
  EXPECT_EQ(at(out, 4, 1, 2), (std::array<int, 4>{235, 0, 20, 207}));
  // (3, 3) at 1.75, 1.75: only the transparent pixel is near: nothing.
  EXPECT_EQ(at(out, 4, 3, 3), (std::array<int, 4>{0, 0, 0, 0}));
  // (0, 0) at 0.25, 0.25: a quarter pixel beyond the mosaic's edge both ways: red at 0.75 · 0.75 = 0.5625 alpha.
  EXPECT_EQ(at(out, 4, 0, 0), (std::array<int, 4>{255, 0, 0, 143}));
}

TEST(MosaicResample, PositionsComeFromTheTransformationAtNodesAndBetween) {
  // A 4 × 4 mosaic, its west half red and its east half blue; a view of 40 × 40 pixels over 20 m whose points lie
  // on it at x' = 1 + x/10: view column c samples mosaic x 1.025 + c/20 (pixel centres at 0.5 … 3.5). Columns 10
  // and 29 lie between the nodes (0, 16, 32, 39) the transformation is called at.
  std::vector<std::uint8_t> halves;
  for (int row = 0; row < 4; ++row)
    for (int col = 0; col < 4; ++col)
      for (std::uint8_t v : {col < 2 ? 255 : 0, 0, col < 2 ? 0 : 255, 255}) halves.push_back(v);
  const io::MercatorImage source{halves.data(), 4, 4, 0, 4, 1};
  auto tenth = [](std::vector<double>& x, std::vector<double>& y) {
    for (std::size_t i = 0; i < x.size(); ++i) x[i] = 1 + x[i] / 10, y[i] = 1 + y[i] / 10;
  };
  std::vector<std::uint8_t> out = io::resampleMosaic(source, square(20), 40, 40, tenth);
  for (int row : {0, 7, 23, 39}) {
    EXPECT_EQ(at(out, 40, 9, row), (std::array<int, 4>{255, 0, 0, 255}));   // x 1.475: west of red's last centre
    EXPECT_EQ(at(out, 40, 10, row), (std::array<int, 4>{249, 0, 6, 255}));  // x 1.525: 0.975 red, 0.025 blue
    EXPECT_EQ(at(out, 40, 29, row), (std::array<int, 4>{6, 0, 249, 255}));  // x 2.475
    EXPECT_EQ(at(out, 40, 30, row), (std::array<int, 4>{0, 0, 255, 255}));  // x 2.525
  }
}

TEST(MosaicResample, PointsTheTransformationCannotTakeAreTransparent) {
  auto nowhere = [](std::vector<double>& x, std::vector<double>& y) {
    for (std::size_t i = 0; i < x.size(); ++i) x[i] = y[i] = std::numeric_limits<double>::infinity();
  };
  std::vector<std::uint8_t> out = io::resampleMosaic(mosaic(), square(2), 3, 3, nowhere);
  for (std::uint8_t v : out) EXPECT_EQ(v, 0);
}
