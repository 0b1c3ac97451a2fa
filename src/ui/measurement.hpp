#pragma once
// The Measure tool's data: the points the user clicked on the map (working CRS metres, kept in the ViewState so
// the app adds them and draws them), the figures measured from them, and how the desk writes those figures.
// Plain data and pure functions: no ImGui, no PROJ. Geodesic figures come from the app through MeasureGeodesic,
// because ui does not depend on geo.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/translation.hpp"

namespace wm::ui {

/// A point on the map in the working CRS, metres (easting, northing).
struct MapPoint {
  double x = 0, y = 0;
  bool operator==(const MapPoint&) const = default;
};

enum class MeasureMode : std::uint8_t { Off, Distance, Area };

/// The shape being measured. A finished shape stays on the map with its figures until the next click, which
/// starts a new one.
struct Measurement {
  MeasureMode mode = MeasureMode::Off;
  std::vector<MapPoint> points;  ///< in the order clicked; an area's ring closes itself (last back to first)
  bool finished = false;         ///< double-click or right-click ended it

  /// Adds a point; after a finished shape, starts a new one at `p`.
  void addPoint(MapPoint p);
  /// Ends the shape (no-op without points).
  void finish();
  /// Removes the shape; the mode stays.
  void clear();
  bool operator==(const Measurement&) const = default;
};

/// What a measurement comes to. Lengths in metres, areas in square metres.
struct MeasureFigures {
  double lengthM = 0;       ///< along the points in order (the polyline)
  double lastSegmentM = 0;  ///< the last segment of that polyline; 0 below two points
  double areaM2 = 0;        ///< inside the ring through the points; 0 below three points
  double perimeterM = 0;    ///< of that ring, closing segment included; 0 below three points
  bool geodesic = false;    ///< on the ellipsoid (else in the working CRS's plane)
  bool operator==(const MeasureFigures&) const = default;
};

/// Working-CRS points → figures on the ellipsoid, with geodesic set; none when a point cannot be converted.
/// Built by the app (geo owns PROJ); an empty function means no valid working CRS. Called when the points
/// change, on the viewer's thread.
using MeasureGeodesic = std::function<std::optional<MeasureFigures>(const std::vector<MapPoint>& points)>;

/// Figures in the working CRS's plane (grid distances: they differ from ground distances by the projection's
/// scale factor, about 1e-4 at 100 km from a Gauss-Kruger central meridian).
MeasureFigures planarFigures(const std::vector<MapPoint>& points);
/// Geodesic figures through `geodesic` when it is set and succeeds, else planar ones.
MeasureFigures measureFigures(const std::vector<MapPoint>& points, const MeasureGeodesic& geodesic);

/// One mu (亩), the Chinese land unit: 1/15 of a hectare.
inline constexpr double kSquareMetresPerMu = 10000.0 / 15.0;

/// An area as a planner reads it: "850.5 m²" below a hectare, "12.35 ha" below a km², else "3.250 km²".
std::string measuredAreaText(double squareMetres);
/// The area in mu, translated ("18.52 mu", "18.52 亩").
std::string muText(double squareMetres, core::Lang lang);

}  // namespace wm::ui
