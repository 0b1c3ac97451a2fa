#pragma once
// Rendering a scene into memory without a window (an OpenGL pbuffer), and PNG files. The viewer's window will
// draw the same scene graph, so what the tests check is what users see.
#include <cstdint>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "geo/extent.hpp"

namespace osg {
class Node;
class Program;
}

namespace wm::render {

/// 8-bit RGBA pixels, rows from the top.
struct RgbaImage {
  int width = 0;
  int height = 0;
  std::vector<std::uint8_t> pixels;
  const std::uint8_t* at(int x, int y) const { return &pixels[(static_cast<std::size_t>(y) * width + x) * 4]; }
};

struct OffscreenView {
  int width = 1920;
  int height = 1080;
  geo::Extent extent;  ///< the area to show, in the scene's local coordinates; widened to the image's aspect
  float clear[4] = {0.97f, 0.97f, 0.95f, 1.0f};
};

/// The extent an image of width × height pixels shows for `extent`: widened to the image's aspect, about the
/// same centre, so that a pixel covers the same distance across and up (what renderOffscreen's camera shows).
geo::Extent fittedExtent(const geo::Extent& extent, int width, int height);

/// Draws `scene` once, top-down orthographic, and reads the pixels back. Fails with a message when no OpenGL
/// context can be made (no X display: run under xvfb-run) or a shader program fails to link.
/// When `program` is given, its link status is checked after drawing (a GLSL error would otherwise only print).
core::Result<RgbaImage> renderOffscreen(osg::Node* scene, const OffscreenView& view, osg::Program* program = nullptr);

/// Writes a PNG; returns an error message on failure.
core::Result<bool> writePng(const RgbaImage& image, const std::string& path);
core::Result<RgbaImage> readPng(const std::string& path);

}  // namespace wm::render
