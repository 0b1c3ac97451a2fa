#include "geo/web_datum.hpp"

#include <cmath>

#include <gtest/gtest.h>

using namespace wm::geo;

// Published pairs: the README of the widely used open-source "coordtransform" library (wandergis) lists, for the
// input (116.404, 39.915): wgs84togcj02 → (116.41024449916938, 39.91640428150164) and gcj02tobd09 →
// (116.41036949371029, 39.92133699351021). Both are the forward formulas, so they must agree to ~1e-9°.
TEST(WebDatum, ForwardGcj02MatchesThePublishedPair) {
  LonLat g = gcj02FromWgs84({116.404, 39.915});
  EXPECT_NEAR(g.lon, 116.41024449916938, 1e-9);
  EXPECT_NEAR(g.lat, 39.91640428150164, 1e-9);
}

TEST(WebDatum, ForwardBd09MatchesThePublishedPair) {
  LonLat b = bd09FromGcj02({116.404, 39.915});
  EXPECT_NEAR(b.lon, 116.41036949371029, 1e-9);
  EXPECT_NEAR(b.lat, 39.92133699351021, 1e-9);
}

TEST(WebDatum, InverseOfTheForwardIsWithinHalfAMetreAcrossChina) {
  for (LonLat p : {LonLat{116.404, 39.915}, LonLat{121.4737, 31.2304}, LonLat{87.6168, 43.8256},
                   LonLat{113.2644, 23.1291}, LonLat{126.535, 45.802}, LonLat{91.1322, 29.6604}}) {
    LonLat back = wgs84FromGcj02(gcj02FromWgs84(p));
    EXPECT_LT(approxDistanceM(p, back), 0.5) << p.lon << "," << p.lat;
    LonLat viaBaidu = gcj02FromBd09(bd09FromGcj02(p));
    EXPECT_LT(approxDistanceM(p, viaBaidu), 0.5) << p.lon << "," << p.lat;
  }
}

// The offset is what makes the data look wrong: a few hundred metres in eastern China (the published pair above
// is 700 m east-north-east of its input).
TEST(WebDatum, OffsetIsHundredsOfMetresInsideChinaAndNoneOutside) {
  double d = approxDistanceM({116.404, 39.915}, gcj02FromWgs84({116.404, 39.915}));
  EXPECT_GT(d, 300);
  EXPECT_LT(d, 800);
  LonLat paris{2.3522, 48.8566};
  LonLat same = gcj02FromWgs84(paris);
  EXPECT_DOUBLE_EQ(same.lon, paris.lon);
  EXPECT_DOUBLE_EQ(same.lat, paris.lat);
}

TEST(WebDatum, ArraysConvertInPlaceFromBaiduToWgs84) {
  LonLat wgs{114.30, 30.60};
  LonLat bd = bd09FromGcj02(gcj02FromWgs84(wgs));
  double lon[] = {bd.lon, NAN}, lat[] = {bd.lat, 1.0};
  toWgs84(WebDatum::Bd09, lon, lat, 2);
  EXPECT_LT(approxDistanceM(wgs, {lon[0], lat[0]}), 0.5);
  EXPECT_TRUE(std::isnan(lon[1]));
  EXPECT_EQ(lat[1], 1.0);
}

TEST(WebDatum, NamesParseAsAWorkspaceWritesThem) {
  EXPECT_EQ(parseWebDatum("GCJ-02"), WebDatum::Gcj02);
  EXPECT_EQ(parseWebDatum("gcj02"), WebDatum::Gcj02);
  EXPECT_EQ(parseWebDatum("bd09"), WebDatum::Bd09);
  EXPECT_EQ(parseWebDatum("none"), WebDatum::None);
  EXPECT_FALSE(parseWebDatum("mars"));
  EXPECT_EQ(webDatumName(WebDatum::Bd09), "bd09");
}
