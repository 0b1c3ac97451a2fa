#pragma once
// The lower bound WorksMap's loader is measured against: a plain single-threaded OGR scan of the same files,
// reading every field and every coordinate and reprojecting each geometry into the working CRS with OGR.
#include <cstdint>
#include <string>
#include <vector>

namespace wm::bench {

struct ScanCount {
  std::int64_t features = 0;
  std::int64_t vertices = 0;
  double checksum = 0;  ///< keeps the compiler from dropping the reads
};

ScanCount bareOgrScan(const std::vector<std::string>& files, int workingEpsg);

}  // namespace wm::bench
