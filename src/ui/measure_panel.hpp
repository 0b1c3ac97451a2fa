#pragma once
// The Measure panel: distance or area on the map. The user picks a mode here and clicks points on the map (the
// app adds them to ViewState::measure); the panel shows the figures (distance: total and last segment; area:
// area in m², ha or km² and in mu, and perimeter), geodesic when the app can convert to the ellipsoid, planar
// otherwise and said so, and draws the shape over the map (ui/measure_drawing).
#include <string>
#include <vector>

#include "ui/desk_context.hpp"
#include "ui/measure_drawing.hpp"
#include "ui/measurement.hpp"
#include "ui/status_bar.hpp"
#include "ui/view_state.hpp"

namespace wm::ui {

/// One line of the panel's result: a translated label and the value as shown.
struct MeasureLine {
  std::string key;    ///< stable name ("total", "last_segment", "area", "area_detail", "perimeter", "points")
  std::string label;  ///< in the state's language ("" for a line continuing the one above)
  std::string value;  ///< as shown
};

/// The result lines for `measure` with `figures`, in `lang`, in the order shown; none in mode Off.
std::vector<MeasureLine> measureLines(const Measurement& measure, const MeasureFigures& figures, core::Lang lang);

class MeasurePanel {
public:
  /// `geodesic`: empty without a working CRS (planar figures); `toWindow`: empty where there is no map to draw
  /// on (tests).
  MeasurePanel(MeasureGeodesic geodesic, ToWindow toWindow)
      : _geodesic(std::move(geodesic)), _toWindow(std::move(toWindow)) {}

  /// When state.panels.measure is set: the panel, and the shape over the map (with the segment on to `pointer`
  /// while it is open). When it is not: the measurement ends (mode Off, no points), so no click is taken for a
  /// tool the user cannot see.
  void draw(ViewState& state, const DeskContext& context, const MapPointer& pointer);
  /// The figures of the shape as of the last frame (recomputed only when its points change).
  const MeasureFigures& figures() const { return _figures; }
  /// The result lines shown in the last frame (empty when the panel is closed or collapsed).
  const std::vector<MeasureLine>& lines() const { return _lines; }

private:
  void window(ViewState& state, const DeskContext& context);

  MeasureGeodesic _geodesic;
  ToWindow _toWindow;
  std::vector<MapPoint> _measured;  ///< the points _figures are for
  MeasureFigures _figures;
  std::vector<MeasureLine> _lines;
};

}  // namespace wm::ui
