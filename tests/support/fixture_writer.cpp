#include "support/fixture_writer.hpp"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <map>
#include <random>
#include <stdexcept>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace wm::test {
namespace fs = std::filesystem;
namespace {

const char* driverFor(const fs::path& file) {
  std::string ext = file.extension().string();
  if (ext == ".shp") return "ESRI Shapefile";
  if (ext == ".gpkg") return "GPKG";
  if (ext == ".geojson" || ext == ".json") return "GeoJSON";
  if (ext == ".kml") return "LIBKML";  // keeps attributes as ExtendedData, as Google Earth exports do
  throw std::runtime_error("no driver for " + file.string());
}

OGRFieldType ogrType(FixtureField::Type t) {
  switch (t) {
    case FixtureField::Type::String:
      return OFTString;
    case FixtureField::Type::Integer:
      return OFTInteger;
    case FixtureField::Type::Real:
      return OFTReal;
    case FixtureField::Type::Date:
      return OFTDate;
  }
  return OFTString;
}

void writeFeature(OGRLayer* layer, const FixtureLayer& spec, const FixtureFeature& feature) {
  OGRFeature f(layer->GetLayerDefn());
  for (std::size_t i = 0; i < spec.fields.size() && i < feature.values.size(); ++i) {
    if (feature.values[i].empty()) continue;
    f.SetField(static_cast<int>(i), feature.values[i].c_str());
  }
  if (!feature.wkt.empty()) {
    OGRGeometry* g = nullptr;
    if (OGRGeometryFactory::createFromWkt(feature.wkt.c_str(), nullptr, &g) != OGRERR_NONE)
      throw std::runtime_error("bad fixture WKT " + feature.wkt);
    f.SetGeometryDirectly(g);
  }
  if (layer->CreateFeature(&f) != OGRERR_NONE) throw std::runtime_error("cannot write fixture feature");
}

}  // namespace

void writeVector(const fs::path& file, const std::vector<FixtureLayer>& layers) {
  GDALAllRegister();
  CPLSetConfigOption("GDAL_PAM_ENABLED", "NO");
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(driverFor(file));
  std::unique_ptr<GDALDataset> ds(driver->Create(file.string().c_str(), 0, 0, 0, GDT_Unknown, nullptr));
  if (!ds) throw std::runtime_error("cannot create " + file.string());
  for (const auto& spec : layers) {
    OGRSpatialReference srs;
    if (spec.epsg) {
      srs.importFromEPSG(spec.epsg);
      srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    }
    std::vector<const char*> options;
    for (const auto& o : spec.creationOptions) options.push_back(o.c_str());
    // Without it GDAL writes shapefile text as ISO-8859-1 and loses every Chinese character.
    bool encodingGiven = std::any_of(spec.creationOptions.begin(), spec.creationOptions.end(),
                                     [](const std::string& o) { return o.starts_with("ENCODING="); });
    if (file.extension() == ".shp" && !encodingGiven) options.push_back("ENCODING=UTF-8");
    options.push_back(nullptr);
    OGRLayer* layer =
        ds->CreateLayer(spec.name.c_str(), spec.epsg ? &srs : nullptr, wkbUnknown, const_cast<char**>(options.data()));
    if (!layer) throw std::runtime_error("cannot create layer " + spec.name);
    for (const auto& field : spec.fields) {
      OGRFieldDefn defn(field.name.c_str(), ogrType(field.type));
      layer->CreateField(&defn);
    }
    for (const auto& feature : spec.features) writeFeature(layer, spec, feature);
  }
}

namespace {

void le16(std::string& s, std::size_t v) {
  s += static_cast<char>(v & 0xFF);
  s += static_cast<char>((v >> 8) & 0xFF);
}
void le32(std::string& s, std::size_t v) {
  le16(s, v & 0xFFFF);
  le16(s, (v >> 16) & 0xFFFF);
}

std::uint32_t crc32(const std::string& data) {
  std::uint32_t crc = 0xFFFFFFFFu;
  for (unsigned char ch : data) {
    crc ^= ch;
    for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
  }
  return crc ^ 0xFFFFFFFFu;
}

}  // namespace

// The ZIP layout (APPNOTE): a local header and the data per member, then a central directory entry per member,
// then the end-of-central-directory record.
void writeStoredZip(const fs::path& zip, const std::vector<std::pair<std::string, std::string>>& members) {
  std::string out, central;
  for (const auto& [name, data] : members) {
    std::size_t offset = out.size();
    std::uint32_t crc = crc32(data);
    le32(out, 0x04034b50);
    le16(out, 10);
    le16(out, 0);
    le16(out, 0);
    le16(out, 0);
    le16(out, 0);
    le32(out, crc);
    le32(out, data.size());
    le32(out, data.size());
    le16(out, name.size());
    le16(out, 0);
    out += name + data;
    le32(central, 0x02014b50);
    le16(central, 20);
    le16(central, 10);
    le16(central, 0);
    le16(central, 0);
    le16(central, 0);
    le16(central, 0);
    le32(central, crc);
    le32(central, data.size());
    le32(central, data.size());
    le16(central, name.size());
    le16(central, 0);
    le16(central, 0);
    le16(central, 0);
    le16(central, 0);
    le32(central, 0);
    le32(central, offset);
    central += name;
  }
  std::size_t centralOffset = out.size();
  out += central;
  le32(out, 0x06054b50);
  le16(out, 0);
  le16(out, 0);
  le16(out, members.size());
  le16(out, members.size());
  le32(out, central.size());
  le32(out, centralOffset);
  le16(out, 0);
  std::ofstream(zip, std::ios::binary) << out;
}

ScopedDir::ScopedDir() {
  std::random_device rd;
  path = fs::temp_directory_path() / ("worksmap-test-" + std::to_string(rd()) + std::to_string(rd()));
  fs::create_directories(path);
}

ScopedDir::~ScopedDir() {
  std::error_code ec;
  fs::remove_all(path, ec);
}

std::string directorySnapshot(const fs::path& dir) {
  std::map<std::string, std::string> entries;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    auto t = e.is_regular_file() ? fs::last_write_time(e.path()).time_since_epoch().count() : 0;
    auto size = e.is_regular_file() ? e.file_size() : 0;
    entries[fs::relative(e.path(), dir).string()] = std::to_string(size) + "@" + std::to_string(t);
  }
  std::string out;
  for (const auto& [name, info] : entries) out += name + " " + info + "\n";
  return out;
}

std::filesystem::path writeGbkDistricts(const std::filesystem::path& dir) {
  writeVector(dir / "区县界_area.shp",
              {{"区县界_area",
                4490,
                {{"NAME"}},
                {{"POLYGON((114 29,114.01 29,114.01 29.02,114 29.02,114 29))", {"青山区"}},
                 {"POLYGON((114.01 29,114.02 29,114.02 29.02,114.01 29.02,114.01 29))", {"洪山区"}}},
                {"ENCODING=CP936"}}});
  return dir / "区县界_area.shp";
}

}  // namespace wm::test
