#version 330 compatibility
// WorksMap map fragments: round line caps, dash patterns and rail ties from the distance along the line, fill
// patterns from the window position (the same size at every zoom), marker shapes, and overdue casings. The
// pattern ids (kLine…, kFill…, kMarker…) are shaders/map_constants.glsl's, checked against domain::LinePattern,
// domain::FillPattern and domain::MarkerShape (src/domain/map_style.hpp).
#include "map_shared.glsl"

in vec4 v_color;
in vec2 v_edge;
in vec4 v_line;
flat in float v_halfWidth;
flat in float v_reach;
flat in int v_pattern;
flat in int v_overdue;

uniform float wm_patternTint;  // the gaps of a fill pattern: the colour lightened this far towards white

// Coverage rasters (src/scene/coverage_layer.hpp): per texel the topmost line/marker and polygon fill (project
// index + 1 and flags), looked up in the projects' attributes; coloured by the same uniforms as the vectors.
uniform usampler2D wm_coverage;
uniform isampler2D wm_projects;  // kind | recorded << 8 | flags << 16 | layer << 24, start, planned, completion
uniform float wm_opacity;        // the drawable's layer's opacity (MapScene::setLayerView)
uniform float wm_layerOpacity[kMaxLayerOpacities];  // rasters: each layer's opacity, 0 hidden
uniform int wm_kindFill[kKindCount];                // each kind's fill pattern

const float kCasingFrom = 0.45;  // overdue casing: the outer part of a line or marker beyond this fraction

// Whether a line pattern is "on" at `along` px (u: the pattern's unit, scaling with the line width). Dotted
// lines get round dots.
bool dashOn(int pattern, float along, float across, float u) {
  if (pattern == kLineDashed) return mod(along, 5.0 * u) < 3.5 * u;
  if (pattern == kLineDotted) return length(vec2(mod(along, 2.5 * u) - 1.25 * u, across)) <= 0.5 * u;
  if (pattern == kLineDashDot) {
    float m = mod(along, 6.0 * u);
    return m < 3.0 * u || (m > 4.0 * u && m < 5.0 * u);
  }
  if (pattern == kLineLongDash) return mod(along, 9.0 * u) < 7.0 * u;
  return true;
}

bool fillInk(int pattern, vec2 p) {
  if (pattern == kFillDiagonal) return mod(p.x + p.y, 8.0) < 2.5;  // diagonal /
  if (pattern == kFillBackDiagonal) return mod(p.x - p.y, 8.0) < 2.5;
  if (pattern == kFillCrossHatch) return mod(p.x + p.y, 10.0) < 2.0 || mod(p.x - p.y, 10.0) < 2.0;
  if (pattern == kFillDots) return length(mod(p, 6.0) - 3.0) < 1.6;
  if (pattern == kFillHorizontalLines) return mod(p.y, 6.0) < 2.0;
  return true;
}

// Marker shapes in the corner square -1..1.
bool inShape(int shape, vec2 e) {
  vec2 a = abs(e);
  if (shape == kMarkerSquare) return max(a.x, a.y) <= 0.85;
  if (shape == kMarkerTriangle) return e.y >= -0.8 && a.x <= (1.0 - e.y) / 1.8;  // apex up
  if (shape == kMarkerTriangleDown) return e.y <= 0.8 && a.x <= (1.0 + e.y) / 1.8;
  if (shape == kMarkerDiamond) return a.x + a.y <= 1.0;
  if (shape == kMarkerRing) return length(e) <= 1.0 && length(e) >= 0.55;
  if (shape == kMarkerPlus) return min(a.x, a.y) <= 0.3;
  if (shape == kMarkerCross) return min(abs(e.x + e.y), abs(e.x - e.y)) <= 0.42;  // x
  if (shape == kMarkerStar) {  // five-pointed
    float angle = atan(e.y, e.x) - 1.5707963;
    return length(e) <= 0.42 + 0.58 * pow(abs(cos(2.5 * angle)), 4.0);
  }
  return dot(e, e) <= 1.0;  // kMarkerCircle
}

