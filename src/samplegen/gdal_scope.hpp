#pragma once
// GDAL set-up for writing the sample data.
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace wm::samplegen {

/// Registers GDAL's drivers (once per process) and, while it lives, sets on the calling thread the options that
/// keep the output reproducible and free of side files: no .aux.xml (GDAL_PAM_ENABLED=NO), and a fixed
/// "last change" time in GeoPackages (OGR_CURRENT_DATE). The previous thread-local values come back after.
class GdalWriteScope {
public:
  GdalWriteScope();
  ~GdalWriteScope();
  GdalWriteScope(const GdalWriteScope&) = delete;
  GdalWriteScope& operator=(const GdalWriteScope&) = delete;

private:
  void set(const char* key, const char* value);
  std::vector<std::pair<std::string, std::optional<std::string>>> _saved;
};

/// GDAL's last error message, or a fallback when GDAL left none.
std::string lastGdalError(const char* fallback);

}  // namespace wm::samplegen
