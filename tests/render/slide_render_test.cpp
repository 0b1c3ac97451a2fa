// `worksmap render WORKSPACE --slide N|all`: each slide's date, period, filters and framing read back from the
// PNG's pixels (runs under xvfb-run with the render tests).
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "render/offscreen.hpp"
#include "render/pixel_checks.hpp"
#include "render/command_line.hpp"
#include "support/fixture_writer.hpp"

using namespace wm;
namespace fs = std::filesystem;

namespace {

using test::commandOutput;
using test::linesStartingWith;
using test::Outcome;

Outcome run(const std::string& args, const fs::path& dir) { return test::runWorksmap(args, dir); }

// Two districts side by side, 西片 (113.98–114.01) and 东片 (114.01–114.02); a park filling 东片, started
// 2022-03-01 and completed 2022-06-30; a road in 西片 completed 2022-05-01. Seen whole at 320 × 240 the county
// (about 3.9 km × 1.1 km) is a band across the middle, so the pixel a quarter of the height below the top is
// background; framed on 东片, the park fills the image's height there.
fs::path writeCounty(const fs::path& dir, const std::string& slides) {
  test::writeVector(
      dir / "county.gpkg",
      {{"districts",
        4490,
        {{"name"}},
        {{"POLYGON((113.98 29,114.01 29,114.01 29.01,113.98 29.01,113.98 29))", {"西片"}},
         {"POLYGON((114.01 29,114.02 29,114.02 29.01,114.01 29.01,114.01 29))", {"东片"}}}},
       {"parks",
        4490,
        {{"name"}, {"status"}, {"start_date"}, {"plan_done"}, {"done_date"}},
        {{"POLYGON((114.01 29,114.02 29,114.02 29.01,114.01 29.01,114.01 29))",
          {"东片游园", "completed", "2022-03-01", "2022-05-31", "2022-06-30"}}}},
       {"roads",
        4490,
        {{"name"}, {"status"}, {"start_date"}, {"done_date"}},
        {{"LINESTRING(113.985 29.004,114.005 29.004)", {"西片路", "completed", "2022-01-10", "2022-05-01"}}}}});
  const fs::path ws = dir / "briefing.worksmap.toml";
  std::ofstream(ws, std::ios::binary)
      << "title = \"测试县\"\n[districts]\nlayer = \"districts\"\nname_field = \"name\"\n\n"
         "[[layer]]\nsource = \"county.gpkg\"\n\n"
      << slides;
  return ws;
}

const std::string kSlides = R"([[slide]]
title = "东片游园"
district = "东片"
as_of = 2022-07-01

[[slide]]
district = "东片"
as_of = 2022-06-29

[[slide]]
title = "只看已完工道路"
district = "东片"
as_of = 2022-07-01
kinds = ["road"]
statuses = ["completed"]

[[slide]]
title = "2021年完工"
district = "东片"
year = 2021

[[slide]]
title = "东片数据"
district = "东片"
as_of = 2022-07-01
figures = "county"
)";

render::RgbaImage read(const fs::path& png) {
  auto image = render::readPng(png.string());
  EXPECT_TRUE(image) << png;
  return image ? *image : render::RgbaImage{};
}

// The darkest pixel of the 9 × 9 block a quarter of the height below the top, at the middle: the ink of the
// park's hatch (its status colour) when the park is there.
test::Rgb parkPixel(const render::RgbaImage& image) {
  test::Rgb darkest{255, 255, 255};
  for (int y = image.height / 4 - 4; y <= image.height / 4 + 4; ++y)
    for (int x = image.width / 2 - 4; x <= image.width / 2 + 4; ++x) {
      test::Rgb p = test::pixel(image, x, y);
      if (p[0] + p[1] + p[2] < darkest[0] + darkest[1] + darkest[2]) darkest = p;
    }
  return darkest;
}

