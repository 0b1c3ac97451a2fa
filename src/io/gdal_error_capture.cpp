#include "io/gdal_error_capture.hpp"

#include <cpl_error.h>

namespace wm::io {
namespace {

void CPL_STDCALL collect(CPLErr level, CPLErrorNum, const char* message) {
  if (level == CE_Debug || level == CE_None || !message) return;
  auto* self = static_cast<std::vector<std::string>*>(CPLGetErrorHandlerUserData());
  if (self) self->emplace_back(message);
}

}  // namespace

GdalErrorCapture::GdalErrorCapture() { CPLPushErrorHandlerEx(collect, &_messages); }

GdalErrorCapture::~GdalErrorCapture() { CPLPopErrorHandler(); }

std::string GdalErrorCapture::take() {
  std::string joined;
  for (const auto& m : _messages) {
    if (!joined.empty()) joined += "; ";
    joined += m;
  }
  _messages.clear();
  CPLErrorReset();
  return joined;
}

}  // namespace wm::io
