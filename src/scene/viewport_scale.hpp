#pragma once
// How wide, in window pixels, the view being culled is. A view drawn at a fraction of the window's pixels
// (render::ReducedResolution, while a presentation's camera flies) keeps the levels of detail and the raster
// blocks of the full window: what its frames draw is what the still frame after them draws, only softer, and a
// flight builds nothing the window's own size did not plan (scene::MapScene::prepare, planWarmup).
#include <osg/Referenced>

namespace osgUtil {
class CullVisitor;
}

namespace wm::scene {

/// A camera's user data (osg::Object::setUserData): one pixel of its viewport stands for this many window pixels
/// each way. Cameras without it draw at the window's pixels.
struct ViewportScale : osg::Referenced {
  explicit ViewportScale(double pixels) : windowPixelsPerPixel(pixels) {}
  double windowPixelsPerPixel = 1;
};

/// The width in window pixels of the viewport `cv` culls for: its camera's viewport width times that camera's
/// ViewportScale; 0 without a viewport.
double cullWidth(osgUtil::CullVisitor& cv);

}  // namespace wm::scene
