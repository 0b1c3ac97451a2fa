// io::rewriteSlides, saveSlides and saveAsWorkspace: the slides go into the workspace file and every other byte
// of it stays; a save that cannot be done changes nothing and says why.
#include "io/workspace_save.hpp"

#include <fstream>
#include <iterator>

#include <sys/stat.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include "core/diagnostic.hpp"
#include "io/slide_toml.hpp"
#include "io/workspace.hpp"
#include "support/slide_expect.hpp"

using namespace wm;
using wm::test::expectSameSlides;
namespace fs = std::filesystem;

namespace {

core::Date ymd(int y, int m, int d) { return *core::Date::fromYmd(y, m, d); }

std::string readAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::vector<domain::Slide> slidesOf(std::string_view text) {
  io::WorkspaceLoad load = io::parseWorkspace(text, "/tmp/county.worksmap.toml");
  EXPECT_TRUE(load.workspace.has_value());
  return load.workspace ? load.workspace->slides : std::vector<domain::Slide>{};
}

// A hand-written workspace: comments on every kind of line, before, between and after the slides.
const std::string kPrefix =
    "# 城关镇城建项目\"一张图\"  — comments everywhere\n"
    "title = \"城关镇\"   # the window title\n"
    "\n"
    "# districts\n"
    "[districts]\n"
    "layer = \"片区\"\n"
    "\n"
    "[[layer]]\n"
    "source = \"data/片区.shp\"  # relative\n"
    "role = \"districts\"\n"
    "\n"
    "  # an indented comment between tables\n"
    "\n"
    "# The briefing (汇报): this comment stays\n";
const std::string kSlides =
    "[[slide]]\n"
    "title = \"总览\"   # slide one\n"
    "as_of = \"2024年6月30日\"\n"
    "# figures = \"county\"\n"
    "\n"
    "# 第二张：城区三维\n"
    "[[slide]]\n"
    "title = \"城区三维\"\n"
    "view = \"3d\"\n"
    "caption = \"older key for the subtitle\"\n"
    "year = 2022\n"
    "\n"
    "[[slide]]\n"
    "title = \"停车场\"\n"
    "kinds = [\n"
    "  \"停车场\",  # parking\n"
    "]\n"
    "[slide.opacity]\n"
    "\"片区\" = 0.5\n";
const std::string kSuffix =
    "\n"
    "# the style, after the slides: this comment belongs to [style]\n"
    "[style]\n"
    "status.completed = \"#2e7d32\"  # green\n"
    "\n"
    "# the last line of the file\n";
const std::string kCommented = kPrefix + kSlides + kSuffix;

domain::Slide newSlide(const std::string& title) {
  domain::Slide s;
  s.title = title;
  s.asOf = ymd(2024, 12, 31);
  s.notes = "讲稿\n第二行";
  return s;
}

class SaveFolder : public ::testing::Test {
protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    _dir = fs::temp_directory_path() / ("wm_save_" + std::to_string(getpid()) + "_" + info->name());
    fs::remove_all(_dir);
    fs::create_directories(_dir);
  }
  void TearDown() override {
    fs::permissions(_dir, fs::perms::owner_all, fs::perm_options::add);
    fs::remove_all(_dir);
  }

  fs::path write(const std::string& text, const std::string& name = "county.worksmap.toml") {
    fs::path file = _dir / name;
    std::ofstream(file, std::ios::binary) << text;
    return file;
  }

  fs::path _dir;
};

std::string english(const io::WorkspaceSave& save) {
  return save.problem ? core::formatDiagnostic(*save.problem, core::Lang::En) : std::string();
}

}  // namespace

TEST(RewriteSlides, TheSameSlidesLeaveEveryByteAsItWas) {
  EXPECT_EQ(io::rewriteSlides(kCommented, slidesOf(kCommented)), kCommented);
  const std::string sample = readAll(fs::path(WORKSMAP_GEODATA) / "sample-county.worksmap.toml");
  ASSERT_FALSE(sample.empty());
  EXPECT_EQ(io::rewriteSlides(sample, slidesOf(sample)), sample);
}

