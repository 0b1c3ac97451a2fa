#pragma once
// Test-only helpers for image tests: colours as 0-255 RGB, tolerant comparison, drawing a map scene.
#include <array>
#include <cstdint>
#include <cstdlib>
#include <string>

#include <gtest/gtest.h>
#include <osg/Group>

#include "render/offscreen.hpp"
#include "scene/map_scene.hpp"
#include "scene/shader_program.hpp"

namespace wm::test {

using Rgb = std::array<int, 3>;

inline Rgb rgb(const osg::Vec4& c) {
  return {static_cast<int>(c.r() * 255 + 0.5f), static_cast<int>(c.g() * 255 + 0.5f),
          static_cast<int>(c.b() * 255 + 0.5f)};
}

inline Rgb rgb(const domain::Rgba& c) { return rgb(scene::toVec4(c)); }

/// The built-in style's colours, which MapScene uses unless given another style.
inline const domain::MapStyle& style() { return domain::builtInMapStyle(); }

inline Rgb pixel(const render::RgbaImage& image, int x, int y) {
  const std::uint8_t* p = image.at(x, y);
  return {p[0], p[1], p[2]};
}

/// The built-in style with every kind's polygons filled solid: a pixel inside a work is its status colour
/// exactly, and looks the same at any resolution (fill patterns are laid out in drawn pixels).
inline domain::MapStyle solidFillStyle() {
  domain::MapStyle s = style();
  for (auto& kind : s.kinds) kind.fill = domain::FillPattern::Solid;
  return s;
}

/// Adds a rectangle polygon feature (x0, y0)–(x1, y1) to a geometry store.
inline void addRectangle(geo::GeometryStore& g, double x0, double y0, double x1, double y1) {
  g.beginFeature(geo::GeomKind::Polygon);
  g.beginPart(geo::PartRole::OuterRing);
  for (auto [x, y] : {std::pair{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}}) g.addVertex(x, y);
  g.endPart();
  g.endFeature();
}

inline const Rgb kBackground{247, 247, 242};  // render::OffscreenView's clear colour

/// The pixels of two images of one size where any channel differs by more than `tolerance` (0-255).
inline int countDiffering(const render::RgbaImage& a, const render::RgbaImage& b, int tolerance = 24) {
  int differing = 0;
  for (int y = 0; y < a.height; ++y)
    for (int x = 0; x < a.width; ++x)
      for (int k = 0; k < 3; ++k)
        if (std::abs(a.at(x, y)[k] - b.at(x, y)[k]) > tolerance) {
          ++differing;
          break;
        }
  return differing;
}

inline void expectNear(Rgb actual, Rgb expected) {
  for (int i = 0; i < 3; ++i) EXPECT_NEAR(actual[i], expected[i], 2) << "channel " << i;
}

/// Draws `map` (plus `extra` nodes such as an overlay) with the map shaders (those of `shaders`, a folder, when
/// given) into width × height pixels showing the local extent [-halfW, halfW] × [-halfH, halfH]. Fails the test,
/// returning an empty image, on error.
inline render::RgbaImage drawMap(scene::MapScene& map, int width, int height, double halfW, double halfH,
                                 osg::Node* extra = nullptr, const std::string& shaders = scene::shaderDirectory()) {
  auto program = scene::loadMapProgram(shaders);
  EXPECT_TRUE(program) << (program ? "" : program.error().text(wm::core::Lang::En));
  if (!program) return {};
  map.useProgram(program->get());
  osg::ref_ptr<osg::Group> top = new osg::Group;
  top->addChild(map.root());
  if (extra) top->addChild(extra);
  render::OffscreenView view;
  view.width = width;
  view.height = height;
  view.extent.add(-halfW, -halfH);
  view.extent.add(halfW, halfH);
  auto image = render::renderOffscreen(top.get(), view, program->get());
  EXPECT_TRUE(image) << (image ? "" : image.error().text(wm::core::Lang::En));
  return image ? *image : render::RgbaImage{};
}

}  // namespace wm::test
