#include "samplegen/vector_file.hpp"

#include <cmath>
#include <cstdio>
#include <system_error>
#include <utility>

#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_string.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include "samplegen/county_layout.hpp"
#include "samplegen/gdal_scope.hpp"

namespace wm::samplegen {
namespace {

Failure gdalError(const std::string& what) { return Failure{what + ": " + lastGdalError("GDAL failed")}; }

OGRSpatialReferenceH makeSrs(int epsg) {
  OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
  OSRImportFromEPSG(srs, epsg);
  // Longitude/easting first, whatever the EPSG axis order says.
  OSRSetAxisMappingStrategy(srs, OAMS_TRADITIONAL_GIS_ORDER);
  return srs;
}

// Maps local metres to a layer's CRS. Coordinates are rounded (1 mm, or 1e-9 degree ≈ 0.1 mm) so that the
// last-bit differences of libm and PROJ between machines do not show up in the files.
class CrsProjector {
public:
  explicit CrsProjector(LayerCrs crs) : _crs(crs) {
    if (crs != LayerCrs::Geographic4490) return;
    OGRSpatialReferenceH gk = makeSrs(4547);
    OGRSpatialReferenceH geographic = makeSrs(4490);
    _toGeographic = OCTNewCoordinateTransformation(gk, geographic);
    OSRDestroySpatialReference(gk);
    OSRDestroySpatialReference(geographic);
  }
  ~CrsProjector() {
    if (_toGeographic) OCTDestroyCoordinateTransformation(_toGeographic);
  }
  CrsProjector(const CrsProjector&) = delete;
  CrsProjector& operator=(const CrsProjector&) = delete;

  bool valid() const { return _crs != LayerCrs::Geographic4490 || _toGeographic != nullptr; }

  bool project(const std::vector<Vec2>& points, std::vector<double>& xs, std::vector<double>& ys) const {
    xs.resize(points.size());
    ys.resize(points.size());
    double eastingOffset = kOriginEasting + (_crs == LayerCrs::GaussKruger4526 ? 38000000.0 : 0.0);
    for (std::size_t i = 0; i < points.size(); ++i) {
      xs[i] = points[i].x + eastingOffset;
      ys[i] = points[i].y + kOriginNorthing;
    }
    double quantum = 1000.0;
    if (_crs == LayerCrs::Geographic4490) {
      if (!OCTTransform(_toGeographic, static_cast<int>(points.size()), xs.data(), ys.data(), nullptr)) return false;
      quantum = 1e9;
    }
    for (std::size_t i = 0; i < points.size(); ++i) {
      xs[i] = std::round(xs[i] * quantum) / quantum;
      ys[i] = std::round(ys[i] * quantum) / quantum;
    }
    return true;
  }

private:
  LayerCrs _crs;
  OGRCoordinateTransformationH _toGeographic = nullptr;
};

OGRwkbGeometryType wkbTypeOf(GeometryType type) {
  switch (type) {
    case GeometryType::Point:
      return wkbPoint;
    case GeometryType::LineString:
      return wkbLineString;
    case GeometryType::Polygon:
      return wkbPolygon;
  }
  return wkbUnknown;
}

OGRFieldType ogrTypeOf(FieldType type) {
  switch (type) {
    case FieldType::String:
      return OFTString;
    case FieldType::Real:
      return OFTReal;
    case FieldType::Integer:
      return OFTInteger;
    case FieldType::Date:
      return OFTDate;
  }
  return OFTString;
}

class OgrLayerWriter final : public LayerWriter {
public:
  OgrLayerWriter(OGRLayerH layer, LayerSchema schema)
      : _layer(layer), _schema(std::move(schema)), _projector(_schema.crs) {}
  ~OgrLayerWriter() override {
    if (_feature) OGR_F_Destroy(_feature);
  }
  OgrLayerWriter(const OgrLayerWriter&) = delete;
  OgrLayerWriter& operator=(const OgrLayerWriter&) = delete;

  Status addFields();
  Status write(const FeatureRecord& record) override;
  std::size_t featureCount() const override { return _features; }
  std::size_t vertexCount() const override { return _vertices; }
  const LayerSchema& schema() const override { return _schema; }

private:
  OGRGeometryH makeGeometry(std::size_t n);
  void setValues(const std::vector<FieldValue>& values);