TEST(RewriteSlides, NewSlidesTakeTheOldOnesPlaceAndTheRestStaysByteForByte) {
  const std::vector<domain::Slide> slides{newSlide("新的一"), newSlide("新的二")};
  const std::string out = io::rewriteSlides(kCommented, slides);
  ASSERT_TRUE(out.starts_with(kPrefix));
  ASSERT_TRUE(out.ends_with(kSuffix));
  EXPECT_EQ(out.substr(kPrefix.size(), out.size() - kPrefix.size() - kSuffix.size()), io::slidesToToml(slides));
  expectSameSlides(slidesOf(out), slides);
}

TEST(RewriteSlides, TheSampleWorkspaceRewrittenWithChangedSlidesReadsBackAsThem) {
  const std::string sample = readAll(fs::path(WORKSMAP_GEODATA) / "sample-county.worksmap.toml");
  std::vector<domain::Slide> slides = slidesOf(sample);
  ASSERT_EQ(slides.size(), 9u);
  slides[1].camera.headingDegrees = 45.5;  // the 3D slide turned
  std::swap(slides[3], slides[4]);
  slides.erase(slides.begin() + 6);
  slides.push_back(newSlide("2023年计划（补充）"));
  const std::string out = io::rewriteSlides(sample, slides);
  const std::size_t firstSlide = sample.find("[[slide]]");
  EXPECT_EQ(out.substr(0, firstSlide), sample.substr(0, firstSlide));
  expectSameSlides(slidesOf(out), slides);
}

TEST(RewriteSlides, AnUnchangedSlideKeepsItsTextAndCommentsWhereverItMoves) {
  std::vector<domain::Slide> slides = slidesOf(kCommented);
  std::swap(slides[0], slides[1]);
  const std::string out = io::rewriteSlides(kCommented, slides);
  EXPECT_EQ(out, kPrefix +
                     "# 第二张：城区三维\n[[slide]]\ntitle = \"城区三维\"\nview = \"3d\"\n"
                     "caption = \"older key for the subtitle\"\nyear = 2022\n\n"
                     "[[slide]]\ntitle = \"总览\"   # slide one\nas_of = \"2024年6月30日\"\n# figures = \"county\"\n\n"
                     "[[slide]]\ntitle = \"停车场\"\nkinds = [\n  \"停车场\",  # parking\n]\n[slide.opacity]\n"
                     "\"片区\" = 0.5\n" +
                     kSuffix);
}

TEST(RewriteSlides, AChangedSlideKeepsTheCommentsAboveItsHeaderAndLosesThoseAmongItsKeys) {
  std::vector<domain::Slide> slides = slidesOf(kCommented);
  slides[1].title = "城区三维（改）";
  slides[0].subtitle = "全县";
  const std::string out = io::rewriteSlides(kCommented, slides);
  const std::string expected = kPrefix + io::slideToToml(slides[0]) + "\n# 第二张：城区三维\n" +
                               io::slideToToml(slides[1]) +
                               "\n[[slide]]\ntitle = \"停车场\"\nkinds = [\n  \"停车场\",  # parking\n]\n"
                               "[slide.opacity]\n\"片区\" = 0.5\n" +
                               kSuffix;
  EXPECT_EQ(out, expected);
  expectSameSlides(slidesOf(out), slides);
}

TEST(RewriteSlides, NoSlidesLeaveTheRestAndDeletedSlidesTakeTheirComments) {
  EXPECT_EQ(io::rewriteSlides(kCommented, {}), kPrefix + kSuffix);
  std::vector<domain::Slide> slides = slidesOf(kCommented);
  slides.erase(slides.begin() + 1);
  const std::string out = io::rewriteSlides(kCommented, slides);
  EXPECT_EQ(out.find("第二张"), std::string::npos);
  expectSameSlides(slidesOf(out), slides);
}

