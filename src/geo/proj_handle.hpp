#pragma once
// RAII over PROJ contexts and objects; internal to the geo module (PROJ types never leave it).
#include <memory>
#include <string>

#include <proj.h>

#include "core/result.hpp"

namespace wm::geo {

struct PjDeleter {
  void operator()(PJ* p) const { proj_destroy(p); }
};
using PjPtr = std::unique_ptr<PJ, PjDeleter>;

/// One PROJ context per thread of use; PROJ's log goes to lastError() instead of stderr.
class ProjContext {
public:
  ProjContext();
  ~ProjContext();
  ProjContext(const ProjContext&) = delete;
  ProjContext& operator=(const ProjContext&) = delete;
  PJ_CONTEXT* get() const { return _ctx; }
  const std::string& lastError() const { return _lastError; }
  /// That error as a failure ("PROJ reports: …"), or `otherwise` when PROJ logged none.
  core::Error failure(core::Msg otherwise) const;

private:
  static void log(void* self, int level, const char* message);
  PJ_CONTEXT* _ctx;
  std::string _lastError;
};

/// The linear unit of a CRS's first axis: metres per unit (0.3048006096… for the US survey foot) and its name
/// ("US survey foot"); {1, "metre"} when the CRS has no linear axes (geographic) or PROJ cannot say.
struct LinearUnit {
  double metres = 1.0;
  std::string name = "metre";
};
LinearUnit linearUnitOf(PJ_CONTEXT* ctx, const PJ* crs);

}  // namespace wm::geo
