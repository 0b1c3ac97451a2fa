#pragma once
// The map's GLSL programs. The shaders are built into the program (shaders/ as it was at build time, so a moved
// or installed binary draws without any folder); a file of the same name in the shader folder overrides the
// built-in one, so a shader can be changed without rebuilding.
#include <optional>
#include <string>
#include <string_view>

#include <osg/Program>
#include <osg/State>
#include <osg/ref_ptr>

#include "core/result.hpp"

namespace wm::scene {

/// The shaders/ folder: $WORKSMAP_SHADERS, else the installed copy, else the source tree's (core::findResourceDir).
std::string shaderDirectory();

/// A shader file as built into the program (shaders/<name> at build time); none for a name it does not hold.
std::optional<std::string_view> builtInShader(std::string_view name);

/// A shader file's text: `directory`/`name` when that file exists, else the built-in copy, with every line
/// `#include "NAME"` replaced by NAME's text (found the same way, its own includes expanded, each file once).
/// Fails naming the file that could not be read.
core::Result<std::string> shaderSource(const std::string& directory, const std::string& name);

/// map.vert + terrain_height.glsl (a second vertex shader object: draping on the terrain) + map.frag, and
/// status.glsl (docs/design.md §3.1, §3.6) in both stages, with the attribute locations of vertex_layout.hpp
/// bound; map.vert and map.frag include map_shared.glsl (the WM_MODE define, the uniforms both read) and it
/// map_constants.glsl (ids shared with C++, scene/shader_constants.hpp). Each file from `directory` when it is
/// there, else built in (shaderSource). Whether the program compiles is known only once a GL context uses it
/// (checkProgramLinked).
core::Result<osg::ref_ptr<osg::Program>> loadMapProgram(const std::string& directory);

/// terrain.vert + terrain.frag, the terrain surface's program (scene/terrain.hpp). Found like loadMapProgram's.
core::Result<osg::ref_ptr<osg::Program>> loadTerrainProgram(const std::string& directory);

/// After a frame drawn with the map program in `state`'s context: true when it compiled and linked there, else
/// an error carrying the driver's log. On the drawing thread.
core::Result<bool> checkProgramLinked(const osg::Program& program, osg::State& state);

}  // namespace wm::scene
