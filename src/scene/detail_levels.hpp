#pragma once
// Level of detail for large layers (docs/design.md §5.3): a layer's features are grouped into spatial tiles, and each
// tile keeps its geometry at a few levels, vertices snapped to grids 4× apart. When the map is drawn, each tile that
// is in view draws the level whose grid is at most about a pixel and a half at its distance, so a county of a
// million works draws a bounded number of segments however far out the view is, and tiles off-screen are
// culled by their bounds. Colours, dates and filters are untouched: every level carries the same attributes.
#include <algorithm>
#include <cstdint>
#include <functional>
#include <optional>
#include <map>
#include <utility>
#include <vector>

#include <osg/BoundingBox>
#include <osg/Matrixd>
#include <osg/Group>
#include <osg/Node>

#include "geo/geometry_store.hpp"

namespace wm::scene {

/// Groups the features of a layer into tiles of about `perTile` features on a regular grid over their
/// extent's centres (one tile when the layer is small). Each tile lists feature indices in ascending order.
/// `extents`: the features' (GeometryStore::featureExtents).
std::vector<std::vector<std::uint32_t>> tileFeatures(const std::vector<geo::Extent>& extents, std::size_t perTile);

/// The snap grids (metres) of the levels worth building for geometry of extent `size` metres across: level 0
/// is full detail (0), then `first`, ×4, ×16, … until one grid cell would be a thousandth of the extent.
std::vector<double> detailSnaps(double size, double first = 2.0);

/// The level to draw at `metresPerPixel`: the coarsest whose grid is at most `snapPixels` pixels.
std::size_t chooseLevel(const std::vector<double>& snaps, double metresPerPixel, double snapPixels = 1.5);

class DetailCache;

/// Ground metres per pixel at a local point for a camera (model-view and projection matrices) drawing
/// `viewportWidth` pixels across: a metre across the line of sight, projected. 0 when it cannot be told.
double metresPerPixelAt(const osg::Matrixd& modelView, const osg::Matrixd& projection, double viewportWidth,
                        const osg::Vec3& point);

/// The smallest and largest ground size of a pixel (metres) over the corners and centre of a box in local
/// metres, for a camera; corners behind the eye count as 0 (near). {0, 0} when nothing can be told.
std::pair<double, double> metresPerPixelRange(const osg::Matrixd& modelView, const osg::Matrixd& projection,
                                              double viewportWidth, const osg::BoundingBox& box);

/// Where the works hand over from vector tiles to coverage rasters: the ground size of a pixel (metres) from which
/// the rasters draw. One object shared by a map's works tiles, their groups and its CoverageLayer, set per view
/// by MapScene::prepare, so that all of them agree in every frame.
struct RasterHandOver : osg::Referenced {
  double metresPerPixel = 0;  ///< 0: no rasters
};

/// The hand-over from vectors to coverage rasters (scene/coverage_layer.hpp), for a box in local metres: true
/// when every corner of it is at least `rasterFrom` metres a pixel, so the rasters draw all of it and the vectors
/// stand down. (Rasters draw a block where any corner is that coarse: the two overlap, never leave a gap.)
bool rastersDrawAll(const osg::Matrixd& modelView, const osg::Matrixd& projection, double viewportWidth,
                    const osg::BoundingBox& box, double rasterFrom);

/// A tile: its geometry at snap grid snaps[i] is level i. When culled for drawing it draws only the level
/// chooseLevel picks for the ground distance of a pixel at the centre of its bound; other traversals see the
/// levels built. Levels are given up front (small maps) or built by `build` the first time they are drawn
/// (large maps), and then a DetailCache may release the least recently drawn ones to keep memory bounded.
class DetailTile : public osg::Node {
public:
  /// Builds level i; sets `vertices` to what it holds.
  using Builder = std::function<osg::ref_ptr<osg::Node>(std::size_t level, std::size_t& vertices)>;

  /// `bound`: the tile's box in local metres (known before anything is built). `cache` may be null.
  DetailTile(std::vector<double> snaps, const osg::BoundingBox& bound, Builder build, DetailCache* cache);

