#pragma once
// Parks and parking lots raised a little off the ground in the 3D view, multi-storey car parks as taller
// blocks: walls and roofs of every such polygon in one batched geometry drawn with the map's program, so they
// take their status colour and obey the same date, filter and selection uniforms as the flat map.
#include <osg/Geometry>
#include <osg/ref_ptr>

#include "domain/catalog.hpp"
#include "scene/vertex_layout.hpp"

namespace wm::scene {

inline constexpr float kParkHeightM = 1.5f;     ///< a park's low platform
inline constexpr float kParkingHeightM = 2.5f;  ///< a surface car park
inline constexpr float kStoreyHeightM = 3.0f;   ///< one storey of a multi-storey car park
/// How much darker walls are than roofs (kAttribOther.z of a fill vertex, see vertex_layout.hpp): walls facing
/// the light (from the north-west, like the terrain's hillshade) by the first, walls facing away by the second.
inline constexpr float kLitWallDarkening = 0.15f;
inline constexpr float kShadedWallDarkening = 0.40f;

/// Metres a project's polygon is raised: parks kParkHeightM, parking lots kParkingHeightM, or levels ×
/// kStoreyHeightM for two levels or more; 0 for every other kind (not extruded).
float extrusionHeight(const domain::Project& project);

/// Walls (6 vertices per ring edge, outer rings and holes) and roofs (the polygon's triangles) of every
/// extruded polygon project, in local metres around `origin`: z is the height above the ground (0 at a wall's
/// foot), which shaders/terrain_height.glsl's wm_drapedZ puts on the terrain and scales by wm_3d. Fill
/// attributes (kAttribOther = (0, 0, darkening)). Null when nothing is extruded.
osg::ref_ptr<osg::Geometry> buildExtrusions(const domain::Catalog& catalog, SceneOrigin origin);

}  // namespace wm::scene
