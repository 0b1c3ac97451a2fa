// io::slidesToToml: slides written as [[slide]] tables read back by the real workspace reader as the same slides.
#include "io/slide_toml.hpp"

#include <cmath>
#include <limits>

#include <gtest/gtest.h>

#include "core/diagnostic.hpp"
#include "io/workspace.hpp"
#include "support/slide_expect.hpp"

using namespace wm;
using wm::test::expectSameSlides;

namespace {

core::Date ymd(int y, int m, int d) { return *core::Date::fromYmd(y, m, d); }

// What the reader makes of `text`, asserting it reads without a single problem.
std::vector<domain::Slide> readBack(const std::string& text) {
  io::WorkspaceLoad load = io::parseWorkspace(text, "/tmp/briefing.worksmap.toml");
  for (const auto& d : load.problems.items()) ADD_FAILURE() << core::formatDiagnostic(d, core::Lang::En);
  return load.workspace ? load.workspace->slides : std::vector<domain::Slide>{};
}

// Every field set, and texts that need escaping.
domain::Slide everyField() {
  domain::Slide s;
  s.title = "城区三维 \"重点\" C:\\汇报";
  s.subtitle = "2022年完工项目\t（含逾期）";
  s.notes = "先讲人民路，再讲\"滨河游园\"。\n第二段：反斜杠 \\ 和 \"\"\" 三个引号\n\n最后一行\"";
  s.camera.threeD = true;
  s.camera.center = std::pair(114.052, 29.018);
  s.camera.headingDegrees = 30.5;
  s.camera.tiltDegrees = 60;
  s.camera.rangeMetres = 3000.25;
  s.asOf = ymd(2022, 12, 31);
  s.layers = {"districts", "道路 中心线", "works_parks"};
  s.opacity = {{"districts", 0.5F}, {"道路 中心线", 0.3F}, {"works-parks_2", 0.123456F}};
  s.kinds = {domain::Kind::Road, domain::Kind::Park, domain::Kind::SewageStation};
  s.statuses = {domain::Status::Planned, domain::Status::UnderConstruction, domain::Status::Completed,
                domain::Status::Suspended};
  s.overdueOnly = true;
  s.district = "城区";
  s.project = "人民路（东段）";
  s.figures = domain::SlideFigures::District;
  return s;
}

std::vector<domain::Slide> oddSlides() {
  std::vector<domain::Slide> slides{everyField()};
  domain::Slide period;  // a period that is not a calendar year, plan view at a scale, outside China
  period.title = "Spring works";
  period.period = std::pair(ymd(2022, 3, 1), ymd(2022, 9, 30));
  period.camera.scale = 25000;
  period.camera.center = std::pair(-0.1 + 0.2, 1.0 / 3.0);  // 0.1 and 0.333…: digits that must survive
  period.figures = domain::SlideFigures::County;
  slides.push_back(period);
  domain::Slide year;
  year.title = "2022年";
  year.period = std::pair(ymd(2022, 1, 1), ymd(2022, 12, 31));
  year.camera.threeD = true;
  year.camera.tiltDegrees = 0;
  slides.push_back(year);
  slides.emplace_back();  // nothing set: the whole county today
  domain::Slide control;
  control.title = std::string("bell\x01 del\x7F end");
  control.notes = "Windows line\r\nnext";
  control.opacity = {{"x", 1.0F / 3.0F}};
  slides.push_back(control);
  return slides;
}

}  // namespace

TEST(SlideToml, EveryFieldOfOddSlidesReadsBackTheSame) {
  const std::vector<domain::Slide> slides = oddSlides();
  expectSameSlides(readBack(io::slidesToToml(slides)), slides);
}

TEST(SlideToml, WithWindowsLineEndingsEveryLineEndsInCrLf) {
  const std::vector<domain::Slide> slides = oddSlides();
  const std::string text = io::slidesToToml(slides, "\r\n");
  for (std::size_t i = text.find('\n'); i != std::string::npos; i = text.find('\n', i + 1))
    ASSERT_EQ(text[i - 1], '\r') << "a bare line feed at byte " << i;
  expectSameSlides(readBack(text), slides);
}

