#pragma once
// The chosen map labels drawn in a handful of draw calls, however many there are: one geometry for all their
// light boxes and one per glyph texture page for all their characters, in window pixels under an orthographic
// camera (like a HUD). The glyphs are osgText's (FreeType rasterises them, osgText packs them into texture
// pages); text is measured with the same glyph metrics, so the layout's rectangles are what is drawn.
#include <cstdint>
#include <span>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include <osg/Camera>
#include <osg/Geode>
#include <osg/Geometry>
#include <osg/Vec4>
#include <osg/ref_ptr>
#include <osgText/Font>

#include "scene/font_finder.hpp"
#include "scene/label_layout.hpp"

namespace wm::scene {

/// How a label's text looks: its size in pixels (one em) and its colour (RGBA, 0–1).
struct LabelLook {
  float fontPx = 14;
  osg::Vec4 color{0, 0, 0, 1};
};

/// One label to draw: its rectangle in window pixels (origin bottom left; the box, text centred in it), its
/// text and look.
struct DrawnLabel {
  float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  std::string_view text;  ///< UTF-8; only read during draw()
  LabelLook look;
};

/// Reads a label font (a face of a .ttc by its index). `shared`: through osgDB's object cache, so the overlay's
/// text and the labels' drawing use one Font and one set of glyph pages; else a Font of its own (for another
/// thread: osgText's Font::getGlyph can hand two threads asking for the same new glyph different objects and
/// drop one). Null when the file cannot be read.
osg::ref_ptr<osgText::Font> readLabelFont(const FontFile& file, bool shared);

/// Measures label text with a font's glyph advances: the sum of its glyphs' advances at the size they are drawn
/// (rasterised at LabelDrawing::glyphResolution) by one em; no kerning (the CJK fonts we find have none between
/// Hanzi). Caches each character's advance per size; the first use of a character rasterises its glyph
/// (FreeType, ~50 µs). Not thread-safe: one per thread, each with a Font not used by another thread.
class TextMeasure {
public:
  explicit TextMeasure(osgText::Font* font) : _font(font) {}
  LabelSize operator()(std::string_view utf8, float fontPx);

private:
  osg::ref_ptr<osgText::Font> _font;
  std::unordered_map<std::uint64_t, float> _advances;  ///< (resolution << 32 | code point) → ems
};

/// The labels' drawing. Not copyable (it owns scene-graph nodes); draw() where the scene graph may change.
class LabelDrawing {
public:
  /// The box behind each label: white, slightly transparent, so text reads over lines of any colour.
  static inline const osg::Vec4 kBoxColor{1, 1, 1, 0.85f};

  /// `font` (not null) supplies the glyphs; it is shared with other text (the overlay's) and kept alive here.
  explicit LabelDrawing(osgText::Font* font);
  LabelDrawing(const LabelDrawing&) = delete;
  LabelDrawing& operator=(const LabelDrawing&) = delete;

  /// The size `utf8` takes at fontPx with the glyphs it is drawn with (TextMeasure). Same thread as draw().
  LabelSize measure(std::string_view utf8, float fontPx) const { return _measure(utf8, fontPx); }

  /// The subtree to add over the map (outside the map's shader program): a nested camera drawing in window
  /// pixels, render bin 50 (after the map's bins, before the overlay's 100), depth test off, blended.
  osg::Camera* node() const { return _camera.get(); }

  /// Replaces what is drawn with `labels` in a width × height window (also the camera's projection; a tiled
  /// export sets that per tile afterwards). Boxes are drawn in the given order under all text.
  void draw(std::span<const DrawnLabel> labels, int width, int height);

  /// What is drawn now: the boxes' geometry first, then one geometry per glyph page (each a single draw call).
  const osg::Geode& geode() const { return *_geode; }

  /// The resolution glyphs of fontPx are rasterised at: about 2.5 times their drawn size, then minified (thin
  /// Hanzi strokes stay darker than when rasterised at the drawn size: darkest pixel 60 against 90 on llvmpipe).
  static unsigned glyphResolution(float fontPx);

private:
  struct Quads;
  using PageQuads = std::vector<std::pair<osg::Texture*, Quads>>;
  void addText(const DrawnLabel& label, Quads& boxes, PageQuads& pages);
  Quads& quadsFor(osg::Texture* page, PageQuads& pages);

  osg::ref_ptr<osgText::Font> _font;
  osg::ref_ptr<osg::Camera> _camera;
  osg::ref_ptr<osg::Geode> _geode;
  osg::ref_ptr<osg::Geometry> _boxes;
  /// One geometry per glyph texture page seen so far, reused from draw to draw.
  std::unordered_map<osg::Texture*, osg::ref_ptr<osg::Geometry>> _pages;
  mutable TextMeasure _measure;  ///< a cache: measuring changes nothing drawn
};

}  // namespace wm::scene
