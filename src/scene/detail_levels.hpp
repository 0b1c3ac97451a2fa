#pragma once
// Level of detail for large layers (design §5): a layer's features are grouped into spatial tiles, and each tile
// keeps its geometry at a few levels, vertices snapped to grids 4× apart. When the map is drawn, each tile that
// is in view draws the level whose grid is at most about a pixel and a half at its distance, so a county of a
// million works draws a bounded number of segments however far out the view is, and tiles off-screen are
// culled by their bounds. Colours, dates and filters are untouched: every level carries the same attributes.
#include <cstdint>
#include <vector>

#include <osg/Group>

#include "geo/geometry_store.hpp"

namespace wm::scene {

/// Groups the features of a layer into tiles of about `perTile` features on a regular grid over their
/// extent's centres (one tile when the layer is small). Each tile lists feature indices in ascending order.
std::vector<std::vector<std::uint32_t>> tileFeatures(const geo::GeometryStore& g, std::size_t perTile);

/// The snap grids (metres) of the levels worth building for geometry of extent `size` metres across: level 0
/// is full detail (0), then `first`, ×4, ×16, … until one grid cell would be a thousandth of the extent.
std::vector<double> detailSnaps(double size, double first = 2.0);

/// The level to draw at `metresPerPixel`: the coarsest whose grid is at most `snapPixels` pixels.
std::size_t chooseLevel(const std::vector<double>& snaps, double metresPerPixel, double snapPixels = 1.5);

/// A tile: child i is its geometry at snap grid snaps[i]. When culled for drawing it traverses only the child
/// chooseLevel picks for the ground distance of a pixel at the centre of its bound; other traversals see all.
class DetailTile : public osg::Group {
public:
  explicit DetailTile(std::vector<double> snaps) : _snaps(std::move(snaps)) {}
  void traverse(osg::NodeVisitor& nv) override;
  const std::vector<double>& snaps() const { return _snaps; }

private:
  std::vector<double> _snaps;
};

}  // namespace wm::scene
