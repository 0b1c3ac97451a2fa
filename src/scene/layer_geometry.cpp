#include "scene/layer_geometry.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_set>
#include <vector>

#include <osg/PrimitiveSet>

#include "geo/triangulation.hpp"

namespace wm::scene {
namespace {

// Growing arrays of one geometry; turned into an osg::Geometry at the end.
struct Batch {
  osg::ref_ptr<osg::Vec3Array> positions = new osg::Vec3Array;
  osg::ref_ptr<osg::Vec3Array> other = new osg::Vec3Array;
  osg::ref_ptr<osg::Vec4Array> feature = new osg::Vec4Array;
  osg::ref_ptr<osg::Vec4Array> dates = new osg::Vec4Array;
  osg::ref_ptr<osg::Vec4Array> line = new osg::Vec4Array;
  osg::ref_ptr<osg::DrawElementsUInt> indices = new osg::DrawElementsUInt(GL_TRIANGLES);

  void vertex(const osg::Vec3& at, const osg::Vec3& o, const ProjectAttributes& a, const osg::Vec4& look) {
    positions->push_back(at);
    other->push_back(o);
    feature->push_back(a.feature);
    dates->push_back(a.dates);
    line->push_back(look);
  }

  osg::ref_ptr<osg::Geometry> finish() {
    if (positions->empty()) return nullptr;
    osg::ref_ptr<osg::Geometry> g = new osg::Geometry;
    g->setUseDisplayList(false);
    g->setUseVertexBufferObjects(true);
    g->setVertexArray(positions);
    g->setVertexAttribArray(kAttribOther, other, osg::Array::BIND_PER_VERTEX);
    g->setVertexAttribArray(kAttribFeature, feature, osg::Array::BIND_PER_VERTEX);
    g->setVertexAttribArray(kAttribDates, dates, osg::Array::BIND_PER_VERTEX);
    g->setVertexAttribArray(kAttribLine, line, osg::Array::BIND_PER_VERTEX);
    if (indices->empty())
      g->addPrimitiveSet(new osg::DrawArrays(GL_TRIANGLES, 0, static_cast<GLsizei>(positions->size())));
    else
      g->addPrimitiveSet(indices);
    return g;
  }
};

// A segment A→B as a quad the vertex shader widens to pixels: corners A±, B∓ (see kAttribOther). `alongA` and
// `alongB` are the distances along the line to A and to B, in metres, summed in doubles by the caller, so that
// the next segment starts exactly where this one ends (float lengths of local coordinates would not add up, and
// the dash phase would jump at every vertex); `look` = (0, width, pattern, colour slot).
void addSegment(Batch& b, const osg::Vec3& a, const osg::Vec3& c, ProjectAttributes attrs, double alongA, double alongB,
                osg::Vec4 look) {
  auto base = static_cast<unsigned>(b.positions->size());
  osg::Vec4 atA = look, atC = look;
  atA.x() = static_cast<float>(alongA);
  atC.x() = static_cast<float>(alongB);
  b.vertex(a, osg::Vec3(c.x(), c.y(), +1), attrs, atA);
  b.vertex(a, osg::Vec3(c.x(), c.y(), -1), attrs, atA);
  b.vertex(c, osg::Vec3(a.x(), a.y(), -2), attrs, atC);  // |z| = 2 marks the segment's end (see vertex_layout.hpp)
  b.vertex(c, osg::Vec3(a.x(), a.y(), +2), attrs, atC);
  for (unsigned i : {0u, 1u, 2u, 1u, 3u, 2u}) b.indices->push_back(base + i);
}

osg::Vec4 lookVector(float widthPx, int pattern, int colorSlot) {
  return {0, widthPx, static_cast<float>(pattern), static_cast<float>(colorSlot)};
}

// Where vertices go: full detail, or snapped to a grid with repeats dropped (a simplified level).
//
// What a simplified level leaves out must not show: a segment only when the same key (kind or role) already drew
// the very same segment between the same two grid points, a marker only when one of its key already stands on the
// same grid point. (Leaving out the pieces of lines that ran through 8 × 8-cell blocks drawn before, as levels
// once did, broke real boundaries, whose thousands of short zigzag segments come back through their own blocks,
// into dashes with gaps of up to 12 px; issue 13.) In a dense area the grid still bounds what a level draws: a
// snapped segment joins two of a bounded number of grid points, mostly neighbours.
class Placement {
public:
  using Cell = std::pair<std::int64_t, std::int64_t>;

  Placement(SceneOrigin origin, double snap) : _origin(origin), _snap(snap) {}

