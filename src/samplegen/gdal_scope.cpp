#include "samplegen/gdal_scope.hpp"

#include <mutex>

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal.h>

namespace wm::samplegen {

GdalWriteScope::GdalWriteScope() {
  static std::once_flag once;
  std::call_once(once, [] { GDALAllRegister(); });
  set("GDAL_PAM_ENABLED", "NO");
  set("OGR_CURRENT_DATE", "2023-06-30T00:00:00.000Z");
  set("CPL_VSIL_GZIP_WRITE_PROPERTIES", "NO");
  CPLErrorReset();
}

GdalWriteScope::~GdalWriteScope() {
  for (auto it = _saved.rbegin(); it != _saved.rend(); ++it) {
    CPLSetThreadLocalConfigOption(it->first.c_str(), it->second ? it->second->c_str() : nullptr);
  }
}

void GdalWriteScope::set(const char* key, const char* value) {
  const char* previous = CPLGetThreadLocalConfigOption(key, nullptr);
  _saved.emplace_back(key, previous ? std::optional<std::string>(previous) : std::nullopt);
  CPLSetThreadLocalConfigOption(key, value);
}

std::string lastGdalError(const char* fallback) {
  const char* message = CPLGetLastErrorMsg();
  return message && *message ? std::string(message) : std::string(fallback);
}

}  // namespace wm::samplegen
