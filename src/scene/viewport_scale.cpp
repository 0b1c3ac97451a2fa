#include "scene/viewport_scale.hpp"

#include <osgUtil/CullVisitor>

namespace wm::scene {

double cullWidth(osgUtil::CullVisitor& cv) {
  const osg::Viewport* viewport = cv.getViewport();
  if (!viewport) return 0;
  double width = viewport->width();
  // The render stage's camera: a nested camera drawing in the same stage (labels, overlay) keeps its parent's.
  if (const osg::Camera* camera = cv.getCurrentCamera())
    if (const auto* scale = dynamic_cast<const ViewportScale*>(camera->getUserData()))
      width *= scale->windowPixelsPerPixel;
  return width;
}

}  // namespace wm::scene
