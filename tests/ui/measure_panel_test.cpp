// The Measure tool in ui: planar figures and their formatting worked out by hand, the fill's triangulation, and
// the panel under ImGui's null setup (toolbar toggle, mode, figures of points put in the state, Clear, the shape
// drawn over the map).
#include <algorithm>
#include <cmath>

#include <gtest/gtest.h>

#include "imgui_harness.hpp"
#include "ui/desk.hpp"
#include "ui_fixture.hpp"

using namespace wm;
using ui::MeasureMode;

namespace {

// (0, 0) → (300, 400) → (300, 1200): legs of 500 m (a 3-4-5 triangle) and 800 m, 1,300 m in all. Closed, the
// ring's third side is √(300² + 1200²) = 1,236.932 m, and its area by the shoelace formula is
// |300 × 1200 − 300 × 400| / 2 = 120,000 m² = 12 ha = 180 mu.
const std::vector<ui::MapPoint> kPoints{{0, 0}, {300, 400}, {300, 1200}};

struct MeasureDesk {
  domain::Catalog catalog = test::uiCatalog();
  domain::MapStyle style = domain::builtInMapStyle();
  ui::ViewState state = ui::initialViewState(catalog, test::day(2023, 6, 30), core::Lang::En);
  test::ImGuiHarness imgui;
  ui::Desk desk;
  std::function<void()> draw = [this] { desk.draw(state, 1.0f); };

  explicit MeasureDesk(ui::DeskServices services = {}) : desk(catalog, style, std::move(services)) {
    for (int i = 0; i < 3; ++i) imgui.frame(draw);
  }
  void click(const std::string& id) { imgui.click(desk.targets(), id, draw); }
  std::string shown(const std::string& key) const {
    for (const ui::MeasureLine& line : desk.measure().lines())
      if (line.key == key) return line.value;
    return "(no line " + key + ")";
  }
};

double triangleArea(const std::vector<ui::WindowPoint>& p, const std::array<std::uint32_t, 3>& t) {
  const ui::WindowPoint &a = p[t[0]], &b = p[t[1]], &c = p[t[2]];
  return std::fabs((b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y)) / 2;
}

}  // namespace

TEST(Measurement, PlanarFiguresAsWorkedOutByHand) {
  ui::MeasureFigures f = ui::planarFigures(kPoints);
  EXPECT_DOUBLE_EQ(f.lengthM, 1300);
  EXPECT_DOUBLE_EQ(f.lastSegmentM, 800);
  EXPECT_NEAR(f.perimeterM, 1300 + 1236.932, 1e-3);
  EXPECT_DOUBLE_EQ(f.areaM2, 120000);
  EXPECT_FALSE(f.geodesic);
  // Large Gauss-Kruger coordinates: the same triangle shifted to (38,500,000, 3,300,000) keeps its area.
  std::vector<ui::MapPoint> far;
  for (const ui::MapPoint& p : kPoints) far.push_back({p.x + 38500000, p.y + 3300000});
  EXPECT_DOUBLE_EQ(ui::planarFigures(far).areaM2, 120000);
  // Two points have a length but no area or perimeter; one point has nothing.
  EXPECT_EQ(ui::planarFigures({{0, 0}, {3, 4}}), (ui::MeasureFigures{5, 5, 0, 0, false}));
  EXPECT_EQ(ui::planarFigures({{7, 7}}), ui::MeasureFigures{});
}

TEST(Measurement, AFinishedShapeIsReplacedByTheNextPoint) {
  ui::Measurement m;
  m.finish();
  EXPECT_FALSE(m.finished);  // nothing to finish
  m.addPoint({1, 1});
  m.addPoint({2, 2});
  m.finish();
  EXPECT_TRUE(m.finished);
  m.addPoint({5, 5});
  EXPECT_FALSE(m.finished);
  EXPECT_EQ(m.points, (std::vector<ui::MapPoint>{{5, 5}}));
}

TEST(Measurement, AreasInSquareMetresHectaresOrSquareKilometresAndInMu) {
  EXPECT_EQ(ui::measuredAreaText(850.46), "850.5 m²");
  EXPECT_EQ(ui::measuredAreaText(120000), "12.00 ha");
  EXPECT_EQ(ui::measuredAreaText(3250000), "3.250 km²");
  EXPECT_EQ(ui::muText(120000, core::Lang::En), "180.00 mu");  // 120,000 / 666.667
  EXPECT_EQ(ui::muText(2000, core::Lang::Zh), "3.00 亩");
}

