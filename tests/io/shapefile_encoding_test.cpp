// Chinese shapefiles as bureaus really have them: GBK with no .cpg, a .cpg that lies, only a DBF language id.
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "io/catalog_loader.hpp"
#include "support/fixture_writer.hpp"

using namespace wm;
namespace fs = std::filesystem;

namespace {

const char* kNames[] = {"车站路东侧洞子口游园", "天鹅路城南路交叉口游园", "城区污水管网"};

// Writes parks.shp with GBK-encoded text (GDAL recodes from UTF-8 on write), then sets the .cpg and the DBF
// language driver byte as the case needs. cpg empty = remove the .cpg.
void writeGbkParks(const fs::path& dir, const std::string& cpg, unsigned char ldid) {
  test::FixtureLayer layer{"parks", 4490, {{"name"}, {"status"}}, {}, {"ENCODING=CP936"}};
  double x = 114.0;
  for (const char* name : kNames) {
    layer.features.push_back({"POINT(" + std::to_string(x) + " 29)", {name, "已完工"}});
    x += 0.01;
  }
  test::writeVector(dir / "parks.shp", {layer});
  fs::remove(dir / "parks.cpg");
  if (!cpg.empty()) std::ofstream(dir / "parks.cpg") << cpg;
  std::fstream dbf(dir / "parks.dbf", std::ios::in | std::ios::out | std::ios::binary);
  dbf.seekp(29);
  dbf.put(static_cast<char>(ldid));
}

domain::Catalog load(const fs::path& file) {
  auto sources = io::requestFromSources({file.string()});
  return io::loadCatalog(sources.request);
}

void expectChineseNames(const domain::Catalog& c) {
  ASSERT_EQ(c.projects.size(), 3u);
  for (std::size_t i = 0; i < 3; ++i) EXPECT_EQ(c.projects[i].name, kNames[i]);
  for (const auto& p : c.projects) EXPECT_EQ(p.recorded, domain::RecordedStatus::Completed);
}

}  // namespace

TEST(ShapefileEncoding, GbkWithoutCpgOrLanguageIdIsDetected) {
  test::ScopedDir dir;
  writeGbkParks(dir.path, "", 0);
  std::string before = test::directorySnapshot(dir.path);
  auto c = load(dir.path / "parks.shp");
  expectChineseNames(c);
  EXPECT_EQ(c.layers[0].info.encoding, "GB18030");
  EXPECT_EQ(c.layers[0].info.encodingHow.source, domain::EncodingSource::Detected);
  EXPECT_EQ(test::directorySnapshot(dir.path), before);
}

TEST(ShapefileEncoding, CpgThatSaysUtf8ButHoldsGbkIsOverruledAndReported) {
  test::ScopedDir dir;
  writeGbkParks(dir.path, "UTF-8", 0);
  auto c = load(dir.path / "parks.shp");
  expectChineseNames(c);
  EXPECT_EQ(c.layers[0].info.encoding, "GB18030");
  ASSERT_FALSE(c.diagnostics.empty());
  EXPECT_EQ(core::formatDiagnostic(c.diagnostics.items()[0], core::Lang::En),
            (dir.path / "parks.shp").string() +
                ": layer parks: the encoding declared as UTF-8 does not fit the text; decoded as GB18030 instead");
}

TEST(ShapefileEncoding, LanguageDriverIdAloneIsHonoured) {
  test::ScopedDir dir;
  writeGbkParks(dir.path, "", 0x4D);  // 0x4D: code page 936 (Simplified Chinese GBK)
  auto c = load(dir.path / "parks.shp");
  expectChineseNames(c);
  EXPECT_EQ(c.layers[0].info.encoding, "CP936");
  // The byte itself travels to the layer's details, in either language.
  EXPECT_EQ(c.layers[0].info.encodingHow.source, domain::EncodingSource::Ldid);
  EXPECT_EQ(c.layers[0].info.encodingHow.ldid, 0x4D);
  EXPECT_EQ(domain::encodingHowText(c.layers[0].info.encodingHow, core::Lang::En),
            "from the DBF language driver id 0x4D");
  EXPECT_EQ(domain::encodingHowText(c.layers[0].info.encodingHow, core::Lang::Zh), "来自 DBF 语言驱动标识 0x4D");
}

TEST(ShapefileEncoding, TruthfulCpgIsUsed) {
  test::ScopedDir dir;
  writeGbkParks(dir.path, "GBK", 0);
  auto c = load(dir.path / "parks.shp");
  expectChineseNames(c);
  EXPECT_EQ(c.layers[0].info.encodingHow.source, domain::EncodingSource::Cpg);
  EXPECT_TRUE(c.diagnostics.empty()) << core::formatDiagnostic(c.diagnostics.items()[0], core::Lang::En);
}
