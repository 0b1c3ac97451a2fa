// Web-map (GCJ-02 / BD-09) layers are shifted back onto surveyed data: by the workspace's datum, or by a hint
// in the file name, and not at all otherwise.
#include <cmath>
#include <fstream>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "geo/web_datum.hpp"
#include "core/diagnostic.hpp"
#include "io/catalog_loader.hpp"
#include "support/fixture_writer.hpp"

using namespace wm;
namespace fs = std::filesystem;

namespace {

// The surveyed point (WGS 84 ≈ CGCS2000) and the same place as Amap and Baidu give it.
constexpr geo::LonLat kSurveyed{114.30, 29.60};

test::FixtureLayer pointLayer(const std::string& name, geo::LonLat p) {
  return {name, 4326, {{"名称"}}, {{fmt::format("POINT({:.12f} {:.12f})", p.lon, p.lat), {"测量点"}}}};
}

// Distance in the working CRS between the first vertex of two layers.
double apart(const domain::Catalog& c, std::size_t a, std::size_t b) {
  const auto& ga = c.layers[a].geometry;
  const auto& gb = c.layers[b].geometry;
  return std::hypot(ga.x[0] - gb.x[0], ga.y[0] - gb.y[0]);
}

// Every message of a load, for failure output.
std::string messages(const domain::Catalog& c) {
  std::string out;
  for (const auto& d : c.diagnostics.items()) out += core::formatDiagnostic(d, core::Lang::En) + "\n";
  return out;
}

domain::Catalog load(const std::string& source) {
  auto request = io::requestFromSources({source});
  EXPECT_FALSE(request.anyUnreadable);
  return io::loadCatalog(request.request);
}

}  // namespace

TEST(WebDatumLoading, FileNamedGcj02IsShiftedOntoTheSurvey) {
  test::ScopedDir dir;
  test::writeVector(dir.path / "a_survey.geojson", {pointLayer("a_survey", kSurveyed)});
  test::writeVector(dir.path / "b_poi_gcj02.geojson", {pointLayer("b_poi_gcj02", geo::gcj02FromWgs84(kSurveyed))});
  auto c = load(dir.path.string());
  ASSERT_EQ(c.layers.size(), 2u) << messages(c);
  EXPECT_LT(apart(c, 0, 1), 0.5);
  bool noted = false;
  for (const auto& d : c.diagnostics.items()) noted |= d.msg == core::Msg::WebDatumFromHint && d.args[0] == "gcj02";
  EXPECT_TRUE(noted);
}

TEST(WebDatumLoading, WorkspaceDatumBd09ConvertsAndUnmarkedDataStays) {
  test::ScopedDir dir;
  geo::LonLat baidu = geo::bd09FromGcj02(geo::gcj02FromWgs84(kSurveyed));
  test::writeVector(dir.path / "survey.geojson", {pointLayer("survey", kSurveyed)});
  test::writeVector(dir.path / "sites.geojson", {pointLayer("sites", baidu)});
  test::writeVector(dir.path / "plain.geojson", {pointLayer("plain", baidu)});
  std::ofstream(dir.path / "w.worksmap.toml") << "[[layer]]\nsource = \"survey.geojson\"\n\n"
                                                 "[[layer]]\nsource = \"sites.geojson\"\ndatum = \"bd09\"\n\n"
                                                 "[[layer]]\nsource = \"plain.geojson\"\n";
  auto c = load((dir.path / "w.worksmap.toml").string());
  ASSERT_EQ(c.layers.size(), 3u);
  EXPECT_LT(apart(c, 0, 1), 0.5);
  // Left as it is, Baidu's offset here is some 900 m–1.2 km (GCJ-02's ~600 m plus Baidu's own ~650 m).
  EXPECT_GT(apart(c, 0, 2), 800.0);
}

// The same boundary twice, once as surveyed and once traced on Amap without saying so: `check` warns about the
// traced one (it meets the survey once shifted back) and not about the survey.
TEST(WebDatumLoading, UnmarkedGcj02CopyOfALayerIsSuspected) {
  test::ScopedDir dir;
  std::string survey = "LINESTRING(", traced = "LINESTRING(";
  for (int i = 0; i < 200; ++i) {
    geo::LonLat p{114.30 + 0.0005 * i, 29.60 + 0.0002 * (i % 7)};
    geo::LonLat q = geo::gcj02FromWgs84(p);
    survey += fmt::format("{}{:.12f} {:.12f}", i ? "," : "", p.lon, p.lat);
    traced += fmt::format("{}{:.12f} {:.12f}", i ? "," : "", q.lon, q.lat);
  }
  test::writeVector(dir.path / "boundary.geojson", {{"boundary", 4326, {{"名称"}}, {{survey + ")", {"界"}}}}});
  test::writeVector(dir.path / "traced.geojson", {{"traced", 4326, {{"名称"}}, {{traced + ")", {"界"}}}}});
  auto c = load(dir.path.string());
  std::vector<std::string> suspected;
  for (const auto& d : c.diagnostics.items())
    if (d.msg == core::Msg::WebDatumOffsetSuspected) suspected.push_back(d.layer + ":" + d.args[1]);
  EXPECT_EQ(suspected, (std::vector<std::string>{"traced:boundary"})) << messages(c);
}

// A name that only looks like a hint (a folder of Baidu exports already converted) is kept with datum = "none".
TEST(WebDatumLoading, DatumNoneOverridesTheNameHint) {
  test::ScopedDir dir;
  test::writeVector(dir.path / "survey.geojson", {pointLayer("survey", kSurveyed)});
  test::writeVector(dir.path / "baidu_converted.geojson", {pointLayer("baidu_converted", kSurveyed)});
  std::ofstream(dir.path / "w.worksmap.toml") << "[[layer]]\nsource = \"survey.geojson\"\n\n"
                                                 "[[layer]]\nsource = \"baidu_converted.geojson\"\ndatum = \"none\"\n";
  auto c = load((dir.path / "w.worksmap.toml").string());
  ASSERT_EQ(c.layers.size(), 2u) << messages(c);
  EXPECT_LT(apart(c, 0, 1), 0.01);
}
