#include "samplegen/imagery_paint.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include "samplegen/dem_writer.hpp"

namespace wm::samplegen {
namespace {

using Rgb = std::array<double, 3>;

// The town's built-up area: its street grid (town_plan.cpp) and a little around it.
constexpr double kTownWest = -8000.0, kTownEast = -3100.0, kTownSouth = -1700.0, kTownNorth = 2050.0;
constexpr double kTerrainStep = 100.0;  // metres between the heights the shading is interpolated from

std::uint64_t hash(std::int64_t a, std::int64_t b, std::uint64_t seed) {
  std::uint64_t h = static_cast<std::uint64_t>(a) * 0x9E3779B97F4A7C15ull ^
                    static_cast<std::uint64_t>(b) * 0xC2B2AE3D27D4EB4Full ^ seed;
  h = (h ^ (h >> 31)) * 0xBF58476D1CE4E5B9ull;
  return h ^ (h >> 29);
}

double smooth(double edge0, double edge1, double x) {
  double t = std::clamp((x - edge0) / (edge1 - edge0), 0.0, 1.0);
  return t * t * (3.0 - 2.0 * t);
}

Rgb mix(const Rgb& a, const Rgb& b, double t) {
  return {a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t};
}

// Heights every kTerrainStep over the grid (and one step beyond), for shading and woods.
struct Terrain {
  double west = 0.0, north = 0.0;
  int cols = 0, rows = 0;
  std::vector<double> heights;

