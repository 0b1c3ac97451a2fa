#include "io/workspace.hpp"

#include <fstream>
#include <string>

#include <unistd.h>

#include <gtest/gtest.h>

#include "core/diagnostic.hpp"

using namespace wm;
using namespace wm::io;
namespace fs = std::filesystem;

namespace {

// Each test writes its workspace files into a folder of its own.
class WorkspaceFile : public ::testing::Test {
protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    _dir = fs::temp_directory_path() / ("wm_workspace_" + std::to_string(getpid()) + "_" + info->name());
    fs::remove_all(_dir);
    fs::create_directories(_dir);
  }
  void TearDown() override { fs::remove_all(_dir); }

  fs::path write(const std::string& text, const std::string& name = "county.worksmap.toml") {
    fs::path file = _dir / name;
    std::ofstream(file, std::ios::binary) << text;
    return file;
  }

  static std::vector<std::string> messages(const WorkspaceLoad& load) {
    std::vector<std::string> out;
    for (const auto& d : load.problems.items()) out.push_back(core::formatDiagnostic(d, core::Lang::En));
    return out;
  }

  fs::path _dir;
};

}  // namespace

TEST_F(WorkspaceFile, ReadsEveryKey) {
  fs::path file = write(R"(title = "示例县城建项目"
crs = "EPSG:4547"

[districts]
layer = "片区"
name_field = "PQMC"

[[layer]]
source = "data/works.shp"
role = "works"
kind = "停车场"
encoding = "GBK"
crs = "EPSG:4490"
visible = false

[layer.fields]
name = "XMMC"
"开工日期" = "KGRQ"
plan_done = "JHWG"

[[layer]]
source = "PG:dbname=county user=gis"
layer = "public.roads"
role = "base"

[[slide]]
title = "2024年上半年"
caption = "城区片区"
as_of = 2024-06-30
view = "3d"
district = "城关镇"
layers = ["works", "roads"]
kinds = ["road", "游园"]

[[slide]]
as_of = "2024年12月31日"
)");
  WorkspaceLoad load = loadWorkspace(file);
  ASSERT_TRUE(load.workspace);
  EXPECT_TRUE(load.problems.empty()) << testing::PrintToString(messages(load));
  const Workspace& ws = *load.workspace;
  EXPECT_EQ(ws.file, file);
  EXPECT_EQ(ws.title, "示例县城建项目");
  EXPECT_EQ(ws.crs, "EPSG:4547");
  ASSERT_TRUE(ws.districts);
  EXPECT_EQ(ws.districts->layerName, "片区");
  EXPECT_EQ(ws.districts->nameField, "PQMC");
  EXPECT_EQ(ws.districts->line, 4);

  ASSERT_EQ(ws.layers.size(), 2u);
  const WorkspaceLayer& works = ws.layers[0];
  EXPECT_EQ(works.source, (_dir / "data/works.shp").string());
  EXPECT_EQ(works.layerName, "");
  EXPECT_EQ(works.role, domain::LayerRole::Works);
  EXPECT_EQ(works.kind, domain::Kind::Parking);
  EXPECT_EQ(works.encoding, "CP936");
  EXPECT_EQ(works.crs, "EPSG:4490");
  EXPECT_FALSE(works.visible);
  EXPECT_EQ(works.line, 8);
  std::map<WorksField, std::string> fields{
      {WorksField::Name, "XMMC"}, {WorksField::StartDate, "KGRQ"}, {WorksField::PlanDone, "JHWG"}};
  EXPECT_EQ(works.fields, fields);
  const WorkspaceLayer& roads = ws.layers[1];
  EXPECT_EQ(roads.source, "PG:dbname=county user=gis");
  EXPECT_EQ(roads.layerName, "public.roads");
  EXPECT_EQ(roads.role, domain::LayerRole::Base);
  EXPECT_TRUE(roads.visible);
  EXPECT_EQ(roads.kind, std::nullopt);

  ASSERT_EQ(ws.slides.size(), 2u);
  const domain::Slide& first = ws.slides[0];
  EXPECT_EQ(first.title, "2024年上半年");
  EXPECT_EQ(first.subtitle, "城区片区");
  EXPECT_EQ(first.asOf, core::Date::fromYmd(2024, 6, 30));
  EXPECT_TRUE(first.camera.threeD);
  EXPECT_EQ(first.district, "城关镇");
  EXPECT_EQ(first.layers, (std::vector<std::string>{"works", "roads"}));
  EXPECT_EQ(first.kinds, (std::vector<domain::Kind>{domain::Kind::Road, domain::Kind::Park}));
  EXPECT_EQ(first.line, 26);
  EXPECT_EQ(ws.slides[1].asOf, core::Date::fromYmd(2024, 12, 31));
  EXPECT_FALSE(ws.slides[1].camera.threeD);
}

