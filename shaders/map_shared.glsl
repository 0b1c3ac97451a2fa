// What map.vert and map.frag share, included as text by both (scene::loadMapProgram expands the #include lines
// before compiling): the ids shared with C++, the drawable's mode, the uniforms both stages read, and the
// functions of status.glsl (a shader object of its own, linked into both stages).
#include "map_constants.glsl"

// What a drawable is (kModeFill, kModeLine, kModePoint, kModeCoverage): a define per drawable
// (StateSet::setDefine), not a uniform, so each mode is compiled on its own: llvmpipe runs both sides of a branch
// for every vertex and fragment, and the other modes' code would cost every one of them.
#pragma import_defines(WM_MODE)
#ifndef WM_MODE
#define WM_MODE 0
#endif
const int wm_mode = WM_MODE;

// The as-of date, filters and selection (scene::MapScene's setters: uniforms only, nothing rebuilt).
uniform float wm_asOfDay;          // days since 2000-01-01
uniform int wm_kindMask;           // bit per kind
uniform int wm_statusMask;         // bit per status
uniform int wm_overdueOnly;        // 1: only works marked at wm_asOfDay (overdue, or late in period mode)
uniform int wm_selectedProject;    // project index, -1: none

// The map style (domain::MapStyle).
uniform vec4 wm_statusColors[kStatusCount];  // planned, under construction, completed, suspended
uniform vec4 wm_overdueCasing;     // the edge of overdue works (lines, markers, polygon outlines)
uniform vec4 wm_selectionColor;    // the selected project
uniform vec2 wm_tie;               // rail ties: spacing along the line, length across it (px)
uniform int wm_linePass;           // lines: 0 the casings of overdue works only, 1 the lines (drawn over them)

// shaders/status.glsl, linked in (with the period uniforms they read).
int wm_mapStatus(float t, int recorded, int flags, vec3 dates);
bool wm_mapMarked(float t, int status, int flags, vec3 dates);
