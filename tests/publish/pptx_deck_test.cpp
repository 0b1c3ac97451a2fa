// The PPTX package as written: its parts, their relationships and content types, the slide's shapes and the
// map's PNG, read back with libzip. (That LibreOffice opens it is checked with the render tests, by soffice.)
#include "publish/pptx_deck.hpp"

#include <filesystem>
#include <map>
#include <regex>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <zip.h>

#include "publish/pptx_parts.hpp"
#include "support/fixture_writer.hpp"

using namespace wm;
namespace fs = std::filesystem;

namespace {

// Every member of the zip, in the archive's order, with its bytes.
std::vector<std::pair<std::string, std::string>> members(const fs::path& file) {
  std::vector<std::pair<std::string, std::string>> out;
  int error = 0;
  zip_t* archive = zip_open(file.c_str(), ZIP_RDONLY, &error);
  if (!archive) return out;
  for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
    zip_stat_t stat;
    zip_stat_index(archive, static_cast<zip_uint64_t>(i), 0, &stat);
    std::string bytes(stat.size, '\0');
    zip_file_t* f = zip_fopen_index(archive, static_cast<zip_uint64_t>(i), 0);
    zip_fread(f, bytes.data(), stat.size);
    zip_fclose(f);
    out.emplace_back(stat.name, std::move(bytes));
  }
  zip_close(archive);
  return out;
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
  return n;
}

// A 16 × 9 picture, red.
std::vector<std::uint8_t> redPixels() {
  std::vector<std::uint8_t> rgba(16 * 9 * 4, 0);
  for (std::size_t i = 0; i < rgba.size(); i += 4) rgba[i] = rgba[i + 3] = 255;
  return rgba;
}

fs::path writeDeck(const fs::path& dir) {
  const fs::path file = dir / "b.pptx";
  auto deck = publish::PptxDeck::open(file, 9.0 / 16);
  EXPECT_TRUE(deck);
  const std::vector<std::uint8_t> rgba = redPixels();
  (*deck)->addCover({"城建项目汇报", "测试县", "截至 2022-07-01", "新建改造城市道路 2 条"});
  const publish::DeckPage page{"东片 <A&B>",         "副标题",
                               "2022-07-01",         {"全县数据", {{"类型", "合计"}, {"道路", "2"}}},
                               {16, 9, rgba.data()}, "先讲人民路\r\n再讲滨河游园"};
  (*deck)->addPage(page, 2, 2);
  EXPECT_TRUE((*deck)->finish());
  return file;
}

}  // namespace

TEST(PptxDeck, PackageHoldsEveryPartWithItsContentTypeAndRelationship) {
  test::ScopedDir dir;
  const auto parts = members(writeDeck(dir.path));
  ASSERT_FALSE(parts.empty());
  EXPECT_EQ(parts.front().first, "[Content_Types].xml");
  std::map<std::string, std::string> byName(parts.begin(), parts.end());
  for (const char* name :
       {"_rels/.rels", "ppt/presentation.xml", "ppt/_rels/presentation.xml.rels", "ppt/slideMasters/slideMaster1.xml",
        "ppt/slideLayouts/slideLayout1.xml", "ppt/theme/theme1.xml", "ppt/slides/slide1.xml", "ppt/slides/slide2.xml",
        "ppt/slides/_rels/slide2.xml.rels", "ppt/media/map2.png", "docProps/core.xml"})
    EXPECT_EQ(byName.count(name), 1u) << name;
  EXPECT_EQ(byName.count("ppt/media/map1.png"), 0u);  // the cover has no picture, and no notes
  EXPECT_EQ(byName.count("ppt/notesSlides/notesSlide1.xml"), 0u);
  const std::string& types = byName["[Content_Types].xml"];
  EXPECT_EQ(count(types, "presentationml.slide+xml"), 2u);
  EXPECT_EQ(count(types, "presentationml.notesSlide+xml"), 1u);
  EXPECT_NE(types.find("<Default Extension=\"png\" ContentType=\"image/png\"/>"), std::string::npos);
  // The master, two slides, then the properties, theme, table styles and notes master: rId1 … rId8, each once.
  const std::string& rels = byName["ppt/_rels/presentation.xml.rels"];
  for (int id = 1; id <= 8; ++id) EXPECT_EQ(count(rels, "Id=\"rId" + std::to_string(id) + "\""), 1u) << id;
  EXPECT_NE(rels.find("Id=\"rId8\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                      "notesMaster\""),
            std::string::npos);
  EXPECT_NE(byName["ppt/presentation.xml"].find("<p:notesMasterId r:id=\"rId8\"/>"), std::string::npos);
  const std::string& slideRels = byName["ppt/slides/_rels/slide2.xml.rels"];
  EXPECT_NE(slideRels.find("Target=\"../media/map2.png\""), std::string::npos);
  EXPECT_NE(slideRels.find("Target=\"../notesSlides/notesSlide2.xml\""), std::string::npos);
  EXPECT_NE(byName["ppt/notesSlides/_rels/notesSlide2.xml.rels"].find("Target=\"../slides/slide2.xml\""),
            std::string::npos);
  // 960 points wide, the 84-point band and a 16:9 map (540 points) high, in EMU (12,700 a point).
  EXPECT_NE(byName["ppt/presentation.xml"].find("<p:sldSz cx=\"12192000\" cy=\"7924800\"/>"), std::string::npos);
}

