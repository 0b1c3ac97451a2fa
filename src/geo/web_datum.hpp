#pragma once
// Chinese web-map coordinates: GCJ-02 (Amap, Tencent; "火星坐标") and BD-09 (Baidu) are WGS 84 lon/lat with a
// deliberate, position-dependent offset of a few hundred metres. Data digitised on those maps must be shifted
// back before it meets surveyed CGCS2000/WGS 84 data (the two agree to well under a metre for mapping).
#include <cstddef>
#include <optional>
#include <string_view>

namespace wm::geo {

enum class WebDatum { None, Gcj02, Bd09 };

struct LonLat {
  double lon = 0;
  double lat = 0;
};

/// "gcj02" / "gcj-02" / "gcj" / "bd09" / "bd-09" / "none" (ASCII case-insensitive); nullopt for anything else.
std::optional<WebDatum> parseWebDatum(std::string_view text);
/// "gcj02", "bd09" or "none", as written in a workspace file.
std::string_view webDatumName(WebDatum datum);

/// True where GCJ-02 applies an offset: the rectangle the published algorithm uses for China (outside it the
/// offset is zero and GCJ-02 equals WGS 84).
bool insideChinaRectangle(LonLat p);

/// WGS 84 → GCJ-02 (the published forward formula, Krasovsky ellipsoid constants), degrees.
LonLat gcj02FromWgs84(LonLat wgs);
/// GCJ-02 → WGS 84: the forward formula inverted by fixed-point iteration until the round trip is within
/// about 1e-7° (~1 cm), at most 30 steps.
LonLat wgs84FromGcj02(LonLat gcj);
/// GCJ-02 → BD-09 (Baidu's published rotation and offset on top of GCJ-02).
LonLat bd09FromGcj02(LonLat gcj);
/// BD-09 → GCJ-02, iterated like wgs84FromGcj02.
LonLat gcj02FromBd09(LonLat bd);

/// Converts lon/lat arrays in place from `datum` to WGS 84 (nothing for WebDatum::None). Non-finite values are
/// left alone. Thread-safe (pure).
void toWgs84(WebDatum datum, double* lon, double* lat, std::size_t count);

/// The distance in metres between two lon/lat points on a sphere of the WGS 84 semi-major axis (for tests and
/// the offset heuristic; error well below 1 % at the distances involved).
double approxDistanceM(LonLat a, LonLat b);

}  // namespace wm::geo