TEST_F(WorkspaceFile, DefaultsWhenKeysAreLeftOut) {
  WorkspaceLoad load = loadWorkspace(write("[[layer]]\nsource = \"geodata\"\n"));
  ASSERT_TRUE(load.workspace);
  EXPECT_TRUE(load.problems.empty());
  EXPECT_EQ(load.workspace->title, "");
  EXPECT_EQ(load.workspace->crs, "auto");
  EXPECT_FALSE(load.workspace->districts);
  ASSERT_EQ(load.workspace->layers.size(), 1u);
  EXPECT_EQ(load.workspace->layers[0].role, std::nullopt);
  EXPECT_EQ(load.workspace->layers[0].encoding, "");
  EXPECT_TRUE(load.workspace->layers[0].visible);
  EXPECT_TRUE(load.workspace->slides.empty());
}

TEST_F(WorkspaceFile, ResolvesSourcesAgainstItsOwnFolder) {
  fs::create_directories(_dir / "ws");
  fs::path file = write(R"([[layer]]
source = "../data/roads.shp"
[[layer]]
source = 'gis\2024\works.zip'
[[layer]]
source = "/srv/gis/districts.gpkg"
[[layer]]
source = "pg:host=db dbname=county"
)",
                        "ws/a.worksmap.toml");
  WorkspaceLoad load = loadWorkspace(file);
  ASSERT_TRUE(load.workspace);
  ASSERT_EQ(load.workspace->layers.size(), 4u);
  EXPECT_EQ(load.workspace->layers[0].source, (_dir / "data/roads.shp").string());
  EXPECT_EQ(load.workspace->layers[1].source, (_dir / "ws/gis/2024/works.zip").string());
  EXPECT_EQ(load.workspace->layers[2].source, "/srv/gis/districts.gpkg");
  EXPECT_EQ(load.workspace->layers[3].source, "pg:host=db dbname=county");
  // A workspace named without a folder resolves against the current directory, as the user typed it.
  WorkspaceLoad bare = parseWorkspace("[[layer]]\nsource = \"data/x.shp\"\n", "x.worksmap.toml");
  EXPECT_EQ(bare.workspace->layers[0].source, "data/x.shp");
}

TEST_F(WorkspaceFile, SyntaxErrorNamesTheLine) {
  fs::path file = write("title = \"县城\"\n\n[[layer]\nsource = \"a.shp\"\n");
  WorkspaceLoad load = loadWorkspace(file);
  EXPECT_FALSE(load.workspace);
  ASSERT_EQ(load.problems.size(), 1u);
  EXPECT_EQ(load.problems.items()[0].msg, core::Msg::WorkspaceSyntax);
  EXPECT_EQ(load.problems.items()[0].severity, core::Severity::Error);
  EXPECT_EQ(messages(load)[0], file.string() + ":3: syntax error: " + load.problems.items()[0].args[2]);
  EXPECT_EQ(messages(load)[0],
            file.string() + ":3: syntax error: Error while parsing table header: expected ']', saw '\\n'");
}

