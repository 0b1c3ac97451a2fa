#version 330 compatibility
// WorksMap map geometry (src/scene/vertex_layout.hpp describes the attributes). Colour and visibility are
// decided here from uniforms, so the as-of date, filters and selection never rebuild geometry. Widths, patterns
// and class colours come from the map style (domain::MapStyle) through a_line and per-drawable uniforms.

in vec3 a_other;    // lines: other end of the segment + side; points: marker corner
in vec4 a_feature;  // project index (-1 for base layers), kind, recorded status, flags
in vec4 a_dates;    // start, planned completion, completion (days since 2000-01-01), district index
in vec4 a_line;     // distance along the line (m), width (px), pattern id, colour slot (kAttribLine)

#include "map_shared.glsl"

uniform int wm_highlightDistrict;
uniform vec2 wm_viewport;          // pixels
uniform vec4 wm_baseColor;         // colour of base-layer geometry (its rule's fill or line colour)
uniform vec4 wm_classColors[kMaxClassColors];  // line colours of the base rule's classes (a_line.w = slot, 1-based)
uniform vec4 wm_highlightColor;    // the highlighted district's boundary
uniform float wm_highlightWidthPx;
uniform float wm_kindWidthM[kKindCount];  // works lines: each kind's width on the ground (m), 0: none
uniform float wm_baseWidthM;       // base lines: the rule's width on the ground (m), 0: none
uniform float wm_classWidthM[kMaxClassColors];  // base lines: its classes' widths on the ground (by slot)

out vec4 v_color;
out vec2 v_edge;         // markers: the corner, -1..1; the fragment shader cuts the shape and the casing;
                         // coverage rasters: where in the block, 0..1
out vec4 v_line;         // lines, in px: along the segment from its start, across from its centre line,
                         // the segment's length, distance along the whole line
flat out float v_halfWidth;  // lines: half the drawn line width (px)
flat out float v_reach;      // lines: half the quad's width (wider than the line for rail ties)
flat out int v_pattern;      // a_line.z: line pattern, fill pattern or marker shape
flat out int v_overdue;

const float kMinLinePx = 1.5;

vec4 hidden() { return vec4(0.0, 0.0, 2.0, 1.0); }  // beyond the far plane: clipped

// Terrain (shaders/terrain_height.glsl, linked in): z on the ground in 3D, 0 in 2D; `above` raises extrusions.
float wm_drapedZ(vec2 local, float above);

// Clip coordinates → window pixels relative to the viewport's centre.
vec2 toPixels(vec4 c) { return c.xy / c.w * wm_viewport * 0.5; }

// The width on the ground (m) of this vertex's line, 0 for none: works lines by kind, base lines by their
// class (colour slot) or rule. Polygon outlines have none.
float groundWidthM() {
  if ((int(a_feature.w + 0.5) & kOutline) != 0) return 0.0;
  if (a_feature.x >= 0.0) return wm_kindWidthM[clamp(int(a_feature.y + 0.5), 0, kKindCount - 1)];
  int slot = int(a_line.w + 0.5);
  return slot > 0 ? wm_classWidthM[clamp(slot - 1, 0, kMaxClassColors - 1)] : wm_baseWidthM;
}

