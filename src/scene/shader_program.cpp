#include "scene/shader_program.hpp"

#include <fstream>
#include <sstream>

#include <osg/Shader>

#include "core/resource_dir.hpp"
#include "scene/vertex_layout.hpp"

namespace wm::scene {
namespace {

core::Result<std::string> readText(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return core::Error{core::Msg::ShaderUnreadable, {path}};
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

std::string shaderDirectory() { return core::findResourceDir(core::Resource::Shaders).path.string(); }

core::Result<osg::ref_ptr<osg::Program>> loadMapProgram(const std::string& directory) {
  auto vert = readText(directory + "/map.vert");
  if (!vert) return vert.error();
  auto heights = readText(directory + "/terrain_height.glsl");
  if (!heights) return heights.error();
  auto frag = readText(directory + "/map.frag");
  if (!frag) return frag.error();
  auto status = readText(directory + "/status.glsl");
  if (!status) return status.error();
  osg::ref_ptr<osg::Program> program = new osg::Program;
  program->setName("worksmap-map");
  program->addShader(new osg::Shader(osg::Shader::VERTEX, *vert));
  program->addShader(new osg::Shader(osg::Shader::VERTEX, *heights));
  program->addShader(new osg::Shader(osg::Shader::VERTEX, *status));
  program->addShader(new osg::Shader(osg::Shader::FRAGMENT, *frag));
  program->addShader(new osg::Shader(osg::Shader::FRAGMENT, *status));
  program->addBindAttribLocation("a_other", kAttribOther);
  program->addBindAttribLocation("a_feature", kAttribFeature);
  program->addBindAttribLocation("a_dates", kAttribDates);
  program->addBindAttribLocation("a_line", kAttribLine);
  return program;
}

core::Result<osg::ref_ptr<osg::Program>> loadTerrainProgram(const std::string& directory) {
  auto vert = readText(directory + "/terrain.vert");
  if (!vert) return vert.error();
  auto frag = readText(directory + "/terrain.frag");
  if (!frag) return frag.error();
  osg::ref_ptr<osg::Program> program = new osg::Program;
  program->setName("worksmap-terrain");
  program->addShader(new osg::Shader(osg::Shader::VERTEX, *vert));
  program->addShader(new osg::Shader(osg::Shader::FRAGMENT, *frag));
  return program;
}

}  // namespace wm::scene
