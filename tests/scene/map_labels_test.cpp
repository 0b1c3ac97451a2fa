// Map label candidates from a catalog, and MapLabels choosing and drawing labels for a view (no GL context needed).
#include "scene/map_labels.hpp"

#include <algorithm>

#include "core/text.hpp"

#include <gtest/gtest.h>

using namespace wm;

namespace {

constexpr double kX = 500000, kY = 3200000;  // the fixture's corner in GK metres; also the scene origin

core::Date day(int y, int m, int d) { return *core::Date::fromYmd(y, m, d); }

void addFeature(geo::GeometryStore& g, geo::GeomKind kind, std::vector<std::pair<double, double>> pts) {
  g.beginFeature(kind);
  g.beginPart(kind == geo::GeomKind::Polygon ? geo::PartRole::OuterRing : geo::PartRole::Line);
  for (auto [x, y] : pts) g.addVertex(kX + x, kY + y);
  g.endPart();
  g.endFeature();
}

void addSquare(geo::GeometryStore& g, double x0, double y0, double side) {
  addFeature(g, geo::GeomKind::Polygon, {{x0, y0}, {x0 + side, y0}, {x0 + side, y0 + side}, {x0, y0 + side}, {x0, y0}});
}

// Districts 城区 (0-4000 m square) and 东乡 (4000-8000 m east of it); works: the park 人民公园 (100 m square at
// 1000, 1000), an unnamed road and the road 滨江路改造 (whitespace-padded name); base roads: 滨江路 twice 200 m
// apart (one label) and once 6 km away (a second label), and an unnamed road.
domain::Catalog fixture() {
  domain::Catalog c;
  domain::Layer districts;
  districts.info.role = domain::LayerRole::Districts;
  addSquare(districts.geometry, 0, 0, 4000);
  addSquare(districts.geometry, 4000, 0, 4000);
  districts.labels = {"城区", "东乡"};
  domain::Layer works;
  works.info.role = domain::LayerRole::Works;
  addSquare(works.geometry, 1000, 1000, 100);
  addFeature(works.geometry, geo::GeomKind::Line, {{0, 500}, {400, 500}});
  addFeature(works.geometry, geo::GeomKind::Line, {{0, 2000}, {1000, 2000}, {1000, 3000}});
  domain::Layer roads;
  roads.info.role = domain::LayerRole::Base;
  addFeature(roads.geometry, geo::GeomKind::Line, {{100, 100}, {300, 100}});
  addFeature(roads.geometry, geo::GeomKind::Line, {{300, 100}, {500, 100}});
  addFeature(roads.geometry, geo::GeomKind::Line, {{6100, 100}, {6300, 100}});
  addFeature(roads.geometry, geo::GeomKind::Line, {{100, 3000}, {300, 3000}});
  roads.labels = {"滨江路", "滨江路", "滨江路", ""};
  c.layers = {districts, works, roads};
  c.districtLayer = 0;
  c.districts = {{"城区", true, 0, 0}, {"东乡", true, 0, 1}, {"北乡", false, 0, 0}};
  domain::Project park;
  park.name = "人民公园";
  park.kind = domain::Kind::Park;
  park.recorded = domain::RecordedStatus::Completed;
  park.start = day(2022, 3, 1);
  park.done = day(2022, 6, 30);
  park.areaM2 = 10000;
  park.layer = 1;
  park.feature = 0;
  domain::Project unnamed;
  unnamed.kind = domain::Kind::Road;
  unnamed.layer = 1;
  unnamed.feature = 1;
  domain::Project road = unnamed;
  road.name = "  滨江路改造 ";
  road.feature = 2;
  road.lengthM = 2000;
  c.projects = {park, unnamed, road};
  return c;
}

std::vector<std::string> texts(const scene::MapLabels& labels) {
  std::vector<std::string> out;
  for (const auto& l : labels.layout().labels) out.push_back(labels.candidates().candidates[l.candidate].text);
  std::sort(out.begin(), out.end());
  return out;
}

// An orthographic view of [x0, x0 + 1000 × mpp] × [y0, y0 + 800 × mpp] (fixture metres) in 1000 × 800 pixels.
void show(scene::MapLabels& labels, double mpp, double x0, double y0, const scene::LabelFilter& filter = {}) {
  labels.update(osg::Matrixd::ortho(x0, x0 + 1000 * mpp, y0, y0 + 800 * mpp, -1, 1), 1000, 800, mpp, filter);
}

}  // namespace

