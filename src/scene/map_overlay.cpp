#include "scene/map_overlay.hpp"

#include "scene/kind_swatches.hpp"
#include "scene/label_drawing.hpp"

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

#include <fmt/format.h>
#include <osg/Geode>
#include <osg/Geometry>
#include <osg/Program>
#include <osgText/Text>

namespace wm::scene {
namespace {

const osg::Vec4 kInk(0.12f, 0.12f, 0.14f, 1), kPanel(1, 1, 1, 0.85f);

// An axis-aligned filled rectangle in pixels.
void addRect(osg::Geometry& g, float x0, float y0, float x1, float y1, const osg::Vec4& color) {
  auto* v = static_cast<osg::Vec3Array*>(g.getVertexArray());
  auto* c = static_cast<osg::Vec4Array*>(g.getColorArray());
  for (auto [x, y] : {std::pair{x0, y0}, {x1, y0}, {x1, y1}, {x0, y0}, {x1, y1}, {x0, y1}}) {
    v->push_back(osg::Vec3(x, y, 0));
    c->push_back(color);
  }
}

osg::ref_ptr<osgText::Text> text(osgText::Font* font, const std::string& utf8, float size, osg::Vec2 at,
                                 osgText::Text::AlignmentType align) {
  osg::ref_ptr<osgText::Text> t = new osgText::Text;
  t->setFont(font);
  t->setFontResolution(48, 48);
  t->setCharacterSize(size);
  t->setColor(kInk);
  t->setAlignment(align);
  t->setPosition(osg::Vec3(at.x(), at.y(), 0));
  t->setText(utf8, osgText::String::ENCODING_UTF8);
  return t;
}

// Text size scales with the image, from 12 px up.
float overlayUnit(int height) { return std::max(12.0f, static_cast<float>(height) / 40.0f); }

// The code points of UTF-8 text, each with its byte length.
std::vector<std::pair<char32_t, std::size_t>> codePoints(const std::string& utf8) {
  std::vector<std::pair<char32_t, std::size_t>> out;
  for (std::size_t i = 0; i < utf8.size();) {
    auto b = static_cast<unsigned char>(utf8[i]);
    std::size_t n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    n = std::min(n, utf8.size() - i);
    char32_t c = n == 1 ? b : static_cast<char32_t>(b & (0xFF >> (n + 1)));
    for (std::size_t k = 1; k < n; ++k) c = (c << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
    out.emplace_back(c, n);
    i += n;
  }
  return out;
}

// Width of a code point in ems (Noto Sans CJK): CJK and full-width forms a whole em, Latin about half.
float ems(char32_t c) { return c >= 0x2E80 ? 1.0f : (c >= 'A' && c <= 'Z') || c == 'W' || c == 'm' ? 0.65f : 0.52f; }

}  // namespace

// The north arrow's centre, top right, 2 units in. Its letter, the farthest part at any heading, is 0.8 units
// high at 1.45 units from the centre: it reaches 1.85 units, inside the window whichever way north points (at 1.7
// units and 1 unit high it went past the right edge when north pointed right, in a 3D view facing west), and
// clear of the triangle's tip at 1 unit. The panel kept clear for it is 2.3 units each way.
constexpr float kNorthPanel = 2.3f, kNorthLetter = 1.45f, kNorthLetterSize = 0.8f;
osg::Vec2 northArrowCentre(float unit, float width, float height) { return {width - unit * 2, height - unit * 3.5f}; }

OverlayRect viewButtonRect(int width, int height) {
  float unit = overlayUnit(height);
  float x1 = static_cast<float>(width) - unit, y1 = static_cast<float>(height) - unit * 5.5f;
  return {x1 - unit * 2.6f, y1 - unit * 1.6f, x1, y1};
}

float textWidth(const std::string& utf8, float size) {
  float width = 0;
  for (auto [c, bytes] : codePoints(utf8)) width += ems(c) * size;
  return width;
}

std::string fitText(const std::string& utf8, float size, float maxWidth) {
  if (textWidth(utf8, size) <= maxWidth) return utf8;
  const std::string ellipsis = "\u2026";
  float width = textWidth(ellipsis, size);
  std::size_t keep = 0;
  for (auto [c, bytes] : codePoints(utf8)) {
    if (width + ems(c) * size > maxWidth) break;
    width += ems(c) * size;
    keep += bytes;
  }
  return utf8.substr(0, keep) + ellipsis;
}

namespace {

// The title and subtitle as drawn: cut short (…) where they would reach the north arrow's panel.
std::pair<std::string, std::string> fittedTitle(const OverlayContent& content, float unit, float width) {
  // The arrow's panel starts 4.3 units from the right; the text starts a unit in, its panel half a unit before.
  const float room = width - unit * 4.3f - unit * 1.5f - unit, s = content.textScale;
  return {fitText(content.title, unit * 1.3f * s, room), fitText(content.subtitle, unit * 0.9f * s, room)};
}

// The figures table's column widths (pixels, cell padding included) at `size` pixels a line.
std::vector<float> figureColumnWidths(const OverlayContent& content, float size) {
  std::vector<float> widths;
  for (const auto& row : content.figures)
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (widths.size() <= i) widths.push_back(0);
      widths[i] = std::max(widths[i], textWidth(row[i], size) + size);
    }
  return widths;
}

constexpr float kFigureSize = 0.75f, kFigureRow = 1.25f;  // text size and row height, in overlay units

// The figures grow half as much as the title with the text scale: a table of five columns must still fit beside
// the map on a 4:3 projector.
float figuresUnit(const OverlayContent& content, float unit) { return unit * (1 + (content.textScale - 1) / 2); }

OverlayRect figuresRect(const OverlayContent& content, float mapUnit, float w, float top) {
  const float unit = figuresUnit(content, mapUnit);
  const std::vector<float> widths = figureColumnWidths(content, unit * kFigureSize);
  float tableWidth = 0;
  for (float cw : widths) tableWidth += cw;
  tableWidth = std::max(tableWidth, textWidth(content.figuresHeading, unit * 0.9f) + unit);
  const float rows = static_cast<float>(content.figures.size()) + 1.2f;  // the heading a little taller
  return {w - unit / 2 - tableWidth - unit / 2, top - rows * unit * kFigureRow - unit / 2, w - unit / 2, top};
}

}  // namespace

OverlayPanels overlayPanels(const OverlayContent& content, int width, int height) {
  const float unit = overlayUnit(height), margin = unit, w = static_cast<float>(width), h = static_cast<float>(height);
  OverlayPanels p;
  auto [title, subtitle] = fittedTitle(content, unit, w);
  const float s = content.textScale;
  float titleWidth = std::max(textWidth(title, unit * 1.3f * s), textWidth(subtitle, unit * 0.9f * s));
  p.title = {margin / 2, h - margin / 2 - unit * (1.0f + 1.9f * s), margin + titleWidth + unit / 2, h - margin / 2};
  std::size_t longest = 0;
  for (const auto& entry : content.legend) longest = std::max(longest, entry.label.size());
  const float bottom = content.bottomInset;  // what stands along the bottom starts above it
  float legendTop = bottom + margin + unit * 1.3f * static_cast<float>(content.legend.size());
  float legendWidth = unit * 2.5f + static_cast<float>(longest) * unit * 0.45f;  // label bytes, ~0.45 unit each
  if (!content.legend.empty())
    p.legend = {margin / 2, bottom + margin / 2, margin + legendWidth, legendTop + margin / 2};
  for (std::size_t i = 0; i < content.legend.size(); ++i) {
    float y = legendTop - unit * 1.3f * static_cast<float>(i + 1) + unit * 1.3f * 0.2f;
    p.swatches.push_back({margin, y, margin + unit * 1.4f, y + unit * 0.8f});
  }
  ScaleBar bar = chooseScaleBar(content.metresPerPixel, width * 0.2);
  p.hasScaleBar = bar.pixels > 0;
  float x1 = w - margin, x0 = x1 - static_cast<float>(bar.pixels);
  p.scaleBar = {x0 - margin / 2, bottom + margin / 2, x1 + margin / 2, bottom + margin + unit * 1.8f};
  const osg::Vec2 arrow = northArrowCentre(unit, w, h);
  p.northArrow = {arrow.x() - unit * kNorthPanel, arrow.y() - unit * kNorthPanel, arrow.x() + unit * kNorthPanel,
                  arrow.y() + unit * kNorthPanel};  // any heading
  p.hasButton = !content.viewButton.empty();
  p.button = viewButtonRect(width, height);
  p.hasFigures = !content.figures.empty();
  if (p.hasFigures)
    p.figures = figuresRect(content, unit, w, (p.hasButton ? p.button.y0 : p.northArrow.y0) - margin / 2);
  return p;
}

ScaleBar chooseScaleBar(double metresPerPixel, double maxPixels) {
  ScaleBar bar;
  if (metresPerPixel <= 0 || maxPixels <= 0) return bar;
  double limit = metresPerPixel * maxPixels;
  double step = std::pow(10.0, std::floor(std::log10(limit)));
  for (double m : {5.0, 2.0, 1.0})
    if (m * step <= limit) {
      bar.metres = m * step;
      break;
    }
  bar.pixels = bar.metres / metresPerPixel;
  bar.label = bar.metres >= 1000 ? fmt::format("{:g} km", bar.metres / 1000) : fmt::format("{:g} m", bar.metres);
  return bar;
}

namespace {

// The figures table in its panel: the heading, then the rows, numbers (every column after the first) right
// aligned, a rule under the header row.
void drawFigures(const OverlayContent& content, const OverlayRect& r, float mapUnit, osg::Geometry& shapes,
                 osg::Geode& geode, osgText::Font* font) {
  addRect(shapes, r.x0, r.y0, r.x1, r.y1, kPanel);
  const float unit = figuresUnit(content, mapUnit);
  const float size = unit * kFigureSize, row = unit * kFigureRow;
  const std::vector<float> widths = figureColumnWidths(content, size);
  float y = r.y1 - unit / 2;
  geode.addDrawable(text(font, content.figuresHeading, unit * 0.9f, {r.x0 + unit / 2, y}, osgText::Text::LEFT_TOP));
  y -= row * 1.2f;
  for (std::size_t i = 0; i < content.figures.size(); ++i) {
    float x = r.x0 + unit / 2;
    for (std::size_t col = 0; col < content.figures[i].size(); ++col) {
      const bool left = col == 0;
      const osg::Vec2 at(left ? x : x + widths[col] - size / 2, y);
      geode.addDrawable(
          text(font, content.figures[i][col], size, at, left ? osgText::Text::LEFT_TOP : osgText::Text::RIGHT_TOP));
      x += widths[col];
    }
    if (i == 0) addRect(shapes, r.x0 + unit / 2, y - row + unit * 0.2f, r.x1 - unit / 2, y - row + unit * 0.25f, kInk);
    y -= row;
  }
}

// The camera the overlay draws with: pixels from the bottom left, over the map, no depth, blended.
osg::ref_ptr<osg::Camera> hudCamera(int width, int height) {
  osg::ref_ptr<osg::Camera> hud = new osg::Camera;
  hud->setReferenceFrame(osg::Transform::ABSOLUTE_RF);
  hud->setProjectionMatrixAsOrtho2D(0, width, 0, height);
  hud->setViewMatrix(osg::Matrix::identity());
  hud->setClearMask(0);
  hud->setRenderOrder(osg::Camera::NESTED_RENDER);
  osg::StateSet* state = hud->getOrCreateStateSet();
  state->setMode(GL_LIGHTING, osg::StateAttribute::OFF);
  state->setMode(GL_DEPTH_TEST, osg::StateAttribute::OFF);
  state->setMode(GL_BLEND, osg::StateAttribute::ON);
  state->setRenderBinDetails(100, "RenderBin");
  return hud;
}

// The overlay's parts as they are drawn: panels and marks into one triangle list, text into a geode over them,
// each part where overlayPanels puts it.
class OverlayDrawing {
public:
  OverlayDrawing(const OverlayContent& content, int width, int height, const FontFile& fontFile)
      : _content(content),
        _width(static_cast<float>(width)),
        _height(static_cast<float>(height)),
        // Shared through osgDB's cache: the window rebuilds its overlay as the scale changes, and labels use it.
        _font(readLabelFont(fontFile, /*shared=*/true)),
        _unit(overlayUnit(height)),
        _panels(overlayPanels(content, width, height)) {
    _shapes->setVertexArray(new osg::Vec3Array);
    _shapes->setColorArray(new osg::Vec4Array, osg::Array::BIND_PER_VERTEX);
  }

