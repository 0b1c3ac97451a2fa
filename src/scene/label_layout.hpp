#pragma once
// Screen-space label placement ("decluttering"): which of many label candidates to draw for one view, greedy by
// priority, never two overlapping. Pure logic without OSG, so it is tested without a GL context and works for any
// view (2D orthographic or 3D perspective) given as one 4×4 matrix from scene-local metres to window pixels.
#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <limits>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace wm::scene {

/// A label that may be drawn: its anchor, text and how much it matters. Sizes are in window pixels.
struct LabelCandidate {
  double x = 0, y = 0, z = 0;  ///< anchor in scene-local metres (working CRS minus the scene origin)
  std::string text;            ///< UTF-8
  float priority = 0;          ///< higher is placed first; ties keep the candidates' order
  float widthPx = 0;           ///< size on screen with its box, centred on the anchor (MapLabels measures it)
  float heightPx = 0;
  /// Shown only while the view's metres per pixel is at most this (zoomed in enough); +inf: at every scale.
  double maxMetresPerPixel = std::numeric_limits<double>::infinity();
};

struct LabelSize {
  float widthPx = 0;
  float heightPx = 0;
};

/// The size `utf8` takes at a font size of `fontPx` pixels: CJK and full-width characters ~1 em, ASCII ~0.55 em,
/// other scripts ~0.6 em, counted by code point (an invalid byte counts as one narrow character).
LabelSize estimateLabelSize(std::string_view utf8, float fontPx);

/// Scene-local metres → window pixels (origin bottom left, y up, as OpenGL and OSG windows):
/// (X, Y, Z, W) = m · (x, y, z, 1) with m row-major (m[row * 4 + col]); the pixel is (X / W, Y / W) and the
/// point is in front of the camera and between the near and far planes when W > 0 and 0 ≤ Z / W ≤ 1 (the depth
/// range of osg::Viewport::computeWindowMatrix).
struct WindowTransform {
  std::array<double, 16> m{1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1};
  /// A top-down orthographic view showing [minX, maxX] × [minY, maxY] in a width × height window.
  static WindowTransform orthographic(double minX, double minY, double maxX, double maxY, int width, int height);
};

struct LabelView {
  WindowTransform transform;
  int width = 0;  ///< window size in pixels
  int height = 0;
  /// Ground distance of one pixel for the zoom thresholds. A perspective view should pass the finest scale in
  /// view (near the camera); each anchor then uses the coarser of this and the scale at the anchor itself.
  double metresPerPixel = 1;
};

/// A placed label: which candidate and its rectangle in window pixels (x0 < x1, y0 < y1).
struct PlacedLabel {
  std::uint32_t candidate = 0;
  float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

struct LayoutOptions {
  float paddingPx = 3;          ///< kept free around each label
  std::size_t maxLabels = 300;  ///< the most labels drawn at once
  /// Candidates the caller hides (filtered-out projects): false skips the candidate. Called only for candidates
  /// in view and zoomed in enough. Empty: every candidate may be shown.
  std::function<bool(std::uint32_t candidate)> accept;
  /// Window rectangles kept free of labels (the overlay's panels); their `candidate` is not used.
  std::vector<PlacedLabel> reserved;
};

/// Uniform grids over the candidates' anchors in scene-local x/y, one per zoom band (candidates whose
/// maxMetresPerPixel lies in the same power-of-four range, and one band for those shown at every scale), so that
/// a view looks only at the bands zoomed in enough for it, and in each only at the cells it overlaps (found by
/// frustum tests on blocks of cells); each cell lists its candidates by descending maxMetresPerPixel. A county
/// view of a million projects thus visits the few cells of the district names, not the million projects'.
/// Built once, O(n); about 8 bytes a candidate. The candidates must not change while the index is used; the
/// index does not keep them.
class LabelIndex {
public:
  LabelIndex() = default;
  explicit LabelIndex(std::span<const LabelCandidate> candidates);

  /// The number of candidates it was built for (those with a non-finite anchor are left out of the cells).
  std::size_t candidateCount() const { return _count; }
  /// The number of zoom bands.
  std::size_t bands() const { return _bands.size(); }
  /// The candidates (with a finite anchor) in the order queries visit them: band by band (those shown furthest
  /// out first), cell by cell.
  const std::vector<std::uint32_t>& visitOrder() const { return _order; }
  /// For a caller that has stored the candidates in visitOrder() (then those left out): the same index over the
  /// candidates' new positions, without building it again.
  void renumberInVisitOrder() {
    for (std::uint32_t i = 0; i < _order.size(); ++i) _order[i] = i;
  }

  /// Calls visit(candidate) for every candidate in a cell that may be in the view's window and whose
  /// maxMetresPerPixel ≥ metresPerPixel. Returns the number of cells visited.
  std::size_t query(std::span<const LabelCandidate> candidates, const LabelView& view,
                    const std::function<void(std::uint32_t)>& visit) const;

private:
  friend struct IndexQuery;
  struct Band {
    double shownFrom = 0;  ///< the largest maxMetresPerPixel of its candidates: coarser views skip the band
    double minX = 0, minY = 0, cellW = 1, cellH = 1;
    int nx = 0, ny = 0;
    std::vector<std::uint32_t> cellStart;  ///< CSR: cell c lists _order[cellStart[c] .. cellStart[c + 1])
  };
  double _minZ = 0, _maxZ = 0;
  std::size_t _count = 0;
  std::vector<Band> _bands;  ///< by descending shownFrom
  std::vector<std::uint32_t> _order;
};

/// What a layout cost, for tests and timing.
struct LayoutStats {
  std::size_t cellsVisited = 0;        ///< index cells whose candidates were looked at
  std::size_t candidatesVisited = 0;   ///< candidates looked at (in visited cells and zoomed in enough)
  std::size_t candidatesOnScreen = 0;  ///< of those, wholly inside the window and accepted
};

struct LabelLayout {
  std::vector<PlacedLabel> labels;  ///< in placement order (priority descending)
  LayoutStats stats;
};

/// Chooses the labels to draw: candidates in view, zoomed in enough and accepted, wholly inside the window, by
/// descending priority (then candidate order), each kept only when its padded rectangle overlaps no label kept
/// before; at most options.maxLabels. Overlap tests use a uniform grid over the window, so the cost is linear in
/// the candidates visited (plus a sort of those on screen). Never fails: degenerate views give no labels.
LabelLayout layoutLabels(std::span<const LabelCandidate> candidates, const LabelIndex& index, const LabelView& view,
                         const LayoutOptions& options = {});

}  // namespace wm::scene
