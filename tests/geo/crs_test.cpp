#include "geo/crs.hpp"

#include <gtest/gtest.h>

#include "geo/transformer.hpp"

using namespace wm::geo;

TEST(Crs, GaussKrugerZoneIsTheOneWhoseMeridianIsNearest) {
  EXPECT_EQ(Crs::cgcs2000GaussKruger3(113.1).epsg(), 4547);  // CM 114E
  EXPECT_EQ(Crs::cgcs2000GaussKruger3(112.4).epsg(), 4546);  // CM 111E
  EXPECT_EQ(Crs::cgcs2000GaussKruger3(75.0).epsg(), 4534);
  EXPECT_EQ(Crs::cgcs2000GaussKruger3(135.0).epsg(), 4554);
  EXPECT_EQ(Crs::cgcs2000GaussKruger3(20.0).epsg(), 4534);  // clamped to the family
}

TEST(Crs, KnowsGeographicFromProjectedAndItsEllipsoid) {
  auto geographic = Crs::fromDefinition("EPSG:4490");
  ASSERT_TRUE(geographic);
  EXPECT_TRUE(geographic->geographic());
  EXPECT_DOUBLE_EQ(geographic->ellipsoid().semiMajor, 6378137.0);
  EXPECT_NEAR(geographic->ellipsoid().inverseFlattening, 298.257222101, 1e-9);
  auto projected = Crs::fromDefinition("EPSG:4547");
  ASSERT_TRUE(projected);
  EXPECT_FALSE(projected->geographic());
  EXPECT_EQ(projected->label(), "EPSG:4547");
}

TEST(Crs, RejectsTextThatIsNoCrs) {
  auto bad = Crs::fromDefinition("EPSG:99999999");
  EXPECT_FALSE(bad);
}

TEST(InferCrs, LongitudeLatitudeOverChinaIsCgcs2000Geographic) {
  Extent e;
  e.add(113.0, 29.0);
  e.add(113.3, 29.3);
  auto crs = inferCrsFromExtent(e);
  ASSERT_TRUE(crs);
  EXPECT_EQ(crs->epsg(), 4490);
}

TEST(InferCrs, ZonePrefixedEastingsNameTheirZone) {
  Extent e;
  e.add(38'490'000, 3'220'000);  // 3-degree zone 38 (CM 114E)
  e.add(38'520'000, 3'250'000);
  auto crs = inferCrsFromExtent(e);
  ASSERT_TRUE(crs);
  EXPECT_EQ(crs->epsg(), 4526);
  Extent six;
  six.add(20'490'000, 3'220'000);  // 6-degree zone 20 (CM 117E)
  six.add(20'520'000, 3'250'000);
  EXPECT_EQ(inferCrsFromExtent(six)->epsg(), 4498);
}

