#include "io/gdal_session.hpp"

#include <mutex>

#include <cpl_conv.h>
#include <gdal.h>
#include <ogr_api.h>

namespace wm::io {

void initGdal() {
  static std::once_flag once;
  std::call_once(once, [] {
    CPLSetConfigOption("GDAL_PAM_ENABLED", "NO");
    CPLSetConfigOption("CPL_VSIL_GZIP_WRITE_PROPERTIES", "NO");
    CPLSetConfigOption("SHAPE_RESTORE_SHX", "NO");
    CPLSetConfigOption("OGR_ORGANIZE_POLYGONS", "DEFAULT");
    CPLSetConfigOption("CPL_DEBUG", "OFF");
    GDALAllRegister();
  });
}

}  // namespace wm::io
