#version 330 compatibility
// WorksMap map fragments: round line caps, dash patterns and rail ties from the distance along the line, fill
// patterns from the window position (the same size at every zoom), marker shapes, and overdue casings. The
// pattern ids are domain::LinePattern, domain::FillPattern and domain::MarkerShape (src/domain/map_style.hpp).
in vec4 v_color;
in vec2 v_edge;
in vec4 v_line;
flat in float v_halfWidth;
flat in float v_reach;
flat in int v_pattern;
flat in int v_overdue;

// 0 fill, 1 line, 2 point marker, 3 coverage raster: a define per drawable (StateSet::setDefine), not a
// uniform, so each mode is compiled on its own: llvmpipe runs both sides of a branch for every vertex and
// fragment, and the other modes' code would cost every one of them.
#pragma import_defines(WM_MODE)
#ifndef WM_MODE
#define WM_MODE 0
#endif
const int wm_mode = WM_MODE;
uniform int wm_linePass;       // lines: 0 the casings of overdue works only, 1 the lines (drawn over the casings)
uniform vec4 wm_overdueCasing; // edge of overdue works (lines, markers, polygon outlines)
uniform float wm_patternTint;  // the gaps of a fill pattern: the colour lightened this far towards white
uniform vec2 wm_tie;           // rail ties: spacing along the line, length across it (px)

// Coverage rasters (src/scene/coverage_layer.hpp): per texel the topmost line/marker and polygon fill (project
// index + 1 and flags), looked up in the projects' attributes; coloured by the same uniforms as the vectors.
uniform usampler2D wm_coverage;
uniform isampler2D wm_projects;  // kind | recorded << 8 | flags << 16 | layer << 24, start, planned, completion
uniform float wm_asOfDay;
uniform int wm_kindMask;
uniform int wm_statusMask;
uniform int wm_overdueOnly;
uniform int wm_selectedProject;
uniform vec4 wm_statusColors[4];
uniform float wm_opacity;            // the drawable's layer's opacity (MapScene::setLayerView)
uniform float wm_layerOpacity[32];   // rasters: each layer's opacity, 0 hidden (kMaxLayerOpacities)
uniform int wm_kindFill[10];     // each kind's fill pattern (domain::kKindCount kinds)
const int kCoverageBlock = 256;  // CoverageLayer::kBlockTexels
const uint kIndexMask = 0x3fffffffu;
const uint kOutlineBit = 0x80000000u;
const uint kEdgeBit = 0x40000000u;

// shaders/status.glsl, linked in (with the period uniforms they read).
int wm_mapStatus(float t, int recorded, int flags, vec3 dates);
bool wm_mapMarked(float t, int status, int flags, vec3 dates);

const float kCasingFrom = 0.45;  // overdue casing: the outer part of a line or marker beyond this fraction

// Whether a line pattern is "on" at `along` px (u: the pattern's unit, scaling with the line width). Dotted
// lines get round dots.
bool dashOn(int pattern, float along, float across, float u) {
  if (pattern == 1) return mod(along, 5.0 * u) < 3.5 * u;  // dashed
  if (pattern == 2) return length(vec2(mod(along, 2.5 * u) - 1.25 * u, across)) <= 0.5 * u;  // dotted
  if (pattern == 3) {                                      // dash-dot
    float m = mod(along, 6.0 * u);
    return m < 3.0 * u || (m > 4.0 * u && m < 5.0 * u);
  }
  if (pattern == 4) return mod(along, 9.0 * u) < 7.0 * u;  // long dash
  return true;
}

bool fillInk(int pattern, vec2 p) {
  if (pattern == 1) return mod(p.x + p.y, 8.0) < 2.5;                                // diagonal /
  if (pattern == 2) return mod(p.x - p.y, 8.0) < 2.5;                                // diagonal, the other way
  if (pattern == 3) return mod(p.x + p.y, 10.0) < 2.0 || mod(p.x - p.y, 10.0) < 2.0;  // cross-hatch
  if (pattern == 4) return length(mod(p, 6.0) - 3.0) < 1.6;                          // dots
  if (pattern == 5) return mod(p.y, 6.0) < 2.0;                                      // horizontal lines
  return true;
}

// Marker shapes in the corner square -1..1.
bool inShape(int shape, vec2 e) {
  vec2 a = abs(e);
  if (shape == 1) return max(a.x, a.y) <= 0.85;                      // square
  if (shape == 2) return e.y >= -0.8 && a.x <= (1.0 - e.y) / 1.8;    // triangle, apex up
  if (shape == 3) return e.y <= 0.8 && a.x <= (1.0 + e.y) / 1.8;     // triangle, apex down
  if (shape == 4) return a.x + a.y <= 1.0;                            // diamond
  if (shape == 5) return length(e) <= 1.0 && length(e) >= 0.55;       // ring
  if (shape == 6) return min(a.x, a.y) <= 0.3;                        // plus
  if (shape == 7) return min(abs(e.x + e.y), abs(e.x - e.y)) <= 0.42;  // cross (x)
  if (shape == 8) {                                                   // five-pointed star
    float angle = atan(e.y, e.x) - 1.5707963;
    return length(e) <= 0.42 + 0.58 * pow(abs(cos(2.5 * angle)), 4.0);
  }
  return dot(e, e) <= 1.0;                                            // circle
}

vec4 lineColour() {
  // Beyond the segment's ends only a round cap is drawn.
  float over = max(max(-v_line.x, v_line.x - v_line.z), 0.0);
  float r = length(vec2(over, v_line.y));
  if (v_pattern == 5) {  // rail: a thin line, ties across it at a regular spacing (not beyond the ends)
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
  int project = int(texel & kIndexMask) - 1;
  ivec4 a = texelFetch(wm_projects, ivec2(project % 4096, project / 4096), 0);
  int kind = a.x & 255, recorded = (a.x >> 8) & 255, flags = (a.x >> 16) & 255, layer = (a.x >> 24) & 255;
  float opacity = layer < 32 ? wm_layerOpacity[layer] : 1.0;
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
    if ((texel & kOutlineBit) != 0u) colour.rgb *= 0.6;
    if ((texel & kEdgeBit) != 0u && marked) colour = wm_overdueCasing;
  }
  if (project == wm_selectedProject) colour = vec4(0.0, 0.8, 1.0, 1.0);
  colour.a *= opacity;
  return true;
}

void main() {
  if (wm_mode == 3) {
    ivec2 at = clamp(ivec2(floor(v_edge * float(kCoverageBlock))), ivec2(0), ivec2(kCoverageBlock - 1));
    uvec4 pair = texelFetch(wm_coverage, ivec2(at.x / 2, at.y), 0);  // two texels: (top, fill) each
    uvec2 texel = (at.x & 1) == 0 ? pair.xy : pair.zw;
    vec4 colour;
    if (!coverageColour(texel.r, false, colour) && !coverageColour(texel.g, true, colour)) discard;
    gl_FragColor = colour;
  } else if (wm_mode == 1) {
    gl_FragColor = lineColour();
  } else if (wm_mode == 2) {
    if (!inShape(v_pattern, v_edge)) discard;
    bool edge = !inShape(v_pattern, v_edge / 0.62);
    gl_FragColor = (v_overdue == 1 && edge) ? wm_overdueCasing : v_color;
  } else {
    gl_FragColor = fillColour(v_color, v_pattern);
  }
  if (wm_mode != 3) gl_FragColor.a *= wm_opacity;
}
