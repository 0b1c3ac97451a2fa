#include "samplegen/district_grid.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>

namespace wm::samplegen {

DistrictGrid::DistrictGrid(const CountyLayout& layout, double cellSize) : _cell(cellSize) {
  Box outline = boundsOf(layout.outline);
  _bounds = {std::floor(outline.minX / cellSize) * cellSize - cellSize,
             std::floor(outline.minY / cellSize) * cellSize - cellSize,
             std::ceil(outline.maxX / cellSize) * cellSize + cellSize,
             std::ceil(outline.maxY / cellSize) * cellSize + cellSize};
  _cols = static_cast<int>(std::lround((_bounds.maxX - _bounds.minX) / cellSize));
  _rows = static_cast<int>(std::lround((_bounds.maxY - _bounds.minY) / cellSize));
  _label.assign(static_cast<std::size_t>(_cols) * static_cast<std::size_t>(_rows), -1);
  for (std::size_t i = 0; i < layout.districts.size(); ++i) {
    rasterise(layout.districts[i].ring, static_cast<std::int8_t>(i));
  }
  rasterise(layout.lake.line, -1);
  computeClearance();
}

long DistrictGrid::cellIndex(Vec2 p) const {
  double fx = (p.x - _bounds.minX) / _cell;
  double fy = (p.y - _bounds.minY) / _cell;
  if (!(fx >= 0.0 && fy >= 0.0 && fx < _cols && fy < _rows)) return -1;
  return static_cast<long>(fy) * _cols + static_cast<long>(fx);
}

int DistrictGrid::districtAt(Vec2 p) const {
  long i = cellIndex(p);
  return i < 0 ? -1 : _label[static_cast<std::size_t>(i)];
}

double DistrictGrid::clearanceAt(Vec2 p) const {
  long i = cellIndex(p);
  if (i < 0) return 0.0;
  // The chamfer metric overestimates true distance by up to 8 %, and p may sit anywhere in its cell while the
  // real boundary may lie anywhere in the neighbouring one.
  double d = _distance[static_cast<std::size_t>(i)] / 1.09 - 1.5 * _cell;
  return std::max(0.0, d);
}

// Scan-line fill: every cell whose centre lies inside the ring takes the label.
void DistrictGrid::rasterise(const Ring& ring, std::int8_t label) {
  std::vector<double> crossings;
  for (int r = 0; r < _rows; ++r) {
    double y = _bounds.minY + (r + 0.5) * _cell;
    crossings.clear();
    for (std::size_t i = 0, n = ring.size(); i < n; ++i) {
      Vec2 a = ring[i];
      Vec2 b = ring[(i + 1) % n];
      if ((a.y > y) != (b.y > y)) crossings.push_back(a.x + (y - a.y) * (b.x - a.x) / (b.y - a.y));
    }
    std::sort(crossings.begin(), crossings.end());
    for (std::size_t k = 0; k + 1 < crossings.size(); k += 2) {
      int c0 = std::max(0, static_cast<int>(std::ceil((crossings[k] - _bounds.minX) / _cell - 0.5)));
      int c1 = std::min(_cols - 1, static_cast<int>(std::floor((crossings[k + 1] - _bounds.minX) / _cell - 0.5)));
      for (int c = c0; c <= c1; ++c) _label[static_cast<std::size_t>(r) * _cols + c] = label;
    }
  }
}

// Two-pass chamfer distance transform from the cells that touch a different label.
void DistrictGrid::computeClearance() {
  const float inf = std::numeric_limits<float>::max() / 4;
  const auto straight = static_cast<float>(_cell);
  const auto diagonal = static_cast<float>(_cell * std::sqrt(2.0));
  _distance.assign(_label.size(), inf);
  auto at = [this](int r, int c) { return static_cast<std::size_t>(r) * _cols + c; };
  for (int r = 0; r < _rows; ++r) {
    for (int c = 0; c < _cols; ++c) {
      bool edge = r == 0 || c == 0 || r == _rows - 1 || c == _cols - 1;
      for (int dr = -1; dr <= 1 && !edge; ++dr) {
        for (int dc = -1; dc <= 1 && !edge; ++dc) edge = _label[at(r + dr, c + dc)] != _label[at(r, c)];
      }
      if (edge) _distance[at(r, c)] = 0.0f;
    }
  }
  auto relax = [&](int r, int c, int dr, int dc, float step) {
    int rr = r + dr;
    int cc = c + dc;
    if (rr < 0 || cc < 0 || rr >= _rows || cc >= _cols) return;
    _distance[at(r, c)] = std::min(_distance[at(r, c)], _distance[at(rr, cc)] + step);
  };
  for (int r = 0; r < _rows; ++r) {
    for (int c = 0; c < _cols; ++c) {
      relax(r, c, -1, -1, diagonal);
      relax(r, c, -1, 0, straight);
      relax(r, c, -1, 1, diagonal);
      relax(r, c, 0, -1, straight);
    }
  }
  for (int r = _rows - 1; r >= 0; --r) {
    for (int c = _cols - 1; c >= 0; --c) {
      relax(r, c, 1, 1, diagonal);
      relax(r, c, 1, 0, straight);
      relax(r, c, 1, -1, diagonal);
      relax(r, c, 0, 1, straight);
    }
  }
}

}  // namespace wm::samplegen
