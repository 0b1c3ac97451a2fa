#pragma once
// The works of a large map drawn as coverage rasters (scene/coverage_raster.hpp) wherever a pixel is at least
// `rasterFromMetresPerPixel` on the ground: square blocks of 256×256 texels on a quadtree of texel sizes twice
// apart, each drawn as one draped grid of 9×9 vertices with the map program (WM_MODE 3), which looks each
// texel's project up in a texture of every project's kind, status and dates and colours it by the as-of date and
// filters like the vector map. A block's texel is half a pixel to a pixel where it is drawn. Below that scale
// the vector tiles (scene/detail_levels.hpp) draw the works; in a tilted 3D view both meet where a pixel is
// that size, and both are drawn over a band there rather than leave a gap.
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <tuple>
#include <vector>

#include <osg/Matrixd>
#include <osg/Node>
#include <osg/Texture2D>

#include "domain/catalog.hpp"
#include "scene/coverage_raster.hpp"
#include "scene/detail_levels.hpp"
#include "scene/vertex_layout.hpp"

namespace wm::scene {

/// Texture units of the coverage (per block) and of the projects' attributes (scene-wide); the map program's
/// samplers wm_coverage and wm_projects are bound to them on every map, so units never clash.
inline constexpr int kCoverageUnit = 2;
inline constexpr int kProjectsUnit = 3;
/// Width of the projects' attribute texture: project i is texel (i mod 4096, i / 4096).
inline constexpr int kProjectsTextureWidth = glsl::kProjectsTextureWidth;

/// Every project's attributes for the shaders: RGBA32I texels (kind | recorded status << 8 | date flags << 16 |
/// catalog layer (at most 255) << 24, start, planned completion, completion in days since 2000-01-01),
/// kProjectsTextureWidth wide.
osg::ref_ptr<osg::Texture2D> projectsTexture(const domain::Catalog& catalog);

class CoverageLayer : public osg::Node {
public:
  static constexpr int kBlockTexels = glsl::kCoverageBlock;

  /// A view may move the hand-over down to this fraction of rasterFromMetresPerPixel (setHandOver).
  static constexpr double kFinestHandOver = 1.0 / 4;

  /// `catalog` must outlive the layer; `index` is over its works. The rasters draw from
  /// `rasterFromMetresPerPixel` on the ground a pixel, or from down to kFinestHandOver of it where a view sets
  /// so; texel sizes start at the power of two (metres) at or below that finest hand-over. `budgetBytes`: texels
  /// kept in memory; past it the least recently drawn blocks are released (and built again when next drawn), those
  /// built ahead and not drawn yet (buildBlocks) last.
  CoverageLayer(const domain::Catalog& catalog, std::unique_ptr<WorksIndex> index, SceneOrigin origin,
                const CoverageWidths& widths, double rasterFromMetresPerPixel, std::size_t budgetBytes);

  /// The hand-over of the current view (metres a pixel), and the object the map's works tiles share it through.
  double rasterFrom() const { return _handOver->metresPerPixel; }
  const RasterHandOver* handOver() const { return _handOver.get(); }
  /// The hand-over the works' density gives (the coarsest a view uses).
  double densityHandOver() const { return _densityHandOver; }
  /// Sets the view's hand-over, kept within [kFinestHandOver, 1] × densityHandOver().
  void setHandOver(double metresPerPixel);
  /// The texel size (metres) of quadtree level k.
  double texelSize(int level) const { return _baseTexel * static_cast<double>(1 << level); }
  int levels() const { return _levels; }
  /// A block: its quadtree level, column and row (local metres / block size).
  using BlockKey = std::tuple<int, std::int64_t, std::int64_t>;
  /// Builds, on all cores, the blocks a view will draw that are not built yet (the cull builds stragglers).
  void prepare(const osg::Matrixd& view, const osg::Matrixd& projection, int width);
  /// The blocks a view would draw, at the hand-over set now, that are not built yet; nothing is built.
  std::vector<BlockKey> missingBlocks(const osg::Matrixd& view, const osg::Matrixd& projection, int width) const;
  /// Builds these blocks on all cores (those built meanwhile are left as they are), ahead of the views that draw
  /// them (a flight's, MapScene::warm): kept until a frame draws them, never releasing a block on screen.
  /// Returns the blocks built that draw something.
  std::vector<osg::ref_ptr<osg::Node>> buildBlocks(const std::vector<BlockKey>& keys);
  /// Raises the top of the bound (the DEM's relief, applied by the shaders).
  void setTop(float z);
  /// Stand-ins (MapScene::setStandIns): while on, a block a view wants that is not built is drawn from blocks
  /// that are, its four finer ones where all four are, else its nearest built coarser one, and is not built
  /// (neither by prepare nor by the cull); only a block with neither is built. Off: every block is built.
  void setStandIns(bool on) { _standIns = on; }

  /// What the last cull drew (blocks, by level) and what is held.
  struct Stats {
    std::size_t drawn = 0, built = 0, held = 0, bytes = 0, released = 0;
    std::size_t standIns = 0;  ///< blocks the last cull wanted and drew from others (setStandIns)
    int finestDrawn = -1;
  };
  const Stats& stats() const { return _stats; }

  void traverse(osg::NodeVisitor& nv) override;
  osg::BoundingSphere computeBound() const override;

private:
  using Key = BlockKey;
  struct Block {
    osg::ref_ptr<osg::Node> node;  ///< null: nothing of the works in it
    unsigned lastFrame = 0;
  };
  osg::BoundingBox blockBox(const Key& key) const;
  /// The blocks a camera draws: the quadtree walked from the top, each block refined while its texel is over a
  /// pixel, dropped where it is outside the view or every pixel of it is finer than rasterFrom.
  std::vector<Key> visibleBlocks(const osg::Matrixd& modelView, const osg::Matrixd& projection, double width) const;
  osg::ref_ptr<osg::Node> buildBlock(const Key& key) const;
  /// What stands in for a block that is not built: its four finer blocks, all built (those outside the works'
  /// extent aside), else its nearest built coarser one; none when neither is.
  std::optional<std::vector<Key>> standIn(const Key& key) const;
  void keep(const Key& key, osg::ref_ptr<osg::Node> node, unsigned frame);

  const domain::Catalog* _catalog;
  SceneOrigin _origin;
  CoverageWidths _widths;
  double _densityHandOver;
  osg::ref_ptr<RasterHandOver> _handOver = new RasterHandOver;
  double _baseTexel;
  int _levels = 1;
  std::size_t _budget;
  std::unique_ptr<WorksIndex> _index;
  osg::BoundingBox _box;  // the works' extent, local metres
  std::map<Key, Block> _blocks;
  std::size_t _heldBlocks = 0;  // blocks with a texture
  unsigned _frame = 0;
  bool _standIns = false;
  Stats _stats;
};

}  // namespace wm::scene
