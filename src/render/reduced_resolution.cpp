#include "render/reduced_resolution.hpp"

#include <algorithm>
#include <cmath>

#include <osg/Depth>
#include <osg/Geode>
#include <osg/Geometry>

#include "scene/viewport_scale.hpp"

namespace wm::render {
namespace {

// The texture over the whole viewport: a camera of its own (unit square, identity view) drawing in the window's
// render stage, in the map's bin (1: under the district veil, the labels and the overlay), with no depth, so
// that nothing drawn after it is hidden.
osg::ref_ptr<osg::Camera> stretchedOver(osg::Texture2D* texture) {
  osg::ref_ptr<osg::Camera> quad = new osg::Camera;
  quad->setReferenceFrame(osg::Transform::ABSOLUTE_RF);
  quad->setRenderOrder(osg::Camera::NESTED_RENDER);
  quad->setClearMask(0);
  quad->setProjectionMatrixAsOrtho2D(0, 1, 0, 1);
  quad->setViewMatrix(osg::Matrix::identity());
  quad->setComputeNearFarMode(osg::CullSettings::DO_NOT_COMPUTE_NEAR_FAR);
  osg::ref_ptr<osg::Geode> geode = new osg::Geode;
  geode->addDrawable(osg::createTexturedQuadGeometry(osg::Vec3(0, 0, 0), osg::Vec3(1, 0, 0), osg::Vec3(0, 1, 0)));
  osg::StateSet* state = geode->getOrCreateStateSet();
  state->setTextureAttributeAndModes(0, texture, osg::StateAttribute::ON);
  state->setMode(GL_LIGHTING, osg::StateAttribute::OFF | osg::StateAttribute::PROTECTED);
  state->setMode(GL_BLEND, osg::StateAttribute::OFF);
  state->setMode(GL_DEPTH_TEST, osg::StateAttribute::OFF);
  state->setAttributeAndModes(new osg::Depth(osg::Depth::ALWAYS, 0.0, 1.0, false));
  state->setRenderBinDetails(1, "RenderBin");
  quad->addChild(geode);
  return quad;
}

}  // namespace

ReducedResolution::ReducedResolution(osg::Node* map, const osg::Vec4& background, osg::Uniform* viewport) {
  _texture = new osg::Texture2D;
  _texture->setInternalFormat(GL_RGBA);
  _texture->setFilter(osg::Texture::MIN_FILTER, osg::Texture::LINEAR);
  _texture->setFilter(osg::Texture::MAG_FILTER, osg::Texture::LINEAR);
  _texture->setWrap(osg::Texture::WRAP_S, osg::Texture::CLAMP_TO_EDGE);
  _texture->setWrap(osg::Texture::WRAP_T, osg::Texture::CLAMP_TO_EDGE);
  _texture->setResizeNonPowerOfTwoHint(false);
  _texture->setTextureSize(1, 1);

  // Drawn before the window's render stage, with the window's view and projection (relative, identity).
  _toTexture = new osg::Camera;
  _toTexture->setRenderOrder(osg::Camera::PRE_RENDER);
  _toTexture->setReferenceFrame(osg::Transform::RELATIVE_RF);
  _toTexture->setViewMatrix(osg::Matrix::identity());
  _toTexture->setProjectionMatrix(osg::Matrix::identity());
  _toTexture->setComputeNearFarMode(osg::CullSettings::DO_NOT_COMPUTE_NEAR_FAR);
  _toTexture->setRenderTargetImplementation(osg::Camera::FRAME_BUFFER_OBJECT);
  _toTexture->setClearColor(background);
  _toTexture->setClearMask(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
  _toTexture->setViewport(0, 0, 1, 1);
  _toTexture->attach(osg::Camera::COLOR_BUFFER, _texture.get());
  _toTexture->attach(osg::Camera::DEPTH_BUFFER, GL_DEPTH_COMPONENT24);
  _toTexture->setUserData(new scene::ViewportScale(1));
  if (viewport) _toTexture->getOrCreateStateSet()->addUniform(viewport);
  _toTexture->addChild(map);

  osg::ref_ptr<osg::Group> reduced = new osg::Group;
  reduced->addChild(_toTexture);
  reduced->addChild(stretchedOver(_texture.get()));
  _switch->addChild(map, true);
  _switch->addChild(reduced, false);
}

void ReducedResolution::set(double scale, int width, int height) {
  scale = std::clamp(scale, 0.05, 1.0);
  _scale = scale;
  if ((scale >= 1.0 && !_always) || width <= 0 || height <= 0) {
    _switch->setSingleChildOn(0);
    _drawnWidth = width;
    _drawnHeight = height;
    return;
  }
  const int w = std::max(1, static_cast<int>(std::ceil(scale * width)));
  const int h = std::max(1, static_cast<int>(std::ceil(scale * height)));
  // The texture, its depth buffer and the viewport: the frame buffer object is set up again on the next draw.
  if (w != _texture->getTextureWidth() || h != _texture->getTextureHeight()) _toTexture->resize(w, h);
  const double windowPixels = static_cast<double>(width) / w;
  const auto* current = dynamic_cast<const scene::ViewportScale*>(_toTexture->getUserData());
  if (!current || current->windowPixelsPerPixel != windowPixels)
    _toTexture->setUserData(new scene::ViewportScale(windowPixels));
  _drawnWidth = w;
  _drawnHeight = h;
  _switch->setSingleChildOn(1);
}

}  // namespace wm::render
