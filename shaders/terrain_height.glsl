#version 330 compatibility
// Terrain heights for draping map geometry on the DEM (src/scene/terrain.hpp sets the uniforms). Linked into
// the map program's vertex stage as a second shader object; map.vert declares and calls wm_drapedZ.

uniform sampler2D wm_heightMap;  // R32F heights above the DEM's lowest cell, metres; texel centres = DEM cells
uniform vec4 wm_heightExtent;    // local metres: west, south, east, north edges of the height map
uniform int wm_hasTerrain;       // 0: no DEM, the ground is flat at 0
uniform float wm_exaggeration;   // vertical exaggeration of the terrain (not of extrusions)
uniform float wm_3d;             // 0 the flat 2D map … 1 full 3D (animated by the viewer)

// Metres above the triangle mesh: the mesh is planar between DEM cells, the lookup bilinear, so a draped line
// can dip into the surface by a little; the terrain's polygon offset covers the rest.
const float kDrapeLift = 1.5;

// The terrain's height (exaggerated) at a point in local metres; 0 without a DEM.
float wm_terrainHeight(vec2 local) {
  if (wm_hasTerrain == 0) return 0.0;
  vec2 uv = (local - wm_heightExtent.xy) / (wm_heightExtent.zw - wm_heightExtent.xy);
  return textureLod(wm_heightMap, uv, 0.0).r * wm_exaggeration;
}

// z of a map vertex: `above` metres over the terrain in 3D (extrusions' roofs), everything flat at 0 in 2D.
float wm_drapedZ(vec2 local, float above) {
  if (wm_3d == 0.0) return 0.0;  // the flat map: no texture lookup per vertex
  return (wm_terrainHeight(local) + above + kDrapeLift) * wm_3d;
}