  OGRLayerH _layer;
  LayerSchema _schema;
  CrsProjector _projector;
  OGRFeatureH _feature = nullptr;
  std::vector<double> _xs;
  std::vector<double> _ys;
  std::size_t _features = 0;
  std::size_t _vertices = 0;
};

Status OgrLayerWriter::addFields() {
  if (!_projector.valid()) return gdalError("cannot set up the CRS transformation for " + _schema.name);
  for (const FieldSpec& spec : _schema.fields) {
    OGRFieldDefnH field = OGR_Fld_Create(spec.name.c_str(), ogrTypeOf(spec.type));
    if (spec.width > 0) OGR_Fld_SetWidth(field, spec.width);
    if (spec.precision > 0) OGR_Fld_SetPrecision(field, spec.precision);
    OGRErr err = OGR_L_CreateField(_layer, field, TRUE);
    OGR_Fld_Destroy(field);
    if (err != OGRERR_NONE) return gdalError("cannot create field " + spec.name + " in " + _schema.name);
  }
  // A driver may shorten or launder a name it cannot store; the schemas are designed so that none is changed.
  OGRFeatureDefnH defn = OGR_L_GetLayerDefn(_layer);
  for (std::size_t i = 0; i < _schema.fields.size(); ++i) {
    const char* stored = OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, static_cast<int>(i)));
    if (_schema.fields[i].name != stored) {
      return Failure{"field " + _schema.fields[i].name + " of " + _schema.name + " was stored as " + stored};
    }
  }
  _feature = OGR_F_Create(defn);
  return std::monostate{};
}

OGRGeometryH OgrLayerWriter::makeGeometry(std::size_t n) {
  const int count = static_cast<int>(n);
  switch (_schema.geometry) {
    case GeometryType::Point: {
      OGRGeometryH point = OGR_G_CreateGeometry(wkbPoint);
      OGR_G_SetPoint_2D(point, 0, _xs[0], _ys[0]);
      return point;
    }
    case GeometryType::LineString: {
      OGRGeometryH line = OGR_G_CreateGeometry(wkbLineString);
      OGR_G_SetPoints(line, count, _xs.data(), sizeof(double), _ys.data(), sizeof(double), nullptr, 0);
      return line;
    }
    case GeometryType::Polygon: {
      // The closing point repeats the first one bit for bit.
      _xs.push_back(_xs[0]);
      _ys.push_back(_ys[0]);
      OGRGeometryH ring = OGR_G_CreateGeometry(wkbLinearRing);
      OGR_G_SetPoints(ring, count + 1, _xs.data(), sizeof(double), _ys.data(), sizeof(double), nullptr, 0);
      OGRGeometryH polygon = OGR_G_CreateGeometry(wkbPolygon);
      OGR_G_AddGeometryDirectly(polygon, ring);
      return polygon;
    }
  }
  return nullptr;
}

void OgrLayerWriter::setValues(const std::vector<FieldValue>& values) {
  for (std::size_t i = 0; i < values.size(); ++i) {
    const int index = static_cast<int>(i);
    const FieldValue& value = values[i];
    if (const auto* text = std::get_if<std::string>(&value)) {
      OGR_F_SetFieldString(_feature, index, text->c_str());
    } else if (const auto* real = std::get_if<double>(&value)) {
      OGR_F_SetFieldDouble(_feature, index, *real);
    } else if (const auto* integer = std::get_if<std::int64_t>(&value)) {
      OGR_F_SetFieldInteger64(_feature, index, *integer);
    } else if (const auto* date = std::get_if<core::Date>(&value)) {
      OGR_F_SetFieldDateTime(_feature, index, date->year(), date->month(), date->day(), 0, 0, 0, 0);
    } else {
      OGR_F_UnsetField(_feature, index);
    }
  }
}

Status OgrLayerWriter::write(const FeatureRecord& record) {
  if (record.points.empty() || record.values.size() != _schema.fields.size()) {
    return Failure{"malformed feature for " + _schema.name};
  }
  if (!_projector.project(record.points, _xs, _ys)) return gdalError("cannot project a feature of " + _schema.name);
  OGRGeometryH geometry = makeGeometry(record.points.size());
  OGR_F_SetGeometryDirectly(_feature, geometry);
  setValues(record.values);
  OGR_F_SetFID(_feature, OGRNullFID);
  if (OGR_L_CreateFeature(_layer, _feature) != OGRERR_NONE)
    return gdalError("cannot write a feature of " + _schema.name);
  ++_features;
  _vertices += record.points.size() + (_schema.geometry == GeometryType::Polygon ? 1 : 0);
  return std::monostate{};
}

}  // namespace

