#include "io/gdal_dataset.hpp"

#include <cpl_string.h>

namespace wm::io {

DatasetPtr openVector(const std::string& path, const char* encoding) {
  CPLStringList options;
  if (encoding) options.SetNameValue("ENCODING", encoding);
  return DatasetPtr(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                                      encoding ? options.List() : nullptr, nullptr));
}

}  // namespace wm::io