TEST_F(WorkspaceFile, SyntaxErrorsFromChineseInputModeGetAHint) {
  fs::path quotes = write("title = “县城”\n", "quotes.toml");
  WorkspaceLoad load = loadWorkspace(quotes);
  EXPECT_EQ(messages(load),
            (std::vector<std::string>{
                quotes.string() + ":1: syntax error: Error while parsing value: could not determine value type",
                quotes.string() +
                    ":1: the full-width “ was typed in Chinese input mode; use half-width \" ' = , [ ] instead"}));
  EXPECT_EQ(load.problems.items()[1].severity, core::Severity::Info);

  fs::path brackets = write("【layer】\nsource = \"a.shp\"\n", "brackets.toml");
  std::vector<std::string> bracketMessages = messages(loadWorkspace(brackets));
  ASSERT_EQ(bracketMessages.size(), 2u);
  EXPECT_EQ(
      bracketMessages[1],
      brackets.string() + ":1: the full-width 【 was typed in Chinese input mode; use half-width \" ' = , [ ] instead");

  fs::path key = write("[[layer]]\nsource = \"a.shp\"\n[layer.fields]\n开工日期 = \"KGRQ\"\n", "key.toml");
  std::vector<std::string> keyMessages = messages(loadWorkspace(key));
  ASSERT_EQ(keyMessages.size(), 2u);
  EXPECT_EQ(keyMessages[1], key.string() + ":4: a Chinese key must be in quotes, like \"开工日期\" = \"KGRQ\"");

  // Full-width text inside a quoted value is fine and gets no hint.
  fs::path fine = write("title = \"人民路（东段）\"\nx = [\n", "fine.toml");
  EXPECT_EQ(messages(loadWorkspace(fine)).size(), 1u);
}

TEST_F(WorkspaceFile, UnknownKeyIsAnErrorNamingLineAndKey) {
  fs::path file = write(R"(title = "县城"
[[layer]]
source = "works.shp"
encodng = "GBK"
)");
  WorkspaceLoad load = loadWorkspace(file);
  ASSERT_TRUE(load.workspace);
  EXPECT_EQ(messages(load), std::vector<std::string>{file.string() + ":4: unknown key 'encodng'"});
  EXPECT_EQ(load.problems.items()[0].severity, core::Severity::Error);
  EXPECT_EQ(load.workspace->layers.size(), 1u);  // the rest of the layer is still used
}

TEST_F(WorkspaceFile, BadRoleIsReported) {
  fs::path file = write("[[layer]]\nsource = \"a.shp\"\nrole = \"work\"\n");
  WorkspaceLoad load = loadWorkspace(file);
  EXPECT_EQ(messages(load), std::vector<std::string>{
                                file.string() + ":3: 'role' cannot be 'work'; use one of: works, base, districts"});
  EXPECT_EQ(load.workspace->layers[0].role, std::nullopt);
}

TEST_F(WorkspaceFile, UnknownKindIsReportedAndChineseAliasesAccepted) {
  fs::path file =
      write("[[layer]]\nsource = \"a.shp\"\nkind = \"桥梁\"\n[[layer]]\nsource = \"b.shp\"\nkind = \"游园\"\n");
  WorkspaceLoad load = loadWorkspace(file);
  EXPECT_EQ(messages(load),
            std::vector<std::string>{
                file.string() + ":3: 'kind' cannot be '桥梁'; use one of: road/道路, park/游园, parking/停车场, "
                                "sewer/污水管网, renovation/老旧小区改造, water_main/供水主管, "
                                "sewage_station/乡镇污水设施, siren/人防警报, building_site/在建工地, other/其他"});
  EXPECT_EQ(load.workspace->layers[0].kind, std::nullopt);
  EXPECT_EQ(load.workspace->layers[1].kind, domain::Kind::Park);
}

TEST_F(WorkspaceFile, EveryKindSuggestedInTheMessageParses) {
  for (int i = 0; i < domain::kKindCount; ++i) {
    auto kind = static_cast<domain::Kind>(i);
    EXPECT_EQ(domain::parseKind(core::text(domain::kindMsg(kind), core::Lang::Zh)), kind);
  }
}

