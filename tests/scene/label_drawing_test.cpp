// The labels' batched drawing: a constant number of geometries however many labels, glyph quads inside their
// label's rectangle (no GL context needed: the geometry is inspected, not drawn).
#include "scene/label_drawing.hpp"

#include <gtest/gtest.h>

#include "scene/font_finder.hpp"

using namespace wm;

namespace {

osg::ref_ptr<osgText::Font> chineseFont() {
  auto file = scene::findChineseFont();
  EXPECT_TRUE(file) << file.error().text(wm::core::Lang::En);
  if (!file) return nullptr;
  return scene::readLabelFont(*file, /*shared=*/false);
}

// A label of `text` at fontPx centred on (cx, cy), as large as measured plus a 2 px margin (as MapLabels does).
scene::DrawnLabel label(const scene::LabelDrawing& drawing, std::string_view text, float fontPx, float cx, float cy) {
  scene::LabelSize size = drawing.measure(text, fontPx);
  float halfW = size.widthPx / 2 + 2, halfH = size.heightPx / 2 + 2;
  return {cx - halfW, cy - halfH, cx + halfW, cy + halfH, text, {fontPx, osg::Vec4(0.1f, 0.1f, 0.3f, 1)}};
}

const osg::Vec2Array& vertices(const osg::Geode& geode, unsigned i) {
  return *static_cast<const osg::Vec2Array*>(geode.getDrawable(i)->asGeometry()->getVertexArray());
}

}  // namespace

TEST(LabelDrawing, AnyNumberOfLabelsTakeOneBoxGeometryAndOneGeometryPerGlyphPage) {
  auto font = chineseFont();
  ASSERT_TRUE(font);
  scene::LabelDrawing drawing(font.get());
  const std::string names[] = {"城区", "东乡", "西乡", "北乡", "南乡"};
  auto drawMany = [&](int count) {
    std::vector<scene::DrawnLabel> labels;
    for (int i = 0; i < count; ++i)
      labels.push_back(label(drawing, names[i % 5], 14, 40.0f + 60 * (i % 25), 20.0f + 30 * (i / 25)));
    drawing.draw(labels, 1600, 900);
  };
  drawMany(3);
  const unsigned few = drawing.geode().getNumDrawables();
  EXPECT_EQ(few, 2u);  // the boxes and the one page these few characters fit on
  EXPECT_EQ(vertices(drawing.geode(), 0).size(), 3u * 4);
  drawMany(100);
  EXPECT_EQ(drawing.geode().getNumDrawables(), few);
  EXPECT_EQ(vertices(drawing.geode(), 0).size(), 100u * 4);  // a box a label
  EXPECT_EQ(vertices(drawing.geode(), 1).size(), 200u * 4);  // a quad a character
  for (unsigned i = 0; i < drawing.geode().getNumDrawables(); ++i)
    EXPECT_EQ(drawing.geode().getDrawable(i)->asGeometry()->getNumPrimitiveSets(), 1u);  // one draw call each
  drawing.draw({}, 1600, 900);
  EXPECT_EQ(drawing.geode().getNumDrawables(), 0u);
}

TEST(LabelDrawing, GlyphQuadsLieInsideTheirLabelsRectangleAndAreCentredInIt) {
  auto font = chineseFont();
  ASSERT_TRUE(font);
  scene::LabelDrawing drawing(font.get());
  for (std::string_view text : {"城区", "人民公园", "G320国道"}) {
    scene::DrawnLabel l = label(drawing, text, 20, 300.3f, 200.6f);
    drawing.draw({&l, 1}, 640, 480);
    ASSERT_EQ(drawing.geode().getNumDrawables(), 2u) << text;
    float minX = 1e9f, maxX = -1e9f, minY = 1e9f, maxY = -1e9f;
    for (const osg::Vec2& v : vertices(drawing.geode(), 1)) {
      minX = std::min(minX, v.x()), maxX = std::max(maxX, v.x());
      minY = std::min(minY, v.y()), maxY = std::max(maxY, v.y());
    }
    EXPECT_GE(minX, l.x0) << text;
    EXPECT_LE(maxX, l.x1) << text;
    EXPECT_GE(minY, l.y0) << text;
    EXPECT_LE(maxY, l.y1) << text;
    // The text fills most of the box and sits in its middle (glyphs are placed on whole pixels).
    EXPECT_GT(maxX - minX, (l.x1 - l.x0) * 0.8f) << text;
    EXPECT_NEAR((minX + maxX) / 2, (l.x0 + l.x1) / 2, 1.5f) << text;
    EXPECT_NEAR((minY + maxY) / 2, (l.y0 + l.y1) / 2, 1.5f) << text;
    // The box is the label's rectangle.
    const osg::Vec2Array& box = vertices(drawing.geode(), 0);
    EXPECT_EQ(box[0], osg::Vec2(l.x0, l.y0));
    EXPECT_EQ(box[2], osg::Vec2(l.x1, l.y1));
  }
}

TEST(LabelDrawing, GlyphsAreRasterisedLargerThanDrawn) {
  EXPECT_EQ(scene::LabelDrawing::glyphResolution(20), 50u);
  EXPECT_EQ(scene::LabelDrawing::glyphResolution(14), 35u);
  EXPECT_EQ(scene::LabelDrawing::glyphResolution(4), 16u);     // not below 16
  EXPECT_EQ(scene::LabelDrawing::glyphResolution(100), 128u);  // nor above 128
}
