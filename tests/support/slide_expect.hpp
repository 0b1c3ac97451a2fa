#pragma once
// Field-by-field comparison of slides for tests, so a failure names the field that differs (domain::sameSlide
// only says whether they do).
#include <vector>

#include <gtest/gtest.h>

#include "domain/slide.hpp"

namespace wm::test {

inline void expectSameSlide(const domain::Slide& actual, const domain::Slide& expected, std::size_t index = 0) {
  SCOPED_TRACE("slide " + std::to_string(index + 1) + " '" + expected.title + "'");
  EXPECT_EQ(actual.title, expected.title);
  EXPECT_EQ(actual.subtitle, expected.subtitle);
  EXPECT_EQ(actual.notes, expected.notes);
  EXPECT_EQ(actual.camera.threeD, expected.camera.threeD);
  EXPECT_EQ(actual.camera.center, expected.camera.center);
  EXPECT_EQ(actual.camera.scale, expected.camera.scale);
  EXPECT_EQ(actual.camera.headingDegrees, expected.camera.headingDegrees);
  EXPECT_EQ(actual.camera.tiltDegrees, expected.camera.tiltDegrees);
  EXPECT_EQ(actual.camera.rangeMetres, expected.camera.rangeMetres);
  EXPECT_EQ(actual.asOf, expected.asOf);
  EXPECT_EQ(actual.period, expected.period);
  EXPECT_EQ(actual.layers, expected.layers);
  EXPECT_EQ(actual.opacity, expected.opacity);
  EXPECT_EQ(actual.kinds, expected.kinds);
  EXPECT_EQ(actual.statuses, expected.statuses);
  EXPECT_EQ(actual.overdueOnly, expected.overdueOnly);
  EXPECT_EQ(actual.district, expected.district);
  EXPECT_EQ(actual.project, expected.project);
  EXPECT_EQ(actual.figures, expected.figures);
  EXPECT_TRUE(domain::sameSlide(actual, expected));
}

inline void expectSameSlides(const std::vector<domain::Slide>& actual, const std::vector<domain::Slide>& expected) {
  ASSERT_EQ(actual.size(), expected.size());
  for (std::size_t i = 0; i < actual.size(); ++i) expectSameSlide(actual[i], expected[i], i);
}

}  // namespace wm::test
