#pragma once
// Uploading what a scene built ahead (a flight's raster blocks and levels of detail, scene::MapScene::warm) to
// the window's OpenGL context between frames, so that the frame that first draws it does not: under Mesa's
// llvmpipe a frame that uploads a hundred 512 KiB raster blocks takes three times as long as the same frame
// drawn again (docs/performance.md, presentation flights).
#include <vector>

#include <osg/Node>
#include <osg/ref_ptr>

namespace osg {
class GraphicsContext;
}

namespace wm::render {

/// Compiles the GL objects (vertex buffers, textures) of `nodes` in `context`, made current first, between the
/// frames of a single-threaded viewer. OSG's state tracking is then told that everything changed, so the next
/// frame applies its state afresh. Nothing without a context state.
void compileGLObjects(osg::GraphicsContext& context, const std::vector<osg::ref_ptr<osg::Node>>& nodes);

}  // namespace wm::render
