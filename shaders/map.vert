#version 330 compatibility
// WorksMap map geometry (src/scene/vertex_layout.hpp describes the attributes). Colour and visibility are
// decided here from uniforms, so the as-of date, filters and selection never rebuild geometry.

in vec3 a_other;    // lines: other end of the segment + side; points: marker corner
in vec4 a_feature;  // project index (-1 for base layers), kind, recorded status, flags
in vec4 a_dates;    // start, planned completion, completion (days since 2000-01-01), district index

uniform float wm_asOfDay;
uniform int wm_kindMask;
uniform int wm_statusMask;
uniform int wm_highlightDistrict;
uniform int wm_selectedProject;
uniform vec2 wm_viewport;        // pixels
uniform int wm_mode;             // 0 fill, 1 line, 2 point marker
uniform float wm_widthPx;        // line width or marker size in pixels
uniform vec4 wm_statusColors[4]; // planned, under construction, completed, suspended
uniform vec4 wm_baseColor;       // colour of base-layer geometry

out vec4 v_color;
out vec2 v_edge;         // -1..1 across a line quad or marker: the fragment shader draws overdue casings there
flat out int v_overdue;

const int kHasStart = 1;
const int kHasPlan = 2;
const int kHasDone = 4;
const int kOutline = 8;

// Design §3, the same rules as analysis::statusAt (src/analysis/status_at_date.cpp): keep them in step.
int statusAt(float t, int recorded, int flags) {
  bool hasStart = (flags & kHasStart) != 0;
  bool hasDone = (flags & kHasDone) != 0;
  if (hasDone && a_dates.z <= t) return 2;
  if (recorded == 2 && !hasDone) return 2;
  if (recorded == 3 && (!hasStart || a_dates.x <= t)) return 3;
  if (hasStart && a_dates.x <= t) return 1;
  if (recorded == 1 && !hasStart) return 1;
  return 0;
}

vec4 hidden() { return vec4(0.0, 0.0, 2.0, 1.0); }  // beyond the far plane: clipped

// Terrain (shaders/terrain_height.glsl, linked in): z on the ground in 3D, 0 in 2D; `above` raises extrusions.
float wm_drapedZ(vec2 local, float above);

void main() {
  vec4 clip = gl_ModelViewProjectionMatrix * vec4(gl_Vertex.xy, wm_drapedZ(gl_Vertex.xy, gl_Vertex.z), 1.0);
  bool isProject = a_feature.x >= 0.0;
  int flags = int(a_feature.w + 0.5);
  v_color = wm_baseColor;
  v_overdue = 0;
  float side = sign(a_other.z);                  // towards which side of the direction to the other end
  bool segmentEnd = abs(a_other.z) > 1.5;
  v_edge = wm_mode == 1 ? vec2(segmentEnd ? -side : side, 0.0) : (wm_mode == 2 ? a_other.xy : vec2(0.0));
  float widthPx = wm_widthPx;
  // The highlighted district's boundary: darker and three times as wide.
  if (!isProject && a_dates.w >= 0.0 && int(a_dates.w + 0.5) == wm_highlightDistrict) {
    v_color = vec4(0.15, 0.15, 0.55, 1.0);
    widthPx *= 3.0;
  }
  if (isProject) {
    int kind = int(a_feature.y + 0.5);
    int status = statusAt(wm_asOfDay, int(a_feature.z + 0.5), flags);
    if ((wm_kindMask & (1 << kind)) == 0 || (wm_statusMask & (1 << status)) == 0) {
      gl_Position = hidden();
      return;
    }
    v_color = wm_statusColors[status];
    // Overdue (design §3): not completed and past its planned completion. Drawn wider, with a dark casing.
    v_overdue = (status != 2 && (flags & kHasPlan) != 0 && a_dates.y < wm_asOfDay) ? 1 : 0;
    if (v_overdue == 1) widthPx *= 1.8;
    if ((flags & kOutline) != 0) v_color.rgb *= 0.6;  // polygon outlines a shade darker than their fill
    if (int(a_feature.x + 0.5) == wm_selectedProject) v_color = vec4(0.0, 0.8, 1.0, 1.0);
  }
  if (wm_mode == 1) {
    // Screen-space quad: offset each corner along the segment's normal by half the width in pixels.
    vec4 otherClip = gl_ModelViewProjectionMatrix * vec4(a_other.xy, wm_drapedZ(a_other.xy, 0.0), 1.0);
    vec2 a = clip.xy / clip.w * wm_viewport;
    vec2 b = otherClip.xy / otherClip.w * wm_viewport;
    vec2 d = b - a;
    vec2 dir = length(d) > 1e-6 ? normalize(d) : vec2(1.0, 0.0);
    vec2 normal = vec2(-dir.y, dir.x) * side;
    clip.xy += normal * widthPx / wm_viewport * clip.w;
  } else if (wm_mode == 2) {
    clip.xy += a_other.xy * widthPx / wm_viewport * clip.w;
  } else {
    v_color.rgb *= 1.0 - a_other.z;  // extrusion walls a shade darker than roofs (0 for flat fills)
  }
  gl_Position = clip;
}