TEST(InferCrs, PlainEastingsAreAmbiguous) {
  Extent e;
  e.add(490'000, 3'220'000);
  e.add(520'000, 3'250'000);
  EXPECT_FALSE(inferCrsFromExtent(e));
  Extent local;
  local.add(0, 0);
  local.add(100, 100);
  EXPECT_FALSE(inferCrsFromExtent(local));
}

TEST(Transformer, BatchesPointsInEastingNorthingOrder) {
  auto t = Transformer::create("EPSG:4490", "EPSG:4547");
  ASSERT_TRUE(t);
  EXPECT_FALSE(t->identity());
  double x[] = {114.0, 114.0, 115.0}, y[] = {0.0, 30.0, 30.0};
  EXPECT_EQ(t->transform(x, y, 3), 3u);
  EXPECT_NEAR(x[0], 500000.0, 1e-6);  // on the central meridian: the false easting
  EXPECT_NEAR(y[0], 0.0, 1e-6);
  EXPECT_NEAR(x[1], 500000.0, 1e-6);
  // Northing on the meridian at 30°N is the meridian arc length, 3,320,113.398 m on GRS80/CGCS2000.
  EXPECT_NEAR(y[1], 3320113.398, 0.01);
  EXPECT_GT(x[2], 596000.0);  // one degree east at 30°N is about 96.5 km
  EXPECT_LT(x[2], 597000.0);
}

TEST(Transformer, SameCrsIsIdentity) {
  auto t = Transformer::create("EPSG:4547", "EPSG:4547");
  ASSERT_TRUE(t);
  EXPECT_TRUE(t->identity());
}

TEST(Crs, TheLocalPlaneAndALocalCsAreBothPlanarAndTransformIntoEachOtherAsTheyStand) {
  Crs plane = Crs::localPlane();
  EXPECT_TRUE(plane.planar());
  EXPECT_FALSE(plane.geographic());
  EXPECT_TRUE(plane.geodeticDefinition().empty());
  auto site = Crs::fromDefinition(
      R"(LOCAL_CS["Site grid",LOCAL_DATUM["Site",0],UNIT["Meter",1],AXIS["X",EAST],AXIS["Y",NORTH]])");
  ASSERT_TRUE(site) << site.error().text(wm::core::Lang::En);
  EXPECT_TRUE(site->planar());
  EXPECT_FALSE(Crs::cgcs2000Geographic().planar());
  auto same = Transformer::create(site->definition(), plane.definition());
  ASSERT_TRUE(same);
  EXPECT_TRUE(same->identity());
  // Nothing places a plane on the earth.
  EXPECT_FALSE(Transformer::create(plane.definition(), "EPSG:4490"));
}

// The CRS's linear unit, as PROJ reads it from the definition: what lengths in its plane are in metres.
TEST(Crs, KnowsItsLinearUnit) {
  auto feet = Crs::fromDefinition("EPSG:2227");  // California zone III, US survey feet
  ASSERT_TRUE(feet);
  EXPECT_NEAR(feet->metresPerUnit(), 1200.0 / 3937.0, 1e-15);
  EXPECT_EQ(feet->unitName(), "US survey foot");
  EXPECT_TRUE(feet->unitKnown());
  EXPECT_DOUBLE_EQ(Crs::fromDefinition("EPSG:4547")->metresPerUnit(), 1.0);
  EXPECT_EQ(Crs::fromDefinition("EPSG:4547")->unitName(), "metre");
  EXPECT_EQ(Crs::cgcs2000Geographic().unitName(), "degree");
  EXPECT_FALSE(Crs::localPlane().unitKnown());  // no CRS: nobody said
  auto site = Crs::fromDefinition(
      R"(LOCAL_CS["Site grid",LOCAL_DATUM["Site",0],UNIT["Foot",0.3048],AXIS["X",EAST],AXIS["Y",NORTH]])");
  ASSERT_TRUE(site) << site.error().text(wm::core::Lang::En);
  EXPECT_DOUBLE_EQ(site->metresPerUnit(), 0.3048);
  EXPECT_TRUE(site->unitKnown());
}

// A site grid in feet and the plane in metres are the same plane: only the unit is converted.
TEST(Transformer, BetweenLocalPlanesConvertsTheirUnits) {
  auto site = Crs::fromDefinition(
      R"(LOCAL_CS["Site grid",LOCAL_DATUM["Site",0],UNIT["Foot",0.3048],AXIS["X",EAST],AXIS["Y",NORTH]])");
  ASSERT_TRUE(site);
  auto t = Transformer::create(site->definition(), Crs::localPlane().definition());
  ASSERT_TRUE(t);
  EXPECT_FALSE(t->identity());
  double x[2] = {1000, 0}, y[2] = {2500, -10};
  EXPECT_EQ(t->transform(x, y, 2), 2u);
  EXPECT_DOUBLE_EQ(x[0], 304.8);
  EXPECT_DOUBLE_EQ(y[0], 762.0);
  EXPECT_DOUBLE_EQ(y[1], -3.048);
}
