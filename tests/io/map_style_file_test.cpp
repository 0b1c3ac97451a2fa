// Map style files: the bundled default, overrides over a base style, and exact messages for bad input.
#include "io/map_style_file.hpp"

#include <cstdlib>
#include <fstream>

#include <gtest/gtest.h>

#include "support/fixture_writer.hpp"

using namespace wm;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> messages(const io::StyleLoad& load) {
  std::vector<std::string> out;
  for (const auto& d : load.problems.items()) out.push_back(core::formatDiagnostic(d, core::Lang::En));
  return out;
}

const domain::MapStyle& builtIn() { return domain::builtInMapStyle(); }

// Restores WORKSMAP_ASSETS when a test is done with it.
struct AssetsOverride {
  explicit AssetsOverride(const std::string& dir) {
    if (const char* old = std::getenv("WORKSMAP_ASSETS")) _old = old;
    setenv("WORKSMAP_ASSETS", dir.c_str(), 1);
  }
  ~AssetsOverride() {
    if (_old.empty())
      unsetenv("WORKSMAP_ASSETS");
    else
      setenv("WORKSMAP_ASSETS", _old.c_str(), 1);
  }
  std::string _old;
};

}  // namespace

TEST(MapStyleFile, BundledDefaultSetsEveryValueOfTheBuiltInStyle) {
  // Read over an empty style (no rules, zero colours), the file alone must give the built-in style exactly.
  auto load = io::loadStyleFile(fs::path(WORKSMAP_SOURCE_DIR) / "assets" / "styles" / "default.toml", {});
  EXPECT_TRUE(load.read);
  EXPECT_TRUE(messages(load).empty()) << messages(load).front();
  ASSERT_EQ(load.style.baseRules.size(), builtIn().baseRules.size());
  for (std::size_t i = 0; i < builtIn().baseRules.size(); ++i)
    EXPECT_TRUE(load.style.baseRules[i] == builtIn().baseRules[i]) << builtIn().baseRules[i].name;
  EXPECT_TRUE(load.style == builtIn());
}

TEST(MapStyleFile, DefaultStyleIsFoundThroughWorksmapAssets) {
  test::ScopedDir dir;
  fs::create_directories(dir.path / "styles");
  std::ofstream(dir.path / "styles" / "default.toml") << "[status]\nplanned = \"#000000\"\n";
  AssetsOverride assets(dir.path.string());
  EXPECT_EQ(io::defaultStylePath(), dir.path / "styles" / "default.toml");
  auto load = io::loadDefaultStyle();
  EXPECT_TRUE(load.read);
  EXPECT_EQ(load.style.status[0], (domain::Rgba{0, 0, 0, 1}));
  EXPECT_EQ(load.style.status[1], builtIn().status[1]);  // the rest stays built in
}

TEST(MapStyleFile, MissingDefaultStyleFallsBackToTheBuiltInOneWithAWarning) {
  test::ScopedDir dir;
  AssetsOverride assets(dir.path.string());
  auto load = io::loadDefaultStyle();
  EXPECT_FALSE(load.read);
  EXPECT_TRUE(load.style == builtIn());
  ASSERT_EQ(load.problems.size(), 1u);
  EXPECT_EQ(load.problems.items()[0].severity, core::Severity::Warning);
  EXPECT_EQ(messages(load)[0], (dir.path / "styles" / "default.toml").string() +
                                   ": the map style file cannot be read; the built-in style is used");
}

TEST(MapStyleFile, BadColourAndUnknownKeyAreErrorsWithFileAndLine) {
  auto load = io::parseStyle(
      "[status]\n"
      "planned = \"#12345\"\n"
      "completed = \"#00ff00\"\n"
      "\n"
      "[base.water]\n"
      "colour = \"#0000ff\"\n"
      "fill = 3\n",
      "my.toml", builtIn());
  EXPECT_TRUE(load.read);
  ASSERT_EQ(messages(load), (std::vector<std::string>{
                                "my.toml:2: 'planned' must be a colour like \"#4a7ab5\" (or \"#4a7ab580\" with "
                                "opacity), not '#12345'",
                                "my.toml:6: unknown key 'colour'",
                                "my.toml:7: 'fill' must be a colour like \"#4a7ab5\" (or \"#4a7ab580\" with "
                                "opacity), not '3'",
                            }));
  EXPECT_EQ(load.style.status[0], builtIn().status[0]);         // the bad value leaves the base's
  EXPECT_EQ(load.style.status[2], (domain::Rgba{0, 1, 0, 1}));  // the good one is taken
  EXPECT_EQ(load.style.ruleFor(domain::LayerRole::Base, "lake")->fill, builtIn().baseRules[1].fill);
}

TEST(MapStyleFile, NumbersOutOfRangeAndUnknownPatternsAreNamed) {
  auto load = io::parseStyle(
      "[works]\n"
      "line_width = 0\n"
      "[kinds.park]\n"
      "fill = \"zebra\"\n"
      "[kinds.tunnel]\n"
      "fill = \"dots\"\n",
      "my.toml", builtIn());
  ASSERT_EQ(messages(load).size(), 3u);
  EXPECT_EQ(messages(load)[0], "my.toml:2: 'line_width' must be a number from 0.5 to 64");
  EXPECT_EQ(messages(load)[1],
            "my.toml:4: 'fill' cannot be 'zebra'; use one of: solid, diagonal, back_diagonal, cross_hatch, dots, "
            "horizontal");
  EXPECT_TRUE(messages(load)[2].starts_with("my.toml:5: 'kinds' cannot be 'tunnel'; use one of: road, park, "))
      << messages(load)[2];
}

