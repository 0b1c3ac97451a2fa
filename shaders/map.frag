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

uniform int wm_mode;           // 0 fill, 1 line, 2 point marker
uniform int wm_linePass;       // lines: 0 the casings of overdue works only, 1 the lines (drawn over the casings)
uniform vec4 wm_overdueCasing; // edge of overdue works (lines, markers, polygon outlines)
uniform float wm_patternTint;  // the gaps of a fill pattern: the colour lightened this far towards white
uniform vec2 wm_tie;           // rail ties: spacing along the line, length across it (px)

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

void main() {
  if (wm_mode == 1) {
    gl_FragColor = lineColour();
  } else if (wm_mode == 2) {
    if (!inShape(v_pattern, v_edge)) discard;
    bool edge = !inShape(v_pattern, v_edge / 0.62);
    gl_FragColor = (v_overdue == 1 && edge) ? wm_overdueCasing : v_color;
  } else {
    bool ink = fillInk(v_pattern, gl_FragCoord.xy);
    gl_FragColor = ink ? v_color : vec4(mix(v_color.rgb, vec3(1.0), wm_patternTint), v_color.a);
  }
}