TEST_F(WorkspaceFile, BadSlideDateIsReported) {
  fs::path file = write("[[slide]]\ntitle = \"年中\"\nas_of = \"2024-02-30\"\n\n[[slide]]\nas_of = \"mid-2024\"\n");
  WorkspaceLoad load = loadWorkspace(file);
  EXPECT_EQ(messages(load),
            (std::vector<std::string>{file.string() + ":3: 'as_of' must be a date like 2024-06-30, not '2024-02-30'",
                                      file.string() + ":6: 'as_of' must be a date like 2024-06-30, not 'mid-2024'"}));
  ASSERT_EQ(load.workspace->slides.size(), 2u);
  EXPECT_EQ(load.workspace->slides[0].title, "年中");
  EXPECT_EQ(load.workspace->slides[0].asOf, std::nullopt);
}

TEST_F(WorkspaceFile, MissingSourceNamesTheLayerHeader) {
  fs::path file = write("title = \"县城\"\n\n[[layer]]\nlayer = \"roads\"\n\n[[layer]]\nsource = \"b.shp\"\n");
  WorkspaceLoad load = loadWorkspace(file);
  EXPECT_EQ(messages(load), std::vector<std::string>{file.string() + ":3: 'source' is required here"});
  ASSERT_EQ(load.workspace->layers.size(), 1u);  // the layer without a source is left out
  EXPECT_EQ(load.workspace->layers[0].source, (_dir / "b.shp").string());
}

TEST_F(WorkspaceFile, WrongTypesAndValuesAreAllReportedInLineOrder) {
  fs::path file = write(R"(title = 2024
[[layer]]
source = "a.shp"
visible = "yes"
encoding = "GKB"
[layer.fields]
nmae = "XMMC"
name = "XMMC"
"名称" = "MC"
[[slide]]
view = "4d"
layers = "roads"
[districts]
layer = ["片区"]
)");
  WorkspaceLoad load = loadWorkspace(file);
  ASSERT_TRUE(load.workspace);
  std::string f = file.string();
  EXPECT_EQ(messages(load),
            (std::vector<std::string>{
                f + ":1: 'title' must be text in quotes",
                f + ":4: 'visible' must be true or false",
                f + ":5: 'encoding' cannot be 'GKB'; use one of: UTF-8, GBK, GB18030, CP936, BIG5, ISO-8859-1",
                f + ":7: 'nmae' is not a works field; use one of: name, kind, status, start_date, plan_done, "
                    "done_date, district, progress, invest, spaces, levels, code, length, area",
                f + ":9: works field 'name' is mapped more than once",
                f + ":11: 'view' cannot be '4d'; use one of: 2d, 3d",
                f + ":12: 'layers' must be a list of texts, like [\"a\", \"b\"]",
                f + ":14: 'layer' must be text in quotes",
            }));
  EXPECT_EQ(load.problems.count(core::Severity::Error), load.problems.size());
}

TEST_F(WorkspaceFile, SectionsWrittenTheWrongWayAreExplained) {
  fs::path file = write("districts = \"片区\"\n[layer]\nsource = \"a.shp\"\n");
  WorkspaceLoad load = loadWorkspace(file);
  std::string f = file.string();
  EXPECT_EQ(messages(load), (std::vector<std::string>{f + ":1: 'districts' must be written as a [districts] section",
                                                      f + ":2: 'layer' must be written as a [[layer]] section"}));
}

TEST_F(WorkspaceFile, MessagesPrintInChinese) {
  fs::path file = write("[[layer]]\nsource = \"a.shp\"\nencodng = \"GBK\"\n");
  WorkspaceLoad load = loadWorkspace(file);
  ASSERT_EQ(load.problems.size(), 1u);
  EXPECT_EQ(core::formatDiagnostic(load.problems.items()[0], core::Lang::Zh), file.string() + ":3：未知的键“encodng”");
}

