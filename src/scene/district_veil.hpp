#pragma once
// The atlas's district pages: the map framed on one district with everything outside it dimmed, by a
// translucent veil of the map's background colour laid over the map (under the labels and the overlay).
#include <cstdint>

#include <osg/Node>
#include <osg/ref_ptr>

#include "domain/catalog.hpp"
#include "scene/vertex_layout.hpp"

namespace wm::scene {

/// The share of the background colour the veil lays over what lies outside the district (0..1).
inline constexpr float kVeilOpacity = 0.6f;

/// Triangles covering a wide margin around the catalog's data (a hundred times its size a side) except the
/// polygon of `district` (its holes, which are not the district's, are veiled too), in local metres around
/// `origin`, at z = 0: for the plan view. Drawn without the map's program (plain colour, blended, no depth
/// test) in a render bin after the map's. Null when the district has no polygon or GEOS cannot triangulate it.
osg::ref_ptr<osg::Node> districtVeil(const domain::Catalog& catalog, std::int32_t district, SceneOrigin origin,
                                     const osg::Vec4& background);

}  // namespace wm::scene
