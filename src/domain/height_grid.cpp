#include "domain/height_grid.hpp"

#include <algorithm>
#include <cmath>

namespace wm::domain {

geo::Extent HeightGrid::extent() const {
  geo::Extent e;
  if (width <= 0 || height <= 0) return e;
  e.add(west, north - height * cellSize);
  e.add(west + width * cellSize, north);
  return e;
}

float HeightGrid::minHeight() const {
  return heights.empty() ? 0.0f : *std::min_element(heights.begin(), heights.end());
}

float HeightGrid::maxHeight() const {
  return heights.empty() ? 0.0f : *std::max_element(heights.begin(), heights.end());
}

float HeightGrid::heightAt(double x, double y) const {
  if (heights.empty()) return 0.0f;
  // Continuous cell coordinates with integers at cell centres, clamped to the outermost centres.
  double c = std::clamp((x - west) / cellSize - 0.5, 0.0, static_cast<double>(width - 1));
  double r = std::clamp((north - y) / cellSize - 0.5, 0.0, static_cast<double>(height - 1));
  int c0 = std::min(static_cast<int>(c), std::max(width - 2, 0));
  int r0 = std::min(static_cast<int>(r), std::max(height - 2, 0));
  int c1 = std::min(c0 + 1, width - 1), r1 = std::min(r0 + 1, height - 1);
  double fc = c - c0, fr = r - r0;
  double top = at(c0, r0) * (1 - fc) + at(c1, r0) * fc;
  double bottom = at(c0, r1) * (1 - fc) + at(c1, r1) * fc;
  return static_cast<float>(top * (1 - fr) + bottom * fr);
}

}  // namespace wm::domain
