#include "geo/transformer.hpp"

#include <cmath>

#include "geo/proj_handle.hpp"

namespace wm::geo {

struct Transformer::Impl {
  ProjContext ctx;
  PjPtr pj;
};

Transformer::Transformer() : _impl(std::make_unique<Impl>()) {}
Transformer::Transformer(Transformer&&) noexcept = default;
Transformer& Transformer::operator=(Transformer&&) noexcept = default;
Transformer::~Transformer() = default;

core::Result<Transformer> Transformer::create(const std::string& from, const std::string& to) {
  Transformer t;
  PJ_CONTEXT* ctx = t._impl->ctx.get();
  PjPtr src(proj_create(ctx, from.c_str()));
  PjPtr dst(proj_create(ctx, to.c_str()));
  if (!src || !dst) return t._impl->ctx.failure(core::Msg::ReasonUnknown);
  // Every local (engineering) CRS is taken as the one plane data is shown in when it cannot be placed on the
  // earth (Crs::localPlane): PROJ knows no operation between two of them; only their units are converted.
  const bool bothLocal =
      proj_get_type(src.get()) == PJ_TYPE_ENGINEERING_CRS && proj_get_type(dst.get()) == PJ_TYPE_ENGINEERING_CRS;
  if (bothLocal) t._scale = linearUnitOf(ctx, src.get()).metres / linearUnitOf(ctx, dst.get()).metres;
  if (from == to || (bothLocal && t._scale == 1.0) || proj_is_equivalent_to(src.get(), dst.get(), PJ_COMP_EQUIVALENT)) {
    t._identity = true;
    return t;
  }
  if (bothLocal) return t;
  PjPtr raw(proj_create_crs_to_crs_from_pj(ctx, src.get(), dst.get(), nullptr, nullptr));
  if (!raw) return t._impl->ctx.failure(core::Msg::ReasonUnknown);
  t._impl->pj.reset(proj_normalize_for_visualization(ctx, raw.get()));
  if (!t._impl->pj) return t._impl->ctx.failure(core::Msg::ReasonUnknown);
  return t;
}

std::size_t Transformer::transform(double* x, double* y, std::size_t n) const {
  if (_identity || n == 0) return n;
  if (!_impl->pj) {  // two local planes in different units
    for (std::size_t i = 0; i < n; ++i) x[i] *= _scale, y[i] *= _scale;
    return n;
  }
  std::size_t done = proj_trans_generic(_impl->pj.get(), PJ_FWD, x, sizeof(double), n, y, sizeof(double), n, nullptr, 0,
                                        0, nullptr, 0, 0);
  if (done != n || proj_errno(_impl->pj.get()) != 0) {
    proj_errno_reset(_impl->pj.get());
    std::size_t ok = 0;
    for (std::size_t i = 0; i < n; ++i) {
      if (std::isfinite(x[i]) && std::isfinite(y[i]) && x[i] != HUGE_VAL && y[i] != HUGE_VAL) {
        ++ok;
      } else {
        x[i] = y[i] = INFINITY;
      }
    }
    return ok;
  }
  return n;
}

}  // namespace wm::geo