TEST_F(WorkspaceFile, FileSavedAsGbkIsReadWithAWarning) {
  // "title = "县城"" in GBK (县 = CF D8, 城 = B3 C7), as Notepad on Chinese Windows saves it.
  fs::path file = write("# ok\ntitle = \"\xCF\xD8\xB3\xC7\"\n");
  WorkspaceLoad load = loadWorkspace(file);
  ASSERT_TRUE(load.workspace);
  EXPECT_EQ(load.workspace->title, "县城");
  EXPECT_EQ(messages(load),
            std::vector<std::string>{file.string() +
                                     ":2: the file is not saved as UTF-8 (perhaps GBK/ANSI); save it again as UTF-8"});
  EXPECT_EQ(load.problems.items()[0].severity, core::Severity::Warning);
}

TEST_F(WorkspaceFile, Utf8SignatureIsIgnored) {
  WorkspaceLoad load = loadWorkspace(write("\xEF\xBB\xBFtitle = \"县城\"\n"));
  ASSERT_TRUE(load.workspace);
  EXPECT_TRUE(load.problems.empty());
  EXPECT_EQ(load.workspace->title, "县城");
}

TEST_F(WorkspaceFile, MissingOrUnreadableFileGivesNoWorkspace) {
  fs::path missing = _dir / "nope.worksmap.toml";
  WorkspaceLoad load = loadWorkspace(missing);
  EXPECT_FALSE(load.workspace);
  EXPECT_EQ(messages(load), std::vector<std::string>{missing.string() + ": no such file or directory"});
  WorkspaceLoad dir = loadWorkspace(_dir);
  EXPECT_FALSE(dir.workspace);
  EXPECT_EQ(messages(dir), std::vector<std::string>{_dir.string() + ": the workspace file cannot be read"});
}

TEST_F(WorkspaceFile, EmptyFileIsAnEmptyWorkspace) {
  WorkspaceLoad load = loadWorkspace(write(""));
  ASSERT_TRUE(load.workspace);
  EXPECT_TRUE(load.problems.empty());
  EXPECT_TRUE(load.workspace->layers.empty());
}

TEST(Workspace, RecognisedByTomlExtension) {
  EXPECT_TRUE(looksLikeWorkspace("samples/county.worksmap.toml"));
  EXPECT_TRUE(looksLikeWorkspace("C.TOML"));
  EXPECT_FALSE(looksLikeWorkspace("works.shp"));
  EXPECT_FALSE(looksLikeWorkspace("toml"));
}

TEST_F(WorkspaceFile, StyleFileRelativeToTheWorkspaceOverridesTheBaseStyle) {
  fs::create_directories(_dir / "styles");
  write("[status]\nplanned = \"#102030\"\n[base.roads]\nwidth = 2\n", "styles/bureau.toml");
  fs::path file = write("title = \"x\"\nstyle = \"styles/bureau.toml\"\n");
  auto load = loadWorkspace(file);
  ASSERT_TRUE(load.workspace);
  EXPECT_TRUE(messages(load).empty()) << messages(load).front();
  const auto& style = load.workspace->style;
  EXPECT_EQ(load.workspace->styleFile, (_dir / "styles" / "bureau.toml").string());
  EXPECT_EQ(style.status[0], (domain::Rgba{0x10 / 255.0f, 0x20 / 255.0f, 0x30 / 255.0f, 1}));
  EXPECT_EQ(style.ruleFor(domain::LayerRole::Base, "roads")->widthPx, 2.0f);
  EXPECT_EQ(style.status[1], domain::builtInMapStyle().status[1]);
}

