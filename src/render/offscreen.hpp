#pragma once
// Rendering a scene into memory without a window (an OpenGL pbuffer), and PNG files. The viewer's window will
// draw the same scene graph, so what the tests check is what users see.
#include <cstdint>
#include <string>
#include <vector>

#include <optional>

#include "core/result.hpp"
#include "geo/extent.hpp"
#include "render/map_camera.hpp"

namespace osg {
class Camera;
class Node;
class Program;
}  // namespace osg

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
  geo::Extent extent;               ///< without `camera`: the area to show top-down, in the scene's local coordinates
  std::optional<MapCamera> camera;  ///< where the camera is (its viewport is set to width × height); wins over extent
  /// Cameras in the scene drawing in image pixels (the labels, the overlay: scene::MapLabels::pixelCamera,
  /// scene::buildOverlay): their projections are set per tile.
  std::vector<osg::Camera*> pixelCameras;
  /// The largest tile drawn at once, in pixels a side; a larger image is drawn tile by tile and put together.
  int maxTile = kDefaultMaxTile;
  float clear[4] = {0.97f, 0.97f, 0.95f, 1.0f};

  static constexpr int kDefaultMaxTile = 4096;
};

/// The camera an OffscreenView draws with: its own, or one fitted to its extent (north up, no margin).
MapCamera cameraFor(const OffscreenView& view);

/// Draws `scene` once and reads the pixels back; images larger than the tile size (or the GL limit) are drawn
/// in tiles. Fails with a message when no OpenGL context can be made (no X display: run under xvfb-run) or a
/// shader program fails to link. When `program` is given, its link status is checked after drawing (a GLSL
/// error would otherwise only print).
core::Result<RgbaImage> renderOffscreen(osg::Node* scene, const OffscreenView& view, osg::Program* program = nullptr);

/// Writes a PNG; returns an error message on failure.
core::Result<bool> writePng(const RgbaImage& image, const std::string& path);
core::Result<RgbaImage> readPng(const std::string& path);

}  // namespace wm::render
