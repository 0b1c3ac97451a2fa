#version 330 compatibility
// The terrain surface (src/scene/terrain.cpp): a grid mesh in local metres, z = height above the DEM's lowest
// cell. It rises with wm_3d, so in 2D it lies flat under the map.

uniform float wm_exaggeration;
uniform float wm_3d;

out vec3 v_normal;
out vec2 v_local;
out float v_height;

void main() {
  v_local = gl_Vertex.xy;
  v_height = gl_Vertex.z;
  // The normal of z = e·f(x, y) is (e·nx, e·ny, nz) normalised, for the unexaggerated normal n.
  float e = wm_exaggeration * wm_3d;
  v_normal = vec3(gl_Normal.xy * e, gl_Normal.z);
  gl_Position = gl_ModelViewProjectionMatrix * vec4(gl_Vertex.xy, gl_Vertex.z * e, 1.0);
}
