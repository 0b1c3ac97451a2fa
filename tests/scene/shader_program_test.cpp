// The shaders built into the program, the on-disk override and the #include expansion (no GL context: the sources
// handed to OSG are checked; that they compile and draw is the render tests').
#include "scene/shader_program.hpp"

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>
#include <osg/Shader>

using namespace wm;
namespace fs = std::filesystem;

namespace {

const char* const kShaderFiles[] = {"map.vert",    "map.frag",     "map_shared.glsl", "map_constants.glsl",
                                    "status.glsl", "terrain.vert", "terrain.frag",    "terrain_height.glsl"};

std::string readFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// A fresh empty folder, removed at the end of the test.
struct Folder {
  fs::path path;
  Folder() {
    static std::atomic<int> next{0};
    path = fs::temp_directory_path() / ("wm-shaders-" + std::to_string(::getpid()) + "-" + std::to_string(next++));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~Folder() { fs::remove_all(path); }
  void write(const std::string& name, const std::string& text) const { std::ofstream(path / name) << text; }
};

std::size_t occurrences(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

// The program's shader sources, vertex ones first, in the order they were added.
std::vector<std::string> sources(const osg::Program& program) {
  std::vector<std::string> out;
  for (unsigned i = 0; i < program.getNumShaders(); ++i) out.push_back(program.getShader(i)->getShaderSource());
  return out;
}

}  // namespace

TEST(ShaderProgram, BuiltInShadersAreTheSourceTreesFiles) {
  for (const char* name : kShaderFiles) {
    auto builtIn = scene::builtInShader(name);
    ASSERT_TRUE(builtIn) << name;
    EXPECT_EQ(std::string(*builtIn), readFile(fs::path(WORKSMAP_SOURCE_DIR) / "shaders" / name)) << name;
  }
  EXPECT_FALSE(scene::builtInShader("nowhere.glsl"));
}

TEST(ShaderProgram, AnEmptyFolderGivesTheBuiltInShadersWithTheirIncludesExpanded) {
  Folder empty;
  auto program = scene::loadMapProgram(empty.path.string());
  ASSERT_TRUE(program) << program.error().text(core::Lang::En);
  const std::vector<std::string> texts = sources(**program);
  ASSERT_EQ(texts.size(), 5u);  // map.vert, terrain_height.glsl, status.glsl; map.frag, status.glsl
  for (const std::string& text : texts) {
    EXPECT_EQ(text.rfind("#version 330 compatibility\n", 0), 0u) << "#version stays the first line";
    EXPECT_EQ(occurrences(text, "\n#include"), 0u) << "every include expanded";
  }
  // map.vert and map.frag share map_shared.glsl (the mode define, the uniforms) and through it the constants,
  // each once.
  for (const std::string& text : {texts[0], texts[3]}) {
    EXPECT_EQ(occurrences(text, "#pragma import_defines(WM_MODE)"), 1u);
    EXPECT_EQ(occurrences(text, "uniform vec4 wm_selectionColor;"), 1u);
    EXPECT_EQ(occurrences(text, "const int kModeCoverage = 3;"), 1u);
  }
  EXPECT_EQ(occurrences(texts[2], "const int kHasDone = 4;"), 1u);  // status.glsl reads the date flags
  auto terrain = scene::loadTerrainProgram(empty.path.string());
  ASSERT_TRUE(terrain) << terrain.error().text(core::Lang::En);
  EXPECT_EQ(sources(**terrain)[0], std::string(*scene::builtInShader("terrain.vert")));
}

TEST(ShaderProgram, AFileInTheFolderOverridesTheBuiltInOneAndItsIncludes) {
  Folder folder;
  folder.write("map.frag", "#version 330 compatibility\n// override\n#include \"map_shared.glsl\"\nvoid main() {}\n");
  folder.write("map_constants.glsl", "// constants override\n");
  auto program = scene::loadMapProgram(folder.path.string());
  ASSERT_TRUE(program) << program.error().text(core::Lang::En);
  const std::vector<std::string> texts = sources(**program);
  EXPECT_EQ(occurrences(texts[3], "// override"), 1u);
  // The built-in map.vert includes the built-in map_shared.glsl, and that the folder's map_constants.glsl.
  EXPECT_EQ(occurrences(texts[0], "// constants override"), 1u);
  EXPECT_EQ(occurrences(texts[0], "const int kModeCoverage"), 0u);
  EXPECT_EQ(occurrences(texts[0], "const int wm_mode = WM_MODE;"), 1u);
}

TEST(ShaderProgram, AnIncludeOfAMissingFileFailsNamingIt) {
  Folder folder;
  folder.write("map.vert", "#version 330 compatibility\n#include \"nowhere.glsl\"\nvoid main() {}\n");
  auto program = scene::loadMapProgram(folder.path.string());
  ASSERT_FALSE(program);
  EXPECT_EQ(program.error().msg, core::Msg::ShaderUnreadable);
  EXPECT_NE(program.error().text(core::Lang::En).find("nowhere.glsl"), std::string::npos)
      << program.error().text(core::Lang::En);
}

TEST(ShaderProgram, AFileIncludedTwiceIsExpandedOnceAndLinesAreRenumbered) {
  Folder folder;
  folder.write("a.glsl", "#version 330 compatibility\n#include \"b.glsl\"\n#include \"b.glsl\"\nint after;\n");
  folder.write("b.glsl", "int fromB;\n#include \"a.glsl\"\n");  // a cycle, cut by the once rule
  auto text = scene::shaderSource(folder.path.string(), "a.glsl");
  ASSERT_TRUE(text) << text.error().text(core::Lang::En);
  EXPECT_EQ(*text, "#version 330 compatibility\nint fromB;\n\n#line 3\n\nint after;\n");
}