TEST(MapLabelCandidates, DistrictNamesAtTheirPolygonsRepresentativePoints) {
  auto c = fixture();
  auto m = scene::buildMapLabelCandidates(c, {kX, kY});
  ASSERT_GE(m.candidates.size(), 2u);
  // Districts come first, those with a polygon only; a square's point on surface is its centre.
  EXPECT_EQ(m.candidates[0].text, "城区");
  EXPECT_DOUBLE_EQ(m.candidates[0].x, 2000);
  EXPECT_DOUBLE_EQ(m.candidates[0].y, 2000);
  EXPECT_EQ(m.candidates[1].text, "东乡");
  EXPECT_DOUBLE_EQ(m.candidates[1].x, 6000);
  EXPECT_EQ(m.classes[0], scene::LabelClass::District);
  EXPECT_TRUE(std::isinf(m.candidates[0].maxMetresPerPixel));
  EXPECT_FLOAT_EQ(m.candidates[0].widthPx, 2 * 20 + 4);  // two characters of 1 em at 20 px, a 2 px box margin
}

TEST(MapLabelCandidates, NamedProjectsOnlyZoomedInAndBelowDistricts) {
  auto c = fixture();
  auto m = scene::buildMapLabelCandidates(c, {kX, kY});
  std::vector<std::size_t> projects;
  for (std::size_t i = 0; i < m.candidates.size(); ++i)
    if (m.classes[i] == scene::LabelClass::Project) projects.push_back(i);
  ASSERT_EQ(projects.size(), 2u);  // the unnamed road has none
  const auto& park = m.candidates[projects[0]];
  EXPECT_EQ(park.text, "人民公园");
  EXPECT_EQ(m.projects[projects[0]], 0);
  EXPECT_DOUBLE_EQ(park.x, 1050);
  EXPECT_DOUBLE_EQ(park.y, 1050);
  EXPECT_DOUBLE_EQ(park.maxMetresPerPixel, scene::MapLabelStyle{}.projectMaxMetresPerPixel);
  EXPECT_LT(park.priority, m.candidates[0].priority);
  // The road's name is trimmed; its anchor is halfway along its 2 km: the corner at (1000, 2000).
  const auto& road = m.candidates[projects[1]];
  EXPECT_EQ(road.text, "滨江路改造");
  EXPECT_DOUBLE_EQ(road.x, 1000);
  EXPECT_DOUBLE_EQ(road.y, 2000);
}

TEST(MapLabelCandidates, RepeatedBaseRoadNamesNearbyAreLabelledOnce) {
  auto c = fixture();
  auto m = scene::buildMapLabelCandidates(c, {kX, kY});
  std::vector<double> xs;
  for (std::size_t i = 0; i < m.candidates.size(); ++i)
    if (m.classes[i] == scene::LabelClass::Base) xs.push_back(m.candidates[i].x);
  EXPECT_EQ(xs, (std::vector<double>{200, 6200}));
}

TEST(MapLabels, WithoutAFontLabelsAreSkippedWithOneTranslatedMessage) {
  auto c = fixture();
  core::Result<scene::FontFile> none = core::Error{core::Msg::FontNoChinese};
  scene::MapLabels labels(c, {kX, kY}, none, core::Lang::Zh);
  ASSERT_TRUE(labels.problem());
  EXPECT_NE(labels.problem()->find("fonts-noto-cjk"), std::string::npos);
  EXPECT_NE(labels.problem()->find("地图标注"), std::string::npos);
  show(labels, 10, -1000, -1000);
  EXPECT_TRUE(labels.layout().labels.empty());
  ASSERT_NE(labels.node(), nullptr);
}

TEST(MapLabels, CountyScaleShowsDistrictsAndZoomedInShowsProjects) {
  auto c = fixture();
  scene::MapLabels labels(c, {kX, kY}, core::Lang::En);
  ASSERT_FALSE(labels.problem()) << *labels.problem();
  scene::LabelFilter filter;
  filter.asOf = day(2023, 6, 30);
  show(labels, 10, -1000, -1000, filter);  // 10 km × 8 km: the county
  EXPECT_EQ(texts(labels), (std::vector<std::string>{"东乡", "城区"}));
  show(labels, 1, 500, 800, filter);  // 1 km × 0.8 km around the park, at 1 m a pixel
  EXPECT_EQ(texts(labels), (std::vector<std::string>{"人民公园"}));
  // The park is hidden when parks are filtered out, or when only works under construction are shown.
  filter.kindMask &= ~(1u << static_cast<int>(domain::Kind::Park));
  show(labels, 1, 500, 800, filter);
  EXPECT_TRUE(texts(labels).empty());
  filter.kindMask = ~0u;
  filter.statusMask = 1u << static_cast<int>(domain::Status::UnderConstruction);
  show(labels, 1, 500, 800, filter);
  EXPECT_TRUE(texts(labels).empty());
  // Before its start (2022-03-01) it was planned: shown with a planned-only filter on that date.
  filter.statusMask = 1u << static_cast<int>(domain::Status::Planned);
  filter.asOf = day(2022, 1, 1);
  show(labels, 1, 500, 800, filter);
  EXPECT_EQ(texts(labels), (std::vector<std::string>{"人民公园"}));
}

