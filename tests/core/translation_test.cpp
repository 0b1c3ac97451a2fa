#include "core/translation.hpp"

#include <regex>
#include <set>
#include <string>
#include <system_error>
#include <type_traits>

#include <gtest/gtest.h>

#include "core/diagnostic.hpp"

using namespace wm::core;

namespace {
std::set<std::string> placeholders(std::string_view text) {
  std::set<std::string> out;
  std::string s(text);
  std::regex re("\\{[0-9]+\\}");
  for (auto it = std::sregex_iterator(s.begin(), s.end(), re); it != std::sregex_iterator(); ++it)
    out.insert(it->str());
  return out;
}
}  // namespace

TEST(Translation, EveryMessageExistsInBothLanguagesWithTheSamePlaceholders) {
  for (int i = 0; i < static_cast<int>(Msg::Count_); ++i) {
    auto msg = static_cast<Msg>(i);
    EXPECT_FALSE(text(msg, Lang::En).empty()) << key(msg);
    EXPECT_FALSE(text(msg, Lang::Zh).empty()) << key(msg);
    EXPECT_EQ(placeholders(text(msg, Lang::En)), placeholders(text(msg, Lang::Zh))) << key(msg);
  }
}

TEST(Translation, FormatsDiagnosticsNamingFileLayerAndFeature) {
  Diagnostic d = Diagnostic::warning(Msg::NullGeometry).atFeature("data/works.shp", "works", 12);
  EXPECT_EQ(formatDiagnostic(d, Lang::En), "data/works.shp: layer works, feature 12: no geometry; skipped");
  EXPECT_EQ(formatDiagnostic(d, Lang::Zh), "data/works.shp：图层 works，要素 12：没有几何图形，已跳过");
  d.feature = -1;
  d.msg = Msg::EmptyLayer;
  EXPECT_EQ(formatDiagnostic(d, Lang::En), "data/works.shp: layer works: the layer has no features");
}

TEST(Translation, LanguageFollowsTheLocale) {
  setenv("WORKSMAP_LANG", "", 1);
  setenv("LC_ALL", "zh_CN.UTF-8", 1);
  EXPECT_EQ(langFromEnvironment(), Lang::Zh);
  setenv("LC_ALL", "C.UTF-8", 1);
  EXPECT_EQ(langFromEnvironment(), Lang::En);
  setenv("WORKSMAP_LANG", "zh", 1);
  EXPECT_EQ(langFromEnvironment(), Lang::Zh);
  unsetenv("WORKSMAP_LANG");
  unsetenv("LC_ALL");
}

// Text reaches a user only as a message key and arguments: an Error cannot be made from text, and a Diagnostic
// only through its named factories (tests/architecture/message_rules.cmake checks the sources for the rest).
static_assert(!std::is_constructible_v<Error, const char*>);
static_assert(!std::is_constructible_v<Error, std::string>);
static_assert(!std::is_convertible_v<Msg, Error>);
static_assert(!std::is_aggregate_v<Diagnostic>);
static_assert(!std::is_default_constructible_v<Diagnostic>);

TEST(Translation, DiagnosticsAreMadeBySeverityAndPlacedByContext) {
  const Diagnostic d = Diagnostic::error(Msg::MissingDbf).inFile("roads.shp");
  EXPECT_EQ(d.severity, Severity::Error);
  EXPECT_EQ(formatDiagnostic(d, Lang::En),
            "roads.shp: the .dbf attribute table is missing; the layer is loaded without attributes");
  const Diagnostic note = Diagnostic::info(Msg::LedgerTotalRowsSkipped, {"3"}).inLayer("台账.xlsx", "道路");
  EXPECT_EQ(note.severity, Severity::Info);
  EXPECT_EQ(formatDiagnostic(note, Lang::Zh), "台账.xlsx：图层 道路：已忽略 3 行合计/小计");
  const Diagnostic failed = Diagnostic::of(Severity::Warning, Error{Msg::PngUnreadable, {"a.png"}});
  EXPECT_EQ(failed.severity, Severity::Warning);
  EXPECT_EQ(failed.feature, -1);
  EXPECT_EQ(formatDiagnostic(failed, Lang::En), "cannot read a.png as an RGBA PNG image");
}

