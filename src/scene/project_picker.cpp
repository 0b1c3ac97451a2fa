#include "scene/project_picker.hpp"

#include <algorithm>
#include <cmath>

namespace wm::scene {
namespace {

double squaredSegmentDistance(double px, double py, double ax, double ay, double bx, double by) {
  double dx = bx - ax, dy = by - ay, length2 = dx * dx + dy * dy;
  double t = length2 > 0 ? std::clamp(((px - ax) * dx + (py - ay) * dy) / length2, 0.0, 1.0) : 0.0;
  double ex = px - (ax + t * dx), ey = py - (ay + t * dy);
  return ex * ex + ey * ey;
}

// What a feature offers at the point: its nearest point or segment, and for polygons whether it covers the point.
struct Reach {
  double nearest2 = INFINITY;  // squared distance to a point, a line or a ring
  bool inside = false;         // polygons: even-odd over all rings
};

// The nearest of the segments in vertices [v0, v1).
double squaredLineDistance(const geo::GeometryStore& g, std::uint32_t v0, std::uint32_t v1, double x, double y) {
  double nearest = INFINITY;
  for (std::uint32_t v = v0 + 1; v < v1; ++v)
    nearest = std::min(nearest, squaredSegmentDistance(x, y, g.x[v - 1], g.y[v - 1], g.x[v], g.y[v]));
  return nearest;
}

Reach reach(const geo::GeometryStore& g, const WorksFeature& entry, double x, double y) {
  Reach r;
  if (entry.endVertex > 0) {  // a stretch of a line
    r.nearest2 = squaredLineDistance(g, entry.firstVertex, entry.endVertex, x, y);
    return r;
  }
  const std::uint32_t feature = entry.feature;
  for (std::uint32_t p = g.firstPart(feature); p < g.endPartOf(feature); ++p) {
    std::uint32_t v0 = g.firstVertex(p), v1 = g.endVertexOf(p);
    if (g.partRoles[p] == geo::PartRole::Point) {
      for (std::uint32_t v = v0; v < v1; ++v)
        r.nearest2 = std::min(r.nearest2, (g.x[v] - x) * (g.x[v] - x) + (g.y[v] - y) * (g.y[v] - y));
      continue;
    }
    bool ring = g.partRoles[p] != geo::PartRole::Line;
    for (std::uint32_t v = v0 + 1; v < v1; ++v) {
      r.nearest2 = std::min(r.nearest2, squaredSegmentDistance(x, y, g.x[v - 1], g.y[v - 1], g.x[v], g.y[v]));
      // A crossing of the horizontal ray to the east (rings are closed: the last vertex repeats the first).
      if (ring && (g.y[v - 1] > y) != (g.y[v] > y) &&
          x < g.x[v - 1] + (y - g.y[v - 1]) * (g.x[v] - g.x[v - 1]) / (g.y[v] - g.y[v - 1]))
        r.inside = !r.inside;
    }
  }
  return r;
}

}  // namespace

WorksIndex pickingIndex(const domain::Catalog& catalog, unsigned threads) {
  // Lines in stretches of this many segments: short enough that only stretches near a point are candidates,
  // long enough to keep the index small (a stretch is an entry of about 56 bytes).
  constexpr std::uint32_t kStretch = 8;
  std::vector<std::vector<geo::Extent>> extents(catalog.layers.size());
  for (const domain::Project& p : catalog.projects)
    if (extents[p.layer].empty()) extents[p.layer] = catalog.layers[p.layer].geometry.featureExtents(threads);
  std::vector<WorksFeature> entries;
  entries.reserve(catalog.projects.size());
  for (std::size_t i = 0; i < catalog.projects.size(); ++i) {
    const domain::Project& p = catalog.projects[i];
    const geo::GeometryStore& g = catalog.layers[p.layer].geometry;
    WorksFeature whole{p.layer, p.feature, static_cast<std::uint32_t>(i), extents[p.layer][p.feature]};
    if (g.featureKinds[p.feature] != geo::GeomKind::Line) {
      entries.push_back(whole);
      continue;
    }
    for (std::uint32_t part = g.firstPart(p.feature); part < g.endPartOf(p.feature); ++part)
      for (std::uint32_t v0 = g.firstVertex(part); v0 + 1 < g.endVertexOf(part); v0 += kStretch) {
        WorksFeature stretch = whole;
        stretch.firstVertex = v0;
        stretch.endVertex = std::min(v0 + kStretch + 1, g.endVertexOf(part));
        stretch.extent = {};
        for (std::uint32_t v = v0; v < stretch.endVertex; ++v) stretch.extent.add(g.x[v], g.y[v]);
        entries.push_back(stretch);
      }
  }
  return WorksIndex(std::move(entries));
}

std::optional<PickedProject> pickProject(const domain::Catalog& catalog, const WorksIndex& index, double x, double y,
                                         double toleranceM, const std::function<bool(std::uint32_t)>& visible) {
  geo::Extent box;
  box.add(x - toleranceM, y - toleranceM);
  box.add(x + toleranceM, y + toleranceM);
  // Classes as drawn: 2 markers, 1 lines and outlines, 0 fills. Later in catalog order is drawn on top.
  int bestClass = -1;
  std::optional<PickedProject> best;
  for (const WorksFeature& f : index.query(box)) {
    const geo::GeometryStore& g = catalog.layers[f.layer].geometry;
    Reach r = reach(g, f, x, y);
    int cls = -1;
    double distance = std::sqrt(r.nearest2);
    if (distance <= toleranceM)
      cls = g.featureKinds[f.feature] == geo::GeomKind::Point ? 2 : 1;
    else if (r.inside)
      cls = 0, distance = 0;
    // Query results come in catalog order, so "<=" lets a later feature win a tie. Whether the map shows it is
    // asked last: it is the dearer question.
    if (cls < 0 || cls < bestClass || (cls == bestClass && distance > best->distanceM)) continue;
    if (visible && !visible(f.project)) continue;
    bestClass = cls;
    best = PickedProject{f.project, distance};
  }
  return best;
}

std::optional<SnappedVertex> nearestVertex(const domain::Catalog& catalog, const WorksIndex& index, double x, double y,
                                           double toleranceM, const std::function<bool(std::uint32_t)>& visible) {
  geo::Extent box;
  box.add(x - toleranceM, y - toleranceM);
  box.add(x + toleranceM, y + toleranceM);
  std::optional<SnappedVertex> best;
  double best2 = toleranceM * toleranceM;
  std::optional<std::uint32_t> asked;  // the last project `visible` was asked about, and its answer
  bool shown = false;
  auto consider = [&](const geo::GeometryStore& g, std::uint32_t v0, std::uint32_t v1, std::uint32_t project) {
    for (std::uint32_t v = v0; v < v1; ++v) {
      const double d2 = (g.x[v] - x) * (g.x[v] - x) + (g.y[v] - y) * (g.y[v] - y);
      // "<=": results come in catalog order, so the feature drawn on top wins a tie.
      if (d2 > best2) continue;
      if (asked != project) asked = project, shown = !visible || visible(project);  // asked only when near
      if (!shown) return;
      best2 = d2;
      best = SnappedVertex{g.x[v], g.y[v], project, 0};
    }
  };
  for (const WorksFeature& f : index.query(box)) {
    const geo::GeometryStore& g = catalog.layers[f.layer].geometry;
    if (f.endVertex > 0) {  // a stretch of a line
      consider(g, f.firstVertex, f.endVertex, f.project);
      continue;
    }
    for (std::uint32_t p = g.firstPart(f.feature); p < g.endPartOf(f.feature); ++p)
      consider(g, g.firstVertex(p), g.endVertexOf(p), f.project);
  }
  if (best) best->distanceM = std::sqrt(best2);
  return best;
}

}  // namespace wm::scene
