#pragma once
// Opening vector datasets read-only, owned by a smart pointer. Internal to io.
#include <memory>
#include <string>

#include <gdal_priv.h>

namespace wm::io {

struct DatasetCloser {
  void operator()(GDALDataset* d) const { GDALClose(d); }
};
using DatasetPtr = std::unique_ptr<GDALDataset, DatasetCloser>;

/// Opens `path` as vector data, read-only. `encoding` is the shapefile ENCODING open option: nullptr leaves
/// GDAL's own choice, "" switches recoding off (raw bytes), anything else names the source encoding.
DatasetPtr openVector(const std::string& path, const char* encoding);

}  // namespace wm::io