  // Title and subtitle, top left, on a light panel (none when both are empty).
  void title() {
    const float margin = _unit;
    if (!_content.title.empty() || !_content.subtitle.empty())
      addRect(*_shapes, _panels.title.x0, _panels.title.y0, _panels.title.x1, _panels.title.y1, kPanel);
    auto [title, subtitle] = fittedTitle(_content, _unit, _width);
    const float s = _content.textScale;
    write(title, _unit * 1.3f * s, {margin, _height - margin}, osgText::Text::LEFT_TOP);
    write(subtitle, _unit * 0.9f * s, {margin, _height - margin - _unit * 1.6f * s}, osgText::Text::LEFT_TOP);
  }

  // Legend, bottom left: a swatch and a label per entry (none in the window while its Legend panel is open).
  // A kind's swatch is its patterns, drawn by the map's shaders when they are given.
  void legend(const OverlaySwatchLook& look) {
    if (!_content.legend.empty())
      addRect(*_shapes, _panels.legend.x0, _panels.legend.y0, _panels.legend.x1, _panels.legend.y1, kPanel);
    std::vector<KindSwatch> kinds;
    for (std::size_t i = 0; i < _content.legend.size(); ++i) {
      const OverlayRect& sw = _panels.swatches[i];
      if (const auto& kind = _content.legend[i].kind)
        kinds.push_back({*kind, sw.x0, sw.y0, sw.x1, sw.y1});
      else
        addRect(*_shapes, sw.x0, sw.y0, sw.x1, sw.y1, _content.legend[i].color);
      write(_content.legend[i].label, _unit * 0.8f, {_unit * 3, sw.y0 + _unit * 0.4f}, osgText::Text::LEFT_CENTER);
    }
    if (!kinds.empty() && look.style && look.program) _swatches = kindSwatches(kinds, *look.style, look.program);
  }

