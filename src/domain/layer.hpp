#pragma once
// A loaded layer: what it is, where it came from, and its geometry in the working CRS.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/encoding_how.hpp"
#include "domain/kind.hpp"
#include "geo/geometry_store.hpp"

namespace wm::domain {

enum class LayerRole : std::uint8_t { Base, Works, Districts };

struct LayerInfo {
  std::string file;    ///< path or connection string as given (for messages)
  std::string name;    ///< layer name within the source
  std::string driver;  ///< GDAL driver short name ("ESRI Shapefile", "GPKG", ...)
  LayerRole role = LayerRole::Base;
  std::optional<Kind> kind;  ///< a works layer's kind when fixed by the workspace or its name
  std::string encoding;      ///< text encoding used to read it ("UTF-8", "GB18030", ...)
  EncodingHow encodingHow;   ///< how that was decided (encodingHowText puts it into words)
  std::string sourceCrs;     ///< the layer's own CRS label ("EPSG:4490")
  bool crsInferred = false;  ///< true when the CRS was guessed from the coordinates
  std::size_t featuresRead = 0;
  std::size_t featuresSkipped = 0;
};

struct Layer {
  LayerInfo info;
  geo::GeometryStore geometry;      ///< in the working CRS
  std::vector<std::string> labels;  ///< base and district layers: per feature, its name ("" if none); works: empty
  /// Base and district layers with a class column (io::LoadRequest::classColumns): per feature, its class
  /// value ("primary", "主干路"; "" if none). Empty when the layer has no such column, and for works layers.
  std::vector<std::string> classes;
  std::vector<std::int64_t> fids;  ///< per feature: the source feature id
};

}  // namespace wm::domain
