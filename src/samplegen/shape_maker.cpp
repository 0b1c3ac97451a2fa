#include "samplegen/shape_maker.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <numbers>

namespace wm::samplegen {
namespace {

constexpr double kEdgeMargin = 40.0;  // metres kept between a work and its district's edge

// Tries the preferred heading first, then turns further and further away from it.
std::optional<Vec2> nextVertex(Random& random, const DistrictGrid& grid, int district, Vec2 from, double step,
                               double& heading) {
  const double turns[] = {0.0, 0.5, -0.5, 1.0, -1.0, 1.6, -1.6, 2.3, -2.3};
  double wobble = random.uniform(-0.14, 0.14);
  for (double turn : turns) {
    double h = heading + wobble + turn;
    Vec2 to = from + Vec2{std::cos(h), std::sin(h)} * step;
    // Both ends of a segment keep more than its length from the edge, so the whole segment is inside.
    if (grid.fits(district, to, step + kEdgeMargin)) {
      heading = h;
      return to;
    }
  }
  return std::nullopt;
}

Ring scaledToArea(Ring ring, Vec2 centre, double areaM2) {
  double scale = std::sqrt(areaM2 / std::abs(signedArea(ring)));
  for (Vec2& v : ring) v = centre + (v - centre) * scale;
  return ring;
}

}  // namespace

std::optional<Polyline> wanderingLine(Random& random, const DistrictGrid& grid, int district, Vec2 start,
                                      double lengthMetres, int vertexCount) {
  double step = lengthMetres / (vertexCount - 1);
  if (!grid.fits(district, start, step + kEdgeMargin)) return std::nullopt;
  double heading = random.uniform(0.0, 2.0 * std::numbers::pi);
  Polyline line{start};
  line.reserve(static_cast<std::size_t>(vertexCount));
  while (static_cast<int>(line.size()) < vertexCount) {
    std::optional<Vec2> next = nextVertex(random, grid, district, line.back(), step, heading);
    if (!next) return std::nullopt;
    line.push_back(*next);
  }
  return line;
}

Ring parkRing(Random& random, Vec2 centre, double areaM2, int vertexCount) {
  Ring ring;
  double turn = random.uniform(0.0, 2.0 * std::numbers::pi);
  double slice = 2.0 * std::numbers::pi / vertexCount;
  for (int k = 0; k < vertexCount; ++k) {
    // Jitter stays within a third of a slice, so the angles keep their order and the ring cannot cross itself.
    double angle = turn + slice * (k + random.uniform(-0.3, 0.3));
    double radius = random.uniform(0.72, 1.15);
    ring.push_back(centre + Vec2{std::cos(angle), std::sin(angle)} * radius);
  }
  return scaledToArea(std::move(ring), centre, areaM2);
}

Ring parkingRing(Random& random, Vec2 centre, double areaM2, int vertexCount, double angle) {
  double aspect = random.uniform(1.2, 2.4);
  double halfW = std::sqrt(aspect) / 2.0;
  double halfH = 1.0 / std::sqrt(aspect) / 2.0;
  const Vec2 corners[] = {{-halfW, -halfH}, {halfW, -halfH}, {halfW, halfH}, {-halfW, halfH}};
  int cut = std::clamp(vertexCount - 4, 0, 4);
  double chamfer = 0.15 * std::min(halfW, halfH);
  Ring local;
  for (int k = 0; k < 4; ++k) {
    Vec2 corner = corners[k];
    if (k < cut) {
      Vec2 prev = corners[(k + 3) % 4];
      Vec2 next = corners[(k + 1) % 4];
      local.push_back(corner + (prev - corner) * (chamfer / distance(prev, corner)));
      local.push_back(corner + (next - corner) * (chamfer / distance(next, corner)));
    } else {
      local.push_back(corner);
    }
    // A ninth vertex: a surveyed gate point in the middle of the first long side.
    if (k == 0 && vertexCount >= 9) local.push_back({0.0, -halfH});
  }
  double c = std::cos(angle);
  double s = std::sin(angle);
  Ring ring;
  for (Vec2 v : local) ring.push_back(centre + Vec2{v.x * c - v.y * s, v.x * s + v.y * c});
  return scaledToArea(std::move(ring), centre, areaM2);
}

double radiusAround(const Ring& ring, Vec2 centre) {
  double radius = 0.0;
  for (const Vec2& v : ring) radius = std::max(radius, distance(v, centre));
  return radius;
}

}  // namespace wm::samplegen
