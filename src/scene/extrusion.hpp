#pragma once
// Parks and parking lots raised a little off the ground in the 3D view, multi-storey car parks as taller
// blocks: walls and roofs of such polygons in one batched geometry (the whole map's on a small map, a tile's on a
// large one) drawn with the map's program, so they take their status colour and obey the same date, filter and
// selection uniforms as the flat map.
#include <cstdint>
#include <vector>

#include <osg/Geometry>
#include <osg/Group>
#include <osg/Uniform>
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

/// Which projects' polygons buildExtrusions raises: with `features` null, every project's; else only those of
/// the projects on these features of catalog.layers[layer] (ascending indices into its GeometryStore, a tile's
/// list, as DetailOptions::features in scene/layer_geometry.hpp). Not owned.
struct ExtrusionFilter {
  std::uint32_t layer = 0;
  const std::vector<std::uint32_t>* features = nullptr;
};

/// Walls (6 vertices per ring edge, outer rings and holes) and roofs (3 vertices per triangle of the polygon) of
/// every extruded polygon project that `only` lets through, in project order, in local metres around `origin`: z
/// is the height above the ground (0 at a wall's foot), which shaders/terrain_height.glsl's wm_drapedZ puts on
/// the terrain and scales by wm_3d. Fill attributes (kAttribOther = (0, 0, darkening)). Null when nothing is
/// extruded. Only reads the catalog: safe to call for distinct tiles on several threads.
osg::ref_ptr<osg::Geometry> buildExtrusions(const domain::Catalog& catalog, SceneOrigin origin,
                                            const ExtrusionFilter& only = {});

/// A group whose children are visited (culled, drawn, compiled) only while the float uniform `blend` (the scene's
/// wm_3d) is above 0, as if its node mask were 0 in 2D: a large map's tiles keep their extrusions under one, so
/// that nothing has to find and switch them when 3D is turned on or off, and in 2D they cost no vertex work.
class ShownIn3d : public osg::Group {
public:
  explicit ShownIn3d(osg::Uniform* blend) : _blend(blend) {}
  bool shown() const;
  void traverse(osg::NodeVisitor& nv) override;

private:
  osg::ref_ptr<osg::Uniform> _blend;
};

}  // namespace wm::scene
