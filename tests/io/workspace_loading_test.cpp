// A workspace's settings take effect when loading: working CRS, per-layer encoding, field mapping, the district
// layer and its name field.
#include <fstream>

#include <gtest/gtest.h>

#include "io/catalog_loader.hpp"
#include "support/fixture_writer.hpp"

using namespace wm;
namespace fs = std::filesystem;

namespace {

// A register with pinyin-abbreviated columns (XMMC 项目名称, ZT 状态, JGRQ 竣工日期, SSPQ 所属片区), GBK text and a
// .cpg that wrongly says UTF-8, plus a district layer named 片区界线 whose names are in PQMC.
void writeData(const fs::path& dir) {
  test::writeVector(dir / "register.shp", {{"register",
                                            4490,
                                            {{"XMMC"}, {"ZT"}, {"JGRQ"}, {"SSPQ"}},
                                            {{"POINT(114.005 29.005)", {"北湖路游园", "已完工", "2022-08-30", ""}},
                                             {"POINT(114.015 29.005)", {"东区停车场", "在建", "", "东区"}}},
                                            {"ENCODING=CP936"}}});
  std::ofstream(dir / "register.cpg") << "UTF-8";
  test::writeVector(dir / "boundaries.gpkg",
                    {{"片区界线",
                      4490,
                      {{"PQMC"}},
                      {{"POLYGON((114 29,114.01 29,114.01 29.01,114 29.01,114 29))", {"北区"}},
                       {"POLYGON((114.01 29,114.02 29,114.02 29.01,114.01 29.01,114.01 29))", {"东区"}}}}});
}

domain::Catalog loadWorkspace(const fs::path& dir, const std::string& text, core::Diagnostics* problems = nullptr,
                              const io::LoadOptions& options = {}) {
  std::ofstream(dir / "county.worksmap.toml") << text;
  auto sources = io::requestFromSources({(dir / "county.worksmap.toml").string()});
  EXPECT_FALSE(sources.anyUnreadable);
  auto c = io::loadCatalog(sources.request, options);
  if (problems) {
    problems->append(sources.problems);
    problems->append(c.diagnostics);
  }
  return c;
}

const char* kWorkspace = R"(title = "测试县"
crs = "EPSG:4546"

[districts]
layer = "片区界线"
name_field = "PQMC"

[[layer]]
source = "boundaries.gpkg"

[[layer]]
source = "register.shp"
role = "works"
kind = "游园"
encoding = "GBK"

[layer.fields]
name = "XMMC"
status = "ZT"
done_date = "JGRQ"
district = "SSPQ"
)";

}  // namespace

TEST(WorkspaceLoading, SettingsTakeEffect) {
  test::ScopedDir dir;
  writeData(dir.path);
  core::Diagnostics problems;
  auto c = loadWorkspace(dir.path, kWorkspace, &problems);
  EXPECT_EQ(c.workingCrs.epsg(), 4546);  // the workspace's, not the auto zone (which would be 4547 at 114E)
  ASSERT_EQ(c.projects.size(), 2u);
  EXPECT_EQ(c.projects[0].name, "北湖路游园");  // GBK decoded as the workspace says, despite the .cpg
  EXPECT_EQ(c.projects[0].recorded, domain::RecordedStatus::Completed);
  ASSERT_TRUE(c.projects[0].done);
  EXPECT_EQ(c.projects[0].done->iso(), "2022-08-30");
  EXPECT_EQ(c.projects[0].kind, domain::Kind::Park);
  ASSERT_EQ(c.districts.size(), 2u);
  EXPECT_EQ(c.districts[0].name, "北区");
  EXPECT_EQ(c.districts[static_cast<std::size_t>(c.projects[0].district)].name, "北区");  // spatial join
  EXPECT_EQ(c.districts[static_cast<std::size_t>(c.projects[1].district)].name, "东区");  // attribute
  const auto& works = c.layers[1].info;
  EXPECT_EQ(works.encoding, "CP936");
  EXPECT_EQ(works.encodingHow.source, domain::EncodingSource::Workspace);
  EXPECT_TRUE(problems.empty()) << core::formatDiagnostic(problems.items()[0], core::Lang::En);
}

TEST(WorkspaceLoading, WithoutTheJoinOnlyTheDistrictAttributeIsRead) {
  test::ScopedDir dir;
  writeData(dir.path);
  io::LoadOptions options;
  options.joinDistricts = false;
  auto c = loadWorkspace(dir.path, kWorkspace, nullptr, options);
  ASSERT_EQ(c.projects.size(), 2u);
  EXPECT_EQ(c.projects[0].district, domain::kNoDistrict);  // no attribute: left to the join
  ASSERT_GE(c.projects[1].district, 0);
  EXPECT_EQ(c.districts[static_cast<std::size_t>(c.projects[1].district)].name, "东区");
}

TEST(WorkspaceLoading, MappingToAMissingColumnIsReportedWithTheLine) {
  test::ScopedDir dir;
  writeData(dir.path);
  std::string text = kWorkspace;
  text.replace(text.find("\"JGRQ\""), 6, "\"JGRQ2\"");
  core::Diagnostics problems;
  auto c = loadWorkspace(dir.path, text, &problems);
  ASSERT_FALSE(problems.empty());
  EXPECT_EQ(
      core::formatDiagnostic(problems.items()[0], core::Lang::En),
      // Line 11 is the [[layer]] entry that holds the mapping.
      (dir.path / "county.worksmap.toml").string() + ":11: column 'JGRQ2' (for done_date) is not in layer register");
  EXPECT_EQ(c.projects.size(), 2u);
  EXPECT_FALSE(c.projects[0].done.has_value());
}