  // Scale bar, bottom right, above what covers the bottom edge.
  void scaleBar() {
    ScaleBar bar = chooseScaleBar(_content.metresPerPixel, _width * 0.2);
    if (bar.pixels <= 0) return;
    const float x1 = _width - _unit, x0 = x1 - static_cast<float>(bar.pixels), y = _content.bottomInset + _unit;
    addRect(*_shapes, _panels.scaleBar.x0, _panels.scaleBar.y0, _panels.scaleBar.x1, _panels.scaleBar.y1, kPanel);
    addRect(*_shapes, x0, y, x1, y + _unit * 0.3f, kInk);
    write(bar.label, _unit * 0.8f, {(x0 + x1) / 2, y + _unit * 0.6f}, osgText::Text::CENTER_BOTTOM);
  }

  // North arrow, top right: a dark triangle pointing to north (up in the plan view) with the letter beyond it.
  void northArrow() {
    const osg::Vec2 centre = northArrowCentre(_unit, _width, _height);
    const float ax = centre.x(), ay = centre.y();
    // Facing a heading ψ clockwise from north, north is ψ counter-clockwise from the screen's up.
    const float turn = static_cast<float>(_content.headingDegrees * 3.14159265358979 / 180.0);
    auto rotated = [&](float dx, float dy) {
      return osg::Vec3(ax + dx * std::cos(turn) - dy * std::sin(turn), ay + dx * std::sin(turn) + dy * std::cos(turn),
                       0);
    };
    auto* v = static_cast<osg::Vec3Array*>(_shapes->getVertexArray());
    auto* c = static_cast<osg::Vec4Array*>(_shapes->getColorArray());
    for (auto [dx, dy] : {std::pair{-_unit * 0.6f, -_unit}, {_unit * 0.6f, -_unit}, {0.0f, _unit}}) {
      v->push_back(rotated(dx, dy));
      c->push_back(kInk);
    }
    const osg::Vec3 letter = rotated(0, _unit * kNorthLetter);
    write(_content.northLabel, _unit * kNorthLetterSize, {letter.x(), letter.y()}, osgText::Text::CENTER_CENTER);
  }

