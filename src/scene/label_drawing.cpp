#include "scene/label_drawing.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include <fmt/format.h>
#include <osg/BlendFunc>
#include <osgDB/Options>
#include <osgText/Glyph>

#include "core/text.hpp"

namespace wm::scene {
namespace {

// A geometry of quads in window pixels, its arrays refilled on every draw (VBOs, no display list: it changes
// with the view). Textured: one glyph page's characters (texture unit 0); else the boxes.
osg::ref_ptr<osg::Geometry> quadGeometry(osg::Texture* texture) {
  osg::ref_ptr<osg::Geometry> g = new osg::Geometry;
  g->setDataVariance(osg::Object::DYNAMIC);
  g->setUseDisplayList(false);
  g->setUseVertexBufferObjects(true);
  g->setCullingActive(false);  // laid out inside the window already
  g->setVertexArray(new osg::Vec2Array);
  g->setColorArray(new osg::Vec4Array, osg::Array::BIND_PER_VERTEX);
  g->addPrimitiveSet(new osg::DrawElementsUInt(GL_TRIANGLES));
  if (texture) {
    g->setTexCoordArray(0, new osg::Vec2Array, osg::Array::BIND_PER_VERTEX);
    // osgText's glyph pages (greyscale technique) are GL_ALPHA textures: the fixed-function MODULATE takes the
    // colour from the vertices and multiplies their alpha by the glyph's coverage, so no shader is needed.
    g->getOrCreateStateSet()->setTextureAttributeAndModes(0, texture, osg::StateAttribute::ON);
  }
  return g;
}

}  // namespace

// The arrays of one quad geometry, emptied for a new draw.
struct LabelDrawing::Quads {
  osg::Geometry& geometry;
  osg::Vec2Array& vertices;
  osg::Vec4Array& colors;
  osg::Vec2Array* texCoords;
  osg::DrawElementsUInt& indices;

  explicit Quads(osg::Geometry& g)
      : geometry(g),
        vertices(*static_cast<osg::Vec2Array*>(g.getVertexArray())),
        colors(*static_cast<osg::Vec4Array*>(g.getColorArray())),
        texCoords(static_cast<osg::Vec2Array*>(g.getTexCoordArray(0))),
        indices(*static_cast<osg::DrawElementsUInt*>(g.getPrimitiveSet(0))) {
    vertices.clear();
    colors.clear();
    if (texCoords) texCoords->clear();
    indices.clear();
  }

  // A rectangle [x0, x1] × [y0, y1] with texture coordinates [s0, s1] × [t0, t1] (ignored for the boxes).
  void add(float x0, float y0, float x1, float y1, const osg::Vec4& color, osg::Vec2 t0 = {}, osg::Vec2 t1 = {}) {
    auto first = static_cast<GLuint>(vertices.size());
    for (osg::Vec2 corner : {osg::Vec2(x0, y0), osg::Vec2(x1, y0), osg::Vec2(x1, y1), osg::Vec2(x0, y1)})
      vertices.push_back(corner);
    colors.insert(colors.end(), 4, color);
    if (texCoords)
      for (osg::Vec2 corner : {t0, osg::Vec2(t1.x(), t0.y()), t1, osg::Vec2(t0.x(), t1.y())})
        texCoords->push_back(corner);
    for (GLuint i : {0u, 1u, 2u, 0u, 2u, 3u}) indices.push_back(first + i);
  }

  bool empty() const { return vertices.empty(); }

  void finish() {
    vertices.dirty();
    colors.dirty();
    if (texCoords) texCoords->dirty();
    indices.dirty();
    geometry.dirtyBound();
  }
};

LabelDrawing::LabelDrawing(osgText::Font* font)
    : _font(font), _camera(new osg::Camera), _geode(new osg::Geode), _boxes(quadGeometry(nullptr)), _measure(font) {
  _camera->setName("worksmap-labels");
  _camera->setReferenceFrame(osg::Transform::ABSOLUTE_RF);
  _camera->setViewMatrix(osg::Matrix::identity());
  _camera->setProjectionMatrixAsOrtho2D(0, 1, 0, 1);
  _camera->setClearMask(0);
  _camera->setRenderOrder(osg::Camera::NESTED_RENDER);
  _camera->setComputeNearFarMode(osg::CullSettings::DO_NOT_COMPUTE_NEAR_FAR);
  _camera->setAllowEventFocus(false);
  _camera->addChild(_geode);
  osg::StateSet* state = _camera->getOrCreateStateSet();
  state->setMode(GL_LIGHTING, osg::StateAttribute::OFF);
  state->setMode(GL_DEPTH_TEST, osg::StateAttribute::OFF);
  state->setMode(GL_BLEND, osg::StateAttribute::ON);
  state->setAttribute(new osg::BlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA));
  // After every map bin (1-12), before the overlay (100); in the order added, so the boxes go under all text.
  state->setRenderBinDetails(50, "TraversalOrderBin");
}

unsigned LabelDrawing::glyphResolution(float fontPx) {
  return static_cast<unsigned>(std::clamp(std::lround(fontPx * 2.5f), 16L, 128L));
}