TEST(MapLabels, InPeriodModeOnlyProjectsCompletedInThePeriodAreLabelled) {
  auto c = fixture();  // the park 人民公园 was completed on 2022-06-30
  scene::MapLabels labels(c, {kX, kY}, core::Lang::En);
  ASSERT_FALSE(labels.problem()) << *labels.problem();
  scene::LabelFilter filter;
  filter.asOf = day(2023, 6, 30);
  filter.periodMode = true;
  filter.periodFrom = day(2022, 6, 30);  // its completion on the first day
  filter.periodTo = day(2022, 12, 31);
  show(labels, 1, 500, 800, filter);
  EXPECT_EQ(texts(labels), (std::vector<std::string>{"人民公园"}));
  filter.periodFrom = day(2022, 7, 1);  // a day later: completed before the period
  show(labels, 1, 500, 800, filter);
  EXPECT_TRUE(texts(labels).empty());
  // The other works have no completion date: never in a period, whatever the as-of date makes of them.
  EXPECT_FALSE(
      scene::labelShown(filter, domain::Kind::Road, domain::RecordedStatus::Completed, std::nullopt, std::nullopt));
  // In the period it counts as completed for the status filter.
  filter.periodFrom = day(2022, 1, 1);
  filter.statusMask = 1u << static_cast<int>(domain::Status::UnderConstruction);
  show(labels, 1, 500, 800, filter);
  EXPECT_TRUE(texts(labels).empty());
  filter.statusMask = 1u << static_cast<int>(domain::Status::Completed);
  show(labels, 1, 500, 800, filter);
  EXPECT_EQ(texts(labels), (std::vector<std::string>{"人民公园"}));
}

TEST(MapLabels, OnlyChosenLabelsAreDrawn) {
  auto c = fixture();
  scene::MapLabels labels(c, {kX, kY}, core::Lang::En);
  ASSERT_NE(labels.drawing(), nullptr);
  const osg::Geode& geode = labels.drawing()->geode();
  show(labels, 10, -1000, -1000);
  ASSERT_EQ(texts(labels).size(), 2u);
  ASSERT_GE(geode.getNumDrawables(), 2u);  // the boxes, then the glyphs
  EXPECT_EQ(geode.getDrawable(0)->asGeometry()->getVertexArray()->getNumElements(), 2u * 4);  // a box each
  show(labels, 10, 100000, 100000);                                                           // nothing there
  EXPECT_EQ(geode.getNumDrawables(), 0u);
}

TEST(MapLabels, ProjectCandidatesAreBuiltOnlyOnceAViewIsZoomedInEnough) {
  auto c = fixture();
  scene::MapLabels labels(c, {kX, kY}, core::Lang::En);
  auto projectCount = [&] {
    const auto& classes = labels.candidates().classes;
    return std::count(classes.begin(), classes.end(), scene::LabelClass::Project);
  };
  EXPECT_FALSE(labels.projectsBuilt());
  EXPECT_EQ(projectCount(), 0);
  EXPECT_EQ(labels.candidates().candidates.size(), 4u);  // 2 districts, 2 base names
  show(labels, 20, -2000, -2000);  // the county at 20 m a pixel: no project label can show (large ones from 10)
  EXPECT_FALSE(labels.projectsBuilt());
  show(labels, 1, 500, 800);  // around the park, 1 m a pixel
  EXPECT_TRUE(labels.projectsBuilt());
  EXPECT_EQ(projectCount(), 2);
  EXPECT_EQ(texts(labels), (std::vector<std::string>{"人民公园"}));
  // Each project candidate still names its own project (the filter reads their states by position).
  for (std::size_t i = 0; i < labels.candidates().candidates.size(); ++i) {
    if (labels.candidates().classes[i] != scene::LabelClass::Project) continue;
    EXPECT_EQ(labels.candidates().candidates[i].text,
              core::trim(c.projects[static_cast<std::size_t>(labels.candidates().projects[i])].name));
  }
}