TEST(MapStyleFile, WidthOnTheGroundIsReadPerKindRuleAndClassAndANegativeOrTextValueIsNamed) {
  // The built-in style: road works 12 m wide on the ground, every other kind and base line none.
  EXPECT_FLOAT_EQ(builtIn().kind(domain::Kind::Road).widthM, 12.0f);
  EXPECT_FLOAT_EQ(builtIn().kind(domain::Kind::Sewer).widthM, 0.0f);
  EXPECT_FLOAT_EQ(builtIn().baseRules[3].classes[0].widthM, 0.0f);
  auto load = io::parseStyle(
      "[kinds.road]\n"
      "width_m = 15\n"
      "[kinds.sewer]\n"
      "width_m = 2.5\n"
      "[kinds.park]\n"
      "width_m = -3\n"
      "[kinds.parking]\n"
      "width_m = \"wide\"\n"
      "[base.roads]\n"
      "width_m = 8\n"
      "[base.roads.classes.primary]\n"
      "width_m = 20.0\n",
      "my.toml", builtIn());
  EXPECT_EQ(messages(load), (std::vector<std::string>{
                                "my.toml:6: 'width_m' must be a number from 0 to 200",
                                "my.toml:8: 'width_m' must be a number from 0 to 200",
                            }));
  EXPECT_FLOAT_EQ(load.style.kind(domain::Kind::Road).widthM, 15.0f);
  EXPECT_FLOAT_EQ(load.style.kind(domain::Kind::Sewer).widthM, 2.5f);
  EXPECT_FLOAT_EQ(load.style.kind(domain::Kind::Park).widthM, 0.0f);  // bad values leave the base's
  EXPECT_FLOAT_EQ(load.style.kind(domain::Kind::Parking).widthM, 0.0f);
  const domain::BaseRule* roads = load.style.ruleFor(domain::LayerRole::Base, "roads");
  ASSERT_NE(roads, nullptr);
  EXPECT_FLOAT_EQ(roads->widthM, 8.0f);
  EXPECT_FLOAT_EQ(roads->classes[1].widthM, 20.0f);  // primary
  EXPECT_FLOAT_EQ(roads->classes[0].widthM, 0.0f);   // motorway: as before
}

TEST(MapStyleFile, OverridesMergeByRuleAndClassNameAndNewRulesMatchByKeyword) {
  auto load = io::parseStyle(
      "class_columns = [\"DLDJ\"]\n"
      "[base.roads.classes.primary]\n"
      "width = 6\n"
      "[base.roads.classes.track]\n"
      "values = [\"机耕路\"]\n"
      "[base.power]\n"
      "keywords = [\"电力\"]\n"
      "line = \"#ff000080\"\n"
      "pattern = \"long_dash\"\n",
      "my.toml", builtIn());
  EXPECT_TRUE(messages(load).empty()) << messages(load).front();
  EXPECT_EQ(load.style.classColumns, std::vector<std::string>{"DLDJ"});
  const domain::BaseRule* roads = load.style.ruleFor(domain::LayerRole::Base, "roads");
  ASSERT_NE(roads, nullptr);
  ASSERT_EQ(roads->classes.size(), 5u);
  EXPECT_EQ(roads->classes[1].widthPx, 6.0f);                                 // primary: width changed
  EXPECT_EQ(roads->classes[1].line, builtIn().baseRules[3].classes[1].line);  // its colour kept
  EXPECT_EQ(roads->classes[4].name, "track");  // a new class: the rule's width and colour
  EXPECT_EQ(roads->classes[4].widthPx, 1.5f);
  EXPECT_EQ(domain::MapStyle::classIndex(*roads, " 机耕路 "), 4);
  const domain::BaseRule* power = load.style.ruleFor(domain::LayerRole::Base, "电力线2023");
  ASSERT_NE(power, nullptr);
  EXPECT_EQ(power->name, "power");
  EXPECT_EQ(power->line, (domain::Rgba{1, 0, 0, 128 / 255.0f}));
  EXPECT_EQ(power->pattern, domain::LinePattern::LongDash);
  EXPECT_EQ(load.style.ruleFor(domain::LayerRole::Base, "station")->name, "other");  // the fallback
}

TEST(MapStyleFile, SyntaxErrorsAndUnreadableFilesAreReported) {
  auto bad = io::parseStyle("[status\nplanned = 1\n", "my.toml", builtIn());
  EXPECT_FALSE(bad.read);
  ASSERT_EQ(messages(bad).size(), 1u);
  EXPECT_TRUE(messages(bad)[0].starts_with("my.toml:1: syntax error: ")) << messages(bad)[0];
  auto missing = io::loadStyleFile("/nonexistent/style.toml", builtIn());
  EXPECT_FALSE(missing.read);
  EXPECT_EQ(messages(missing), std::vector<std::string>{"/nonexistent/style.toml: the style file cannot be read"});
  // Found while writing the workspace fuzz target (docs/fuzzing.md): a device would be read without end.
  auto device = io::loadStyleFile("/dev/zero", builtIn());
  EXPECT_FALSE(device.read);
  EXPECT_EQ(messages(device), std::vector<std::string>{"/dev/zero: the style file cannot be read"});
}
