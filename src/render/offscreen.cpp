#include "render/offscreen.hpp"

#include <algorithm>
#include <cstring>

#include <osg/GraphicsContext>
#include <osg/Image>
#include <osg/Program>
#include <osgDB/ReadFile>
#include <osgDB/WriteFile>
#include <osgViewer/Viewer>

#include "scene/shader_program.hpp"

namespace wm::render {
namespace {

osg::ref_ptr<osg::GraphicsContext> makePbuffer(int width, int height) {
  osg::ref_ptr<osg::GraphicsContext::Traits> traits = new osg::GraphicsContext::Traits;
  traits->readDISPLAY();  // the default is :0.0; under xvfb-run DISPLAY names the virtual screen
  traits->x = 0;
  traits->y = 0;
  traits->width = width;
  traits->height = height;
  traits->red = traits->green = traits->blue = traits->alpha = 8;
  traits->depth = 24;
  traits->pbuffer = true;
  traits->doubleBuffer = false;
  traits->windowDecoration = false;
  return osg::GraphicsContext::createGraphicsContext(traits.get());
}

RgbaImage fromOsg(const osg::Image& image) {
  RgbaImage out;
  out.width = image.s();
  out.height = image.t();
  out.pixels.resize(static_cast<std::size_t>(out.width) * out.height * 4);
  // OSG images start at the bottom row.
  for (int row = 0; row < out.height; ++row)
    std::memcpy(&out.pixels[static_cast<std::size_t>(out.height - 1 - row) * out.width * 4], image.data(0, row),
                static_cast<std::size_t>(out.width) * 4);
  return out;
}

}  // namespace

MapCamera cameraFor(const OffscreenView& view) {
  MapCamera camera;
  if (view.camera) camera = *view.camera;
  camera.setViewport(view.width, view.height);
  if (!view.camera) camera.fit(view.extent, 0.0);
  return camera;
}

struct OffscreenRenderer::Impl {
  osg::ref_ptr<osg::GraphicsContext> gc;
  osg::ref_ptr<osgViewer::Viewer> viewer;
  osg::ref_ptr<osg::Image> image;
  int width = 0, height = 0;  ///< the whole image's
  int tileW = 0, tileH = 0;
};

OffscreenRenderer::OffscreenRenderer(std::unique_ptr<Impl> impl) : _impl(std::move(impl)) {}

// The scene's GL objects are given back for this context alone. Left to osgViewer, the viewer closes the context
// first and its camera, destroyed after, then releases the scene's GL objects with no State left, which OSG takes
// as every context (GraphicsContext::removeCamera): what the scene shares with a window's (the font's glyph pages,
// the map's programs) was dropped there too, and the window made it again at its next frame in whatever context
// was current then — none, after a context was let go and before the window's was made current again, which left
// its labels as dark boxes and its terrain untextured until the next release.
OffscreenRenderer::~OffscreenRenderer() {
  Impl& d = *_impl;
  d.viewer->getCamera()->setGraphicsContext(nullptr);  // the scene's objects released for this context only
  d.gc->close();  // deleted with this context current, which is then released (the caller's is not restored)
}

osg::GraphicsContext& OffscreenRenderer::context() const { return *_impl->gc; }

core::Result<std::unique_ptr<OffscreenRenderer>> OffscreenRenderer::open(osg::Node* scene, const OffscreenView& view) {
  auto d = std::make_unique<Impl>();
  d->width = view.width;
  d->height = view.height;
  // Tiles of one size; the last row and column may reach past the image (what falls outside is not copied).
  d->tileW = std::min(view.width, std::max(view.maxTile, 16));
  d->tileH = std::min(view.height, std::max(view.maxTile, 16));
  // The image is drawn into a framebuffer object of the tile's size, not into the pbuffer, which only carries the
  // context: Mesa's software driver copies a drawn pbuffer to the X server after every frame, which the server
  // refuses (an X error printed per frame) and which costs a copy.
  d->gc = makePbuffer(16, 16);
  if (!d->gc) return core::Error{core::Msg::OffscreenNoContext};
  d->viewer = new osgViewer::Viewer;
  osgViewer::Viewer& viewer = *d->viewer;
  viewer.setThreadingModel(osgViewer::Viewer::SingleThreaded);
  viewer.setSceneData(scene);
  osg::Camera* camera = viewer.getCamera();
  camera->setGraphicsContext(d->gc.get());
  camera->setViewport(0, 0, d->tileW, d->tileH);
  camera->setComputeNearFarMode(osg::CullSettings::DO_NOT_COMPUTE_NEAR_FAR);
  // Line widths are in pixels of the drawn tile: the shaders scale by the tile's size.
  camera->getOrCreateStateSet()->addUniform(
      new osg::Uniform("wm_viewport", osg::Vec2(static_cast<float>(d->tileW), static_cast<float>(d->tileH))));
  d->image = new osg::Image;
  d->image->allocateImage(d->tileW, d->tileH, 1, GL_RGBA, GL_UNSIGNED_BYTE);
  camera->setRenderTargetImplementation(osg::Camera::FRAME_BUFFER_OBJECT);
  camera->attach(osg::Camera::COLOR_BUFFER, d->image.get());
  viewer.setCameraManipulator(nullptr);
  viewer.realize();
  return std::unique_ptr<OffscreenRenderer>(new OffscreenRenderer(std::move(d)));
}

core::Result<RgbaImage> OffscreenRenderer::draw(const OffscreenView& view, osg::Program* program) {
  Impl& d = *_impl;
  if (view.width != d.width || view.height != d.height)
    return core::Error{
        core::Msg::OffscreenWrongSize,
        {std::to_string(view.width), std::to_string(view.height), std::to_string(d.width), std::to_string(d.height)}};
  osg::Camera* camera = d.viewer->getCamera();
  camera->setClearColor(osg::Vec4(view.clear[0], view.clear[1], view.clear[2], view.clear[3]));
  const MapCamera map = cameraFor(view);
  camera->setViewMatrix(map.viewMatrix());
  RgbaImage out;
  out.width = view.width;
  out.height = view.height;
  out.pixels.resize(static_cast<std::size_t>(out.width) * out.height * 4);
  const osg::Matrixd projection = map.projectionMatrix();
  const int tileW = d.tileW, tileH = d.tileH;
  for (int y0 = 0; y0 < view.height; y0 += tileH) {
    for (int x0 = 0; x0 < view.width; x0 += tileW) {
      // The tile's part of normalised device coordinates, stretched to fill the tile.
      double sx = static_cast<double>(view.width) / tileW, sy = static_cast<double>(view.height) / tileH;
      double cx = (2.0 * x0 + tileW) / view.width - 1, cy = (2.0 * y0 + tileH) / view.height - 1;
      camera->setProjectionMatrix(projection * osg::Matrixd::translate(-cx, -cy, 0) * osg::Matrixd::scale(sx, sy, 1));
      for (osg::Camera* pixels : view.pixelCameras)
        pixels->setProjectionMatrixAsOrtho2D(x0, x0 + tileW, y0, y0 + tileH);
      d.viewer->frame();
      // OSG images start at the bottom row; so do the tiles.
      int rows = std::min(tileH, view.height - y0), cols = std::min(tileW, view.width - x0);
      for (int row = 0; row < rows; ++row)
        std::memcpy(&out.pixels[(static_cast<std::size_t>(view.height - 1 - (y0 + row)) * out.width + x0) * 4],
                    d.image->data(0, row), static_cast<std::size_t>(cols) * 4);
    }
  }
  if (program)
    if (auto linked = scene::checkProgramLinked(*program, *d.gc->getState()); !linked) return linked.error();
  return out;
}

core::Result<RgbaImage> renderOffscreen(osg::Node* scene, const OffscreenView& view, osg::Program* program) {
  auto renderer = OffscreenRenderer::open(scene, view);
  if (!renderer) return renderer.error();
  return (*renderer)->draw(view, program);
}

core::Result<bool> writePng(const RgbaImage& image, const std::string& path) {
  osg::ref_ptr<osg::Image> out = new osg::Image;
  out->allocateImage(image.width, image.height, 1, GL_RGBA, GL_UNSIGNED_BYTE);
  for (int row = 0; row < image.height; ++row)
    std::memcpy(out->data(0, image.height - 1 - row), image.at(0, row), static_cast<std::size_t>(image.width) * 4);
  // zlib level 3 rather than the default 6: a map of flat colours compresses almost as well (measured on a 1M
  // county's 1920×1080 export: 717 KB against 656 KB), in a fraction of the time.
  osg::ref_ptr<osgDB::Options> options = new osgDB::Options("PNG_COMPRESSION 3");
  if (!osgDB::writeImageFile(*out, path, options.get()))
    return core::Error{core::Msg::CliCannotWrite, {path, core::msgArg(core::Msg::CliPngWriteFailed)}};
  return true;
}

core::Result<RgbaImage> readPng(const std::string& path) {
  osg::ref_ptr<osg::Image> image = osgDB::readRefImageFile(path);
  if (!image || image->getPixelFormat() != GL_RGBA || image->getDataType() != GL_UNSIGNED_BYTE)
    return core::Error{core::Msg::PngUnreadable, {path}};
  return fromOsg(*image);
}

}  // namespace wm::render