bool near(test::Rgb a, test::Rgb b) {
  return std::abs(a[0] - b[0]) <= 6 && std::abs(a[1] - b[1]) <= 6 && std::abs(a[2] - b[2]) <= 6;
}

}  // namespace

TEST(SlideRender, EachSlideShowsItsDateFiltersAndDistrict) {
  test::ScopedDir dir;
  const fs::path ws = writeCounty(dir.path, kSlides);
  const fs::path out = dir.path / "slides";
  Outcome r = run("render " + ws.string() + " --slide all -o " + out.string() + " --size 320x240", dir.path);
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(linesStartingWith(r.out, "slide "),
            "slide 1/5: " + (out / "slide-01.png").string() + "\nslide 2/5: " + (out / "slide-02.png").string() +
                "\nslide 3/5: " + (out / "slide-03.png").string() + "\nslide 4/5: " + (out / "slide-04.png").string() +
                "\nslide 5/5: " + (out / "slide-05.png").string() + "\n");
  const test::Rgb completed = test::rgb(test::style().status[2]);
  const test::Rgb building = test::rgb(test::style().status[1]);
  // Framed on 东片: its park where the whole county's view has background (below).
  const render::RgbaImage first = read(out / "slide-01.png");
  EXPECT_EQ(first.width, 320);
  EXPECT_EQ(first.height, 240);
  test::expectNear(parkPixel(first), completed);
  // A day before its completion the park is under construction.
  test::expectNear(parkPixel(read(out / "slide-02.png")), building);
  // Completed roads only: no park colour at the park.
  const test::Rgb roadsOnly = parkPixel(read(out / "slide-03.png"));
  EXPECT_FALSE(near(roadsOnly, completed));
  EXPECT_FALSE(near(roadsOnly, building));
  // 2021's completions: the park (completed 2022-06-30) is not among them.
  const test::Rgb in2021 = parkPixel(read(out / "slide-04.png"));
  EXPECT_FALSE(near(in2021, completed));
  EXPECT_FALSE(near(in2021, building));

  // The same county without a slide: the band across the middle, background a quarter down.
  const fs::path whole = dir.path / "whole.png";
  ASSERT_EQ(
      run("render " + ws.string() + " -o " + whole.string() + " --size 320x240 --as-of 2022-07-01", dir.path).code, 0);
  EXPECT_TRUE(near(test::pixel(read(whole), 160, 60), test::kBackground));
}

TEST(SlideRender, FiguresTableAndTitleAreDrawnOverTheMap) {
  test::ScopedDir dir;
  const fs::path ws = writeCounty(dir.path, kSlides);
  const fs::path plain = dir.path / "plain.png", figures = dir.path / "figures.png";
  ASSERT_EQ(run("render " + ws.string() + " --slide 1 -o " + plain.string() + " --size 800x600", dir.path).code, 0);
  Outcome r = run("render " + ws.string() + " --slide 5 -o " + figures.string() + " --size 800x600", dir.path);
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(linesStartingWith(r.out, "slide "), "slide 5/5: " + figures.string() + "\n");
  const render::RgbaImage a = read(plain), b = read(figures);
  ASSERT_EQ(a.width, 800);
  // At 600 px the overlay's unit is 15 px: the north arrow's panel ends 117.5 px from the top; the table (its
  // heading, a header row and one row per kind: 4.2 rows of 18.75 px) is under it, right-aligned.
  auto differing = [&](int x0, int y0, int x1, int y1) {
    int n = 0;
    for (int y = y0; y < y1; ++y)
      for (int x = x0; x < x1; ++x) n += !near(test::pixel(a, x, y), test::pixel(b, x, y));
    return n;
  };
  EXPECT_GT(differing(600, 130, 790, 190), 400);  // the table's text and rule
  EXPECT_LT(differing(20, 300, 400, 420), 10);    // the map itself is the same slide's
  // The slides' titles differ ("东片游园", "东片数据"): the title line's ink, top left.
  EXPECT_GT(differing(15, 10, 160, 35), 20);
}

