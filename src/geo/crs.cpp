#include "geo/crs.hpp"

#include <cmath>
#include <memory>

#include <fmt/format.h>
#include <proj.h>

#include "geo/proj_handle.hpp"

namespace wm::geo {

core::Result<Crs> Crs::fromDefinition(const std::string& definition) {
  ProjContext ctx;
  PjPtr crs(proj_create(ctx.get(), definition.c_str()));
  if (!crs || !proj_is_crs(crs.get())) return ctx.failure(core::Msg::NotACrs);
  Crs out;
  out._definition = definition;
  if (const char* name = proj_get_name(crs.get())) out._name = name;
  PJ_TYPE type = proj_get_type(crs.get());
  out._geographic = type == PJ_TYPE_GEOGRAPHIC_2D_CRS || type == PJ_TYPE_GEOGRAPHIC_3D_CRS;
  const char* auth = proj_get_id_auth_name(crs.get(), 0);
  const char* code = proj_get_id_code(crs.get(), 0);
  if (auth && code && std::string(auth) == "EPSG") out._epsg = std::atoi(code);
  if (out._epsg == 0) {
    // A .prj usually carries no authority code; ask PROJ which EPSG CRS it is (only a confident match).
    int* confidence = nullptr;
    PJ_OBJ_LIST* matches = proj_identify(ctx.get(), crs.get(), "EPSG", nullptr, &confidence);
    if (matches && proj_list_get_count(matches) > 0 && confidence[0] >= 90) {
      PjPtr best(proj_list_get(ctx.get(), matches, 0));
      if (const char* c = proj_get_id_code(best.get(), 0)) out._epsg = std::atoi(c);
    }
    proj_int_list_destroy(confidence);
    proj_list_destroy(matches);
  }
  if (out._geographic) {
    out._unitName = "degree";
  } else {
    LinearUnit unit = linearUnitOf(ctx.get(), crs.get());
    out._metresPerUnit = unit.metres;
    out._unitName = unit.name;
  }
  if (type == PJ_TYPE_ENGINEERING_CRS) {
    out._planar = true;
    return out;
  }
  PjPtr geodetic(proj_crs_get_geodetic_crs(ctx.get(), crs.get()));
  if (!geodetic) return core::Error{core::Msg::CrsNoDatum};
  const char* wkt = proj_as_wkt(ctx.get(), geodetic.get(), PJ_WKT2_2019, nullptr);
  out._geodeticDefinition = wkt ? wkt : "";
  PjPtr ellipsoid(proj_get_ellipsoid(ctx.get(), crs.get()));
  if (ellipsoid) {
    double a = 0, b = 0, invf = 0;
    int computed = 0;
    if (proj_ellipsoid_get_parameters(ctx.get(), ellipsoid.get(), &a, &b, &computed, &invf)) {
      out._ellipsoid.semiMajor = a;
      out._ellipsoid.inverseFlattening = invf;  // 0 for a sphere
    }
  }
  return out;
}

Crs Crs::cgcs2000GaussKruger3(double lon) {
  // EPSG:4534 is CM 75E, each following code 3 degrees further east, up to EPSG:4554 at CM 135E.
  int zone = static_cast<int>(std::lround((lon - 75.0) / 3.0));
  zone = std::clamp(zone, 0, 20);
  return *fromDefinition(fmt::format("EPSG:{}", 4534 + zone));
}

Crs Crs::cgcs2000Geographic() { return *fromDefinition("EPSG:4490"); }

Crs Crs::localPlane() {
  // Written out rather than parsed each time: PROJ reads it as an engineering CRS (fromDefinition would too).
  Crs out;
  out._definition =
      "ENGCRS[\"local plane\",EDATUM[\"unknown\"],CS[Cartesian,2],"
      "AXIS[\"easting (X)\",east,ORDER[1],LENGTHUNIT[\"metre\",1]],"
      "AXIS[\"northing (Y)\",north,ORDER[2],LENGTHUNIT[\"metre\",1]]]";
  out._name = "local plane";
  out._planar = true;
  out._unitKnown = false;
  return out;
}

std::string Crs::label() const { return _epsg ? fmt::format("EPSG:{}", _epsg) : _name; }

std::optional<Crs> inferCrsFromExtent(const Extent& e) {
  if (e.empty()) return std::nullopt;
  if (e.minX >= 73 && e.maxX <= 136 && e.minY >= 3 && e.maxY <= 54) return Crs::cgcs2000Geographic();
  // Northings of China in Gauss-Kruger lie between about 300 km and 6,000 km.
  if (e.minY < 300000 || e.maxY > 6000000) return std::nullopt;
  int zoneMin = static_cast<int>(std::floor(e.minX / 1e6));
  int zoneMax = static_cast<int>(std::floor(e.maxX / 1e6));
  if (zoneMin != zoneMax) return std::nullopt;
  double easting = e.minX - zoneMin * 1e6;
  if (easting < 100000 || e.maxX - zoneMin * 1e6 > 900000) return std::nullopt;
  if (zoneMin >= 25 && zoneMin <= 45) return *Crs::fromDefinition(fmt::format("EPSG:{}", 4513 + zoneMin - 25));
  if (zoneMin >= 13 && zoneMin <= 23) return *Crs::fromDefinition(fmt::format("EPSG:{}", 4491 + zoneMin - 13));
  return std::nullopt;
}

}  // namespace wm::geo
