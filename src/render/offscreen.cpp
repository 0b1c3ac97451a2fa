#include "render/offscreen.hpp"

#include <algorithm>
#include <cstring>

#include <osg/GraphicsContext>
#include <osg/Image>
#include <osg/Program>
#include <osgDB/ReadFile>
#include <osgDB/WriteFile>
#include <osgViewer/Viewer>

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

}  // namespace

geo::Extent fittedExtent(const geo::Extent& e, int width, int height) {
  geo::Extent out = e;
  double w = std::max(e.maxX - e.minX, 1e-6), h = std::max(e.maxY - e.minY, 1e-6);
  double aspect = static_cast<double>(width) / height;
  if (w / h < aspect) {
    double grow = (h * aspect - w) / 2;
    out.minX -= grow;
    out.maxX += grow;
  } else {
    double grow = (w / aspect - h) / 2;
    out.minY -= grow;
    out.maxY += grow;
  }
  return out;
}

namespace {

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

core::Result<RgbaImage> renderOffscreen(osg::Node* scene, const OffscreenView& view, osg::Program* program) {
  osg::ref_ptr<osg::GraphicsContext> gc = makePbuffer(view.width, view.height);
  if (!gc) return core::Error{"no OpenGL context could be created (no X display? run under xvfb-run)"};
  osgViewer::Viewer viewer;
  viewer.setThreadingModel(osgViewer::Viewer::SingleThreaded);
  viewer.setSceneData(scene);
  osg::Camera* camera = viewer.getCamera();
  camera->setGraphicsContext(gc.get());
  camera->setViewport(0, 0, view.width, view.height);
  camera->setClearColor(osg::Vec4(view.clear[0], view.clear[1], view.clear[2], view.clear[3]));
  camera->setComputeNearFarMode(osg::CullSettings::DO_NOT_COMPUTE_NEAR_FAR);
  geo::Extent e = fittedExtent(view.extent, view.width, view.height);
  camera->setProjectionMatrixAsOrtho(e.minX, e.maxX, e.minY, e.maxY, -1.0, 1.0);
  camera->setViewMatrix(osg::Matrix::identity());
  camera->getOrCreateStateSet()->addUniform(
      new osg::Uniform("wm_viewport", osg::Vec2(static_cast<float>(view.width), static_cast<float>(view.height))));
  GLenum buffer = GL_FRONT;
  camera->setDrawBuffer(buffer);
  camera->setReadBuffer(buffer);
  osg::ref_ptr<osg::Image> image = new osg::Image;
  image->allocateImage(view.width, view.height, 1, GL_RGBA, GL_UNSIGNED_BYTE);
  camera->attach(osg::Camera::COLOR_BUFFER, image.get());
  viewer.setCameraManipulator(nullptr);
  viewer.realize();
  viewer.frame();
  if (program) {
    const osg::Program::PerContextProgram* pcp = program->getPCP(*gc->getState());
    if (!pcp || !pcp->isLinked()) {
      std::string log;
      if (pcp) pcp->getInfoLog(log);
      return core::Error{"the map shaders did not compile or link: " + log};
    }
  }
  return fromOsg(*image);
}

core::Result<bool> writePng(const RgbaImage& image, const std::string& path) {
  osg::ref_ptr<osg::Image> out = new osg::Image;
  out->allocateImage(image.width, image.height, 1, GL_RGBA, GL_UNSIGNED_BYTE);
  for (int row = 0; row < image.height; ++row)
    std::memcpy(out->data(0, image.height - 1 - row), image.at(0, row), static_cast<std::size_t>(image.width) * 4);
  if (!osgDB::writeImageFile(*out, path)) return core::Error{"cannot write " + path};
  return true;
}

core::Result<RgbaImage> readPng(const std::string& path) {
  osg::ref_ptr<osg::Image> image = osgDB::readRefImageFile(path);
  if (!image || image->getPixelFormat() != GL_RGBA || image->getDataType() != GL_UNSIGNED_BYTE)
    return core::Error{"cannot read " + path + " as an RGBA PNG"};
  return fromOsg(*image);
}

}  // namespace wm::render
