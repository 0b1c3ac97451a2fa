#pragma once
// The map's scene graph: batched geometry of every works layer under one root whose state set carries the
// uniforms the shaders style by. Changing the as-of date, a filter or the selection sets a uniform; nothing
// is rebuilt. (Base layers, shader programs and labels come with the rest of the map milestone.)
#include <cstdint>
#include <optional>
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
#include "scene/terrain.hpp"

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
  /// Builds the geometry of every works layer of the catalog, around the centre of its extent, and its ground
  /// (scene/terrain.hpp) and extrusions (scene/extrusion.hpp) when it has a DEM, a basemap, parks or parking.
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

  // 3D (design §5). The camera is the viewer's; the scene only raises itself: wm_3d = 0 is the flat 2D map
  // (terrain, if any, invisible unless it carries a basemap; no extrusions), 1 the full 3D relief.
  /// wm_3d, clamped to 0..1; extrusions are drawn only above 0.
  void set3d(float amount);
  /// Vertical exaggeration of the terrain (not of extrusions), default 1.
  void setExaggeration(float factor);
  /// Draws the ground with this program (scene::loadTerrainProgram); until then it is not drawn. False when null.
  bool useTerrainProgram(osg::Program* program);
  /// The ground node (null without a DEM or basemap) and the extrusions (null without parks or parking).
  osg::Node* terrainNode() const { return _terrain.surface.get(); }
  osg::Geometry* extrusions() const { return _extrusions.get(); }
  /// Local z of the ground at a local point in full 3D at exaggeration 1 (height above the DEM's lowest
  /// cell); 0 without a DEM. Multiply by the exaggeration: for orbit targets and camera clearance.
  float groundHeight(double localX, double localY) const;

private:
  osg::ref_ptr<osg::Group> _root;
  geo::Extent _extent;
  SceneOrigin _origin;
  std::vector<osg::ref_ptr<osg::Geometry>> _geometries;
  osg::ref_ptr<osg::Uniform> _asOf, _kindMask, _statusMask, _district, _selected;
  Terrain _terrain;
  std::optional<domain::HeightGrid> _heights;
  osg::ref_ptr<osg::Geometry> _extrusions;
  osg::ref_ptr<osg::Geode> _extrusionNode;
  osg::ref_ptr<osg::Uniform> _3d, _exaggeration;

  void addRelief(const domain::Catalog& catalog);
};

}  // namespace wm::scene