  double at(int c, int r) const {
    return heights[static_cast<std::size_t>(std::clamp(r, 0, rows - 1)) * cols + std::clamp(c, 0, cols - 1)];
  }
  // Bilinear height and slope (metres per metre, east and north) at p.
  void sample(Vec2 p, double& h, double& dx, double& dy) const {
    double fx = (p.x - west) / kTerrainStep, fy = (north - p.y) / kTerrainStep;
    int c = static_cast<int>(std::floor(fx)), r = static_cast<int>(std::floor(fy));
    double tx = fx - c, ty = fy - r;
    double h00 = at(c, r), h10 = at(c + 1, r), h01 = at(c, r + 1), h11 = at(c + 1, r + 1);
    h = (h00 * (1 - tx) + h10 * tx) * (1 - ty) + (h01 * (1 - tx) + h11 * tx) * ty;
    dx = ((h10 - h00) * (1 - ty) + (h11 - h01) * ty) / kTerrainStep;
    dy = -((h01 - h00) * (1 - tx) + (h11 - h10) * tx) / kTerrainStep;
  }
};

Terrain terrainUnder(const CountyLayout& layout, const ImageryGrid& g) {
  Terrain t;
  t.west = g.west - kTerrainStep, t.north = g.north + kTerrainStep;
  t.cols = static_cast<int>(std::ceil(g.cols * g.cell / kTerrainStep)) + 3;
  t.rows = static_cast<int>(std::ceil(g.rows * g.cell / kTerrainStep)) + 3;
  t.heights.resize(static_cast<std::size_t>(t.cols) * t.rows);
  for (int r = 0; r < t.rows; ++r)
    for (int c = 0; c < t.cols; ++c)
      t.heights[static_cast<std::size_t>(r) * t.cols + c] =
          elevationAt(layout, {t.west + c * kTerrainStep, t.north - r * kTerrainStep});
  return t;
}

// Farmland in strips of about 180 × 60 m, each of one crop; woods on the hills.
Rgb landColour(Vec2 p, double height) {
  static const Rgb crops[] = {{118, 146, 76}, {136, 158, 82},  {150, 156, 94},
                              {108, 136, 72}, {164, 162, 108}, {126, 140, 88}};
  const std::int64_t band = static_cast<std::int64_t>(std::floor(p.y / 60.0));
  const double shift = static_cast<double>(hash(band, 7, 3) % 180);
  const std::int64_t strip = static_cast<std::int64_t>(std::floor((p.x + shift) / 180.0));
  Rgb field = crops[hash(strip, band, 11) % 6];
  const Rgb wood = {58, 92, 52};
  return mix(field, wood, smooth(70.0, 150.0, height));
}

// Roofs on a 40 m lattice with yards between them; the town is dense, a village thins out from its centre.
Rgb builtColour(Vec2 p, double density, const Rgb& ground) {
  static const Rgb roofs[] = {{196, 190, 182}, {168, 124, 104}, {128, 132, 138}, {182, 176, 160}};
  const std::int64_t cx = static_cast<std::int64_t>(std::floor(p.x / 40.0));
  const std::int64_t cy = static_cast<std::int64_t>(std::floor(p.y / 40.0));
  const double inX = p.x / 40.0 - std::floor(p.x / 40.0), inY = p.y / 40.0 - std::floor(p.y / 40.0);
  const bool yard = inX > 0.7 || inY > 0.7;
  const std::uint64_t h = hash(cx, cy, 23);
  if (yard || static_cast<double>(h % 1000) / 1000.0 > density) return mix(ground, {150, 146, 138}, 0.5 * density);
  return roofs[(h >> 12) % 4];
}

// How built-up a point is: 1 in the town, villages of about 150 m on a 1.2 km lattice (some cells only).
double builtDensity(Vec2 p) {
  if (p.x > kTownWest && p.x < kTownEast && p.y > kTownSouth && p.y < kTownNorth) return 0.85;
  const std::int64_t vx = static_cast<std::int64_t>(std::floor(p.x / 1200.0));
  const std::int64_t vy = static_cast<std::int64_t>(std::floor(p.y / 1200.0));
  const std::uint64_t h = hash(vx, vy, 41);
  if (h % 100 >= 35) return 0.0;
  Vec2 centre{(vx + 0.25 + 0.5 * static_cast<double>((h >> 8) % 100) / 100.0) * 1200.0,
              (vy + 0.25 + 0.5 * static_cast<double>((h >> 16) % 100) / 100.0) * 1200.0};
  return 0.7 * (1.0 - smooth(60.0, 170.0, distance(p, centre)));
}

void put(ImageryGrid& g, int col, int row, const Rgb& c) {
  std::uint8_t* px = &g.rgb[(static_cast<std::size_t>(row) * g.cols + col) * 3];
  for (int k = 0; k < 3; ++k) px[k] = static_cast<std::uint8_t>(std::clamp(std::lround(c[k]), 0L, 255L));
}

Rgb get(const ImageryGrid& g, int col, int row) {
  const std::uint8_t* px = &g.rgb[(static_cast<std::size_t>(row) * g.cols + col) * 3];
  return {static_cast<double>(px[0]), static_cast<double>(px[1]), static_cast<double>(px[2])};
}

void paintGround(const CountyLayout& layout, ImageryGrid& g) {
  const Terrain terrain = terrainUnder(layout, g);
  for (int row = 0; row < g.rows; ++row)
    for (int col = 0; col < g.cols; ++col) {
      const Vec2 p = g.centre(col, row);
      double h = 0, dx = 0, dy = 0;
      terrain.sample(p, h, dx, dy);
      Rgb c = landColour(p, h);
      if (double density = builtDensity(p); density > 0) c = builtColour(p, density, c);
      // Lit from the north-west as on printed maps; flat ground keeps its colour.
      const double lambert = (dx * 0.6 - dy * 0.6 + 1.0) / std::sqrt(dx * dx + dy * dy + 1.0);
      const double shade = std::clamp(0.35 + 0.65 * lambert, 0.55, 1.15);
      put(g, col, row, {c[0] * shade, c[1] * shade, c[2] * shade});
    }
}

// Paints a band `width` metres wide along a line, blending its edge pixels by how much of them it covers.
void paintLine(ImageryGrid& g, const Polyline& line, double width, const Rgb& colour) {
  const double half = width / 2, reach = half + g.cell;
  for (std::size_t i = 1; i < line.size(); ++i) {
    const Vec2 a = line[i - 1], b = line[i];
    const int c0 = std::max(0, static_cast<int>((std::min(a.x, b.x) - reach - g.west) / g.cell));
    const int c1 = std::min(g.cols - 1, static_cast<int>((std::max(a.x, b.x) + reach - g.west) / g.cell));
    const int r0 = std::max(0, static_cast<int>((g.north - std::max(a.y, b.y) - reach) / g.cell));
    const int r1 = std::min(g.rows - 1, static_cast<int>((g.north - std::min(a.y, b.y) + reach) / g.cell));
    for (int row = r0; row <= r1; ++row)
      for (int col = c0; col <= c1; ++col) {
        const double cover = std::clamp((half - distanceToSegment(g.centre(col, row), a, b)) / g.cell + 0.5, 0.0, 1.0);
        if (cover > 0) put(g, col, row, mix(get(g, col, row), colour, cover));
      }
  }
}

void paintLake(const CountyLayout& layout, ImageryGrid& g, const Rgb& water) {
  const Box box = boundsOf(layout.lake.line);
  for (int row = 0; row < g.rows; ++row)
    for (int col = 0; col < g.cols; ++col) {
      const Vec2 p = g.centre(col, row);
      if (p.x >= box.minX && p.x <= box.maxX && p.y >= box.minY && p.y <= box.maxY && contains(layout.lake.line, p))
        put(g, col, row, water);
    }
}

}  // namespace

void paintImagery(const CountyLayout& layout, ImageryGrid& grid) {
  grid.rgb.assign(static_cast<std::size_t>(grid.cols) * grid.rows * 3, 0);
  paintGround(layout, grid);
  const Rgb water = {62, 100, 128};
  paintLake(layout, grid, water);
  for (const NamedLine& river : layout.rivers) paintLine(grid, river.line, river.name == "新墙河" ? 70.0 : 35.0, water);
  for (const BaseRoad& road : layout.roads) {
    const bool town = road.roadClass == RoadClass::Arterial || road.roadClass == RoadClass::Secondary ||
                      road.roadClass == RoadClass::Branch;
    paintLine(grid, road.line, town ? 18.0 : road.roadClass == RoadClass::County ? 12.0 : 7.0, {206, 200, 190});
  }
  paintLine(grid, layout.railway.line, 10.0, {112, 100, 92});
}

}  // namespace wm::samplegen
