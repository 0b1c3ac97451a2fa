#pragma once
// Shapes of invented works: wandering lines for roads and pipes outside the town grid, star-shaped rings for
// pocket parks and chamfered rectangles for parking lots. Every ring is simple and counter-clockwise.
#include <optional>

#include "samplegen/district_grid.hpp"
#include "samplegen/random.hpp"

namespace wm::samplegen {

/// A gently curving line of vertexCount vertices and about lengthMetres long from start, which stays inside
/// the district (every segment lies in the district, away from its edge). Nothing when no such line was found.
std::optional<Polyline> wanderingLine(Random& random, const DistrictGrid& grid, int district, Vec2 start,
                                      double lengthMetres, int vertexCount);

/// A park: vertexCount vertices in angular order around centre, scaled to exactly areaM2.
Ring parkRing(Random& random, Vec2 centre, double areaM2, int vertexCount);

/// A parking lot: a rectangle turned by angle (radians) with some corners cut, vertexCount in 4..9, scaled to
/// exactly areaM2.
Ring parkingRing(Random& random, Vec2 centre, double areaM2, int vertexCount, double angle);

/// The largest distance from centre to a vertex.
double radiusAround(const Ring& ring, Vec2 centre);

}  // namespace wm::samplegen
