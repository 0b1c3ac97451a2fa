#pragma once
// Process-wide GDAL set-up for read-only use: registers drivers and sets the options that stop GDAL from
// writing anything next to the user's data (.aux.xml, .properties, restored .shx).
namespace wm::io {

/// Idempotent and thread-safe; call before any other io function (the loaders call it themselves).
void initGdal();

}  // namespace wm::io
