// Web-map (GCJ-02 / BD-09) layers are shifted back onto surveyed data: by the workspace's datum, or by a hint
// in the file name, and not at all otherwise.
#include <cmath>
#include <fstream>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "geo/transformer.hpp"
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

namespace {

// A road's centre line as surveyed: a gentle S-bend of about 2 km east from (lon0, lat0), as lon/lat at
// parameter t in [0, 1].
geo::LonLat bend(double lon0, double lat0, double t) { return {lon0 + 0.02 * t, lat0 + 0.004 * std::sin(3.0 * t)}; }

std::string lineWkt(const std::vector<geo::LonLat>& points) {
  std::string wkt = "LINESTRING(";
  for (std::size_t i = 0; i < points.size(); ++i)
    wkt += fmt::format("{}{:.10f} {:.10f}", i ? "," : "", points[i].lon, points[i].lat);
  return wkt + ")";
}

// Messages of the kind in the order met, as "layer:other layer".
std::vector<std::string> suspectedOf(const domain::Catalog& c) {
  std::vector<std::string> out;
  for (const auto& d : c.diagnostics.items())
    if (d.msg == core::Msg::WebDatumOffsetSuspected) out.push_back(d.layer + ":" + d.args[1] + ":" + d.args[4]);
  return out;
}

// Three surveyed roads in the Gauss-Kruger zone (vertices every 5 m along S-bends), and the same roads traced on
// a web map as lon/lat in `datum`: the tracer's vertices are nowhere near the survey's (other places along the
// bends, 40 m apart), a metre off the line either side.
void writeSurveyedAndTracedRoads(const fs::path& dir, geo::WebDatum datum) {
  auto toGk = geo::Transformer::create("EPSG:4490", "EPSG:4547");
  ASSERT_TRUE(toGk);
  std::vector<test::FixtureFeature> surveyed, traced;
  for (int road = 0; road < 3; ++road) {
    const double lon0 = 114.30, lat0 = 29.60 + 0.006 * road;
    std::string gk = "LINESTRING(";
    for (int i = 0; i <= 400; ++i) {
      geo::LonLat p = bend(lon0, lat0, i / 400.0);
      double x = p.lon, y = p.lat;
      toGk->transform(&x, &y, 1);
      gk += fmt::format("{}{:.3f} {:.3f}", i ? "," : "", x, y);
    }
    surveyed.push_back({gk + ")", {fmt::format("路{}", road)}});
    std::vector<geo::LonLat> trace;
    for (int k = 0; k < 50; ++k) {
      geo::LonLat p = bend(lon0, lat0, (k + 0.37) / 50.0);
      p.lat += 0.00001 * ((k * 7) % 3 - 1);
      geo::LonLat gcj = geo::gcj02FromWgs84(p);
      trace.push_back(datum == geo::WebDatum::Bd09 ? geo::bd09FromGcj02(gcj) : gcj);
    }
    traced.push_back({lineWkt(trace), {fmt::format("路{}", road)}});
  }
  test::writeVector(dir / "roads_surveyed.gpkg", {{"roads_surveyed", 4547, {{"名称"}}, surveyed}});
  test::writeVector(dir / "roads_traced.geojson", {{"roads_traced", 4326, {{"名称"}}, traced}});
}

}  // namespace

// Roads traced on Amap over surveyed roads: shifted back, the trace lies on the surveyed lines though no vertex
// meets another, and the survey is in another CRS: the trace is suspected, and the warning names gcj02.
TEST(WebDatumLoading, RoadsTracedOnAmapOverSurveyedRoadsAreSuspected) {
  test::ScopedDir dir;
  writeSurveyedAndTracedRoads(dir.path, geo::WebDatum::Gcj02);
  auto c = load(dir.path.string());
  EXPECT_EQ(suspectedOf(c), (std::vector<std::string>{"roads_traced:roads_surveyed:gcj02"})) << messages(c);
}

// The same traced on Baidu maps: BD-09 fits, not GCJ-02, and the warning says so.
TEST(WebDatumLoading, RoadsTracedOnBaiduMapsAreSuspectedAsBd09) {
  test::ScopedDir dir;
  writeSurveyedAndTracedRoads(dir.path, geo::WebDatum::Bd09);
  auto c = load(dir.path.string());
  EXPECT_EQ(suspectedOf(c), (std::vector<std::string>{"roads_traced:roads_surveyed:bd09"})) << messages(c);
}

// Data that meets another layer only by chance is not suspected, whichever way it is shifted: points scattered
// over a dense street grid (about a third of them within 10 m of a street as they are, and as many shifted back),
// and a river winding across it.
TEST(WebDatumLoading, UnrelatedDataOverADenseStreetGridIsNotSuspected) {
  test::ScopedDir dir;
  std::vector<test::FixtureFeature> streets, points;
  for (int i = 0; i <= 20; ++i) {
    const double at = 0.001 * i;
    streets.push_back({fmt::format("LINESTRING({:.4f} 29.60,{:.4f} 29.62)", 114.30 + at, 114.30 + at), {"街"}});
    streets.push_back({fmt::format("LINESTRING(114.30 {:.4f},114.32 {:.4f})", 29.60 + at, 29.60 + at), {"街"}});
  }
  std::uint32_t seed = 12345;
  auto next = [&] { return (seed = seed * 1664525u + 1013904223u) / 4294967296.0; };
  for (int i = 0; i < 300; ++i)
    points.push_back({fmt::format("POINT({:.7f} {:.7f})", 114.30 + 0.02 * next(), 29.60 + 0.02 * next()), {"点"}});
  std::vector<geo::LonLat> river;
  for (int i = 0; i <= 200; ++i) river.push_back({114.30 + 0.0001 * i, 29.61 + 0.003 * std::sin(i / 15.0)});
  test::writeVector(dir.path / "streets.gpkg", {{"streets", 4490, {{"名称"}}, streets}});
  test::writeVector(dir.path / "poi.geojson", {{"poi", 4326, {{"名称"}}, points}});
  test::writeVector(dir.path / "river.geojson", {{"river", 4326, {{"名称"}}, {{lineWkt(river), {"河"}}}}});
  auto c = load(dir.path.string());
  ASSERT_EQ(c.layers.size(), 3u) << messages(c);
  EXPECT_TRUE(suspectedOf(c).empty()) << messages(c);
}
