#pragma once
// The legend's swatches of works kinds: each kind's fill pattern (a small polygon with its outline) and line
// pattern (a short line), drawn as completed works by a map scene of their own in window pixels with the map's
// own shaders, so they look exactly as on the map (patterns are in screen space).
#include <utility>
#include <vector>

#include <osg/Node>
#include <osg/Program>
#include <osg/ref_ptr>

#include "domain/kind.hpp"
#include "domain/map_style.hpp"

namespace wm::scene {

/// Where a kind's swatch goes, in pixels from the bottom left of the overlay.
struct KindSwatch {
  domain::Kind kind = domain::Kind::Road;
  float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

/// The swatches drawn in `style` with `program` (scene::loadMapProgram), over the legend's panel (render bin
/// 102) and never hidden by the map's depth; for a HUD camera in window pixels. The node owns what it draws.
osg::ref_ptr<osg::Node> kindSwatches(const std::vector<KindSwatch>& swatches, const domain::MapStyle& style,
                                     osg::Program* program);

}  // namespace wm::scene
