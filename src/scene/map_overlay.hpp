#pragma once
// What is drawn over the map on exported images: title, as-of date, legend, scale bar and north arrow, laid out
// in pixels by a HUD camera nested in the scene (so an offscreen render reads it back with the map).
#include <optional>
#include <string>
#include <vector>

#include <osg/Camera>
#include <osg/Program>
#include <osg/Vec4>
#include <osg/ref_ptr>

#include "domain/kind.hpp"
#include "domain/map_style.hpp"
#include "scene/font_finder.hpp"

namespace wm::scene {

struct LegendEntry {
  std::string label;  ///< already translated
  osg::Vec4 color;
  /// A works kind's entry: its swatch is the kind's fill and line pattern, drawn as completed works by the map's
  /// own shaders (scene/kind_swatches.hpp, with OverlaySwatchLook), not `color`.
  std::optional<domain::Kind> kind = std::nullopt;
};

struct OverlayContent {
  std::string title;     ///< with an empty subtitle too: no title panel
  std::string subtitle;  ///< e.g. the as-of date line
  std::vector<LegendEntry> legend;
  double metresPerPixel = 0;  ///< ground distance of one pixel, for the scale bar (0: no scale bar)
  std::string northLabel;     ///< from the translation table (Msg::NorthArrowLabel), set by the map view
  double headingDegrees = 0;  ///< the view's heading (clockwise from north): the north arrow turns against it
  std::string viewButton;     ///< the 2D/3D button's label ("3D"); empty: no button (exported images)
  /// Pixels along the bottom edge that something over the map covers (the window's status bar): the legend and
  /// the scale bar stand above them. 0 on exported images.
  float bottomInset = 0;
  /// A small table of figures (a slide's, docs/design.md §6.1), top right under the north arrow: its heading line, then
  /// rows of cells, the first row the column headers. Empty: none.
  std::string figuresHeading;
  std::vector<std::vector<std::string>> figures;
  /// The title's, subtitle's and figures' size against a map export's: a briefing slide's (kSlideTextScale) is
  /// read from the back of a meeting room, on a projector of 1024 × 768 too.
  float textScale = 1;
};
inline constexpr float kSlideTextScale = 1.6f;

/// Where the overlay's 2D/3D button is, in pixels from the bottom left: under the north arrow.
struct OverlayRect {
  float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};
OverlayRect viewButtonRect(int width, int height);

/// The panels the overlay draws for this content (title, legend, scale bar, north arrow, view button), in pixels
/// from the bottom left: labels are kept out of them. A title too long for the room left of the north arrow is
/// cut short (fitText), here and as drawn, so it never runs under the arrow at any width.
struct OverlayPanels {
  OverlayRect title, legend, scaleBar, northArrow, button, figures;
  std::vector<OverlayRect> swatches;  ///< per legend entry, where its swatch goes
  bool hasScaleBar = false, hasButton = false, hasFigures = false;
};
OverlayPanels overlayPanels(const OverlayContent& content, int width, int height);

/// The width (pixels) of UTF-8 text drawn at `size` pixels a line with the overlay's font, estimated per code
/// point (Chinese a whole em, Latin about half): for layout, not typesetting.
float textWidth(const std::string& utf8, float size);
/// The text cut short with "…" so that textWidth is at most `maxWidth` (unchanged when it fits).
std::string fitText(const std::string& utf8, float size, float maxWidth);

/// What the legend's kind swatches are drawn with: the map's style and program (scene::loadMapProgram). Without
/// both, a kind's entry has its label only.
struct OverlaySwatchLook {
  const domain::MapStyle* style = nullptr;
  osg::Program* program = nullptr;
};

/// The overlay for an image of width × height pixels. Text uses `font` (UTF-8, Chinese included).
osg::ref_ptr<osg::Camera> buildOverlay(const OverlayContent& content, int width, int height, const FontFile& font,
                                       const OverlaySwatchLook& swatches = {});

/// The scale bar's length: the largest 1, 2 or 5 × 10^k metres that fits in `maxPixels`; its label ("2 km", "500 m").
struct ScaleBar {
  double metres = 0;
  double pixels = 0;
  std::string label;
};
ScaleBar chooseScaleBar(double metresPerPixel, double maxPixels);

}  // namespace wm::scene