int epsgOf(LayerCrs crs) {
  switch (crs) {
    case LayerCrs::Geographic4490:
      return 4490;
    case LayerCrs::GaussKruger4547:
      return 4547;
    case LayerCrs::GaussKruger4526:
      return 4526;
  }
  return 4490;
}

struct VectorFile::Impl {
  GDALDatasetH dataset = nullptr;
  Format format = Format::ShapefileDirectory;
  bool inTransaction = false;
  std::vector<std::unique_ptr<OgrLayerWriter>> layers;
};

VectorFile::VectorFile(std::unique_ptr<Impl> impl) : _impl(std::move(impl)) {}
VectorFile::VectorFile(VectorFile&&) noexcept = default;
VectorFile& VectorFile::operator=(VectorFile&&) noexcept = default;
VectorFile::~VectorFile() {
  if (_impl) close();
}

Result<VectorFile> VectorFile::create(Format format, const std::filesystem::path& path) {
  const char* driverName = format == Format::GeoPackage ? "GPKG" : "ESRI Shapefile";
  GDALDriverH driver = GDALGetDriverByName(driverName);
  if (!driver) return Failure{std::string("GDAL has no ") + driverName + " driver"};
  std::error_code ignored;
  if (format == Format::GeoPackage) std::filesystem::remove(path, ignored);
  CPLErrorReset();
  GDALDatasetH dataset = GDALCreate(driver, path.string().c_str(), 0, 0, 0, GDT_Unknown, nullptr);
  if (!dataset) return gdalError("cannot create " + path.string());
  auto impl = std::make_unique<Impl>();
  impl->dataset = dataset;
  impl->format = format;
  // One transaction for the whole GeoPackage: SQLite would otherwise commit after every feature.
  if (format == Format::GeoPackage) impl->inTransaction = GDALDatasetStartTransaction(dataset, FALSE) == OGRERR_NONE;
  return VectorFile(std::move(impl));
}

Result<LayerWriter*> VectorFile::addLayer(const LayerSchema& schema) {
  char** options = nullptr;
  if (_impl->format == Format::ShapefileDirectory) {
    options = CSLSetNameValue(options, "ENCODING", schema.encoding == TextEncoding::Gbk ? "CP936" : "UTF-8");
    // The DBF header carries a "last update" date; a fixed one keeps regenerated files identical.
    options = CSLSetNameValue(options, "DBF_DATE_LAST_UPDATE", "2023-06-30");
  }
  OGRSpatialReferenceH srs = makeSrs(epsgOf(schema.crs));
  OGRLayerH layer =
      GDALDatasetCreateLayer(_impl->dataset, schema.name.c_str(), srs, wkbTypeOf(schema.geometry), options);
  OSRRelease(srs);
  CSLDestroy(options);
  if (!layer) return gdalError("cannot create layer " + schema.name);
  auto writer = std::make_unique<OgrLayerWriter>(layer, schema);
  if (Status added = writer->addFields(); !added) return added.error();
  _impl->layers.push_back(std::move(writer));
  return static_cast<LayerWriter*>(_impl->layers.back().get());
}

Status VectorFile::close() {
  if (!_impl || !_impl->dataset) return std::monostate{};
  bool committed = !_impl->inTransaction || GDALDatasetCommitTransaction(_impl->dataset) == OGRERR_NONE;
  _impl->layers.clear();
  CPLErrorReset();
  GDALClose(_impl->dataset);
  _impl->dataset = nullptr;
  if (!committed || CPLGetLastErrorType() >= CE_Failure) return gdalError("cannot finish writing");
  return std::monostate{};
}

Status stripEncodingMarks(const std::filesystem::path& shpFile) {
  std::filesystem::path cpg = shpFile;
  std::error_code ec;
  std::filesystem::remove(cpg.replace_extension(".cpg"), ec);
  std::filesystem::path dbf = shpFile;
  dbf.replace_extension(".dbf");
  std::FILE* file = std::fopen(dbf.string().c_str(), "r+b");
  if (!file) return Failure{"cannot open " + dbf.string()};
  // Byte 29 of the DBF header is the language driver id; 0 means "not stated".
  const unsigned char none = 0;
  bool ok = std::fseek(file, 29, SEEK_SET) == 0 && std::fwrite(&none, 1, 1, file) == 1;
  ok = std::fclose(file) == 0 && ok;
  if (!ok) return Failure{"cannot patch " + dbf.string()};
  return std::monostate{};
}

}  // namespace wm::samplegen
