// core::replaceFile: the whole text or nothing, never a half-written file or a stray temporary.
#include "core/file_replace.hpp"

#include <fstream>
#include <iterator>

#include <gtest/gtest.h>

namespace {

namespace fs = std::filesystem;

std::string readAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

struct ScratchDir {
  fs::path dir = fs::temp_directory_path() /
                 ("wm-file-replace-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "-" +
                  ::testing::UnitTest::GetInstance()->current_test_info()->name());
  ScratchDir() { fs::create_directories(dir); }
  ~ScratchDir() { fs::remove_all(dir); }
};

TEST(ReplaceFile, WritesANewFileAndReplacesAnOldOneWhole) {
  ScratchDir scratch;
  const fs::path file = scratch.dir / "report.md";
  ASSERT_TRUE(wm::core::replaceFile(file, "城区 3\n"));
  EXPECT_EQ(readAll(file), "城区 3\n");
  ASSERT_TRUE(wm::core::replaceFile(file, "x"));
  EXPECT_EQ(readAll(file), "x");
  EXPECT_FALSE(fs::exists(scratch.dir / "report.md.tmp"));
}

TEST(ReplaceFile, FailsWithoutTouchingAnythingWhenTheDirectoryIsMissing) {
  ScratchDir scratch;
  const fs::path file = scratch.dir / "no-such-dir" / "report.md";
  EXPECT_FALSE(wm::core::replaceFile(file, "text"));
  EXPECT_FALSE(fs::exists(file.parent_path()));
}

TEST(ReplaceFile, FailsAndKeepsTheOldContentWhenThePathIsADirectory) {
  ScratchDir scratch;
  const fs::path target = scratch.dir / "taken";
  fs::create_directories(target / "inside");  // a non-empty directory cannot be renamed over
  EXPECT_FALSE(wm::core::replaceFile(target, "text"));
  EXPECT_TRUE(fs::is_directory(target / "inside"));
  EXPECT_FALSE(fs::exists(scratch.dir / "taken.tmp"));
}

}  // namespace

TEST(ReplaceFile, KeepsTheFilesPermissionsAndALinkStaysALink) {
  ScratchDir scratch;
  const fs::path file = scratch.dir / "汇报.worksmap.toml";
  std::ofstream(file) << "old";
  fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  std::error_code why;
  ASSERT_TRUE(wm::core::replaceFile(file, "new", why));
  EXPECT_FALSE(why);
  EXPECT_EQ(fs::status(file).permissions(), fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);

  const fs::path link = scratch.dir / "link.toml";
  fs::create_symlink(file.filename(), link);
  ASSERT_TRUE(wm::core::replaceFile(link, "through the link"));
  EXPECT_TRUE(fs::is_symlink(link));
  EXPECT_EQ(readAll(file), "through the link");
}

TEST(ReplaceFile, SaysWhyItFailed) {
  ScratchDir scratch;
  std::error_code why;
  EXPECT_FALSE(wm::core::replaceFile(scratch.dir / "missing" / "a.txt", "x", why));
  EXPECT_EQ(why, std::errc::no_such_file_or_directory);
  std::ofstream(scratch.dir / "file") << "a file, not a folder";
  EXPECT_FALSE(wm::core::replaceFile(scratch.dir / "file" / "a.txt", "x", why));
  EXPECT_EQ(why, std::errc::not_a_directory);
  fs::create_directories(scratch.dir / "folder");
  EXPECT_FALSE(wm::core::replaceFile(scratch.dir / "folder", "x", why));
  EXPECT_EQ(why, std::errc::is_a_directory);
  EXPECT_TRUE(wm::core::replaceFile(scratch.dir / "b.txt", "x", why));
  EXPECT_FALSE(why);
}
