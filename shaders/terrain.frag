#version 330 compatibility
// Terrain colour: the orthophoto where there is one, else a hypsometric tint; hillshade in 3D. Without a
// basemap the surface fades in with wm_3d, so the 2D map keeps its plain background.

in vec3 v_normal;
in vec2 v_local;
in float v_height;

uniform float wm_3d;
uniform float wm_reliefHeight;     // highest − lowest DEM cell, metres (0 without a DEM)
uniform sampler2D wm_basemap;      // RGBA, rows from the south
uniform vec4 wm_basemapExtent;     // local metres: west, south, east, north
uniform int wm_hasBasemap;

vec3 tint(float t) {
  const vec3 low = vec3(0.62, 0.76, 0.52), mid = vec3(0.86, 0.84, 0.62), high = vec3(0.70, 0.58, 0.44),
             top = vec3(0.94, 0.93, 0.91);
  if (t < 0.4) return mix(low, mid, t / 0.4);
  if (t < 0.8) return mix(mid, high, (t - 0.4) / 0.4);
  return mix(high, top, (t - 0.8) / 0.2);
}

void main() {
  vec3 light = normalize(vec3(-1.0, 1.0, 1.4));  // from the north-west, as on printed maps
  float lambert = dot(normalize(v_normal), light);
  float shade = clamp(0.25 + 0.75 * lambert / light.z, 0.3, 1.15);  // flat ground: 1
  vec3 colour = tint(clamp(v_height / max(wm_reliefHeight, 1.0), 0.0, 1.0));
  float alpha = wm_3d;
  if (wm_hasBasemap != 0) {
    vec2 uv = (v_local - wm_basemapExtent.xy) / (wm_basemapExtent.zw - wm_basemapExtent.xy);
    if (all(greaterThanEqual(uv, vec2(0.0))) && all(lessThanEqual(uv, vec2(1.0)))) {
      vec4 photo = texture(wm_basemap, uv);
      colour = mix(colour, photo.rgb, photo.a);
      alpha = max(alpha, photo.a);
      shade = mix(1.0, shade, 0.6);  // photos carry their own shadows
    }
  }
  if (alpha < 0.01) discard;
  gl_FragColor = vec4(colour * mix(1.0, shade, wm_3d), alpha);
}