TEST(SlideRender, BadSlideNumbersAndMissingNamesAreReported) {
  test::ScopedDir dir;
  const fs::path ws =
      writeCounty(dir.path, kSlides + "\n[[slide]]\nlayers = [\"parks\", \"河流\"]\ndistrict = \"南片\"\n");
  const fs::path out = dir.path / "x.png";
  Outcome r = run("render " + ws.string() + " --slide 7 -o " + out.string() + " --size 320x240", dir.path);
  EXPECT_EQ(r.code, 3);
  EXPECT_EQ(r.err, "--slide must be a slide number from 1 to 6 or 'all', not '7'\n");
  EXPECT_EQ(run("render " + ws.string() + " --slide first -o " + out.string(), dir.path).code, 3);
  EXPECT_FALSE(fs::exists(out));
  // Drawn without what is missing, and said so; check lists them as errors with their lines.
  r = run("render " + ws.string() + " --slide 6 -o " + out.string() + " --size 320x240", dir.path);
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_TRUE(fs::exists(out));
  const std::string file = ws.string();
  EXPECT_NE(r.err.find("warning: " + file + ":37: slide 6 shows layer '河流', which is not among the loaded layers"),
            std::string::npos)
      << r.err;
  r = run("check " + ws.string(), dir.path);
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find(file + ":37: slide 6 shows layer '河流'"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(file + ":38: slide 6 highlights district '南片', which has no boundary in the data"),
            std::string::npos)
      << r.err;
  // A data file has no slides.
  r = run("render " + (dir.path / "county.gpkg").string() + " --slide 1 -o " + out.string(), dir.path);
  EXPECT_EQ(r.code, 3);
  EXPECT_NE(r.err.find("the sources have no slides"), std::string::npos) << r.err;
}

namespace {

// Each expected text is in `text`, spaced as written or without spaces (a PDF's page numbers, "2 / 6", come back
// with or without theirs, by the size they are set at).
void expectText(const std::string& text, std::initializer_list<const char*> expected) {
  std::string compact = text;
  std::erase(compact, ' ');
  for (const char* e : expected)
    EXPECT_TRUE(text.find(e) != std::string::npos || compact.find(e) != std::string::npos) << e << " not in:\n" << text;
}

// `deck` of kSlides into `out` at 640 × 360: a line per page, the cover first, then the file in place.
void writeDeck(const fs::path& ws, const fs::path& out, const fs::path& dir) {
  Outcome r = run("deck " + ws.string() + " -o " + out.string() + " --size 640x360", dir);
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(linesStartingWith(r.out, "page "),
            "page 1/6: 测试县\npage 2/6: 东片游园\npage 3/6: Slide 2\n"
            "page 4/6: 只看已完工道路\npage 5/6: 2021年完工\npage 6/6: 东片数据\n");
  EXPECT_NE(r.out.find(out.string() + ": 6 pages\n"), std::string::npos) << r.out;
  EXPECT_TRUE(fs::exists(out));
  EXPECT_FALSE(fs::exists(out.string() + ".tmp"));
}

}  // namespace

TEST(Deck, WritesACoverAndAPagePerSlideWithSearchableText) {
  test::ScopedDir dir;
  const fs::path ws = writeCounty(dir.path, kSlides);
  const fs::path pdf = dir.path / "briefing.pdf";
  writeDeck(ws, pdf, dir.path);
  EXPECT_EQ(test::pdfPages(pdf), 6);
  // The cover: its heading, the workspace's title and the sentence for the slides' period (2021: nothing done).
  expectText(commandOutput("pdftotext " + pdf.string() + " -"),
             {"Works briefing", "测试县", "Works completed from 2021-01-01 to 2021-12-31", "0 roads built or renovated",
              "东片游园", "Slide 2", "只看已完工道路", "2021年完工", "东片数据", "Works progress as of 2022-07-01",
              "County figures", "Completed amount", "2/6", "6/6"});
}