vec4 lineColour() {
  // Beyond the segment's ends only a round cap is drawn.
  float over = max(max(-v_line.x, v_line.x - v_line.z), 0.0);
  float r = length(vec2(over, v_line.y));
  if (v_pattern == kLineRailTies) {  // rail: a thin line, ties across it at a regular spacing (not beyond the ends)
    bool core = r <= v_halfWidth;
    bool tie = over == 0.0 && abs(v_line.y) <= v_reach && mod(v_line.w, wm_tie.x) < 1.5;
    if (!core && !tie) discard;
    return v_color;
  }
  if (r > v_halfWidth) discard;
  if (!dashOn(v_pattern, v_line.w, v_line.y, max(2.0 * v_halfWidth, 2.5))) discard;
  if (wm_linePass == 0) {
    if (v_overdue == 0) discard;
    return wm_overdueCasing;
  }
  if (v_overdue == 1 && r > kCasingFrom * v_halfWidth) discard;  // its casing is drawn already
  return v_color;
}

vec4 fillColour(vec4 colour, int pattern) {
  bool ink = fillInk(pattern, gl_FragCoord.xy);
  return ink ? colour : vec4(mix(colour.rgb, vec3(1.0), wm_patternTint), colour.a);
}

// A texel of a coverage raster: false when empty or filtered out.
bool coverageColour(uint texel, bool fill, out vec4 colour) {
  colour = vec4(0.0);
  if (texel == 0u) return false;
  int project = int(texel & kCoverageIndexMask) - 1;
  ivec4 a = texelFetch(wm_projects, ivec2(project % kProjectsTextureWidth, project / kProjectsTextureWidth), 0);
  int kind = a.x & 255, recorded = (a.x >> 8) & 255, flags = (a.x >> 16) & 255, layer = (a.x >> 24) & 255;
  float opacity = layer < kMaxLayerOpacities ? wm_layerOpacity[layer] : 1.0;
  if (opacity <= 0.0) return false;
  vec3 dates = vec3(a.yzw);
  int status = wm_mapStatus(wm_asOfDay, recorded, flags, dates);
  if (status < 0 || (wm_kindMask & (1 << kind)) == 0 || (wm_statusMask & (1 << status)) == 0) return false;
  bool marked = wm_mapMarked(wm_asOfDay, status, flags, dates);
  if (wm_overdueOnly != 0 && !marked) return false;
  colour = wm_statusColors[status];
  if (fill) {
    colour = fillColour(colour, wm_kindFill[kind]);
  } else {
    if ((texel & kCoverageOutline) != 0u) colour.rgb *= 0.6;
    if ((texel & kCoverageEdge) != 0u && marked) colour = wm_overdueCasing;
  }
  if (project == wm_selectedProject) colour = wm_selectionColor;
  colour.a *= opacity;
  return true;
}

void main() {
  if (wm_mode == kModeCoverage) {
    ivec2 at = clamp(ivec2(floor(v_edge * float(kCoverageBlock))), ivec2(0), ivec2(kCoverageBlock - 1));
    uvec4 pair = texelFetch(wm_coverage, ivec2(at.x / 2, at.y), 0);  // two texels: (top, fill) each
    uvec2 texel = (at.x & 1) == 0 ? pair.xy : pair.zw;
    vec4 colour;
    if (!coverageColour(texel.r, false, colour) && !coverageColour(texel.g, true, colour)) discard;
    gl_FragColor = colour;
  } else if (wm_mode == kModeLine) {
    gl_FragColor = lineColour();
  } else if (wm_mode == kModePoint) {
    if (!inShape(v_pattern, v_edge)) discard;
    bool edge = !inShape(v_pattern, v_edge / 0.62);
    gl_FragColor = (v_overdue == 1 && edge) ? wm_overdueCasing : v_color;
  } else {
    gl_FragColor = fillColour(v_color, v_pattern);
  }
  if (wm_mode != kModeCoverage) gl_FragColor.a *= wm_opacity;
}
