#include "scene/shader_program.hpp"

#include <filesystem>
#include <fstream>
#include <set>
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

// The file in `directory` when it is there (an override), else the built-in copy.
core::Result<std::string> shaderFile(const std::string& directory, const std::string& name) {
  const std::string path = directory + "/" + name;
  std::error_code ec;
  if (directory.empty() || !std::filesystem::exists(path, ec))
    if (auto builtIn = builtInShader(name)) return std::string(*builtIn);
  return readText(path);
}

// The file named in an `#include "NAME"` line; empty for any other line.
std::string includedName(const std::string& line) {
  const std::size_t hash = line.find_first_not_of(" \t");
  if (hash == std::string::npos || line.compare(hash, 8, "#include") != 0) return {};
  const std::size_t open = line.find('"', hash + 8), close = line.find('"', open + 1);
  if (open == std::string::npos || close == std::string::npos) return {};
  return line.substr(open + 1, close - open - 1);
}

// `name`'s text with its includes expanded; a file already in `seen` is left out (each is included once). After an
// included file a #line directive gives the lines that follow their own numbers again, for the compiler's log
// (the directive's number is the next line's, as in C and GLSL since 3.30).
core::Result<std::string> expand(const std::string& directory, const std::string& name, std::set<std::string>& seen) {
  auto text = shaderFile(directory, name);
  if (!text) return text.error();
  seen.insert(name);
  std::string out, line;
  std::istringstream in(*text);
  for (int number = 1; std::getline(in, line); ++number) {
    const std::string included = includedName(line);
    if (included.empty()) {
      out += line + "\n";
      continue;
    }
    if (seen.count(included)) {
      out += "\n";  // the line kept, so the ones after it keep their numbers
      continue;
    }
    auto inner = expand(directory, included, seen);
    if (!inner) return inner.error();
    out += *inner + "#line " + std::to_string(number + 1) + "\n";
  }
  return out;
}

}  // namespace

std::string shaderDirectory() { return core::findResourceDir(core::Resource::Shaders).path.string(); }

core::Result<std::string> shaderSource(const std::string& directory, const std::string& name) {
  std::set<std::string> seen;
  return expand(directory, name, seen);
}

core::Result<osg::ref_ptr<osg::Program>> loadMapProgram(const std::string& directory) {
  auto vert = shaderSource(directory, "map.vert");
  if (!vert) return vert.error();
  auto heights = shaderSource(directory, "terrain_height.glsl");
  if (!heights) return heights.error();
  auto frag = shaderSource(directory, "map.frag");
  if (!frag) return frag.error();
  auto status = shaderSource(directory, "status.glsl");
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
  auto vert = shaderSource(directory, "terrain.vert");
  if (!vert) return vert.error();
  auto frag = shaderSource(directory, "terrain.frag");
  if (!frag) return frag.error();
  osg::ref_ptr<osg::Program> program = new osg::Program;
  program->setName("worksmap-terrain");
  program->addShader(new osg::Shader(osg::Shader::VERTEX, *vert));
  program->addShader(new osg::Shader(osg::Shader::FRAGMENT, *frag));
  return program;
}

core::Result<bool> checkProgramLinked(const osg::Program& program, osg::State& state) {
  const osg::Program::PerContextProgram* pcp = program.getPCP(state);
  if (pcp && pcp->isLinked()) return true;
  std::string log;
  if (pcp) pcp->getInfoLog(log);
  return core::Error{core::Msg::ShadersNotLinked, {log}};
}

}  // namespace wm::scene
