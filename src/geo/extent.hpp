#pragma once
#include <algorithm>
#include <limits>

namespace wm::geo {

/// An axis-aligned box in whatever CRS its coordinates came from. Empty until a point is added.
struct Extent {
  double minX = std::numeric_limits<double>::infinity();
  double minY = std::numeric_limits<double>::infinity();
  double maxX = -std::numeric_limits<double>::infinity();
  double maxY = -std::numeric_limits<double>::infinity();

  bool empty() const { return minX > maxX; }
  void add(double x, double y) {
    minX = std::min(minX, x);
    maxX = std::max(maxX, x);
    minY = std::min(minY, y);
    maxY = std::max(maxY, y);
  }
  void add(const Extent& o) {
    if (o.empty()) return;
    add(o.minX, o.minY);
    add(o.maxX, o.maxY);
  }
  bool contains(double x, double y) const { return x >= minX && x <= maxX && y >= minY && y <= maxY; }
  double centerX() const { return (minX + maxX) / 2; }
  double centerY() const { return (minY + maxY) / 2; }
};

}  // namespace wm::geo