TEST(RewriteSlides, AWorkspaceWithoutSlidesGetsThemAtTheEndAfterOneBlankLine) {
  const std::vector<domain::Slide> slides{newSlide("一")};
  const std::string table = io::slidesToToml(slides);
  EXPECT_EQ(io::rewriteSlides("title = \"a\"\n", slides), "title = \"a\"\n\n" + table);
  EXPECT_EQ(io::rewriteSlides("title = \"a\"", slides), "title = \"a\"\n\n" + table);  // no final line break
  EXPECT_EQ(io::rewriteSlides("title = \"a\"\n\n", slides), "title = \"a\"\n\n" + table);
  EXPECT_EQ(io::rewriteSlides("", slides), table);
  EXPECT_EQ(io::rewriteSlides("title = \"a\"\r\n# end\r\n", slides),
            "title = \"a\"\r\n# end\r\n\r\n" + io::slidesToToml(slides, "\r\n"));
}

TEST(RewriteSlides, AWindowsFileKeepsItsLineEndingsAndALastLineWithoutBreak) {
  std::string crlf;
  for (char c : kPrefix + kSlides + "[style]\nstatus.completed = \"#2e7d32\"") {
    if (c == '\n') crlf += '\r';
    crlf += c;
  }
  std::vector<domain::Slide> slides = slidesOf(crlf);
  slides[2].overdueOnly = true;
  slides.push_back(newSlide("新"));
  const std::string out = io::rewriteSlides(crlf, slides);
  for (std::size_t i = out.find('\n'); i != std::string::npos; i = out.find('\n', i + 1))
    ASSERT_EQ(out[i - 1], '\r') << "a bare line feed at byte " << i;
  const std::size_t slidesAt = crlf.find("[[slide]]");
  EXPECT_EQ(out.substr(0, slidesAt), crlf.substr(0, slidesAt));
  EXPECT_TRUE(out.ends_with("\r\n[style]\r\nstatus.completed = \"#2e7d32\""));
  expectSameSlides(slidesOf(out), slides);

  const std::string lastWithoutBreak = "title = \"a\"\r\n\r\n[[slide]]\r\ntitle = \"一\"";
  EXPECT_EQ(io::rewriteSlides(lastWithoutBreak, slidesOf(lastWithoutBreak)), lastWithoutBreak);
  EXPECT_EQ(io::rewriteSlides(lastWithoutBreak, {newSlide("二")}),
            "title = \"a\"\r\n\r\n" + io::slidesToToml({newSlide("二")}, "\r\n"));
}

TEST(RewriteSlides, SlidesBetweenOtherTablesAreGatheredWhereTheFirstStood) {
  const std::string text = "[[slide]]\ntitle = \"a\"\n\n[[layer]]\nsource = \"x.shp\"\n\n[[slide]]\ntitle = \"b\"\n";
  std::vector<domain::Slide> slides = slidesOf(text);
  std::swap(slides[0], slides[1]);
  EXPECT_EQ(io::rewriteSlides(text, slides),
            "[[slide]]\ntitle = \"b\"\n\n[[slide]]\ntitle = \"a\"\n\n[[layer]]\nsource = \"x.shp\"\n\n");
}

