#pragma once
// Plane geometry in the generator's local frame: metres east (x) and north (y) of the county's origin.
#include <vector>

namespace wm::samplegen {

struct Vec2 {
  double x = 0.0;
  double y = 0.0;
};

inline Vec2 operator+(Vec2 a, Vec2 b) { return {a.x + b.x, a.y + b.y}; }
inline Vec2 operator-(Vec2 a, Vec2 b) { return {a.x - b.x, a.y - b.y}; }
inline Vec2 operator*(Vec2 a, double s) { return {a.x * s, a.y * s}; }
inline double dot(Vec2 a, Vec2 b) { return a.x * b.x + a.y * b.y; }
inline double cross(Vec2 a, Vec2 b) { return a.x * b.y - a.y * b.x; }
double length(Vec2 v);
inline double distance(Vec2 a, Vec2 b) { return length(b - a); }
inline Vec2 lerp(Vec2 a, Vec2 b, double t) { return a + (b - a) * t; }
/// Metres to kilometres and back are the usual slip in hand-written layouts; this keeps them readable.
inline Vec2 km(double x, double y) { return {x * 1000.0, y * 1000.0}; }

using Polyline = std::vector<Vec2>;
/// A polygon ring without the repeated closing vertex.
using Ring = std::vector<Vec2>;

struct Box {
  double minX = 0.0;
  double minY = 0.0;
  double maxX = 0.0;
  double maxY = 0.0;
};
Box boundsOf(const std::vector<Vec2>& points);

/// Shoelace area, positive for counter-clockwise rings.
double signedArea(const Ring& ring);
/// The ring, reversed when needed so that it runs counter-clockwise (the OGC exterior-ring convention).
Ring counterClockwise(Ring ring);
/// Even-odd point in polygon.
bool contains(const Ring& ring, Vec2 p);
/// True when no two edges of the ring touch except neighbours at their shared vertex.
bool isSimple(const Ring& ring);

double distanceToSegment(Vec2 p, Vec2 a, Vec2 b);
double distanceToPolyline(Vec2 p, const Polyline& line);
double lineLength(const Polyline& line);
/// Adds vertices so that no segment is longer than maxStep; the original vertices are kept.
Polyline densify(const Polyline& line, double maxStep);
/// The part of the line between two distances measured along it from its start.
Polyline subLine(const Polyline& line, double from, double to);

}  // namespace wm::samplegen