TEST(Deck, LeavesNothingBehindWhenItCannotWrite) {
  test::ScopedDir dir;
  const fs::path ws = writeCounty(dir.path, kSlides);
  Outcome r =
      run("deck " + ws.string() + " -o " + (dir.path / "missing" / "b.pdf").string() + " --size 320x180", dir.path);
  EXPECT_EQ(r.code, 4);
  EXPECT_NE(r.err.find("the PDF could not be written"), std::string::npos) << r.err;
  r = run("deck " + (dir.path / "county.gpkg").string() + " -o " + (dir.path / "c.pdf").string(), dir.path);
  EXPECT_EQ(r.code, 3);
  EXPECT_FALSE(fs::exists(dir.path / "c.pdf"));
  EXPECT_FALSE(fs::exists(dir.path / "missing"));
}

TEST(Deck, WritesAPptxThatLibreOfficeOpensWithItsText) {
  test::ScopedDir dir;
  std::string slides = kSlides;  // the first slide with speaker notes
  slides.replace(slides.find("as_of"), 0, "notes = \"先讲东片游园\\n再讲道路\"\n");
  const fs::path ws = writeCounty(dir.path, slides);
  const fs::path pptx = dir.path / "briefing.pptx";
  writeDeck(ws, pptx, dir.path);
  // LibreOffice (headless, its profile under the test's folder, never the user's) converts it to a PDF without
  // asking for a repair, the notes pages after the slides: a page per slide, the text as the deck wrote it, then
  // a notes page per slide. Its first start takes a while.
  const fs::path home = dir.path / "home", converted = dir.path / "converted";
  const std::string log = commandOutput(
      "HOME=" + home.string() + " soffice -env:UserInstallation=file://" + (home / "profile").string() +
      " --headless --convert-to 'pdf:impress_pdf_Export:{\"ExportNotesPages\":{\"type\":\"boolean\",\"value\":"
      "\"true\"}}' --outdir " +
      converted.string() + " " + pptx.string() + " 2>&1");
  const fs::path pdf = converted / "briefing.pdf";
  ASSERT_TRUE(fs::exists(pdf)) << log;
  EXPECT_EQ(test::pdfPages(pdf), 12);
  expectText(commandOutput("pdftotext -l 6 " + pdf.string() + " -"),
             {"Works briefing", "测试县", "Works completed from 2021-01-01 to 2021-12-31", "0 roads built or renovated",
              "东片游园", "Slide 2", "只看已完工道路", "2021年完工", "东片数据", "Works progress as of 2022-07-01",
              "County figures", "Completed amount", "parks", "2/6", "6/6"});
  EXPECT_EQ(commandOutput("pdftotext -l 6 " + pdf.string() + " -").find("先讲东片游园"), std::string::npos);
  expectText(commandOutput("pdftotext -f 8 -l 8 " + pdf.string() + " -"), {"先讲东片游园\n再讲道路"});
}

TEST(Deck, RefusesAnOutputThatIsNeitherPdfNorPptx) {
  test::ScopedDir dir;
  const fs::path ws = writeCounty(dir.path, kSlides);
  const fs::path out = dir.path / "briefing.ppt";
  Outcome r = run("deck " + ws.string() + " -o " + out.string(), dir.path);
  EXPECT_EQ(r.code, 3);
  EXPECT_EQ(r.err, "-o must name a .pdf or .pptx file, not '" + out.string() + "'\n");
  EXPECT_FALSE(fs::exists(out));
  r = run("deck " + ws.string() + " -o " + (dir.path / "missing" / "b.pptx").string() + " --size 320x180", dir.path);
  EXPECT_EQ(r.code, 4);
  EXPECT_NE(r.err.find("the PPTX could not be written"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(dir.path / "missing"));
}