TEST(MapLabels, ProjectCandidatesBuiltInTheBackgroundAreTheSame) {
  auto c = fixture();
  scene::MapLabels now(c, {kX, kY}, core::Lang::En), early(c, {kX, kY}, core::Lang::En);
  early.prepareProjectsInBackground();
  show(now, 1, 500, 800);
  show(early, 1, 500, 800);
  ASSERT_TRUE(early.projectsBuilt());
  ASSERT_EQ(early.candidates().candidates.size(), now.candidates().candidates.size());
  for (std::size_t i = 0; i < now.candidates().candidates.size(); ++i) {
    EXPECT_EQ(early.candidates().candidates[i].text, now.candidates().candidates[i].text);
    EXPECT_EQ(early.candidates().projects[i], now.candidates().projects[i]);
    EXPECT_FLOAT_EQ(early.candidates().candidates[i].widthPx, now.candidates().candidates[i].widthPx);
  }
  EXPECT_EQ(texts(early), texts(now));
  // One never zoomed in, destroyed with its build perhaps still running: the thread is told to stop and joined
  // (no crash; the asan build checks the memory).
  scene::MapLabels dropped(c, {kX, kY}, core::Lang::En);
  dropped.prepareProjectsInBackground();
}

TEST(MapLabels, CandidatesAreMeasuredWithTheGlyphsTheyAreDrawnWith) {
  auto c = fixture();
  scene::MapLabels labels(c, {kX, kY}, core::Lang::En);
  ASSERT_NE(labels.drawing(), nullptr);
  for (std::size_t i = 0; i < labels.candidates().candidates.size(); ++i) {
    const auto& cand = labels.candidates().candidates[i];
    float px = scene::labelLook(labels.candidates().classes[i], {}).fontPx;
    scene::LabelSize size = labels.drawing()->measure(cand.text, px);
    EXPECT_FLOAT_EQ(cand.widthPx, size.widthPx + 4) << cand.text;  // a 2 px box margin each side
    EXPECT_FLOAT_EQ(cand.heightPx, px + 4) << cand.text;
  }
  // Noto Sans CJK's Hanzi advance by one em: 城区 at 20 px is 40 px wide; Latin digits are narrower.
  EXPECT_NEAR(labels.drawing()->measure("城区", 20).widthPx, 40, 0.5);
  EXPECT_LT(labels.drawing()->measure("G320", 20).widthPx, 4 * 20 * 0.7f);
}

TEST(MapLabels, PerspectiveViewPlacesLabelsWhereOsgProjectsTheirAnchors) {
  auto c = fixture();
  scene::MapLabels labels(c, {kX, kY}, core::Lang::En);
  // Looking north-east down at 城区 from 3 km south and 3 km up, 45° field of view.
  osg::Matrixd view =
      osg::Matrixd::lookAt(osg::Vec3d(2000, -1000, 3000), osg::Vec3d(2000, 2000, 0), osg::Vec3d(0, 0, 1));
  osg::Matrixd projection = osg::Matrixd::perspective(45, 1000.0 / 800, 10, 20000);
  labels.update(view * projection, 1000, 800, 5, {});
  auto shownTexts = texts(labels);
  ASSERT_NE(std::find(shownTexts.begin(), shownTexts.end(), "城区"), shownTexts.end());
  for (const auto& l : labels.layout().labels) {
    const auto& cand = labels.candidates().candidates[l.candidate];
    osg::Vec3d ndc = osg::Vec3d(cand.x, cand.y, cand.z) * view * projection;  // OSG divides by w
    EXPECT_NEAR((l.x0 + l.x1) / 2, (ndc.x() + 1) * 500, 0.5) << cand.text;
    EXPECT_NEAR((l.y0 + l.y1) / 2, (ndc.y() + 1) * 400, 0.5) << cand.text;
  }
  // Turned away (looking south, the fixture behind the camera): nothing.
  view = osg::Matrixd::lookAt(osg::Vec3d(2000, -1000, 3000), osg::Vec3d(2000, -4000, 0), osg::Vec3d(0, 0, 1));
  labels.update(view * projection, 1000, 800, 5, {});
  EXPECT_TRUE(labels.layout().labels.empty());
}
