#version 330 compatibility
in vec4 v_color;
in vec2 v_edge;
flat in int v_overdue;

// Overdue works get a dark magenta casing along their edges (lines, markers and polygon outlines).
const vec4 kOverdueCasing = vec4(0.50, 0.05, 0.40, 1.0);

void main() {
  bool edge = max(abs(v_edge.x), abs(v_edge.y)) > 0.45;
  gl_FragColor = (v_overdue == 1 && edge) ? kOverdueCasing : v_color;
}
