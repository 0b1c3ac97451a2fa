#pragma once
// Test-only: draws a map scene through a perspective camera (the viewer's 3D camera is not built yet), as a
// camera node with its own view and projection inside the offscreen render's orthographic one.
#include <osg/Camera>

#include "render/pixel_checks.hpp"

namespace wm::test {

struct Perspective {
  osg::Vec3d eye, centre;
  double fovY = 40;  ///< degrees
  osg::Matrixd view() const { return osg::Matrixd::lookAt(eye, centre, osg::Vec3d(0, 0, 1)); }
  osg::Matrixd projection(int width, int height) const {
    return osg::Matrixd::perspective(fovY, static_cast<double>(width) / height, 10.0, 50000.0);
  }
  /// Pixel (column, row from the top) of a local point.
  osg::Vec2d toPixel(const osg::Vec3d& p, int width, int height) const {
    osg::Vec3d ndc = p * view() * projection(width, height);
    return {(ndc.x() + 1) / 2 * width, (1 - ndc.y()) / 2 * height};
  }
};

/// Draws `map` in full 3D (wm_3d = 1) with the map and terrain programs. Fails the test on error.
inline render::RgbaImage drawPerspective(scene::MapScene& map, int width, int height, const Perspective& p) {
  auto terrain = scene::loadTerrainProgram(scene::shaderDirectory());
  EXPECT_TRUE(terrain) << (terrain ? "" : terrain.error().text(wm::core::Lang::En));
  if (!terrain) return {};
  map.useTerrainProgram(terrain->get());
  map.set3d(1.0f);
  osg::ref_ptr<osg::Camera> camera = new osg::Camera;
  camera->setReferenceFrame(osg::Transform::ABSOLUTE_RF);
  camera->setRenderOrder(osg::Camera::NESTED_RENDER);
  camera->setClearMask(GL_DEPTH_BUFFER_BIT);
  camera->setComputeNearFarMode(osg::CullSettings::DO_NOT_COMPUTE_NEAR_FAR);
  camera->setProjectionMatrix(p.projection(width, height));
  camera->setViewMatrix(p.view());
  auto program = scene::loadMapProgram(scene::shaderDirectory());
  EXPECT_TRUE(program);
  if (!program) return {};
  map.useProgram(program->get());
  camera->addChild(map.root());
  render::OffscreenView view;
  view.width = width;
  view.height = height;
  view.extent.add(-1, -1);
  view.extent.add(1, 1);
  auto image = render::renderOffscreen(camera.get(), view, program->get());
  EXPECT_TRUE(image) << (image ? "" : image.error().text(wm::core::Lang::En));
  return image ? *image : render::RgbaImage{};
}

}  // namespace wm::test