TEST_F(WorkspaceFile, StyleSectionOverridesTheStyleFileItNames) {
  write("[status]\nplanned = \"#102030\"\ncompleted = \"#00ff00\"\n", "bureau.toml");
  fs::path file = write(
      "[style]\n"
      "file = \"bureau.toml\"\n"
      "status.completed = \"#0000ff\"\n"
      "[style.kinds.park]\n"
      "fill = \"dots\"\n");
  auto load = loadWorkspace(file);
  ASSERT_TRUE(load.workspace);
  EXPECT_TRUE(messages(load).empty()) << messages(load).front();
  const auto& style = load.workspace->style;
  EXPECT_EQ(style.status[0], (domain::Rgba{0x10 / 255.0f, 0x20 / 255.0f, 0x30 / 255.0f, 1}));  // from the file
  EXPECT_EQ(style.status[2], (domain::Rgba{0, 0, 1, 1}));  // the section wins over the file
  EXPECT_EQ(style.kind(domain::Kind::Park).fill, domain::FillPattern::Dots);
}

TEST_F(WorkspaceFile, StyleProblemsNameTheirFileAndLine) {
  write("\n[status]\nplanned = \"blue\"\n", "bureau.toml");
  fs::path file = write(
      "title = \"x\"\n"
      "[style]\n"
      "file = \"bureau.toml\"\n"
      "[style.base.water]\n"
      "fil = \"#aabbcc\"\n"
      "line = \"#aabbc\"\n");
  auto load = loadWorkspace(file);
  ASSERT_TRUE(load.workspace);
  std::string ws = file.string(), style = (_dir / "bureau.toml").string();
  EXPECT_EQ(messages(load), (std::vector<std::string>{
                                style + ":3: 'planned' must be a colour like \"#4a7ab5\" (or \"#4a7ab580\" with "
                                        "opacity), not 'blue'",
                                ws + ":5: unknown key 'fil'",
                                ws + ":6: 'line' must be a colour like \"#4a7ab5\" (or \"#4a7ab580\" with "
                                     "opacity), not '#aabbc'",
                            }));
  EXPECT_EQ(load.workspace->style.status[0], domain::builtInMapStyle().status[0]);
}

TEST_F(WorkspaceFile, MissingStyleFileIsAnErrorAtItsLine) {
  fs::path file = write("title = \"x\"\nstyle = \"nowhere.toml\"\n");
  auto load = loadWorkspace(file);
  ASSERT_TRUE(load.workspace);
  EXPECT_EQ(messages(load), std::vector<std::string>{file.string() + ":2: the style file " +
                                                     (_dir / "nowhere.toml").string() + " cannot be read"});
  EXPECT_TRUE(load.workspace->style == domain::builtInMapStyle());
}

// The keys of issue 13: a web-map datum and a ledger's join; wrong choices name the line and the choices.
TEST_F(WorkspaceFile, ReadsDatumAndLedgerJoin) {
  fs::path file = write(R"([[layer]]
source = "poi.geojson"
datum = "GCJ-02"

[[layer]]
source = "台账.xlsx"
join_layer = "道路"
join_by = "code"
join_field = "XMBH"

[[layer]]
source = "b.geojson"
datum = "wgs"
join_by = "id"
)");
  WorkspaceLoad load = loadWorkspace(file);
  ASSERT_TRUE(load.workspace);
  ASSERT_EQ(load.workspace->layers.size(), 3u);
  EXPECT_EQ(load.workspace->layers[0].datum, geo::WebDatum::Gcj02);
  EXPECT_EQ(load.workspace->layers[1].datum, std::nullopt);
  EXPECT_EQ(load.workspace->layers[1].join.layer, "道路");
  EXPECT_EQ(load.workspace->layers[1].join.by, JoinBy::Code);
  EXPECT_EQ(load.workspace->layers[1].join.field, "XMBH");
  EXPECT_EQ(messages(load),
            (std::vector<std::string>{file.string() + ":13: 'datum' cannot be 'wgs'; use one of: gcj02, bd09, none",
                                      file.string() + ":14: 'join_by' cannot be 'id'; use one of: name, code"}));
}

