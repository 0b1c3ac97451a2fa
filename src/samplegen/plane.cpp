#include "samplegen/plane.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>

namespace wm::samplegen {

double length(Vec2 v) { return std::sqrt(v.x * v.x + v.y * v.y); }

Box boundsOf(const std::vector<Vec2>& points) {
  Box box{points.front().x, points.front().y, points.front().x, points.front().y};
  for (const Vec2& p : points) {
    box.minX = std::min(box.minX, p.x);
    box.minY = std::min(box.minY, p.y);
    box.maxX = std::max(box.maxX, p.x);
    box.maxY = std::max(box.maxY, p.y);
  }
  return box;
}

double signedArea(const Ring& ring) {
  double twice = 0.0;
  for (std::size_t i = 0, n = ring.size(); i < n; ++i) twice += cross(ring[i], ring[(i + 1) % n]);
  return twice / 2.0;
}

Ring counterClockwise(Ring ring) {
  if (signedArea(ring) < 0.0) std::reverse(ring.begin(), ring.end());
  return ring;
}

bool contains(const Ring& ring, Vec2 p) {
  bool inside = false;
  for (std::size_t i = 0, n = ring.size(), j = n - 1; i < n; j = i++) {
    const Vec2& a = ring[i];
    const Vec2& b = ring[j];
    if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}

namespace {

int orientation(Vec2 a, Vec2 b, Vec2 c) {
  double v = cross(b - a, c - a);
  return (v > 0.0) - (v < 0.0);
}

bool onSegment(Vec2 a, Vec2 b, Vec2 p) {
  return std::min(a.x, b.x) <= p.x && p.x <= std::max(a.x, b.x) && std::min(a.y, b.y) <= p.y &&
         p.y <= std::max(a.y, b.y);
}

bool segmentsTouch(Vec2 a, Vec2 b, Vec2 c, Vec2 d) {
  int o1 = orientation(a, b, c);
  int o2 = orientation(a, b, d);
  int o3 = orientation(c, d, a);
  int o4 = orientation(c, d, b);
  if (o1 != o2 && o3 != o4) return true;
  return (o1 == 0 && onSegment(a, b, c)) || (o2 == 0 && onSegment(a, b, d)) || (o3 == 0 && onSegment(c, d, a)) ||
         (o4 == 0 && onSegment(c, d, b));
}

}  // namespace

bool isSimple(const Ring& ring) {
  std::size_t n = ring.size();
  if (n < 3) return false;
  for (std::size_t i = 0; i < n; ++i) {
    Vec2 a = ring[i];
    Vec2 b = ring[(i + 1) % n];
    for (std::size_t j = i + 1; j < n; ++j) {
      bool neighbours = j == i + 1 || (i == 0 && j == n - 1);
      if (neighbours) continue;
      if (segmentsTouch(a, b, ring[j], ring[(j + 1) % n])) return false;
    }
  }
  return true;
}

double distanceToSegment(Vec2 p, Vec2 a, Vec2 b) {
  Vec2 ab = b - a;
  double len2 = dot(ab, ab);
  double t = len2 > 0.0 ? std::clamp(dot(p - a, ab) / len2, 0.0, 1.0) : 0.0;
  return distance(p, a + ab * t);
}

double distanceToPolyline(Vec2 p, const Polyline& line) {
  double best = distance(p, line.front());
  for (std::size_t i = 1; i < line.size(); ++i) best = std::min(best, distanceToSegment(p, line[i - 1], line[i]));
  return best;
}

double lineLength(const Polyline& line) {
  double total = 0.0;
  for (std::size_t i = 1; i < line.size(); ++i) total += distance(line[i - 1], line[i]);
  return total;
}

Polyline densify(const Polyline& line, double maxStep) {
  Polyline out;
  if (line.empty()) return out;
  out.push_back(line.front());
  for (std::size_t i = 1; i < line.size(); ++i) {
    double d = distance(line[i - 1], line[i]);
    int pieces = std::max(1, static_cast<int>(std::ceil(d / maxStep)));
    for (int k = 1; k < pieces; ++k) out.push_back(lerp(line[i - 1], line[i], static_cast<double>(k) / pieces));
    out.push_back(line[i]);
  }
  return out;
}

Polyline subLine(const Polyline& line, double from, double to) {
  Polyline out;
  double walked = 0.0;
  for (std::size_t i = 1; i < line.size(); ++i) {
    Vec2 a = line[i - 1];
    Vec2 b = line[i];
    double d = distance(a, b);
    double segStart = walked;
    double segEnd = walked + d;
    walked = segEnd;
    if (segEnd <= from || segStart >= to || d <= 0.0) continue;
    if (out.empty()) out.push_back(lerp(a, b, std::max(0.0, (from - segStart) / d)));
    if (segEnd <= to) {
      out.push_back(b);
    } else {
      out.push_back(lerp(a, b, (to - segStart) / d));
      break;
    }
  }
  return out;
}

}  // namespace wm::samplegen