TEST(PptxDeck, SlideHasTheTitleTheMapATableAndTheSlideNumber) {
  test::ScopedDir dir;
  const auto parts = members(writeDeck(dir.path));
  std::map<std::string, std::string> byName(parts.begin(), parts.end());
  const std::string& slide = byName["ppt/slides/slide2.xml"];
  EXPECT_NE(slide.find("<p:ph type=\"title\"/>"), std::string::npos);
  EXPECT_NE(slide.find("<a:t>东片 &lt;A&amp;B&gt;</a:t>"), std::string::npos);
  EXPECT_NE(slide.find("<a:t>副标题 · 2022-07-01</a:t>"), std::string::npos);
  EXPECT_NE(slide.find("<a:blip r:embed=\"rId2\"/>"), std::string::npos);
  EXPECT_NE(slide.find("type=\"slidenum\""), std::string::npos);
  EXPECT_NE(slide.find("<a:t> / 2</a:t>"), std::string::npos);
  // The table: two columns, its heading across both, then the header row and one row.
  EXPECT_EQ(count(slide, "<a:gridCol "), 2u);
  EXPECT_EQ(count(slide, "<a:tr "), 3u);
  EXPECT_NE(slide.find("gridSpan=\"2\""), std::string::npos);
  EXPECT_NE(slide.find("<a:t>道路</a:t>"), std::string::npos);
  EXPECT_NE(slide.find("lang=\"zh-CN\""), std::string::npos);
  // The map is a 16 × 9 PNG (its IHDR: width and height as 4-byte big-endian numbers from byte 16).
  const std::string& png = byName["ppt/media/map2.png"];
  ASSERT_GT(png.size(), 24u);
  EXPECT_EQ(png.substr(1, 3), "PNG");
  EXPECT_EQ(static_cast<unsigned char>(png[19]), 16);
  EXPECT_EQ(static_cast<unsigned char>(png[23]), 9);
  EXPECT_NE(byName["ppt/slides/slide1.xml"].find("<a:t>新建改造城市道路 2 条</a:t>"), std::string::npos);
  // The speaker notes, a paragraph a line (the carriage return dropped), on the notes page only.
  const std::string& notes = byName["ppt/notesSlides/notesSlide2.xml"];
  EXPECT_NE(notes.find("<a:t>先讲人民路</a:t></a:r></a:p><a:p><a:r><a:rPr lang=\"zh-CN\" dirty=\"0\"/>"
                       "<a:t>再讲滨河游园</a:t>"),
            std::string::npos)
      << notes;
  EXPECT_EQ(slide.find("先讲人民路"), std::string::npos);
}

TEST(PptxDeck, LeavesNothingBehindWhenItCannotWriteOrIsAbandoned) {
  test::ScopedDir dir;
  EXPECT_FALSE(publish::PptxDeck::open(dir.path / "missing" / "b.pptx", 0.5));
  {
    auto deck = publish::PptxDeck::open(dir.path / "abandoned.pptx", 0.5);
    ASSERT_TRUE(deck);
    (*deck)->addCover({"a", "b", "c", "d"});
  }
  EXPECT_TRUE(fs::is_empty(dir.path));
}