  bool simplified() const { return _snap > 0; }
  double snap() const { return _snap; }
  std::int64_t cell(double v) const { return static_cast<std::int64_t>(std::llround(v / _snap)); }
  Cell cellOf(double x, double y) const { return {cell(x), cell(y)}; }
  osg::Vec3 at(double x, double y) const {
    if (_snap > 0) x = static_cast<double>(cell(x)) * _snap, y = static_cast<double>(cell(y)) * _snap;
    return osg::Vec3(static_cast<float>(x - _origin.x), static_cast<float>(y - _origin.y), 0);
  }
  osg::Vec3 at(Cell c) const { return at(static_cast<double>(c.first) * _snap, static_cast<double>(c.second) * _snap); }
  /// The length (metres) of the snapped segment between two grid points.
  double length(Cell a, Cell b) const {
    return std::hypot(static_cast<double>(b.first - a.first), static_cast<double>(b.second - a.second)) * _snap;
  }
  /// Whether the segment between two grid points (either way round) is new for this key.
  bool firstSegment(Cell a, Cell b, int key) {
    if (b < a) std::swap(a, b);
    return _seen.insert(mix(mix(pack(a.first, a.second), pack(b.first, b.second)), static_cast<std::uint64_t>(key) + 1))
        .second;
  }
  /// Whether a marker of this key at (x, y) is the first on its grid point (a marker is 3 px or more, a grid cell
  /// at most 1.5 px: one drawn there covers the others).
  bool firstMarker(double x, double y, int key) {
    if (_snap <= 0) return true;
    return _seen.insert(mix(pack(cell(x), cell(y)), static_cast<std::uint64_t>(key) + 0x9E37)).second;
  }
  /// Whether a feature is drawn as a marker at this level: it spans at most `cells` grid cells each way.
  bool withinCells(const geo::Extent& e, std::int64_t cells) const {
    return _snap > 0 && cell(e.maxX) - cell(e.minX) < cells && cell(e.maxY) - cell(e.minY) < cells;
  }

  std::size_t merged = 0;
  std::size_t asMarkers = 0;

private:
  static std::uint64_t pack(std::int64_t x, std::int64_t y) {
    return (static_cast<std::uint64_t>(x) << 32) ^ (static_cast<std::uint64_t>(y) & 0xffffffffu);
  }
  // splitmix64-style mixing of two keys (a collision would drop one segment or marker at a coarse level).
  static std::uint64_t mix(std::uint64_t a, std::uint64_t b) {
    std::uint64_t z = a + 0x9E3779B97F4A7C15ull * (b + 1);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }

