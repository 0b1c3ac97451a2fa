#pragma once
// Batched coordinate transformation between two CRSs, always in x=easting/longitude, y=northing/latitude order.
#include <cstddef>
#include <memory>

#include "core/result.hpp"
#include "geo/crs.hpp"

namespace wm::geo {

class ProjContext;

/// Owns its own PROJ context: create one per thread. Move-only.
class Transformer {
public:
  static core::Result<Transformer> create(const std::string& fromDefinition, const std::string& toDefinition);
  Transformer(Transformer&&) noexcept;
  Transformer& operator=(Transformer&&) noexcept;
  ~Transformer();

  /// True when source and target are the same CRS, or both local (engineering) CRSs in the same unit, which
  /// are taken as one plane (Crs::localPlane); transform() is then a no-op. Two local CRSs in different units
  /// (a site grid in feet, the plane in metres) are the same plane too: transform() converts the unit.
  bool identity() const { return _identity; }
  /// Transforms n points in place. Points PROJ cannot transform become infinity; returns how many did.
  std::size_t transform(double* x, double* y, std::size_t n) const;

private:
  Transformer();
  struct Impl;
  std::unique_ptr<Impl> _impl;
  bool _identity = false;
  double _scale = 1.0;  ///< between two local planes: target units per source unit
};

}  // namespace wm::geo
