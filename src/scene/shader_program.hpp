#pragma once
// The map's GLSL program, read from the shaders/ folder (so it can be changed without rebuilding).
#include <string>

#include <osg/Program>
#include <osg/ref_ptr>

#include "core/result.hpp"

namespace wm::scene {

/// The shaders/ folder: $WORKSMAP_SHADERS, else the installed copy, else the source tree's (core::findResourceDir).
std::string shaderDirectory();

/// map.vert + terrain_height.glsl (a second vertex shader object: draping on the terrain) + map.frag, and
/// status.glsl (docs/design.md §3.1, §3.6) in both stages, with the
/// attribute locations of vertex_layout.hpp bound. Fails naming the file that
/// could not be read. Whether the program compiles is known only once a GL context uses it (see render).
core::Result<osg::ref_ptr<osg::Program>> loadMapProgram(const std::string& directory);

/// terrain.vert + terrain.frag, the terrain surface's program (scene/terrain.hpp). Fails like loadMapProgram.
core::Result<osg::ref_ptr<osg::Program>> loadTerrainProgram(const std::string& directory);

}  // namespace wm::scene
