#pragma once
// The map's scene graph: batched geometry of every works layer under one root whose state set carries the
// uniforms the shaders style by. Changing the as-of date, a filter or the selection sets a uniform; nothing
// is rebuilt. (Base layers, shader programs and labels come with the rest of the map milestone.)
#include <cstdint>
#include <vector>

#include <osg/Group>
#include <osg/Program>
#include <osg/Uniform>
#include <osg/ref_ptr>

#include "core/date.hpp"
#include "domain/catalog.hpp"
#include "geo/extent.hpp"
#include "scene/vertex_layout.hpp"
#include "scene/layer_geometry.hpp"

namespace wm::scene {

/// Uniform names, shared with the GLSL in shaders/.
inline constexpr const char* kUniformAsOf = "wm_asOfDay";            ///< float, days since 2000-01-01
inline constexpr const char* kUniformKindMask = "wm_kindMask";       ///< int, bit per domain::Kind
inline constexpr const char* kUniformStatusMask = "wm_statusMask";   ///< int, bit per domain::Status
inline constexpr const char* kUniformDistrict = "wm_highlightDistrict";  ///< int, district index or -1
inline constexpr const char* kUniformSelected = "wm_selectedProject";    ///< int, project index or -1

/// Status colours (planned, under construction, completed, suspended): slate blue, amber, green, red. They stay
/// apart in lightness too, so a greyscale print still separates them.
inline const osg::Vec4 kStatusColors[4] = {osg::Vec4(0.47f, 0.56f, 0.72f, 1), osg::Vec4(0.96f, 0.62f, 0.04f, 1),
                                           osg::Vec4(0.10f, 0.55f, 0.25f, 1), osg::Vec4(0.80f, 0.15f, 0.15f, 1)};

/// The casing of overdue works (shaders/map.frag's kOverdueCasing; keep the two equal).
inline const osg::Vec4 kOverdueCasing(0.50f, 0.05f, 0.40f, 1);

class MapScene {
public:
  /// Builds the geometry of every works layer of the catalog, around the centre of its extent.
  explicit MapScene(const domain::Catalog& catalog);

  osg::Group* root() const { return _root.get(); }
  /// Draws the scene with this program (scene::loadMapProgram); false when it is null.
  bool useProgram(osg::Program* program);
  SceneOrigin origin() const { return _origin; }
  /// The extent of every layer, in the working CRS (empty when nothing was loaded).
  const geo::Extent& dataExtent() const { return _extent; }
  /// The geometries built, in layer order (null entries left out).
  const std::vector<osg::ref_ptr<osg::Geometry>>& geometries() const { return _geometries; }

  void setAsOf(core::Date date);
  void setKindMask(std::uint32_t mask);
  void setStatusMask(std::uint32_t mask);
  void setHighlightDistrict(std::int32_t district);
  void setSelectedProject(std::int64_t project);

private:
  osg::ref_ptr<osg::Group> _root;
  geo::Extent _extent;
  SceneOrigin _origin;
  std::vector<osg::ref_ptr<osg::Geometry>> _geometries;
  osg::ref_ptr<osg::Uniform> _asOf, _kindMask, _statusMask, _district, _selected;
};

}  // namespace wm::scene
