#include "ui/measurement.hpp"

#include <cmath>

#include <fmt/format.h>

namespace wm::ui {

void Measurement::addPoint(MapPoint p) {
  if (finished) clear();
  points.push_back(p);
}

void Measurement::finish() {
  if (!points.empty()) finished = true;
}

void Measurement::clear() {
  points.clear();
  finished = false;
}

MeasureFigures planarFigures(const std::vector<MapPoint>& points) {
  MeasureFigures f;
  const std::size_t n = points.size();
  auto segment = [&](std::size_t a, std::size_t b) {
    return std::hypot(points[b].x - points[a].x, points[b].y - points[a].y);
  };
  for (std::size_t i = 1; i < n; ++i) f.lengthM += segment(i - 1, i);
  if (n >= 2) f.lastSegmentM = segment(n - 2, n - 1);
  if (n < 3) return f;
  f.perimeterM = f.lengthM + segment(n - 1, 0);
  // The shoelace formula, about the first point so that large eastings and northings lose no precision.
  double twice = 0;
  for (std::size_t i = 1; i + 1 < n; ++i)
    twice += (points[i].x - points[0].x) * (points[i + 1].y - points[0].y) -
             (points[i + 1].x - points[0].x) * (points[i].y - points[0].y);
  f.areaM2 = std::fabs(twice) / 2;
  return f;
}

MeasureFigures measureFigures(const std::vector<MapPoint>& points, const MeasureGeodesic& geodesic) {
  if (geodesic && !points.empty())
    if (std::optional<MeasureFigures> f = geodesic(points)) return *f;
  return planarFigures(points);
}

std::string measuredAreaText(double squareMetres) {
  if (squareMetres < 1e4) return fmt::format("{:.1f} m²", squareMetres);
  if (squareMetres < 1e6) return fmt::format("{:.2f} ha", squareMetres / 1e4);
  return fmt::format("{:.3f} km²", squareMetres / 1e6);
}

std::string muText(double squareMetres, core::Lang lang) {
  return core::tr(lang, core::Msg::UiMeasureMu, fmt::format("{:.2f}", squareMetres / kSquareMetresPerMu));
}

}  // namespace wm::ui
