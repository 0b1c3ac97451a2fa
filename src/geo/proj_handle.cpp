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

}  // namespace wm::geo