osg::ref_ptr<osgText::Font> readLabelFont(const FontFile& file, bool shared) {
  // Held by a ref_ptr: a bare `new Options` handed to osgDB is never released.
  osg::ref_ptr<osgDB::Options> options = new osgDB::Options(fmt::format("index={}", file.index));
  options->setObjectCacheHint(shared ? osgDB::Options::CACHE_ALL : osgDB::Options::CACHE_NONE);
  return osgText::readRefFontFile(file.path, options.get());
}

LabelSize TextMeasure::operator()(std::string_view utf8, float fontPx) {
  const unsigned resolution = LabelDrawing::glyphResolution(fontPx);
  float ems = 0;
  for (std::size_t i = 0; i < utf8.size();) {
    char32_t cp = core::nextCodePoint(utf8, i);
    auto [it, added] = _advances.try_emplace(static_cast<std::uint64_t>(resolution) << 32 | cp, 0.0f);
    if (added)
      if (const osgText::Glyph* glyph = _font->getGlyph(osgText::FontResolution(resolution, resolution), cp))
        it->second = glyph->getHorizontalAdvance();
    ems += it->second;
  }
  return {ems * fontPx, utf8.empty() ? 0.0f : fontPx};
}

// The label's characters as quads on their glyph pages: the pen run centred across the rectangle, the ink centred
// up and down (as osgText's CENTER_CENTER), both on whole pixels so that strokes land alike in every label.
void LabelDrawing::addText(const DrawnLabel& label, Quads& boxes, PageQuads& pages) {
  const float px = label.look.fontPx;
  const unsigned resolution = glyphResolution(px);
  const osgText::FontResolution size(resolution, resolution);
  struct Placed {
    osgText::Glyph* glyph;
    float pen;  // pixels from the start of the run
  };
  std::vector<Placed> glyphs;
  float pen = 0, inkLow = std::numeric_limits<float>::infinity(), inkHigh = -inkLow;
  for (std::size_t i = 0; i < label.text.size();) {
    osgText::Glyph* glyph = _font->getGlyph(size, core::nextCodePoint(label.text, i));
    if (!glyph) continue;
    glyphs.push_back({glyph, pen});
    if (glyph->getWidth() > 0 && glyph->getHeight() > 0) {
      inkLow = std::min(inkLow, glyph->getHorizontalBearing().y() * px);
      inkHigh = std::max(inkHigh, (glyph->getHorizontalBearing().y() + glyph->getHeight()) * px);
    }
    pen += glyph->getHorizontalAdvance() * px;
  }
  if (inkLow > inkHigh) return;  // nothing visible (blanks)
  boxes.add(label.x0, label.y0, label.x1, label.y1, kBoxColor);
  const float originX = std::round((label.x0 + label.x1 - pen) / 2);
  const float baseline = std::round((label.y0 + label.y1 - inkLow - inkHigh) / 2);
  for (const Placed& p : glyphs) {
    const float w = p.glyph->getWidth() * px, h = p.glyph->getHeight() * px;
    const osgText::Glyph::TextureInfo* info = p.glyph->getOrCreateTextureInfo(osgText::GREYSCALE);
    if (w <= 0 || h <= 0 || !info || !info->texture) continue;
    const float x0 = originX + p.pen + p.glyph->getHorizontalBearing().x() * px;
    const float y0 = baseline + p.glyph->getHorizontalBearing().y() * px;
    // One pixel more on each side (within the page's empty margin around the glyph), so that the filtered edge
    // of the glyph's antialiasing is not cut off.
    osg::Vec2 t0 = info->minTexCoord, t1 = info->maxTexCoord;
    const osg::Vec2 perPixel((t1.x() - t0.x()) / w, (t1.y() - t0.y()) / h);
    const osg::Vec2 maxMargin(info->texelMargin / static_cast<float>(info->texture->getTextureWidth()),
                              info->texelMargin / static_cast<float>(info->texture->getTextureHeight()));
    const osg::Vec2 margin(std::min(perPixel.x(), maxMargin.x()), std::min(perPixel.y(), maxMargin.y()));
    const float mx = margin.x() / perPixel.x(), my = margin.y() / perPixel.y();
    quadsFor(info->texture, pages)
        .add(x0 - mx, y0 - my, x0 + w + mx, y0 + h + my, label.look.color, t0 - margin, t1 + margin);
  }
}

LabelDrawing::Quads& LabelDrawing::quadsFor(osg::Texture* page, PageQuads& pages) {
  // A handful of pages at most: a linear search, and the geode lists them in the order first used.
  for (auto& [texture, quads] : pages)
    if (texture == page) return quads;
  osg::ref_ptr<osg::Geometry>& geometry = _pages[page];
  if (!geometry) geometry = quadGeometry(page);
  return pages.emplace_back(page, Quads(*geometry)).second;
}

void LabelDrawing::draw(std::span<const DrawnLabel> labels, int width, int height) {
  _camera->setProjectionMatrixAsOrtho2D(0, std::max(width, 1), 0, std::max(height, 1));
  Quads boxes(*_boxes);
  PageQuads pages;
  for (const DrawnLabel& label : labels) addText(label, boxes, pages);
  _geode->removeDrawables(0, _geode->getNumDrawables());
  boxes.finish();
  if (!boxes.empty()) _geode->addDrawable(_boxes);
  for (auto& [texture, quads] : pages) {
    quads.finish();
    _geode->addDrawable(&quads.geometry);
  }
}

}  // namespace wm::scene
