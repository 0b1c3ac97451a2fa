#include "render/gl_compile.hpp"

#include <osg/GraphicsContext>
#include <osg/State>
#include <osgUtil/GLObjectsVisitor>

namespace wm::render {

void compileGLObjects(osg::GraphicsContext& context, const std::vector<osg::ref_ptr<osg::Node>>& nodes) {
  osg::State* state = context.getState();
  if (nodes.empty() || !state || !context.makeCurrent()) return;
  osgUtil::GLObjectsVisitor compile(osgUtil::GLObjectsVisitor::COMPILE_DISPLAY_LISTS |
                                    osgUtil::GLObjectsVisitor::COMPILE_STATE_ATTRIBUTES);
  compile.setState(state);
  compile.setNodeMaskOverride(~0u);
  for (const auto& node : nodes)
    if (node) compile.compile(*node);
  // Compiling bound textures and buffers behind the state tracker's back.
  state->dirtyAllAttributes();
  state->dirtyAllModes();
  state->dirtyAllVertexArrays();
}

}  // namespace wm::render
