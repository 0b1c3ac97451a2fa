#include "domain/map_style.hpp"

#include "core/text.hpp"

namespace wm::domain {
namespace {

constexpr std::string_view kLinePatternNames[kLinePatternCount] = {"solid",    "dashed",    "dotted",
                                                                   "dash_dot", "long_dash", "rail"};
constexpr std::string_view kFillPatternNames[kFillPatternCount] = {"solid",       "diagonal", "back_diagonal",
                                                                   "cross_hatch", "dots",     "horizontal"};
constexpr std::string_view kMarkerShapeNames[kMarkerShapeCount] = {
    "circle", "square", "triangle", "triangle_down", "diamond", "ring", "plus", "cross", "star"};

template <typename E, std::size_t N>
std::optional<E> parseName(const std::string_view (&names)[N], std::string_view text) {
  std::string lower = core::asciiLower(core::trim(text));
  for (std::size_t i = 0; i < N; ++i)
    if (names[i] == lower) return static_cast<E>(i);
  return std::nullopt;
}

// "#rrggbb" as the style file reader decodes it (each byte / 255), so the built-in style and the bundled file
// compare equal.
constexpr Rgba hex(std::uint32_t rgb) {
  return {static_cast<float>((rgb >> 16) & 255) / 255.0f, static_cast<float>((rgb >> 8) & 255) / 255.0f,
          static_cast<float>(rgb & 255) / 255.0f, 1.0f};
}

bool containsWord(const std::string& lowerName, const std::vector<std::string>& keywords) {
  for (const auto& k : keywords)
    if (!k.empty() && lowerName.find(core::asciiLower(k)) != std::string::npos) return true;
  return false;
}

BaseRule named(std::string name) {
  BaseRule rule;
  rule.name = std::move(name);
  return rule;
}

std::vector<BaseRule> builtInBaseRules() {
  BaseRule districts = named("districts");
  districts.role = LayerRole::Districts;
  districts.line = hex(0x6b6b85);
  districts.widthPx = 2;
  districts.pattern = LinePattern::Dashed;
  districts.highlight = hex(0x26268c);
  districts.highlightWidthPx = 6;

  BaseRule water = named("water");
  water.keywords = {"lake", "river", "water", "reservoir", "canal", "湖", "河", "水库", "水系", "水域", "渠"};
  water.fill = hex(0xaacde6);
  water.line = hex(0x86b5d9);
  water.widthPx = 2.5f;

  BaseRule rail = named("rail");
  rail.keywords = {"railway", "rail", "铁路"};
  rail.line = hex(0x5c5c5c);
  rail.widthPx = 1.5f;
  rail.pattern = LinePattern::RailTies;
  rail.tieSpacingPx = 10;
  rail.tieLengthPx = 7;

  BaseRule roads = named("roads");
  roads.keywords = {"road", "street", "highway", "道路", "公路", "路网"};
  roads.line = hex(0xc9c3b9);
  roads.widthPx = 1.5f;
  roads.classes = {
      ClassStyle{
          "motorway", {"motorway", "highway", "trunk", "expressway", "高速", "高速公路", "快速路"}, 5, hex(0xdcae6e)},
      ClassStyle{"primary", {"primary", "主干路", "主干道", "国道", "省道"}, 3.5f, hex(0xcdb78e)},
      ClassStyle{"secondary", {"secondary", "tertiary", "次干路", "次干道", "县道"}, 2.5f, hex(0xbfb6a8)},
      ClassStyle{
          "local", {"local", "residential", "service", "unclassified", "支路", "乡道", "村道"}, 1.5f, hex(0xc9c3b9)},
  };

  BaseRule boundary = named("boundary");
  boundary.keywords = {"boundary", "border", "county", "边界", "界线", "行政区", "县界", "县域"};
  boundary.line = hex(0x8c8c99);
  boundary.widthPx = 2.5f;
  boundary.pattern = LinePattern::DashDot;

  BaseRule other = named("other");
  other.line = hex(0xa3a39c);
  other.widthPx = 1.2f;
  return {districts, water, rail, roads, boundary, other};
}

MapStyle makeBuiltIn() {
  MapStyle s;
  s.status = {hex(0x7890b8), hex(0xf59e0a), hex(0x1a8c40), hex(0xcc2626)};
  s.overdueCasing = hex(0x800d66);
  s.selection = hex(0x00ccff);
  using L = LinePattern;
  using F = FillPattern;
  using M = MarkerShape;
  s.kinds = {{
      {L::Solid, F::Solid, M::Circle, 12},              // road: 12 m wide once zoomed in
      {L::Solid, F::DiagonalHatch, M::Triangle},        // park
      {L::Solid, F::CrossHatch, M::Square},             // parking
      {L::Dashed, F::Solid, M::Diamond},                // sewer
      {L::Solid, F::HorizontalLines, M::TriangleDown},  // renovation
      {L::DashDot, F::Solid, M::Ring},                  // water main
      {L::Dotted, F::Dots, M::Plus},                    // sewage station
      {L::Solid, F::Solid, M::Star},                    // siren
      {L::LongDash, F::BackDiagonalHatch, M::Cross},    // building site
      {L::Dotted, F::Dots, M::Circle},                  // other
  }};
  s.classColumns = {"class", "fclass", "highway", "等级", "道路等级"};
  s.baseRules = builtInBaseRules();
  return s;
}

}  // namespace

std::string_view linePatternName(LinePattern p) { return kLinePatternNames[static_cast<int>(p)]; }
std::string_view fillPatternName(FillPattern p) { return kFillPatternNames[static_cast<int>(p)]; }
std::string_view markerShapeName(MarkerShape m) { return kMarkerShapeNames[static_cast<int>(m)]; }
std::optional<LinePattern> parseLinePattern(std::string_view n) { return parseName<LinePattern>(kLinePatternNames, n); }
std::optional<FillPattern> parseFillPattern(std::string_view n) { return parseName<FillPattern>(kFillPatternNames, n); }
std::optional<MarkerShape> parseMarkerShape(std::string_view n) { return parseName<MarkerShape>(kMarkerShapeNames, n); }

const BaseRule* MapStyle::ruleFor(LayerRole role, std::string_view layerName) const {
  for (const auto& rule : baseRules)
    if (rule.role && *rule.role == role) return &rule;
  std::string lower = core::asciiLower(layerName);
  for (const auto& rule : baseRules)
    if (!rule.role && containsWord(lower, rule.keywords)) return &rule;
  for (const auto& rule : baseRules)
    if (!rule.role && rule.keywords.empty()) return &rule;
  return nullptr;
}

int MapStyle::classIndex(const BaseRule& rule, std::string_view value) {
  std::string lower = core::asciiLower(core::trim(value));
  if (lower.empty()) return -1;
  for (std::size_t i = 0; i < rule.classes.size(); ++i)
    for (const auto& v : rule.classes[i].values)
      if (core::asciiLower(core::trim(v)) == lower) return static_cast<int>(i);
  return -1;
}

const MapStyle& builtInMapStyle() {
  static const MapStyle style = makeBuiltIn();
  return style;
}

}  // namespace wm::domain
