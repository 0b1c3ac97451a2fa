// The status bar's text: cursor in the working CRS and in lon/lat (converted by a function the app passes in),
// the scale at 96 dpi and the CRS's name.
#include <gtest/gtest.h>

#include "imgui_harness.hpp"
#include "ui/desk.hpp"
#include "ui_fixture.hpp"

using namespace wm;

namespace {
// Stands in for the app's PROJ transformer: a fixed answer, so the test checks formatting only.
std::optional<ui::LonLat> fakeLonLat(double, double) { return ui::LonLat{114.1234567, 30.5}; }
}  // namespace

TEST(StatusBar, ScaleIsMetresPerPixelOverAPixelsWidthAt96Dpi) {
  // A 96 dpi pixel is 0.0254 / 96 m = 0.26458 mm: 2 m per pixel is 1:7559.
  EXPECT_EQ(ui::scaleDenominator(2.0), 7559);
  EXPECT_EQ(ui::scaleDenominator(0.0254 / 96), 1);
  EXPECT_EQ(ui::scaleDenominator(0), 0);
}

TEST(StatusBar, TextGivesCursorLonLatScaleAndCrs) {
  ui::MapPointer p{true, 512345.67, 3456789.01, 2.0};
  EXPECT_EQ(ui::statusBarText(p, fakeLonLat, "EPSG:4547", core::Lang::En),
            "E 512345.7  N 3456789.0 m   ·   lon 114.123457°  lat 30.500000°   ·   scale 1:7559   ·   CRS EPSG:4547");
  EXPECT_EQ(ui::statusBarText(p, {}, "EPSG:4547", core::Lang::Zh),
            "东 512345.7  北 3456789.0 米   ·   比例尺 1:7559   ·   坐标系 EPSG:4547");
  ui::MapPointer off{false, 0, 0, 2.0};
  EXPECT_EQ(ui::statusBarText(off, fakeLonLat, "EPSG:4547", core::Lang::En),
            "cursor off the map   ·   scale 1:7559   ·   CRS EPSG:4547");
}

TEST(StatusBar, ATiltedViewHasNoScale) {
  ui::MapPointer tilted{true, 512345.67, 3456789.01, 2.0, false};
  EXPECT_EQ(ui::statusBarText(tilted, {}, "EPSG:4547", core::Lang::En),
            "E 512345.7  N 3456789.0 m   ·   CRS EPSG:4547");
}

TEST(StatusBar, TheDeskDrawsItWithThePointerItIsGiven) {
  domain::Catalog catalog = test::deskCatalog();
  domain::MapStyle style = domain::builtInMapStyle();
  ui::ViewState state = ui::initialViewState(catalog, test::day(2023, 6, 30), core::Lang::En);
  test::ImGuiHarness imgui;
  ui::DeskServices services;
  services.toLonLat = fakeLonLat;
  services.crsName = "EPSG:4547";
  ui::Desk desk{catalog, style, std::move(services)};
  ui::MapPointer p{true, 512345.67, 3456789.01, 2.0};
  imgui.frame([&] { desk.draw(state, 1.0f, p); });
  EXPECT_EQ(desk.statusBar().text(), ui::statusBarText(p, fakeLonLat, "EPSG:4547", core::Lang::En));
  auto bar = desk.targets().find("statusbar.text");
  ASSERT_TRUE(bar);
  EXPECT_GT(bar->y0, 800 - 40);  // along the bottom edge
  state.panels.statusBar = false;
  imgui.frame([&] { desk.draw(state, 1.0f, p); });
  EXPECT_EQ(desk.statusBar().text(), "");
}
