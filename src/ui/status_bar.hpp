#pragma once
// The status bar along the bottom of the window: the cursor's position in the working CRS and in longitude and
// latitude, the map's scale and the working CRS's name. The app converts coordinates (it owns PROJ through
// geo::Transformer); the bar only formats what it is given.
#include <functional>
#include <optional>
#include <string>

#include "ui/desk_context.hpp"
#include "ui/view_state.hpp"

namespace wm::ui {

/// Longitude and latitude in degrees (CGCS2000, EPSG:4490), east and north positive.
struct LonLat {
  double lon = 0, lat = 0;
};
/// Working CRS metres → lon/lat; none where the conversion fails. Called once a frame at most.
using ToLonLat = std::function<std::optional<LonLat>(double x, double y)>;

/// Where the pointer is over the map, as the app computed it from the camera.
struct MapPointer {
  bool onMap = false;         ///< false: outside the window, or above the horizon in 3D
  double x = 0, y = 0;        ///< working CRS, metres (easting, northing)
  double metresPerPixel = 0;  ///< ground metres per pixel at the pointer (else at the view's centre); 0: unknown
  /// One scale holds over the view (plan view or nearly straight down); false in a tilted 3D view, where
  /// the bar leaves out "1:N".
  bool uniformScale = true;
  /// While measuring: x, y are a works vertex near the pointer that a click would snap to.
  bool onVertex = false;
};

/// The scale denominator N of "1:N" for `metresPerPixel` on a 96 dpi screen (a pixel is 0.0254 / 96 m),
/// rounded to a whole number; 0 when unknown.
long long scaleDenominator(double metresPerPixel);

/// The bar's text in `lang`: "E … N … m · lon …° lat …° · scale 1:N · CRS name", parts left out when unknown
/// (the scale also in a tilted view).
std::string statusBarText(const MapPointer& pointer, const ToLonLat& toLonLat, const std::string& crsName,
                          core::Lang lang);

class StatusBar {
public:
  /// `crsName`: the working CRS as shown (geo::Crs::label and name).
  StatusBar(ToLonLat toLonLat, std::string crsName) : _toLonLat(std::move(toLonLat)), _crsName(std::move(crsName)) {}
  /// Draws the bar along the window's bottom edge when state.panels.statusBar is set.
  void draw(const ViewState& state, const DeskContext& context, const MapPointer& pointer);
  /// The text drawn in the last frame ("" when closed).
  const std::string& text() const { return _text; }

private:
  ToLonLat _toLonLat;
  std::string _crsName;
  std::string _text;
};

}  // namespace wm::ui