// Line quads: each corner is pushed out across the segment by the quad's half width and beyond its own end by
// the same amount, so the fragment shader can round the ends (round caps make consecutive segments join
// without notches) and draw dashes and ties from the distance along the line.
void placeLineCorner(inout vec4 clip, float widthPx, int pattern) {
  float side = sign(a_other.z);  // towards which side of the direction to the other end
  bool segmentEnd = abs(a_other.z) > 1.5;
  vec4 otherClip = gl_ModelViewProjectionMatrix * vec4(a_other.xy, wm_drapedZ(a_other.xy, 0.0), 1.0);
  vec2 d = toPixels(otherClip) - toPixels(clip);
  float lengthPx = length(d);
  vec2 dir = lengthPx > 1e-6 ? d / lengthPx : vec2(1.0, 0.0);
  // Metres along the line → pixels, from the camera's scale at this vertex along the segment, not from the
  // segment's own length: in floats of local metres a 10 m segment's length is off by a few parts in 10^4, and
  // that error times the whole distance along the line made dashes jump at every short segment.
  vec2 span = a_other.xy - gl_Vertex.xy;
  float lengthM = length(span);
  vec4 step = gl_ModelViewProjectionMatrix * vec4(lengthM > 0.0 ? span / lengthM : vec2(1.0, 0.0), 0.0, 0.0);
  float pxPerMetre = length((step.xy - clip.xy * step.w / clip.w) / clip.w * wm_viewport * 0.5);
  // Zoomed in, a line with a width on the ground (road works) is drawn that wide; zoomed out, widthPx. Never
  // under kMinLinePx: a thinner line misses pixel centres and breaks up (coverage needs blending, which an opaque
  // map does not use).
  widthPx = max(max(widthPx, groundWidthM() * pxPerMetre), kMinLinePx);
  v_halfWidth = 0.5 * widthPx;
  v_reach = pattern == kLineRailTies ? max(v_halfWidth, 0.5 * wm_tie.y) : v_halfWidth;
  vec2 offset = vec2(-dir.y, dir.x) * side * v_reach - dir * v_reach;
  clip.xy += offset / (wm_viewport * 0.5) * clip.w;
  float outward = segmentEnd ? v_reach : -v_reach;
  v_line = vec4(segmentEnd ? lengthPx + v_reach : -v_reach, (segmentEnd ? -side : side) * v_reach, lengthPx,
                a_line.x * pxPerMetre + outward);
}

void main() {
  vec4 clip = gl_ModelViewProjectionMatrix * vec4(gl_Vertex.xy, wm_drapedZ(gl_Vertex.xy, gl_Vertex.z), 1.0);
  bool isProject = a_feature.x >= 0.0;
  int flags = int(a_feature.w + 0.5);
  int slot = int(a_line.w + 0.5);
  v_color = (!isProject && slot > 0) ? wm_classColors[slot - 1] : wm_baseColor;
  v_overdue = 0;
  v_pattern = int(a_line.z + 0.5);
  v_edge = wm_mode == kModePoint ? a_other.xy : vec2(0.0);
  v_line = vec4(0.0);
  v_halfWidth = 0.0;
  v_reach = 0.0;
  float widthPx = a_line.y;
  if (wm_mode == kModeCoverage) {  // a raster's block: a_other.xy is where in the block (0..1); colour per texel
    v_edge = a_other.xy;
    gl_Position = clip;
    return;
  }
  // The highlighted district's boundary: solid, in the style's highlight colour and width.
  if (!isProject && a_dates.w >= 0.0 && int(a_dates.w + 0.5) == wm_highlightDistrict) {
    v_color = wm_highlightColor;
    widthPx = wm_highlightWidthPx;
    if (wm_mode == kModeLine) v_pattern = kLineSolid;
  }
  if (isProject) {
    int kind = int(a_feature.y + 0.5);
    int status = wm_mapStatus(wm_asOfDay, int(a_feature.z + 0.5), flags, a_dates.xyz);
    if (status < 0 || (wm_kindMask & (1 << kind)) == 0 || (wm_statusMask & (1 << status)) == 0) {
      gl_Position = hidden();
      return;
    }
    v_color = wm_statusColors[status];
    // Overdue (docs/design.md §3.3): not completed and past its planned completion; in period mode completed late.
    // Drawn wider, with a dark casing.
    v_overdue = wm_mapMarked(wm_asOfDay, status, flags, a_dates.xyz) ? 1 : 0;
    if (v_overdue == 0 && wm_overdueOnly != 0) {
      gl_Position = hidden();
      return;
    }
    if (v_overdue == 1) widthPx *= 1.8;
    // The casing pass draws overdue works only: the others are dropped here, before they cost any pixels.
    if (wm_mode == kModeLine && wm_linePass == 0 && v_overdue == 0) {
      gl_Position = hidden();
      return;
    }
    if ((flags & kOutline) != 0) v_color.rgb *= 0.6;  // polygon outlines a shade darker than their fill
    if (int(a_feature.x + 0.5) == wm_selectedProject) v_color = wm_selectionColor;
  }
  if (wm_mode == kModeLine) {
    placeLineCorner(clip, widthPx, v_pattern);
  } else if (wm_mode == kModePoint) {
    clip.xy += a_other.xy * widthPx / wm_viewport * clip.w;  // half the marker size on each side
  } else {
    v_color.rgb *= 1.0 - a_other.z;  // extrusion walls a shade darker than roofs (0 for flat fills)
  }
  gl_Position = clip;
}