  // The 2D/3D button under the north arrow (the window's; exported images have none).
  void viewButton() {
    if (_content.viewButton.empty()) return;
    const OverlayRect r = viewButtonRect(static_cast<int>(_width), static_cast<int>(_height));
    addRect(*_shapes, r.x0, r.y0, r.x1, r.y1, kInk);
    addRect(*_shapes, r.x0 + 2, r.y0 + 2, r.x1 - 2, r.y1 - 2, kPanel);
    write(_content.viewButton, _unit * 0.9f, {(r.x0 + r.x1) / 2, (r.y0 + r.y1) / 2}, osgText::Text::CENTER_CENTER);
  }

  // The slide's figures table, under the north arrow (none unless asked for).
  void figures() {
    if (_panels.hasFigures) drawFigures(_content, _panels.figures, _unit, *_shapes, *_text, _font.get());
  }

  // Panels and marks first, text over them.
  void addTo(osg::Camera& hud) {
    const auto count = static_cast<GLsizei>(_shapes->getVertexArray()->getNumElements());
    _shapes->addPrimitiveSet(new osg::DrawArrays(GL_TRIANGLES, 0, count));
    osg::ref_ptr<osg::Geode> marks = new osg::Geode;
    marks->addDrawable(_shapes);
    marks->getOrCreateStateSet()->setRenderBinDetails(100, "RenderBin");
    _text->getOrCreateStateSet()->setRenderBinDetails(101, "RenderBin");
    hud.addChild(marks);
    hud.addChild(_text);
    if (_swatches) hud.addChild(_swatches);
  }

private:
  void write(const std::string& utf8, float size, osg::Vec2 at, osgText::Text::AlignmentType align) {
    _text->addDrawable(text(_font.get(), utf8, size, at, align));
  }

  const OverlayContent& _content;
  const float _width, _height;
  osg::ref_ptr<osgText::Font> _font;
  const float _unit;  ///< overlayUnit; the margin is one unit
  const OverlayPanels _panels;
  osg::ref_ptr<osg::Geometry> _shapes = new osg::Geometry;
  osg::ref_ptr<osg::Geode> _text = new osg::Geode;
  osg::ref_ptr<osg::Node> _swatches;  ///< the kinds' swatches (null: none)
};

}  // namespace

osg::ref_ptr<osg::Camera> buildOverlay(const OverlayContent& content, int width, int height, const FontFile& fontFile,
                                       const OverlaySwatchLook& swatches) {
  osg::ref_ptr<osg::Camera> hud = hudCamera(width, height);
  OverlayDrawing drawing(content, width, height, fontFile);
  drawing.title();
  drawing.legend(swatches);
  drawing.scaleBar();
  drawing.northArrow();
  drawing.viewButton();
  drawing.figures();
  drawing.addTo(*hud);
  return hud;
}

}  // namespace wm::scene
