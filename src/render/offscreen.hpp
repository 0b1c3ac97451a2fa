#pragma once
// Rendering a scene into memory without a window (an OpenGL pbuffer), and PNG files. The viewer's window will
// draw the same scene graph, so what the tests check is what users see.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <optional>

#include "core/result.hpp"
#include "geo/extent.hpp"
#include "render/map_camera.hpp"

namespace osg {
class Camera;
class GraphicsContext;
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

/// renderOffscreen's context and viewer kept for many images of one size (a video's frames): the scene's GL
/// objects are made in the first draw and reused, so a frame costs the drawing and the readback only. Its own
/// OpenGL context (a pbuffer) is made current while it draws and released after (also when it is destroyed): a
/// caller that draws into a window of its own makes that window's context current again. One thread.
class OffscreenRenderer {
public:
  /// A context for images of view.width × view.height (tiled as the view says); fails like renderOffscreen.
  static core::Result<std::unique_ptr<OffscreenRenderer>> open(osg::Node* scene, const OffscreenView& view);
  ~OffscreenRenderer();
  OffscreenRenderer(const OffscreenRenderer&) = delete;
  OffscreenRenderer& operator=(const OffscreenRenderer&) = delete;

  /// Draws the scene as `view` says (its width and height those given to open) and reads the pixels back.
  core::Result<RgbaImage> draw(const OffscreenView& view, osg::Program* program = nullptr);
  /// Its OpenGL context (for uploading what a scene built between draws: render::compileGLObjects).
  osg::GraphicsContext& context() const;

  struct Impl;

private:
  explicit OffscreenRenderer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> _impl;
};

/// Writes a PNG; returns an error message on failure.
core::Result<bool> writePng(const RgbaImage& image, const std::string& path);
core::Result<RgbaImage> readPng(const std::string& path);

}  // namespace wm::render