  void setLevel(std::size_t level, osg::Node* node) { _levels.at(level) = node; }
  /// Runs the builder for a level without keeping the result (thread-safe for distinct tiles; MapScene::prepare).
  osg::ref_ptr<osg::Node> buildLevel(std::size_t level, std::size_t& vertices) const {
    return _build ? _build(level, vertices) : nullptr;
  }
  const std::vector<double>& snaps() const { return _snaps; }
  /// The tile's box in local metres.
  const osg::BoundingBox& box() const { return _box; }
  /// The level drawn last (0 before any draw), and whether a level is built now.
  std::size_t lastDrawnLevel() const { return _lastDrawn; }
  bool built(std::size_t level) const { return _levels.at(level).valid(); }
  /// The built level nearest `level` (the coarser of two as near), none when no level is built.
  std::optional<std::size_t> nearestBuilt(std::size_t level) const;
  /// Drops a built level (DetailCache): it is built again when next drawn.
  void release(std::size_t level) { _levels.at(level) = nullptr; }
  /// Works tiles of a map with a coverage raster (scene/coverage_layer.hpp): the tile draws nothing where every
  /// pixel of it is at least the hand-over's size on the ground (none: always drawn).
  void setHandOver(const RasterHandOver* handOver) { _handOver = handOver; }
  bool drawnAsRaster(const osg::Matrixd& modelView, const osg::Matrixd& projection, double viewportWidth) const;
  /// Raises the top of the bound (the DEM's relief, applied by the shaders).
  void setTop(float z) {
    _box.zMax() = std::max(_box.zMax(), z);
    dirtyBound();
  }

  void traverse(osg::NodeVisitor& nv) override;
  osg::BoundingSphere computeBound() const override;

private:
  std::vector<double> _snaps;
  std::vector<osg::ref_ptr<osg::Node>> _levels;
  osg::BoundingBox _box;
  Builder _build;
  DetailCache* _cache;
  std::size_t _lastDrawn = 0;
  osg::ref_ptr<const RasterHandOver> _handOver;
};

/// The works tiles of one layer on a map with a coverage raster: skipped as a whole in the cull where every pixel
/// of the layer is at least the hand-over's size on the ground (the rasters draw it), so a county-wide view does
/// not visit thousands of tiles, each a cache miss, only for each to decline.
class RasterCoveredGroup : public osg::Group {
public:
  RasterCoveredGroup(const osg::BoundingBox& box, const RasterHandOver* handOver) : _box(box), _handOver(handOver) {}
  bool drawnAsRaster(const osg::Matrixd& modelView, const osg::Matrixd& projection, double viewportWidth) const;
  void traverse(osg::NodeVisitor& nv) override;

private:
  osg::BoundingBox _box;
  osg::ref_ptr<const RasterHandOver> _handOver;
};

/// Keeps the levels built on demand under a budget of vertices: past it, the levels drawn least recently (and
/// not in the frame being drawn) are released. Single-threaded, like the viewer's cull.
class DetailCache {
public:
  explicit DetailCache(std::size_t budgetVertices) : _budget(budgetVertices) {}
  void built(DetailTile* tile, std::size_t level, std::size_t vertices, unsigned frame);
  void drawn(DetailTile* tile, std::size_t level, unsigned frame);
  std::size_t vertices() const { return _total; }
  /// The latest frame number seen (levels built for the next frame are given this + 1).
  unsigned lastFrame() const { return _lastFrame; }
  std::size_t releases() const { return _releases; }
  /// Stand-ins (MapScene::setStandIns): while on, a tile whose chosen level is not built draws its nearest built
  /// level instead (DetailTile::nearestBuilt), and builds only when it has none.
  void setStandIns(bool on) { _standIns = on; }
  bool standIns() const { return _standIns; }

private:
  struct Entry {
    std::size_t vertices;
    unsigned lastFrame;
  };
  std::size_t _budget;
  std::size_t _total = 0;
  std::size_t _releases = 0;
  unsigned _lastFrame = 0;
  bool _standIns = false;
  std::map<std::pair<DetailTile*, std::size_t>, Entry> _entries;  // by tile and level: drawn() is per tile per frame
};

}  // namespace wm::scene
