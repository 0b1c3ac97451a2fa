#pragma once
// Batched OSG geometry of one works layer: one osg::Geometry for all its lines (and polygon outlines), one for
// all its polygon fills, one for all its point markers — never a node per feature.
#include <cstdint>

#include <osg/Geometry>
#include <osg/ref_ptr>

#include "domain/catalog.hpp"
#include "scene/vertex_layout.hpp"

namespace wm::scene {

struct WorksGeometry {
  osg::ref_ptr<osg::Geometry> lines;   ///< screen-space quads: 4 vertices and 6 indices per segment
  osg::ref_ptr<osg::Geometry> fills;   ///< triangles (3 vertices each) covering every polygon, holes excluded
  osg::ref_ptr<osg::Geometry> points;  ///< a quad of 4 corner vertices per point
};

/// Builds the geometry of catalog.layers[layer] (a works layer) in local coordinates around `origin`. Each
/// vertex carries its project's attributes (vertex_layout.hpp). Empty geometries are left null.
WorksGeometry buildWorksGeometry(const domain::Catalog& catalog, std::uint32_t layer, SceneOrigin origin);

}  // namespace wm::scene
