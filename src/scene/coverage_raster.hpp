#pragma once
// Coverage rasters: the works of a dense area drawn on the CPU into a grid of texels, each texel holding which
// project covers it, so that a whole town of works can be drawn as one textured quad whose colours the
// fragment shader decides from the as-of date and filters (docs/design.md §5.3: at overview scales on a software
// renderer a million works cannot be drawn as vectors in a frame; a raster's cost is the screen's pixels).
// Nothing here touches OpenGL: scene/coverage_layer.hpp turns grids into textures and chooses them per view.
#include <cstdint>
#include <vector>

#include "domain/catalog.hpp"
#include "geo/extent.hpp"
#include "scene/shader_constants.hpp"

namespace wm::scene {

/// Texel values: 0 = nothing; else the project's index in the catalog + 1 in the low 30 bits, with these flags.
inline constexpr std::uint32_t kCoverageIndexMask = glsl::kCoverageIndexMask;
inline constexpr std::uint32_t kCoverageOutline = glsl::kCoverageOutline;  ///< a polygon's outline (drawn darker)
inline constexpr std::uint32_t kCoverageEdge = glsl::kCoverageEdge;  ///< the outer part of a line (overdue casing)

/// A square of texels in the working CRS. Row 0 is the southern row; texel (i, j) covers
/// [minX + i·texel, minX + (i+1)·texel) × [minY + j·texel, …).
struct CoverageGrid {
  double minX = 0, minY = 0;
  double texel = 1;  ///< metres
  int size = 0;      ///< texels a side
  /// Per texel, row-major from the south-west corner: the topmost line, outline or point marker…
  std::vector<std::uint32_t> top;
  /// …and the topmost polygon fill, kept apart so that a filter hiding a road still shows the park under it.
  std::vector<std::uint32_t> fill;

  CoverageGrid(double minX_, double minY_, double texel_, int size_)
      : minX(minX_),
        minY(minY_),
        texel(texel_),
        size(size_),
        top(std::size_t(size_) * std::size_t(size_)),
        fill(top.size()) {}
  bool empty() const;
};

/// How wide things are drawn, in texels (a texel is half a pixel to a pixel where a grid is drawn).
struct CoverageWidths {
  float line = 4;     ///< works lines
  float outline = 1;  ///< polygon outlines
  float marker = 10;  ///< point works, as discs
  float blot = 6;     ///< polygons under three texels across, as discs (as at the vector map's simplified levels)
};

/// One works feature: its layer and feature in the catalog, its project's index, and its extent (working CRS);
/// or, in a picking index (scene/project_picker.hpp), a stretch of one of its lines.
struct WorksFeature {
  std::uint32_t layer = 0;
  std::uint32_t feature = 0;
  std::uint32_t project = 0;
  geo::Extent extent;
  std::uint32_t firstVertex = 0, endVertex = 0;  ///< a stretch [first, end) of one part; end 0: the whole feature
};

/// An index over every works project's extent (working CRS), to find the features touching a block: a stack
/// of grids of cells twice as large level by level, each feature in the one cell of the level where its extent
/// fits a cell (a "loose" grid), so a 3 km sewer is one entry, not the hundreds of cells it crosses.
class WorksIndex {
public:
  /// Finest cells of about `perCell` feature centres on average over the catalog's works extent. `extents`:
  /// every layer's feature extents (extents[layer][feature], as GeometryStore::featureExtents gives them).
  WorksIndex(const domain::Catalog& catalog, const std::vector<std::vector<geo::Extent>>& extents, double perCell = 16);
  /// Over entries already made (in catalog order: by layer, then feature), with finest cells of about `perCell`.
  explicit WorksIndex(std::vector<WorksFeature> entries, double perCell = 16);
  const geo::Extent& extent() const { return _extent; }
  std::size_t size() const { return _features.size(); }
  /// The features whose extent meets `box`, each once, in catalog order (layer, then feature).
  std::vector<WorksFeature> query(const geo::Extent& box) const;
  /// Feature centres per square metre in the densest tenth of the finest cells that hold any (the 90th
  /// percentile of their counts), 0 when there are none.
  double denseFeaturesPerM2() const;

private:
  struct Grid {
    double cell = 1;
    std::int64_t columns = 0, rows = 0;
    /// CSR: the features of cell c are _features[first + start[c] .. first + start[c+1]), in catalog order
    std::vector<std::uint32_t> start;
    std::size_t first = 0;
    std::int64_t column(double x, const geo::Extent& e) const;
    std::int64_t row(double y, const geo::Extent& e) const;
  };
  /// The grids for finest cells of `base` metres over w × h metres; each feature's level (its grid).
  std::vector<std::uint8_t> makeGrids(double base, double w, double h);
  /// Orders _features grid by grid and cell by cell and fills the grids' cell starts and _ordinal.
  void storeByCell(const std::vector<std::uint8_t>& levelOf);
  /// Sets _dense (denseFeaturesPerM2) from the finest grid's cells of `base` metres.
  void measureDensity(double base);

  geo::Extent _extent;
  /// Grid by grid, cell by cell, so that a query reads each cell's features in one stretch of memory;
  /// _ordinal[i] is _features[i]'s place in catalog order, to give results in that order.
  std::vector<WorksFeature> _features;
  std::vector<std::uint32_t> _ordinal;
  std::vector<Grid> _grids;
  double _dense = 0;
};

/// Draws `features` (in the order given: later ones cover earlier ones, fills under lines under markers) into
/// the grid: polygons filled (even-odd over their rings) with their outline, lines `widths.line` texels wide
/// (lines and outlines simplified within half a texel first),
/// points as discs of `widths.marker` texels and polygons under three texels across as discs of `widths.blot`.
/// Cost: painted top-down, so a feature or segment lying wholly under features above it is skipped; at overview
/// scales of a dense town that is most of them.
void rasterizeWorks(const domain::Catalog& catalog, const std::vector<WorksFeature>& features,
                    const CoverageWidths& widths, CoverageGrid& grid);

}  // namespace wm::scene
