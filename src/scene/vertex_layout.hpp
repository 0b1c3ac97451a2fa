#pragma once
// The per-vertex attributes of batched map geometry, shared by the geometry builders and the GLSL in shaders/.
// Everything the shaders need to decide colour and visibility per feature travels with the vertices, so the
// as-of date, filters and selection are uniforms and never rebuild geometry.
#include <cstdint>

#include <osg/BoundingBox>

#include "geo/extent.hpp"
#include "scene/shader_constants.hpp"

namespace wm::scene {

// Generic vertex attribute locations (osg::Geometry::setVertexAttribArray / glBindAttribLocation).
/// vec3: line quads: the segment's other end (local metres) and z = the side to offset towards, ±1 at the
/// segment's start and ±2 at its end (the direction to the other end is reversed there, so the same geometric
/// side has the opposite sign); point markers: the corner (±1, ±1) and z = 0; fills: (0, 0, darkening), 0 for
/// flat fills, the shading of an extrusion's walls (scene/extrusion.hpp) otherwise.
inline constexpr unsigned kAttribOther = 6;
/// vec4: project index in the catalog, kind, recorded status, flags (the bits below).
inline constexpr unsigned kAttribFeature = 7;
/// vec4: start, planned completion, completion (days since 2000-01-01), district index.
inline constexpr unsigned kAttribDates = 8;
/// vec4, the map style's look of the feature (scene::FeatureLook):
///  x: lines: distance along the line (the part or ring) from its first vertex to this one, in metres, so
///     dash patterns and rail ties continue across segments (the shader scales it to pixels per segment);
///     fills and points: 0;
///  y: width in pixels: line width (road classes differ), marker size for points; fills: 0;
///  z: pattern id: lines domain::LinePattern, fills domain::FillPattern, points domain::MarkerShape;
///  w: colour slot: 0 the layer's colour (wm_baseColor, or the status colour of works), n > 0 the colour of
///     the base rule's class n-1 (wm_classColors[n-1]).
inline constexpr unsigned kAttribLine = 9;
/// The most classes a base rule's colours are passed for (wm_classColors); later classes use the layer colour.
inline constexpr int kMaxClassColors = glsl::kMaxClassColors;

// Bits of kAttribFeature.w (floats hold small integers exactly): which dates a project has, and whether the
// quad is a polygon's outline rather than a line work.
inline constexpr std::uint32_t kHasStart = glsl::kHasStart;
inline constexpr std::uint32_t kHasPlan = glsl::kHasPlan;
inline constexpr std::uint32_t kHasDone = glsl::kHasDone;
inline constexpr std::uint32_t kOutline = glsl::kOutline;

/// The vertex array holds positions in metres relative to the scene origin (the working-CRS centre of the data),
/// because floats lose metres at Gauss-Kruger northings of several thousand km. z is 0, except for extrusions,
/// where it is the height above the ground (shaders/terrain_height.glsl puts z on the terrain in 3D).
struct SceneOrigin {
  double x = 0;
  double y = 0;

  /// An extent in the working CRS as local metres around this origin (an empty one stays empty).
  geo::Extent toLocal(const geo::Extent& e) const {
    geo::Extent local;
    if (e.empty()) return local;
    local.add(e.minX - x, e.minY - y);
    local.add(e.maxX - x, e.maxY - y);
    return local;
  }
  /// The same as a flat box (z = 0) in the vertex arrays' floats, for bounds and culling.
  osg::BoundingBox localBox(const geo::Extent& e) const {
    const geo::Extent l = toLocal(e);
    return {static_cast<float>(l.minX), static_cast<float>(l.minY), 0,
            static_cast<float>(l.maxX), static_cast<float>(l.maxY), 0};
  }
};

}  // namespace wm::scene