TEST(Translation, ErrorsPrintInEitherLanguage) {
  const Error noContext{Msg::OffscreenNoContext};
  EXPECT_EQ(noContext.text(Lang::En), "no OpenGL context could be created (no X display? run under xvfb-run)");
  EXPECT_EQ(noContext.text(Lang::Zh), "无法创建 OpenGL 上下文（没有 X 显示？请在 xvfb-run 下运行）");
  const Error font{Msg::FontNoChinese};
  EXPECT_EQ(font.text(Lang::En), "no font for Chinese text is installed (install the Debian package fonts-noto-cjk)");
  EXPECT_EQ(font.text(Lang::Zh), "未安装可显示中文的字体（请安装 Debian 软件包 fonts-noto-cjk）");
  const Error shader{Msg::ShaderUnreadable, {"/opt/worksmap/shaders/map.vert"}};
  EXPECT_EQ(shader.text(Lang::En), "cannot read the shader file /opt/worksmap/shaders/map.vert");
  EXPECT_EQ(shader.text(Lang::Zh), "无法读取着色器文件 /opt/worksmap/shaders/map.vert");
  const Error size{Msg::VideoBadSize, {"63", "48"}};
  EXPECT_EQ(size.text(Lang::En), "a video's width and height must be even numbers of pixels from 2 to 8192, not 63×48");
  EXPECT_EQ(size.text(Lang::Zh), "视频的宽和高应为 2 到 8192 之间的偶数像素，而不是 63×48");
  EXPECT_EQ(tr(Lang::En, Msg::NorthArrowLabel), "N");
  EXPECT_EQ(tr(Lang::Zh, Msg::NorthArrowLabel), "北");
}

TEST(Translation, AFailureNestsInTheMessageThatReportsIt) {
  // An export's failure to draw, caused by the shaders, which a library's own text explains: three levels of
  // msgArg, each translated when printed.
  const Error shaders{Msg::ShadersNotLinked, {libraryReasonArg("OpenGL", "0:12: syntax error")}};
  const Error drawing{Msg::CliRenderFailed, {shaders.asArg()}};
  EXPECT_EQ(drawing.text(Lang::En),
            "the map could not be drawn: the map shaders did not compile or link: OpenGL reports: 0:12: syntax error");
  EXPECT_EQ(drawing.text(Lang::Zh), "无法绘制地图：地图着色器编译或链接失败：OpenGL 报告：0:12: syntax error");
  // Arguments after a nested one are still its own.
  const std::string two = msgArg(Msg::CliCannotWrite, {"a.pptx", msgArg(Msg::SaveReasonDiskFull)});
  EXPECT_EQ(argText(msgArg(Msg::WhereFile, {two, "tail"}), Lang::En), "cannot write a.pptx: the disk is full: tail");
  EXPECT_EQ(argText(libraryReasonArg("PROJ", ""), Lang::Zh), "PROJ 报告：未说明原因");
}

TEST(Translation, SystemReasonsAreTranslatedWhereTheTableKnowsThem) {
  const std::string denied = systemReasonArg(std::make_error_code(std::errc::permission_denied));
  EXPECT_EQ(argText(denied, Lang::En), "no permission to write in that folder");
  EXPECT_EQ(argText(denied, Lang::Zh), "没有该文件夹的写入权限");
  EXPECT_EQ(argText(systemReasonArg(std::make_error_code(std::errc::no_space_on_device)), Lang::Zh), "磁盘已满");
  // Others as the system says them.
  const std::error_code busy = std::make_error_code(std::errc::device_or_resource_busy);
  EXPECT_EQ(systemReasonArg(busy), busy.message());
}