TEST(MeasureDrawing, EarClippingFillsAConcavePolygonExactlyInEitherOrientation) {
  // An L of six corners: the 20 × 20 square minus its 10 × 10 top-right quarter, 300 px²; the corner at
  // (10, 10) is reflex, so a fan from the first point would spill over it.
  std::vector<ui::WindowPoint> ring{{0, 0}, {20, 0}, {20, 10}, {10, 10}, {10, 20}, {0, 20}};
  for (int orientation = 0; orientation < 2; ++orientation) {
    auto triangles = ui::fillTriangles(ring);
    ASSERT_EQ(triangles.size(), 4u);  // n − 2
    double area = 0;
    for (const auto& t : triangles) area += triangleArea(ring, t);
    EXPECT_DOUBLE_EQ(area, 300);
    std::reverse(ring.begin(), ring.end());
  }
  EXPECT_EQ(ui::fillTriangles({{0, 0}, {1, 0}, {0, 1}}).size(), 1u);
  EXPECT_TRUE(ui::fillTriangles({{0, 0}, {1, 0}}).empty());
}

TEST(MeasurePanel, TheToolbarOpensItDistanceModeShowsTheFiguresOfThePointsAndClearEmptiesIt) {
  MeasureDesk f;
  EXPECT_FALSE(f.desk.targets().find("measure.mode.distance"));  // closed at first
  f.click("desk.measure");
  ASSERT_TRUE(f.state.panels.measure);
  EXPECT_FALSE(f.state.measuring());  // open, but no mode yet: clicks on the map still pick
  f.click("measure.mode.distance");
  EXPECT_EQ(f.state.measure.mode, MeasureMode::Distance);
  EXPECT_TRUE(f.state.measuring());
  f.state.measure.points = kPoints;  // as the app adds clicked points
  f.imgui.frame(f.draw);
  EXPECT_EQ(f.shown("points"), "3");
  EXPECT_EQ(f.shown("total"), "1.300 km");
  EXPECT_EQ(f.shown("last_segment"), "800.0 m");
  EXPECT_FALSE(f.desk.measure().figures().geodesic);  // no geodesic service: planar figures
  f.click("measure.clear");
  EXPECT_TRUE(f.state.measure.points.empty());
  EXPECT_EQ(f.state.measure.mode, MeasureMode::Distance);
  EXPECT_EQ(f.shown("total"), "0.0 m");
}

TEST(MeasurePanel, AreaModeShowsAreaMuAndPerimeterAndClosingThePanelEndsTheMeasurement) {
  MeasureDesk f;
  f.click("desk.measure");
  f.click("measure.mode.area");
  f.state.measure.points = {kPoints[0], kPoints[1]};
  f.imgui.frame(f.draw);
  EXPECT_EQ(f.shown("area"), "(no line area)");  // two points enclose nothing yet
  f.state.measure.points = kPoints;
  f.imgui.frame(f.draw);
  EXPECT_EQ(f.shown("area"), "12.00 ha");
  EXPECT_EQ(f.shown("area_detail"), "120000.0 m² = 180.00 mu");
  EXPECT_EQ(f.shown("perimeter"), "2.537 km");
  f.click("desk.measure");
  EXPECT_FALSE(f.state.measuring());
  EXPECT_EQ(f.state.measure, ui::Measurement{});
}

TEST(MeasurePanel, FiguresComeFromTheGeodesicServiceWhenThereIsOne) {
  int calls = 0;
  ui::DeskServices services;
  // Stands in for the app's PROJ-backed function: fixed figures, so the test checks the wiring.
  services.measureGeodesic = [&calls](const std::vector<ui::MapPoint>&) -> std::optional<ui::MeasureFigures> {
    ++calls;
    return ui::MeasureFigures{1299.5, 799.7, 0, 0, true};
  };
  MeasureDesk f(std::move(services));
  f.click("desk.measure");
  f.click("measure.mode.distance");
  f.state.measure.points = kPoints;
  f.imgui.frame(f.draw);
  f.imgui.frame(f.draw);
  EXPECT_EQ(f.shown("total"), "1.300 km");
  EXPECT_EQ(f.shown("last_segment"), "799.7 m");
  EXPECT_TRUE(f.desk.measure().figures().geodesic);
  EXPECT_EQ(calls, 1);  // once for the new points, not every frame
}

TEST(MeasurePanel, TheShapeIsDrawnOverTheMapWhereTheAppPlacesItsPoints) {
  ui::DeskServices services;
  services.toWindow = [](double x, double y) -> std::optional<ui::WindowPoint> {
    return ui::WindowPoint{static_cast<float>(100 + x / 10), static_cast<float>(700 - y / 10)};
  };
  MeasureDesk f(std::move(services));
  f.click("desk.measure");
  f.click("measure.mode.area");
  f.imgui.frame(f.draw);
  const int empty = ImGui::GetBackgroundDrawList()->VtxBuffer.Size;
  f.state.measure.points = kPoints;
  f.imgui.frame(f.draw);
  const ImDrawList& list = *ImGui::GetBackgroundDrawList();
  EXPECT_GT(list.VtxBuffer.Size, empty + 3);
  // The fill's own vertices are the points where the app placed them: (100, 700), (130, 660), (130, 580).
  bool found = false;
  for (const ImDrawVert& v : list.VtxBuffer)
    if (v.pos.x == 130 && v.pos.y == 580) found = true;
  EXPECT_TRUE(found);
}
