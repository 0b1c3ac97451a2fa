// Reading back what was written, for tests and checks (the io module reads into the domain model instead).
#include <string>
#include <vector>

#include <cpl_string.h>
#include <gdal.h>
#include <ogr_api.h>

#include "samplegen/county_generator.hpp"
#include "samplegen/gdal_scope.hpp"

namespace wm::samplegen {

Result<std::vector<std::string>> readTextField(const std::filesystem::path& source, const std::string& layer,
                                               const std::string& field, const std::string& shapeEncoding) {
  GdalWriteScope gdal;  // registers the drivers, and keeps GDAL from writing side files while it reads
  char** openOptions = nullptr;
  if (!shapeEncoding.empty()) openOptions = CSLSetNameValue(openOptions, "ENCODING", shapeEncoding.c_str());
  GDALDatasetH ds =
      GDALOpenEx(source.string().c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, openOptions, nullptr);
  CSLDestroy(openOptions);
  if (!ds) return Failure{"cannot open " + source.string() + ": " + lastGdalError("not a vector dataset")};
  OGRLayerH handle = layer.empty() ? GDALDatasetGetLayer(ds, 0) : GDALDatasetGetLayerByName(ds, layer.c_str());
  int index = handle ? OGR_FD_GetFieldIndex(OGR_L_GetLayerDefn(handle), field.c_str()) : -1;
  if (index < 0) {
    GDALClose(ds);
    return Failure{source.string() + ": no layer '" + layer + "' with a field '" + field + "'"};
  }
  std::vector<std::string> values;
  OGR_L_ResetReading(handle);
  while (OGRFeatureH feature = OGR_L_GetNextFeature(handle)) {
    values.emplace_back(OGR_F_GetFieldAsString(feature, index));
    OGR_F_Destroy(feature);
  }
  GDALClose(ds);
  return values;
}

}  // namespace wm::samplegen
