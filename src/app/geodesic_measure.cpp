#include "app/geodesic_measure.hpp"

#include <memory>

#include "geo/geodesic.hpp"
#include "geo/transformer.hpp"

namespace wm::app {

ui::MeasureGeodesic geodesicMeasure(const geo::Crs& workingCrs) {
  if (!workingCrs.valid() || workingCrs.geodeticDefinition().empty()) return {};
  auto made = geo::Transformer::create(workingCrs.definition(), workingCrs.geodeticDefinition());
  if (!made) return {};
  // Shared, because std::function copies what it holds and a Transformer only moves.
  auto toLonLat = std::make_shared<const geo::Transformer>(std::move(*made));
  const geo::Geodesic geodesic(workingCrs.ellipsoid());
  return [toLonLat, geodesic](const std::vector<ui::MapPoint>& points) -> std::optional<ui::MeasureFigures> {
    const std::size_t n = points.size();
    std::vector<double> lon(n), lat(n);
    for (std::size_t i = 0; i < n; ++i) lon[i] = points[i].x, lat[i] = points[i].y;
    if (toLonLat->transform(lon.data(), lat.data(), n) != n) return std::nullopt;
    ui::MeasureFigures f;
    f.geodesic = true;
    f.lengthM = geodesic.lineLength(lon.data(), lat.data(), n);
    if (n >= 2) f.lastSegmentM = geodesic.lineLength(&lon[n - 2], &lat[n - 2], 2);
    if (n >= 3) {
      const geo::Geodesic::Ring ring = geodesic.ring(lon.data(), lat.data(), n);
      f.areaM2 = ring.areaM2;
      f.perimeterM = ring.perimeterM;
    }
    return f;
  };
}

}  // namespace wm::app
