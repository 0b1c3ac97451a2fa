// core::findResourceDir: the override, then the installed copy beside the executable, then the source tree.
#include "core/resource_dir.hpp"

#include <cstdlib>
#include <fstream>
#include <optional>
#include <string>

#include <gtest/gtest.h>

namespace {

namespace fs = std::filesystem;
using wm::core::findResourceDir;
using wm::core::Resource;
using wm::core::ResourceOrigin;
using wm::core::ResourceSearch;

// A package unpacked into <root>/usr and a source tree beside it, both with their own copies of the folders.
struct ScratchInstall {
  fs::path root = fs::temp_directory_path() /
                  ("wm-resource-dir-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "-" +
                   ::testing::UnitTest::GetInstance()->current_test_info()->name());
  fs::path executable = root / "usr" / "bin" / "worksmap";
  fs::path share = root / "usr" / "share" / "worksmap";
  fs::path source = root / "src";
  ScratchInstall() { fs::create_directories(executable.parent_path()); }
  ~ScratchInstall() { fs::remove_all(root); }
  static void touch(const fs::path& file) {
    fs::create_directories(file.parent_path());
    std::ofstream(file) << "x";
  }
  ResourceSearch search(std::string environment = {}) const { return {std::move(environment), executable, source}; }
};

// Sets or unsets a variable for one test and puts the old value back.
class ScopedVariable {
public:
  ScopedVariable(const char* name, const char* value) : _name(name) {
    if (const char* old = std::getenv(name)) _old = old;
    value ? setenv(name, value, 1) : unsetenv(name);
  }
  ~ScopedVariable() { _old ? setenv(_name, _old->c_str(), 1) : unsetenv(_name); }

private:
  const char* _name;
  std::optional<std::string> _old;
};

TEST(FindResourceDir, TheOverrideWinsEvenOverAnInstalledCopyAndEvenWhenItDoesNotExist) {
  ScratchInstall scratch;
  scratch.touch(scratch.share / "shaders" / "map.vert");
  scratch.touch(scratch.source / "shaders" / "map.vert");
  auto found = findResourceDir(Resource::Shaders, scratch.search("/nowhere/shaders"));
  EXPECT_EQ(found.origin, ResourceOrigin::Environment);
  EXPECT_EQ(found.path, fs::path("/nowhere/shaders"));
}

TEST(FindResourceDir, TheInstalledCopyBesideTheExecutableComesBeforeTheSourceTree) {
  ScratchInstall scratch;
  scratch.touch(scratch.share / "assets" / "styles" / "default.toml");
  scratch.touch(scratch.source / "assets" / "styles" / "default.toml");
  auto found = findResourceDir(Resource::Assets, scratch.search());
  EXPECT_EQ(found.origin, ResourceOrigin::Installed);
  EXPECT_EQ(found.path, scratch.root / "usr" / "share" / "worksmap" / "assets");
}

TEST(FindResourceDir, AnInstalledFolderWithoutItsMarkerFileIsPassedOver) {
  ScratchInstall scratch;
  fs::create_directories(scratch.share / "geodata");  // an empty folder left by a half-removed package
  scratch.touch(scratch.source / "geodata" / "sample-county.worksmap.toml");
  auto found = findResourceDir(Resource::Geodata, scratch.search());
  EXPECT_EQ(found.origin, ResourceOrigin::SourceTree);
  EXPECT_EQ(found.path, scratch.source / "geodata");
}

TEST(FindResourceDir, NothingFoundNamesTheSourceTreesFolder) {
  ScratchInstall scratch;
  auto found = findResourceDir(Resource::Shaders, scratch.search());
  EXPECT_EQ(found.origin, ResourceOrigin::Missing);
  EXPECT_EQ(found.path, scratch.source / "shaders");
  ResourceSearch unknownExecutable{{}, {}, scratch.source};
  EXPECT_EQ(findResourceDir(Resource::Shaders, unknownExecutable).origin, ResourceOrigin::Missing);
}

// This test program lives in the build tree, with no share/worksmap/ above it: all three folders come from the
// source tree recorded at build time, and each holds its marker file.
TEST(FindResourceDir, ADeveloperBuildFindsTheSourceTreesFoldersAndTheirMarkers) {
  ScopedVariable shaders("WORKSMAP_SHADERS", nullptr), assets("WORKSMAP_ASSETS", nullptr),
      geodata("WORKSMAP_GEODATA", nullptr);
  for (Resource r : {Resource::Shaders, Resource::Assets, Resource::Geodata}) {
    auto found = findResourceDir(r);
    EXPECT_EQ(found.origin, ResourceOrigin::SourceTree) << wm::core::resourceFolder(r);
    EXPECT_EQ(found.path, fs::path(WORKSMAP_SOURCE_DIR) / wm::core::resourceFolder(r));
    EXPECT_TRUE(fs::is_regular_file(found.path / wm::core::resourceMarker(r)));
  }
  ScopedVariable override("WORKSMAP_ASSETS", "/srv/worksmap-assets");
  EXPECT_EQ(findResourceDir(Resource::Assets).path, fs::path("/srv/worksmap-assets"));
}

TEST(CurrentExecutable, IsThisTestProgram) { EXPECT_EQ(wm::core::currentExecutable().filename(), "wm_core_tests"); }

}  // namespace
