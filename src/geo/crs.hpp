#pragma once
// Coordinate reference systems, described by value (definition text plus what we need to know about them).
// PROJ objects are created per use inside Transformer, so a Crs can be copied and shared across threads.
#include <optional>
#include <string>

#include "core/result.hpp"
#include "geo/extent.hpp"

namespace wm::geo {

struct Ellipsoid {
  double semiMajor = 6378137.0;              ///< metres
  double inverseFlattening = 298.257222101;  ///< CGCS2000/GRS80 by default
};

class Crs {
public:
  Crs() = default;
  /// From "EPSG:4547", a WKT string or a PROJ string. Fails with PROJ's reason.
  static core::Result<Crs> fromDefinition(const std::string& definition);
  /// CGCS2000 / 3-degree Gauss-Kruger CM zone (EPSG:4534-4554) whose central meridian is nearest `lon`.
  static Crs cgcs2000GaussKruger3(double lonDegrees);
  /// EPSG:4490, CGCS2000 longitude/latitude.
  static Crs cgcs2000Geographic();
  /// The plane of data that cannot be placed on the earth (no CRS and coordinates that are neither lon/lat nor
  /// zoned Gauss-Kruger, e.g. a local survey grid): coordinates are taken as metres as they stand (their unit
  /// is unknown: unitKnown() is false), in an engineering CRS of their own. It has no geodetic datum: nothing
  /// transforms into or out of it but itself (an identity), and lengths and areas in it are planar. A definition naming
  /// an engineering CRS (a .prj's LOCAL_CS) is planar too.
  static Crs localPlane();

  bool valid() const { return !_definition.empty(); }
  const std::string& definition() const { return _definition; }
  /// "EPSG:4547" when known, else the CRS name.
  std::string label() const;
  const std::string& name() const { return _name; }
  int epsg() const { return _epsg; }
  bool geographic() const { return _geographic; }
  /// An engineering (local) CRS: not placed on the earth, no geodetic CRS, planar measures (localPlane()).
  bool planar() const { return _planar; }
  const Ellipsoid& ellipsoid() const { return _ellipsoid; }
  /// Metres per coordinate unit of a projected or local CRS (0.3048006096… for US survey feet); 1 for a
  /// geographic CRS. Lengths and areas measured in the CRS's plane are scaled by it (and its square).
  double metresPerUnit() const { return _metresPerUnit; }
  /// The coordinate unit as PROJ names it ("metre", "US survey foot", "foot", "kilometre"; "degree" for a
  /// geographic CRS).
  const std::string& unitName() const { return _unitName; }
  /// False only for localPlane(): data without any CRS, whose unit nobody said (taken as metres).
  bool unitKnown() const { return _unitKnown; }
  /// The geographic (lon/lat) CRS this one is based on; itself when already geographic; empty when planar.
  const std::string& geodeticDefinition() const { return _geodeticDefinition; }

private:
  std::string _definition;
  std::string _geodeticDefinition;
  std::string _name;
  int _epsg = 0;
  bool _geographic = false;
  bool _planar = false;
  bool _unitKnown = true;
  double _metresPerUnit = 1.0;
  std::string _unitName = "metre";
  Ellipsoid _ellipsoid;
};

/// For a layer with no CRS: EPSG:4490 when the extent is longitude/latitude over China; a CGCS2000
/// Gauss-Kruger CRS when eastings carry a zone prefix (3-degree zones 25-45, 6-degree zones 13-23); otherwise
/// nothing, since plain eastings do not say which central meridian they belong to.
std::optional<Crs> inferCrsFromExtent(const Extent& extent);

}  // namespace wm::geo