TEST_F(SaveFolder, SavesAtomicallyAndTheNextSaveStartsFromWhatWasWritten) {
  const fs::path file = write(kCommented);
  io::WorkspaceLoad load = io::loadWorkspace(file);
  ASSERT_TRUE(load.workspace);
  EXPECT_EQ(load.workspace->text, kCommented);
  std::vector<domain::Slide> slides = load.workspace->slides;
  slides.push_back(newSlide("新增"));

  const io::WorkspaceSave first = io::saveSlides(file, load.workspace->text, slides);
  ASSERT_TRUE(first.saved) << english(first);
  EXPECT_EQ(readAll(file), first.text);
  EXPECT_FALSE(fs::exists(_dir / "county.worksmap.toml.tmp"));
  EXPECT_TRUE(first.text.starts_with(kPrefix));
  EXPECT_TRUE(first.text.ends_with(kSuffix));
  const io::WorkspaceLoad reopened = io::loadWorkspace(file);
  ASSERT_TRUE(reopened.workspace);
  expectSameSlides(reopened.workspace->slides, slides);
  ASSERT_EQ(first.slides.size(), 4u);
  EXPECT_EQ(first.slides[3].line, reopened.workspace->slides[3].line);

  std::vector<domain::Slide> again = first.slides;
  again[3].title = "新增（改）";
  const io::WorkspaceSave second = io::saveSlides(file, first.text, again);
  ASSERT_TRUE(second.saved) << english(second);
  expectSameSlides(io::loadWorkspace(file).workspace->slides, again);
  // The text read at opening is no longer what is on disk.
  EXPECT_FALSE(io::saveSlides(file, kCommented, slides).saved);
}

TEST_F(SaveFolder, AFileChangedSinceItWasOpenedIsNotOverwritten) {
  const fs::path file = write(kCommented);
  const std::string opened = io::loadWorkspace(file).workspace->text;
  const std::string theirs = kCommented + "# added in Notepad meanwhile\n";
  write(theirs);
  const io::WorkspaceSave save = io::saveSlides(file, opened, {newSlide("a")});
  EXPECT_FALSE(save.saved);
  EXPECT_EQ(save.problem.value().severity, core::Severity::Error);
  EXPECT_EQ(english(save), file.string() +
                               ": was changed on disk after it was opened (by another program or person); the slides "
                               "were not saved, so that change is not overwritten. Open the workspace again, or save "
                               "the slides as a new workspace");
  EXPECT_EQ(readAll(file), theirs);
}

TEST_F(SaveFolder, AFileGoneSinceItWasOpenedIsNotWrittenAgain) {
  const fs::path file = write(kCommented);
  fs::remove(file);
  const io::WorkspaceSave save = io::saveSlides(file, kCommented, {newSlide("a")});
  EXPECT_EQ(english(save),
            file.string() + ": no longer exists (moved or deleted after it was opened); the slides were not saved");
  EXPECT_FALSE(fs::exists(file));
  const fs::path inMissingFolder = _dir / "gone" / "county.worksmap.toml";
  EXPECT_EQ(io::saveSlides(inMissingFolder, kCommented, {}).problem.value().msg, core::Msg::WorkspaceSaveGone);
}

TEST_F(SaveFolder, AReadOnlyFolderRefusesTheSaveAndKeepsTheFile) {
  const fs::path file = write(kCommented);
  fs::permissions(_dir, fs::perms::owner_read | fs::perms::owner_exec);
  if (::access(_dir.c_str(), W_OK) == 0)
    GTEST_SKIP() << "running as root: a read-only folder does not stop root writing (the other failures are tested)";
  const io::WorkspaceSave save = io::saveSlides(file, kCommented, {newSlide("a")});
  EXPECT_FALSE(save.saved);
  EXPECT_EQ(english(save),
            file.string() + ": cannot be written (no permission to write in that folder); nothing was changed");
  EXPECT_EQ(core::formatDiagnostic(save.problem.value(), core::Lang::Zh),
            file.string() + "：无法写入（没有该文件夹的写入权限），未做任何更改");
  EXPECT_EQ(readAll(file), kCommented);
}

TEST_F(SaveFolder, AFileSavedAsGbkIsWrittenBackAsUtf8) {
  // "示例" in GBK is CA BE C0 FD.
  const std::string gbk = "title = \"\xCA\xBE\xC0\xFD\"\n\n[[slide]]\ntitle = \"a\"\n";
  const fs::path file = write(gbk);
  const io::WorkspaceLoad load = io::loadWorkspace(file);
  ASSERT_TRUE(load.workspace);
  ASSERT_EQ(load.workspace->title, "示例");
  const io::WorkspaceSave save = io::saveSlides(file, load.workspace->text, {newSlide("b")});
  ASSERT_TRUE(save.saved) << english(save);
  EXPECT_EQ(readAll(file), "title = \"示例\"\n\n" + io::slidesToToml({newSlide("b")}));
  EXPECT_TRUE(io::loadWorkspace(file).problems.empty());
}

