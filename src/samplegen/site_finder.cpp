#include "samplegen/site_finder.hpp"

namespace wm::samplegen {

SiteFinder::SiteFinder(const CountyLayout& layout, const DistrictGrid& grid) : _grid(grid) {
  // Margins: half a carriageway plus a verge for roads, the railway's land, a river's banks.
  for (const BaseRoad& road : layout.roads) _obstacles.push_back({road.line, 12.0});
  _obstacles.push_back({layout.railway.line, 35.0});
  for (const NamedLine& river : layout.rivers) _obstacles.push_back({river.line, 45.0});
}

bool SiteFinder::isFree(int district, Vec2 centre, double radius) const {
  if (!_grid.fits(district, centre, radius + 20.0)) return false;
  for (const Disc& disc : _taken) {
    if (distance(disc.centre, centre) < disc.radius + radius + 15.0) return false;
  }
  for (const Obstacle& obstacle : _obstacles) {
    if (distanceToPolyline(centre, obstacle.line) < radius + obstacle.margin) return false;
  }
  return true;
}

std::optional<Vec2> SiteFinder::find(Random& random, int district, Vec2 around, double spread, double radius) const {
  for (int attempt = 0; attempt < 400; ++attempt) {
    double dx = random.bell() * spread;
    double dy = random.bell() * spread;
    Vec2 centre = around + Vec2{dx, dy};
    if (isFree(district, centre, radius)) return centre;
  }
  return std::nullopt;
}

}  // namespace wm::samplegen
