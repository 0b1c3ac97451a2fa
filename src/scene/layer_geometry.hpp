#pragma once
// Batched OSG geometry of one layer: one osg::Geometry for all its lines (and polygon outlines), one for all its
// polygon fills, one for all its point markers — never a node per feature.
#include <cstdint>

#include <osg/Geometry>
#include <osg/ref_ptr>

#include "domain/catalog.hpp"
#include "scene/vertex_layout.hpp"

namespace wm::scene {

struct LayerGeometry {
  osg::ref_ptr<osg::Geometry> lines;   ///< screen-space quads: 4 vertices and 6 indices per segment
  osg::ref_ptr<osg::Geometry> fills;   ///< triangles (3 vertices each) covering every polygon, holes excluded
  osg::ref_ptr<osg::Geometry> points;  ///< a quad of 4 corner vertices per point
};

/// The attributes a project gives each of its vertices (kAttribFeature, kAttribDates of vertex_layout.hpp);
/// `index` is the project's index in the catalog.
struct ProjectAttributes {
  osg::Vec4 feature;
  osg::Vec4 dates;
};
ProjectAttributes projectAttributes(const domain::Project& p, std::size_t index);

/// Builds the geometry of catalog.layers[layer] in local coordinates around `origin`. A works layer's vertices
/// carry their project's attributes (vertex_layout.hpp); a base or district layer's carry project index -1, the
/// layer's role as kind and, for the district layer, the district index (else -1). Empty geometries are null.
LayerGeometry buildLayerGeometry(const domain::Catalog& catalog, std::uint32_t layer, SceneOrigin origin);

}  // namespace wm::scene
