#pragma once
// Batched OSG geometry of one layer: one osg::Geometry for all its lines (and polygon outlines), one for all its
// polygon fills, one for all its point markers — never a node per feature.
#include <cstdint>

#include <osg/Geometry>
#include <osg/ref_ptr>

#include "domain/catalog.hpp"
#include "domain/map_style.hpp"
#include "scene/vertex_layout.hpp"

namespace wm::scene {

struct LayerGeometry {
  osg::ref_ptr<osg::Geometry> lines;   ///< screen-space quads: 4 vertices and 6 indices per segment
  osg::ref_ptr<osg::Geometry> fills;   ///< triangles (3 vertices each) covering every polygon, holes excluded
  osg::ref_ptr<osg::Geometry> points;  ///< a quad of 4 corner vertices per point
  /// Simplified levels only: segments, triangles and markers left out because the grid made them repeat what
  /// was already drawn or collapse to nothing; features drawn as a marker because they fit in one grid cell.
  std::size_t merged = 0;
  std::size_t asMarkers = 0;
};

/// Which features to build, and how simplified (scene/detail_levels.hpp).
struct DetailOptions {
  /// Vertices snapped to a grid of this many metres (in the working CRS, so neighbouring tiles agree);
  /// repeated segments and markers dropped, features within one cell drawn as a marker. 0: full detail.
  double snapMetres = 0;
  /// Only these features (ascending indices into the layer's GeometryStore); null: every feature.
  const std::vector<std::uint32_t>* features = nullptr;
};

/// How the style draws one feature (kAttribLine's y, z, w).
struct FeatureLook {
  float widthPx = 1;  ///< line width; marker size of points
  domain::LinePattern line = domain::LinePattern::Solid;
  domain::LinePattern outline = domain::LinePattern::Solid;  ///< polygon outlines
  domain::FillPattern fill = domain::FillPattern::Solid;
  domain::MarkerShape marker = domain::MarkerShape::Circle;
  int colorSlot = 0;  ///< 0: the layer's colour; n > 0: class n-1 of its base rule
};

/// A works project's look: its kind's patterns, the style's works widths.
FeatureLook worksLook(const domain::MapStyle& style, domain::Kind kind);
/// A base feature's look under its layer's rule (null: defaults), by its class value ("" if none).
FeatureLook baseLook(const domain::BaseRule* rule, std::string_view featureClass);
/// The attributes a project gives each of its vertices (kAttribFeature, kAttribDates of vertex_layout.hpp);
/// `index` is the project's index in the catalog.
struct ProjectAttributes {
  osg::Vec4 feature;
  osg::Vec4 dates;
};
ProjectAttributes projectAttributes(const domain::Project& p, std::size_t index);

/// Douglas-Peucker on vertices [first, end) of a part: `kept` gets the indices of the vertices kept so that no
/// dropped vertex is farther than `tolerance` metres from the simplified line. First and last are always kept.
void simplifyPart(const geo::GeometryStore& g, std::uint32_t first, std::uint32_t end, double tolerance,
                  std::vector<std::uint32_t>& kept);

/// Builds the geometry of catalog.layers[layer] in local coordinates around `origin`. A works layer's vertices
/// carry their project's attributes (vertex_layout.hpp); a base or district layer's carry project index -1, the
/// layer's role as kind and, for the district layer, the district index (else -1). Every vertex carries its
/// feature's look under `style` (kAttribLine). Empty geometries are null.
LayerGeometry buildLayerGeometry(const domain::Catalog& catalog, std::uint32_t layer, SceneOrigin origin,
                                 const domain::MapStyle& style = domain::builtInMapStyle(),
                                 const DetailOptions& detail = {});

}  // namespace wm::scene