TEST(SlideToml, WritesTheKeysAPersonWouldInTheOrderOfTheDocs) {
  domain::Slide s;
  s.title = "城区三维";
  s.subtitle = "2022年完工项目";
  s.notes = "先讲人民路，再讲滨河游园";
  s.camera.threeD = true;
  s.camera.center = std::pair(114.052, 29.018);
  s.camera.headingDegrees = 30;
  s.camera.tiltDegrees = 60;
  s.camera.rangeMetres = 3000;
  s.period = std::pair(ymd(2022, 1, 1), ymd(2022, 12, 31));
  s.kinds = {domain::Kind::Parking};
  s.district = "城区";
  s.figures = domain::SlideFigures::District;
  EXPECT_EQ(io::slideToToml(s),
            "[[slide]]\n"
            "title = \"城区三维\"\n"
            "subtitle = \"2022年完工项目\"\n"
            "view = \"3d\"\n"
            "center = [114.052, 29.018]\n"
            "heading = 30\n"
            "tilt = 60\n"
            "range = 3000\n"
            "year = 2022\n"
            "kinds = [\"parking\"]\n"
            "district = \"城区\"\n"
            "figures = \"district\"\n"
            "notes = \"先讲人民路，再讲滨河游园\"\n");
}

TEST(SlideToml, DefaultsAreLeftOutAndTablesAreOneBlankLineApart) {
  domain::Slide asOf;
  asOf.asOf = ymd(2024, 6, 30);
  asOf.overdueOnly = true;
  asOf.opacity = {{"道路", 0.3F}, {"districts", 0.5F}};
  EXPECT_EQ(io::slidesToToml({domain::Slide{}, asOf}),
            "[[slide]]\n\n[[slide]]\nas_of = 2024-06-30\nopacity = { districts = 0.5, \"道路\" = 0.3 }\n"
            "overdue = true\n");
}

TEST(SlideToml, NotesOfSeveralLinesAreAMultiLineStringOfTheFilesLines) {
  domain::Slide s;
  s.notes = "第一段\n第二段 \"引\" \\";
  EXPECT_EQ(io::slideToToml(s, "\r\n"), "[[slide]]\r\nnotes = \"\"\"\r\n第一段\r\n第二段 \\\"引\\\" \\\\\"\"\"\r\n");
}

TEST(SlideToml, ValuesAWorkspaceRejectsAreBroughtIntoItsRanges) {
  domain::Slide s;
  s.title = "\xE3\x80\x80 padded \t";  // a full-width space, then blanks: the reader trims both
  s.camera.center = std::pair(200.0, -95.0);
  s.camera.scale = 50;
  s.camera.tiltDegrees = 90;
  s.camera.headingDegrees = std::numeric_limits<double>::quiet_NaN();
  s.camera.rangeMetres = 5e7;
  s.opacity = {{"a", 1.5F}, {"b", -0.5F}, {"c", std::numeric_limits<float>::infinity()}};
  s.period = std::pair(ymd(2022, 9, 30), ymd(2022, 3, 1));

  const domain::Slide saved = io::slideAsSaved(s);
  EXPECT_EQ(saved.title, "padded");
  EXPECT_EQ(saved.camera.center, std::pair(180.0, -90.0));
  EXPECT_EQ(saved.camera.scale, 100);
  EXPECT_EQ(saved.camera.tiltDegrees, 85);
  EXPECT_EQ(saved.camera.headingDegrees, 0);
  EXPECT_EQ(saved.camera.rangeMetres, 1e7);
  EXPECT_EQ(saved.opacity, (std::map<std::string, float>{{"a", 1.0F}, {"b", 0.0F}}));
  EXPECT_EQ(saved.period, std::pair(ymd(2022, 3, 1), ymd(2022, 9, 30)));
  expectSameSlides(readBack(io::slideToToml(s)), {saved});
}

TEST(SlideToml, QuotedTextEscapesWhatTomlRequiresAndKeepsChinese) {
  EXPECT_EQ(io::tomlQuoted("片区 \"东\"\\\n\x1F"), "\"片区 \\\"东\\\"\\\\\\n\\u001F\"");
}