TEST_F(SaveFolder, SaveAsWorkspaceListsTheSourcesRelativeToItsFolder) {
  fs::create_directories(_dir / "briefing");
  const std::vector<std::string> sources{(_dir / "briefing" / "data" / "道路.shp").string(),
                                         (_dir / "other" / "works.gpkg").string(), "PG:dbname=gis host=10.0.0.2"};
  const fs::path file = _dir / "briefing" / "汇报.worksmap.toml";
  const std::vector<domain::Slide> slides{newSlide("一"), newSlide("二")};
  const io::WorkspaceSave save = io::saveAsWorkspace(file, sources, slides, false);
  ASSERT_TRUE(save.saved) << english(save);
  EXPECT_EQ(readAll(file),
            "[[layer]]\nsource = \"data/道路.shp\"\n\n[[layer]]\nsource = \"../other/works.gpkg\"\n\n"
            "[[layer]]\nsource = \"PG:dbname=gis host=10.0.0.2\"\n\n" +
                io::slidesToToml(slides));
  const io::WorkspaceLoad load = io::loadWorkspace(file);
  ASSERT_TRUE(load.workspace);
  EXPECT_TRUE(load.problems.empty());
  ASSERT_EQ(load.workspace->layers.size(), 3u);
  for (std::size_t i = 0; i < sources.size(); ++i) EXPECT_EQ(load.workspace->layers[i].source, sources[i]);
  expectSameSlides(load.workspace->slides, slides);
  expectSameSlides(save.slides, slides);
}

TEST_F(SaveFolder, SaveAsWorkspaceRefusesABadNameAnExistingFileAndAPathThroughAFile) {
  const std::vector<domain::Slide> slides{newSlide("一")};
  EXPECT_EQ(english(io::saveAsWorkspace(_dir / "汇报.txt", {}, slides, false)),
            (_dir / "汇报.txt").string() +
                ": a workspace file's name must end in .toml, like 汇报.worksmap.toml; nothing was saved");
  EXPECT_FALSE(fs::exists(_dir / "汇报.txt"));

  const fs::path existing = write("# mine\n", "mine.worksmap.toml");
  EXPECT_EQ(english(io::saveAsWorkspace(existing, {}, slides, false)),
            existing.string() + ": already exists; nothing was changed");
  EXPECT_EQ(readAll(existing), "# mine\n");
  EXPECT_TRUE(io::saveAsWorkspace(existing, {}, slides, true).saved);
  EXPECT_EQ(readAll(existing), io::slidesToToml(slides));

  const fs::path throughFile = write("x", "data") / "汇报.worksmap.toml";
  EXPECT_EQ(
      english(io::saveAsWorkspace(throughFile, {}, slides, false)),
      throughFile.string() + ": cannot be written (part of the path is a file, not a folder); nothing was changed");
  const fs::path noFolder = _dir / "no-such-folder" / "汇报.worksmap.toml";
  EXPECT_EQ(english(io::saveAsWorkspace(noFolder, {}, slides, false)),
            noFolder.string() + ": cannot be written (the folder does not exist); nothing was changed");
  EXPECT_FALSE(fs::exists(noFolder.parent_path()));
}

TEST_F(SaveFolder, SlidesWrittenAsAnInlineArrayAreNotRewrittenOverTheirKey) {
  const std::string inline_ = "slide = [{ title = \"a\" }]\n";
  const fs::path file = write(inline_);
  const io::WorkspaceSave save = io::saveSlides(file, inline_, {newSlide("b")});
  EXPECT_EQ(save.problem.value().msg, core::Msg::WorkspaceSaveNotRewritable);
  EXPECT_EQ(readAll(file), inline_);
}