TEST_F(WorkspaceFile, ReadsEverySlideKey) {
  fs::path file = write(R"([[slide]]
title = "城区三维"
subtitle = "2022年完工"
notes = "先讲道路，再讲游园"
view = "3d"
center = [114.05, 29]
heading = 30
tilt = 60.5
range = 2500
year = 2022
layers = ["works_roads", "districts"]
opacity = { districts = 0.5 }
kinds = ["道路"]
statuses = ["completed", "在建"]
overdue = true
district = "城区"
project = "人民路改造"
figures = "district"

[[slide]]
from = 2022-03-01
to = "2022-06-30"
scale = 25000
center = [114, 29.5]
)");
  WorkspaceLoad load = loadWorkspace(file);
  ASSERT_TRUE(load.workspace);
  EXPECT_TRUE(load.problems.empty()) << testing::PrintToString(messages(load));
  ASSERT_EQ(load.workspace->slides.size(), 2u);
  const domain::Slide& s = load.workspace->slides[0];
  EXPECT_EQ(s.title, "城区三维");
  EXPECT_EQ(s.subtitle, "2022年完工");
  EXPECT_EQ(s.notes, "先讲道路，再讲游园");
  EXPECT_TRUE(s.camera.threeD);
  EXPECT_EQ(s.camera.center, std::pair(114.05, 29.0));
  EXPECT_EQ(s.camera.headingDegrees, 30);
  EXPECT_EQ(s.camera.tiltDegrees, 60.5);
  EXPECT_EQ(s.camera.rangeMetres, 2500);
  EXPECT_EQ(s.period, std::pair(*core::Date::fromYmd(2022, 1, 1), *core::Date::fromYmd(2022, 12, 31)));
  EXPECT_EQ(s.date(*core::Date::fromYmd(2030, 1, 1)), core::Date::fromYmd(2022, 12, 31));
  EXPECT_EQ(s.layers, (std::vector<std::string>{"works_roads", "districts"}));
  EXPECT_EQ(s.opacity, (std::map<std::string, float>{{"districts", 0.5f}}));
  EXPECT_EQ(s.kinds, (std::vector<domain::Kind>{domain::Kind::Road}));
  EXPECT_EQ(s.statuses, (std::vector<domain::Status>{domain::Status::Completed, domain::Status::UnderConstruction}));
  EXPECT_TRUE(s.overdueOnly);
  EXPECT_EQ(s.district, "城区");
  EXPECT_EQ(s.districtLine, 16);
  EXPECT_EQ(s.project, "人民路改造");
  EXPECT_EQ(s.figures, domain::SlideFigures::District);
  const domain::Slide& t = load.workspace->slides[1];
  EXPECT_FALSE(t.camera.threeD);
  EXPECT_EQ(t.camera.scale, 25000);
  EXPECT_EQ(t.period, std::pair(*core::Date::fromYmd(2022, 3, 1), *core::Date::fromYmd(2022, 6, 30)));
  EXPECT_EQ(t.line, 20);
}

TEST_F(WorkspaceFile, BadSlideCameraFiguresAndPeriodAreReportedAtTheirLines) {
  fs::path file = write(
      "[[slide]]\ncenter = [114]\ntilt = 120\nfigures = \"all\"\nfrom = 2022-06-01\n"
      "to = 2022-01-01\nstatuses = [\"abandoned\"]\n");
  WorkspaceLoad load = loadWorkspace(file);
  const std::string f = file.string();
  EXPECT_EQ(
      messages(load),
      (std::vector<std::string>{
          f + ":2: 'center' must be two numbers, longitude and latitude in degrees, like [114.05, 29.02]",
          f + ":3: 'tilt' must be a number from 0 to 85",
          f + ":4: 'figures' cannot be 'all'; use one of: none, county, district",
          f + ":6: a slide's period needs both 'from' and 'to', the first not after the second",
          f + ":7: 'statuses' cannot be 'abandoned'; use one of: planned, under_construction, completed, suspended"}));
  ASSERT_EQ(load.workspace->slides.size(), 1u);
  EXPECT_EQ(load.workspace->slides[0].period, std::nullopt);
  EXPECT_EQ(load.workspace->slides[0].camera.tiltDegrees, 55);
}