  SceneOrigin _origin;
  double _snap;
  std::unordered_set<std::uint64_t> _seen;
};

void addMarker(Batch& points, const osg::Vec3& at, const ProjectAttributes& attrs, const osg::Vec4& marker) {
  for (auto [cx, cy] : {std::pair{-1.f, -1.f}, {1.f, -1.f}, {1.f, 1.f}, {-1.f, -1.f}, {1.f, 1.f}, {-1.f, 1.f}})
    points.vertex(at, osg::Vec3(cx, cy, 0), attrs, marker);
}

// Simplified: the line within half a grid cell (Douglas-Peucker), then on the grid. A segment whose ends fall on
// one grid point waits for the next vertex (nothing is lost: the drawn line reaches that point). The distance
// along the line is the drawn, snapped one, so dashes run on where one segment hands over to the next.
void addSimplifiedPart(const geo::GeometryStore& g, std::uint32_t p, Placement& place, int key,
                       const ProjectAttributes& edge, const osg::Vec4& lineLook, Batch& lines) {
  thread_local std::vector<std::uint32_t> kept;
  simplifyPart(g, g.firstVertex(p), g.endVertexOf(p), place.snap() / 2, kept);
  place.merged += g.endVertexOf(p) - g.firstVertex(p) - kept.size();
  if (kept.empty()) return;
  Placement::Cell from = place.cellOf(g.x[kept.front()], g.y[kept.front()]);
  double along = 0;
  for (std::size_t k = 1; k < kept.size(); ++k) {
    Placement::Cell to = place.cellOf(g.x[kept[k]], g.y[kept[k]]);
    if (to == from) continue;
    double next = along + place.length(from, to);
    if (place.firstSegment(from, to, key))
      addSegment(lines, place.at(from), place.at(to), edge, along, next, lineLook);
    else
      ++place.merged;
    along = next;
    from = to;
  }
}

void addFeature(const geo::GeometryStore& g, std::size_t f, Placement& place, int key, ProjectAttributes attrs,
                const FeatureLook& look, Batch& lines, Batch& fills, Batch& points) {
  // Lines within one grid cell, and polygons within three (a few pixels: their fill and outline would be a blot
  // that costs a triangulation), are one marker of their kind's shape, once per grid point and key.
  bool polygon = g.featureKinds[f] == geo::GeomKind::Polygon;
  if (place.simplified() && g.featureKinds[f] != geo::GeomKind::Point &&
      place.withinCells(g.featureExtent(f), polygon ? 3 : 1)) {
    ++place.asMarkers;
    std::uint32_t v = g.firstVertex(g.firstPart(f));
    if (place.firstMarker(g.x[v], g.y[v], key))
      addMarker(points, place.at(g.x[v], g.y[v]), attrs,
                lookVector(std::max(3.0f, look.widthPx * 1.5f), static_cast<int>(look.marker), look.colorSlot));
    else
      ++place.merged;
    return;
  }
  for (std::uint32_t p = g.firstPart(f); p < g.endPartOf(f); ++p) {
    geo::PartRole role = g.partRoles[p];
    if (role == geo::PartRole::Point) {
      std::uint32_t v = g.firstVertex(p);
      if (place.firstMarker(g.x[v], g.y[v], key))
        addMarker(points, place.at(g.x[v], g.y[v]), attrs,
                  lookVector(look.widthPx, static_cast<int>(look.marker), look.colorSlot));
      else
        ++place.merged;
      continue;
    }
    ProjectAttributes edge = attrs;
    bool outline = role != geo::PartRole::Line;
    if (outline) edge.feature.w() = static_cast<float>(static_cast<std::uint32_t>(attrs.feature.w()) | kOutline);
    osg::Vec4 lineLook = lookVector(look.widthPx, static_cast<int>(outline ? look.outline : look.line), look.colorSlot);
    // The distance is summed in doubles from the working-CRS coordinates: floats of local metres would drift.
    double along = 0;
    if (!place.simplified()) {
      for (std::uint32_t v = g.firstVertex(p) + 1; v < g.endVertexOf(p); ++v) {
        double next = along + std::hypot(g.x[v] - g.x[v - 1], g.y[v] - g.y[v - 1]);
        addSegment(lines, place.at(g.x[v - 1], g.y[v - 1]), place.at(g.x[v], g.y[v]), edge, along, next, lineLook);
        along = next;
      }
      continue;
    }
    addSimplifiedPart(g, p, place, key, edge, lineLook, lines);
  }
  if (g.featureKinds[f] != geo::GeomKind::Polygon) return;
  thread_local std::vector<double> xy;
  xy.clear();
  geo::triangulatePolygon(g, f, xy);
  osg::Vec4 fill = lookVector(0, static_cast<int>(look.fill), 0);
  for (std::size_t i = 0; i + 5 < xy.size(); i += 6) {
    osg::Vec3 a = place.at(xy[i], xy[i + 1]), b = place.at(xy[i + 2], xy[i + 3]), c = place.at(xy[i + 4], xy[i + 5]);
    if (place.simplified() && ((b - a) ^ (c - a)).length2() == 0) {
      ++place.merged;  // collapsed onto the grid
      continue;
    }
    for (const osg::Vec3& corner : {a, b, c}) fills.vertex(corner, osg::Vec3(), attrs, fill);
  }
}

}  // namespace

void simplifyPart(const geo::GeometryStore& g, std::uint32_t first, std::uint32_t end, double tolerance,
                  std::vector<std::uint32_t>& kept) {
  kept.clear();
  if (end - first < 3) {
    for (std::uint32_t v = first; v < end; ++v) kept.push_back(v);
    return;
  }
  thread_local std::vector<char> keep;
  thread_local std::vector<std::pair<std::uint32_t, std::uint32_t>> stack;
  keep.assign(end - first, 0);
  keep.front() = keep.back() = 1;
  stack.assign(1, {first, end - 1});
  while (!stack.empty()) {
    auto [a, b] = stack.back();
    stack.pop_back();
    double dx = g.x[b] - g.x[a], dy = g.y[b] - g.y[a], length2 = dx * dx + dy * dy;
    double worst = -1;
    std::uint32_t at = a;
    for (std::uint32_t v = a + 1; v < b; ++v) {
      double px = g.x[v] - g.x[a], py = g.y[v] - g.y[a];
      double d2;
      if (length2 == 0) {
        d2 = px * px + py * py;
      } else {
        double t = std::clamp((px * dx + py * dy) / length2, 0.0, 1.0);
        double ex = px - t * dx, ey = py - t * dy;
        d2 = ex * ex + ey * ey;
      }
      if (d2 > worst) worst = d2, at = v;
    }
    if (worst > tolerance * tolerance) {
      keep[at - first] = 1;
      stack.push_back({a, at});
      stack.push_back({at, b});
    }
  }
  for (std::uint32_t v = first; v < end; ++v)
    if (keep[v - first]) kept.push_back(v);
}

ProjectAttributes projectAttributes(const domain::Project& p, std::size_t index) {
  std::uint32_t flags = (p.start ? kHasStart : 0) | (p.planDone ? kHasPlan : 0) | (p.done ? kHasDone : 0);
  auto day = [](const std::optional<core::Date>& d) { return d ? static_cast<float>(d->days()) : 0.0f; };
  return {osg::Vec4(static_cast<float>(index), static_cast<float>(p.kind), static_cast<float>(p.recorded),
                    static_cast<float>(flags)),
          osg::Vec4(day(p.start), day(p.planDone), day(p.done), static_cast<float>(p.district))};
}

FeatureLook worksLook(const domain::MapStyle& style, domain::Kind kind) {
  const domain::KindStyle& k = style.kind(kind);
  return {style.worksLineWidthPx, k.line, domain::LinePattern::Solid, k.fill, k.marker, 0};
}

FeatureLook baseLook(const domain::BaseRule* rule, std::string_view featureClass) {
  FeatureLook look;
  look.widthPx = rule ? rule->widthPx : 1.0f;
  look.line = look.outline = rule ? rule->pattern : domain::LinePattern::Solid;
  if (!rule) return look;
  int cls = domain::MapStyle::classIndex(*rule, featureClass);
  if (cls >= 0) {
    look.widthPx = rule->classes[static_cast<std::size_t>(cls)].widthPx;
    if (cls < kMaxClassColors) look.colorSlot = cls + 1;
  }
  return look;
}

LayerGeometry buildLayerGeometry(const domain::Catalog& catalog, std::uint32_t layer, SceneOrigin origin,
                                 const domain::MapStyle& style, const DetailOptions& detail) {
  const domain::Layer& l = catalog.layers[layer];
  const geo::GeometryStore& g = l.geometry;
  Batch lines, fills, points;
  Placement place(origin, detail.snapMetres);
  auto forEachFeature = [&](auto&& add) {
    if (detail.features)
      for (std::uint32_t f : *detail.features) add(static_cast<std::size_t>(f));
    else
      for (std::size_t f = 0; f < g.featureCount(); ++f) add(f);
  };
  if (l.info.role != domain::LayerRole::Works) {
    // A district layer's features are the catalog's districts in order: each vertex carries its district index.
    bool districts = l.info.role == domain::LayerRole::Districts;
    const domain::BaseRule* rule = style.ruleFor(l.info.role, l.info.name);
    forEachFeature([&](std::size_t f) {
      ProjectAttributes base{osg::Vec4(-1, static_cast<float>(l.info.role), 0, 0),
                             osg::Vec4(0, 0, 0, districts ? static_cast<float>(f) : -1.0f)};
      FeatureLook look = baseLook(rule, f < l.classes.size() ? std::string_view(l.classes[f]) : "");
      if (g.featureKinds[f] == geo::GeomKind::Point) look.widthPx = style.baseMarkerPx;
      // Districts never merge with each other: each one's boundary carries its own index for highlighting.
      addFeature(g, f, place, districts ? static_cast<int>(f) : look.colorSlot, base, look, lines, fills, points);
    });
  } else {
    std::vector<std::int64_t> projectOf(g.featureCount(), -1);
    for (std::size_t i = 0; i < catalog.projects.size(); ++i)
      if (catalog.projects[i].layer == layer) projectOf[catalog.projects[i].feature] = static_cast<std::int64_t>(i);
    forEachFeature([&](std::size_t f) {
      if (projectOf[f] < 0) return;
      auto index = static_cast<std::size_t>(projectOf[f]);
      const domain::Project& p = catalog.projects[index];
      FeatureLook look = worksLook(style, p.kind);
      if (g.featureKinds[f] == geo::GeomKind::Point) look.widthPx = style.worksMarkerPx;
      // Polygon outlines of works are half as wide as works lines: the fill pattern carries the kind.
      if (g.featureKinds[f] == geo::GeomKind::Polygon) look.widthPx = std::max(1.5f, style.worksLineWidthPx / 2);
      addFeature(g, f, place, static_cast<int>(p.kind), projectAttributes(p, index), look, lines, fills, points);
    });
  }
  LayerGeometry out{lines.finish(), fills.finish(), points.finish()};
  out.merged = place.merged;
  out.asMarkers = place.asMarkers;
  return out;
}

}  // namespace wm::scene
