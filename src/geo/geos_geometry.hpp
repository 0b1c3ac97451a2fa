#pragma once
// GEOS geometry built from GeometryStore features. Internal to geo (GEOS types never leave the module).
#include <cstddef>

#include <geos_c.h>

#include "geo/geometry_store.hpp"

namespace wm::geo {

/// A GEOS context; GEOS messages are dropped because callers report results, not GEOS's words.
struct GeosHandle {
  GEOSContextHandle_t h = GEOS_init_r();
  ~GeosHandle() { GEOS_finish_r(h); }
  GeosHandle() = default;
  GeosHandle(const GeosHandle&) = delete;
  GeosHandle& operator=(const GeosHandle&) = delete;
};

/// This thread's GEOS context, made on first use (a context per call costs more than the work it serves).
GEOSContextHandle_t threadGeos();

/// A (multi)polygon of one polygon feature (rings closed if needed); nullptr when it has no usable ring.
/// The caller owns the result (GEOSGeom_destroy_r).
GEOSGeometry* polygonFrom(GEOSContextHandle_t h, const GeometryStore& s, std::size_t feature);

}  // namespace wm::geo
