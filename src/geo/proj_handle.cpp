#include "geo/proj_handle.hpp"

namespace wm::geo {

ProjContext::ProjContext() : _ctx(proj_context_create()) {
  proj_log_func(_ctx, this, &ProjContext::log);
  proj_log_level(_ctx, PJ_LOG_ERROR);
}

ProjContext::~ProjContext() { proj_context_destroy(_ctx); }

void ProjContext::log(void* self, int level, const char* message) {
  if (level <= PJ_LOG_ERROR && message) static_cast<ProjContext*>(self)->_lastError = message;
}

core::Error ProjContext::failure(core::Msg otherwise) const {
  if (_lastError.empty()) return core::Error{otherwise};
  return core::Error{core::Msg::LibraryError, {"PROJ", _lastError}};
}

LinearUnit linearUnitOf(PJ_CONTEXT* ctx, const PJ* crs) {
  LinearUnit out;
  PjPtr inner;  // a bound CRS (a .prj with TOWGS84) or a compound one carries its units in its horizontal CRS
  if (proj_get_type(crs) == PJ_TYPE_BOUND_CRS)
    inner.reset(proj_get_source_crs(ctx, crs));
  else if (proj_get_type(crs) == PJ_TYPE_COMPOUND_CRS)
    inner.reset(proj_crs_get_sub_crs(ctx, crs, 0));
  PjPtr cs(proj_crs_get_coordinate_system(ctx, inner ? inner.get() : crs));
  if (!cs || proj_cs_get_type(ctx, cs.get()) != PJ_CS_TYPE_CARTESIAN) return out;
  double factor = 0;
  const char* name = nullptr;
  if (!proj_cs_get_axis_info(ctx, cs.get(), 0, nullptr, nullptr, nullptr, &factor, &name, nullptr, nullptr) ||
      !(factor > 0))
    return out;
  out.metres = factor;
  if (name) out.name = name;
  return out;
}

}  // namespace wm::geo
