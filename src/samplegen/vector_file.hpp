#pragma once
// Writing vector layers with GDAL/OGR, without GDAL types in the interface: shapefile directories and
// GeoPackages, one schema per layer, geometry given in the local frame and projected per layer.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "core/date.hpp"
#include "samplegen/failure.hpp"
#include "samplegen/plane.hpp"

namespace wm::samplegen {

using Status = Result<std::monostate>;

enum class FieldType { String, Real, Integer, Date };

struct FieldSpec {
  std::string name;  ///< UTF-8; shapefiles of GBK layers store it in GBK (must fit 10 bytes there)
  FieldType type = FieldType::String;
  int width = 0;
  int precision = 0;
};

enum class GeometryType { Point, LineString, Polygon };
enum class TextEncoding { Utf8, Gbk };

/// CRSs a layer may be written in; all are CGCS2000.
enum class LayerCrs {
  Geographic4490,   ///< EPSG:4490, lon/lat degrees (written lon first)
  GaussKruger4547,  ///< EPSG:4547, 3-degree GK, CM 114°E, eastings without zone prefix
  GaussKruger4526,  ///< EPSG:4526, 3-degree GK zone 38, eastings with the 38 prefix
};
int epsgOf(LayerCrs crs);

struct LayerSchema {
  std::string name;
  GeometryType geometry = GeometryType::LineString;
  LayerCrs crs = LayerCrs::Geographic4490;
  TextEncoding encoding = TextEncoding::Utf8;  ///< for shapefiles; GeoPackages are always UTF-8
  std::vector<FieldSpec> fields;
};

/// Unset (null), text (UTF-8), real, integer or calendar date.
using FieldValue = std::variant<std::monostate, std::string, double, std::int64_t, core::Date>;

/// One feature: a point (one vertex), a line, or an open ring for a polygon, in the local frame; values in
/// schema order.
struct FeatureRecord {
  std::vector<Vec2> points;
  std::vector<FieldValue> values;
};

/// A layer of an open VectorFile. Owned by the file; valid until it is closed.
class LayerWriter {
public:
  virtual ~LayerWriter() = default;
  virtual Status write(const FeatureRecord& record) = 0;
  virtual std::size_t featureCount() const = 0;
  /// Points written, counting the closing point of polygon rings as stored in the file.
  virtual std::size_t vertexCount() const = 0;
  virtual const LayerSchema& schema() const = 0;
};

/// A vector dataset being written. Not thread-safe; one per thread.
class VectorFile {
public:
  enum class Format { ShapefileDirectory, GeoPackage };

  /// Creates the dataset (a directory of shapefiles, or one .gpkg); fails if GDAL cannot.
  static Result<VectorFile> create(Format format, const std::filesystem::path& path);

  VectorFile(VectorFile&&) noexcept;
  VectorFile& operator=(VectorFile&&) noexcept;
  ~VectorFile();

  Result<LayerWriter*> addLayer(const LayerSchema& schema);
  /// Commits and closes; every LayerWriter becomes invalid. Called by the destructor when not called before.
  Status close();

private:
  struct Impl;
  explicit VectorFile(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> _impl;
};

/// Makes a shapefile declare no encoding at all, as much real bureau data does: deletes its .cpg and zeroes
/// the DBF language-driver byte. The text stays in whatever encoding it was written in.
Status stripEncodingMarks(const std::filesystem::path& shpFile);

}  // namespace wm::samplegen
