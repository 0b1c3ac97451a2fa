#pragma once
// How the map looks: status colours, a greyscale-safe pattern per works kind, and the rules that style base
// layers (water, rail, roads by class, boundaries). Plain data: io reads it from assets/styles/default.toml and
// a workspace's overrides, scene turns it into geometry attributes and uniforms.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/kind.hpp"
#include "domain/layer.hpp"

namespace wm::domain {

/// A colour as linear 0-1 components (written "#rrggbb" or "#rrggbbaa" in style files).
struct Rgba {
  float r = 0, g = 0, b = 0, a = 1;
  bool operator==(const Rgba&) const = default;
};

/// Line patterns, in screen pixels. The values are the pattern ids the shaders read (shaders/map.frag).
enum class LinePattern : std::uint8_t { Solid, Dashed, Dotted, DashDot, LongDash, RailTies };
inline constexpr int kLinePatternCount = 6;
/// Polygon fill patterns, drawn from the fragment's window position so they stay the same size at every zoom.
enum class FillPattern : std::uint8_t { Solid, DiagonalHatch, BackDiagonalHatch, CrossHatch, Dots, HorizontalLines };
inline constexpr int kFillPatternCount = 6;
/// Point marker shapes.
enum class MarkerShape : std::uint8_t { Circle, Square, Triangle, TriangleDown, Diamond, Ring, Plus, Cross, Star };
inline constexpr int kMarkerShapeCount = 9;

std::string_view linePatternName(LinePattern p);  ///< "solid", "dashed", "dotted", "dash_dot", "long_dash", "rail"
std::string_view fillPatternName(FillPattern p);  ///< "solid", "diagonal", "back_diagonal", "cross_hatch", ...
std::string_view markerShapeName(MarkerShape m);  ///< "circle", "square", "triangle", ...
std::optional<LinePattern> parseLinePattern(std::string_view name);
std::optional<FillPattern> parseFillPattern(std::string_view name);
std::optional<MarkerShape> parseMarkerShape(std::string_view name);

/// How features of one works kind are told apart without colour (greyscale prints), and how wide its lines are
/// on the ground.
struct KindStyle {
  LinePattern line = LinePattern::Solid;
  FillPattern fill = FillPattern::Solid;
  MarkerShape marker = MarkerShape::Circle;
  /// Metres: zoomed in, works lines of this kind are drawn at least this wide on the ground (a road's width),
  /// never narrower than MapStyle::worksLineWidthPx pixels. 0: pixels at every scale. Not polygon outlines.
  float widthM = 0;
  bool operator==(const KindStyle&) const = default;
};

/// A class of base features (a road class): the values of the class column that select it, its width and
/// colour.
struct ClassStyle {
  std::string name;                 ///< the style's name for it ("primary")
  std::vector<std::string> values;  ///< class column values, compared trimmed and ASCII case-insensitively
  float widthPx = 1;
  Rgba line;
  float widthM = 0;  ///< metres: drawn at least this wide on the ground once zoomed in (BaseRule::widthM)
  bool operator==(const ClassStyle&) const = default;
};

/// How the base layers a rule matches are drawn. A rule matches a layer by role, or by a keyword found in the
/// layer's name (ASCII case-insensitive); a rule with neither is the fallback.
struct BaseRule {
  std::string name;                   ///< the style's name for it ("water", "rail", "roads", ...)
  std::optional<LayerRole> role;      ///< matches every layer with this role
  std::vector<std::string> keywords;  ///< matches a layer whose name contains one of these
  std::optional<Rgba> fill;           ///< polygon fill; nothing: polygons are drawn as outlines only
  Rgba line{0.6f, 0.6f, 0.6f, 1};
  float widthPx = 1;
  /// Metres: lines (not polygon outlines) are drawn at least this wide on the ground once zoomed in, never
  /// narrower than their width in pixels; 0: pixels at every scale. Classes past the kMaxClassColors-th (8) of
  /// the scene use the rule's, as they use its colour.
  float widthM = 0;
  LinePattern pattern = LinePattern::Solid;
  float tieSpacingPx = 12;                 ///< RailTies: distance between ties along the line
  float tieLengthPx = 7;                   ///< RailTies: length of a tie across the line
  Rgba highlight{0.15f, 0.15f, 0.55f, 1};  ///< the highlighted district's boundary (districts rule)
  float highlightWidthPx = 6;
  std::vector<ClassStyle> classes;  ///< by feature class, tried in order; none: every feature alike
  bool operator==(const BaseRule&) const = default;
};

struct MapStyle {
  std::array<Rgba, kStatusCount> status;  ///< planned, under construction, completed, suspended
  Rgba overdueCasing;
  Rgba selection;  ///< the project selected in the Inspector, drawn in this colour instead of its status's
  float worksLineWidthPx = 4;
  float worksMarkerPx = 10;
  float baseMarkerPx = 6;    ///< point features of base layers, drawn in their rule's line colour
  float patternTint = 0.6f;  ///< how far the gaps of a fill pattern are lightened towards white (0-1)
  std::array<KindStyle, kKindCount> kinds;
  /// Columns a base layer's feature class is read from, the first one present wins (ASCII case-insensitive).
  std::vector<std::string> classColumns;
  std::vector<BaseRule> baseRules;  ///< tried in order, the fallback (no role, no keywords) last

  bool operator==(const MapStyle&) const = default;

  const KindStyle& kind(Kind k) const { return kinds[static_cast<std::size_t>(k)]; }
  /// The rule for a base or district layer: first a rule for its role, then the first whose keyword is in the
  /// name, then the fallback; null when none matches and there is no fallback.
  const BaseRule* ruleFor(LayerRole role, std::string_view layerName) const;
  /// Index into rule.classes of the class a feature's class value selects, or -1.
  static int classIndex(const BaseRule& rule, std::string_view value);
};

/// The style built into the program, the same as the bundled assets/styles/default.toml (a test checks they
/// agree); used when that file cannot be read.
const MapStyle& builtInMapStyle();

}  // namespace wm::domain
