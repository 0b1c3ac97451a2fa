#pragma once
// The map's scene graph: batched geometry of every works layer under one root whose state set carries the
// uniforms the shaders style by. Changing the as-of date, a filter or the selection sets a uniform; nothing
// is rebuilt. The map style (domain::MapStyle) decides widths, patterns and colours; changing it rebuilds.
#include <cstdint>
#include <functional>
#include <optional>
#include <memory>
#include <mutex>
#include <utility>
#include <vector>

#include <osg/Group>
#include <osg/Program>
#include <osg/Uniform>
#include <osg/ref_ptr>

#include "core/date.hpp"
#include "domain/catalog.hpp"
#include "domain/map_style.hpp"
#include "geo/extent.hpp"
#include "scene/vertex_layout.hpp"
#include "scene/coverage_layer.hpp"
#include "scene/detail_levels.hpp"
#include "scene/layer_geometry.hpp"
#include "scene/terrain.hpp"

namespace wm::scene {

/// Uniform names, shared with the GLSL in shaders/.
inline constexpr const char* kUniformAsOf = "wm_asOfDay";                ///< float, days since 2000-01-01
inline constexpr const char* kUniformKindMask = "wm_kindMask";           ///< int, bit per domain::Kind
inline constexpr const char* kUniformStatusMask = "wm_statusMask";       ///< int, bit per domain::Status
inline constexpr const char* kUniformOverdueOnly = "wm_overdueOnly";     ///< int, 1: only works overdue at the date
inline constexpr const char* kUniformDistrict = "wm_highlightDistrict";  ///< int, district index or -1
inline constexpr const char* kUniformSelected = "wm_selectedProject";    ///< int, project index or -1
/// Period mode (shaders/status.glsl): int 1 draws only works completed within [from, to] (float days since
/// 2000-01-01, both included), as completed.
inline constexpr const char* kUniformPeriodMode = "wm_periodMode";
inline constexpr const char* kUniformPeriodFrom = "wm_periodFromDay";
inline constexpr const char* kUniformPeriodTo = "wm_periodToDay";

/// Style uniforms (set from the domain::MapStyle the scene is built with).
inline constexpr const char* kUniformStatusColors = "wm_statusColors";      ///< vec4[4]: planned … suspended
inline constexpr const char* kUniformOverdueCasing = "wm_overdueCasing";    ///< vec4: edge of overdue works
inline constexpr const char* kUniformSelectionColor = "wm_selectionColor";  ///< vec4: the selected project
inline constexpr const char* kUniformPatternTint = "wm_patternTint";        ///< float: gaps of fill patterns
/// The shader define that selects what a drawable is (shaders/map_shared.glsl): glsl::kModeFill, kModeLine,
/// kModePoint or kModeCoverage.
inline constexpr const char* kDefineMode = "WM_MODE";
/// float[domain::kKindCount]: each works kind's width on the ground in metres (KindStyle::widthM, 0: none).
inline constexpr const char* kUniformKindWidthM = "wm_kindWidthM";
// Per drawable (one layer's fills, lines or markers; map_scene.cpp): the define WM_MODE (glsl::kModeFill,
// kModeLine, kModePoint; kModeCoverage is the coverage rasters'), wm_linePass (lines: 0 the casings of overdue
// works, 1 the lines), wm_baseColor (the base rule's fill or line colour), wm_classColors[kMaxClassColors] (its
// classes' line colours), wm_baseWidthM and wm_classWidthM[kMaxClassColors] (the rule's and its classes' widths
// on the ground in metres, 0: none), wm_highlightColor and wm_highlightWidthPx (the highlighted district's
// boundary), wm_tie (rail ties: spacing, length in px). On the coverage rasters (kModeCoverage):
// wm_kindFill[domain::kKindCount] (each kind's fill pattern); on the root, beside the uniforms named here, the samplers
// wm_coverage and wm_projects, and the terrain's (scene/terrain.hpp: wm_3d, wm_exaggeration, wm_heightMap,
// wm_heightExtent, wm_hasTerrain). app::MapView sets wm_viewport (the viewport in pixels).

/// float: the opacity of the layer a drawable belongs to (0..1), set on each layer's group.
inline constexpr const char* kUniformOpacity = "wm_opacity";
/// float[kMaxLayerOpacities]: the layers' opacities for the coverage rasters (0: hidden), by catalog layer.
inline constexpr const char* kUniformLayerOpacity = "wm_layerOpacity";
inline constexpr unsigned kMaxLayerOpacities = glsl::kMaxLayerOpacities;

/// A style colour as OSG's.
inline osg::Vec4 toVec4(const domain::Rgba& c) { return {c.r, c.g, c.b, c.a}; }

class MapScene {
public:
  /// Features per tile of a large layer.
  static constexpr std::size_t kFeaturesPerTile = 256;
  /// Up to this many features everything is built at once; beyond, tiles build their levels when first drawn.
  static constexpr std::size_t kEagerFeatureLimit = 5000;
  /// How many vertices of levels built on demand are kept (about 260 bytes each in the process, with the
  /// driver's copy, on llvmpipe).
  static constexpr std::size_t kDetailBudgetVertices = 6'000'000;
  /// One works feature per 20×20 pixels: about 5,000 works in view where the vector map hands over to rasters.
  static constexpr double kRasterFeaturesPerPixel = 1.0 / 400;
  /// Works vertices (of the source geometry) a view aims to draw as vectors, in the tiles nearest the camera:
  /// where more would be in view (a tilted 3D view of a dense town), the hand-over to rasters moves down to
  /// finer pixels, as far as CoverageLayer::kFinestHandOver. Not a strict bound: tiles finer than that, and
  /// tiles reaching behind the eye (which the rasters cannot draw), keep vectors uncounted.
  static constexpr std::size_t kVectorWorksBudget = 40'000;
  /// Coverage textures kept (512 KiB a block of 256×256 texels).
  static constexpr std::size_t kRasterBudgetBytes = 256u << 20;

  /// Builds the geometry of every layer of the catalog, around the centre of its extent, drawn as `style` says
  /// (the default style file's, io::loadDefaultStyle, or the built-in one), and its ground (scene/terrain.hpp)
  /// and extrusions (scene/extrusion.hpp) when it has a DEM, a basemap, parks or parking.
  /// The catalog must outlive the scene (a large map builds tiles from it while drawing).
  explicit MapScene(const domain::Catalog& catalog, const domain::MapStyle& style = domain::builtInMapStyle());
  /// How levels of detail are built: up to `eagerFeatureLimit` features everything at once, beyond that each
  /// tile's levels when first drawn, keeping at most `detailBudgetVertices` of them.
  struct DetailSettings {
    std::size_t eagerFeatureLimit = kEagerFeatureLimit;
    std::size_t detailBudgetVertices = kDetailBudgetVertices;
    /// A large map draws its works as coverage rasters (scene/coverage_layer.hpp) where a full 1920×1080 screen
    /// of its densest area would hold more than this many works per pixel: from the ground size of a pixel
    /// sqrt(this / features per m² of the densest tenth). 0: never.
    double rasterFeaturesPerPixel = kRasterFeaturesPerPixel;
    /// > 0: draw rasters from this ground size of a pixel (metres) instead of the one the density gives.
    double rasterFromMetresPerPixel = 0;
    std::size_t rasterBudgetBytes = kRasterBudgetBytes;
    std::size_t vectorWorksBudget = kVectorWorksBudget;
  };
  MapScene(const domain::Catalog& catalog, const domain::MapStyle& style, const DetailSettings& detail);

  osg::Group* root() const { return _root.get(); }
  /// Draws the scene with this program (scene::loadMapProgram); false when it is null.
  bool useProgram(osg::Program* program);
  SceneOrigin origin() const { return _origin; }
  const domain::MapStyle& style() const { return _style; }
  /// The extent of every layer, in the working CRS (empty when nothing was loaded).
  const geo::Extent& dataExtent() const { return _extent; }
  /// What was built: tiles, levels over all tiles, vertices over all levels (on a large map with the extrusions
  /// of the full-detail levels), and what the simplified levels merged away (scene/detail_levels.hpp).
  struct BuildStats {
    std::size_t tiles = 0, levels = 0, vertices = 0, merged = 0;
    double lazySeconds = 0;  ///< time spent building levels on demand (while drawing)
  };
  const BuildStats& buildStats() const { return _stats; }
  /// A large map: builds, on all cores, the levels the tiles in this view will draw (the cull would otherwise
  /// build them one by one on the drawing thread). Call before drawing a view that may need new levels.
  /// On a map with rasters, it first sets the view's hand-over (DetailSettings::vectorWorksBudget).
  void prepare(const osg::Matrixd& view, const osg::Matrixd& projection, int width);
  /// A view the map may be drawn in: model-view and projection matrices (local metres), viewport width (pixels).
  struct ViewSample {
    osg::Matrixd view, projection;
    int width = 0;
  };
  /// A level of detail of a tile.
  using LevelKey = std::pair<DetailTile*, std::size_t>;
  /// What a series of views (a flight's frames) would build on demand on a large map, the levels of detail of
  /// the tiles and the coverage blocks, listed by planWarmup to be built ahead by warm(), a few at a time
  /// between frames. It points into the scene: it must not outlive it.
  struct Warmup {
    std::vector<LevelKey> levels;
    std::vector<CoverageLayer::BlockKey> blocks;
    std::size_t nextLevel = 0, nextBlock = 0;  ///< what warm() has built so far
    /// What warm() built (levels and blocks that draw something) and the caller has not taken yet: their GL
    /// objects are compiled in the window's context between frames (render::compileGLObjects), so that the
    /// flight's frame that first draws them does not upload them.
    std::vector<osg::ref_ptr<osg::Node>> built;
    bool done() const { return nextLevel >= levels.size() && nextBlock >= blocks.size(); }
  };
  /// Lists what drawing these views would build that is not built now (empty for a small map). The hand-over
  /// of the view drawn now is left as it is.
  Warmup planWarmup(const std::vector<ViewSample>& views);
  /// Builds up to `pieces` more of the warm-up's levels and blocks (on all cores, on the drawing thread between
  /// frames; what was built meanwhile is skipped); whether some are left.
  bool warm(Warmup& warmup, std::size_t pieces);
  /// Stand-ins, while a presentation's camera flies (app::MapView::setFlying): a large map draws what is built,
  /// a tile's nearest built level of detail for one it wants (DetailTile::nearestBuilt) and a raster block's
  /// finer or coarser built blocks (CoverageLayer::setStandIns), and builds only what has no stand-in, so that
  /// no frame of the flight waits for building. Off (the default, and on landing): every view draws its own.
  void setStandIns(bool on);
  /// The works drawn as coverage rasters at overview scales (null for a small map, or when not dense enough).
  const CoverageLayer* coverage() const { return _coverage.get(); }
  /// The cache of levels built on demand (null for a small map).
  const DetailCache* detailCache() const { return _cache.get(); }
  /// The geometries built, in layer order, every level of every tile (null entries left out).
  const std::vector<osg::ref_ptr<osg::Geometry>>& geometries() const { return _geometries; }

  void setAsOf(core::Date date);
  /// Shows or hides catalog layer `layer` and sets its opacity (0..1): a node mask and uniforms, nothing rebuilt.
  /// In the coverage rasters a texel takes its project's layer's opacity (layers past the 32nd stay opaque); a
  /// hidden layer's texel shows nothing, not what lies under it.
  void setLayerView(std::size_t layer, bool visible, float opacity);
  /// Draws the catalog's layers in this order, bottom first (indices into Catalog::layers; layers missing from
  /// it are drawn first): each layer's group gets a render bin of its own, inside which its fills, outlines,
  /// casings and markers keep their order. The coverage rasters (all works at overview scales) draw just over the
  /// lowest works layer, 3D extrusions over every layer. Render bins only: nothing is rebuilt.
  void setLayerOrder(const std::vector<std::uint32_t>& bottomFirst);
  /// The tiles of every layer (for tests and statistics).
  const std::vector<osg::ref_ptr<DetailTile>>& tiles() const { return _tiles; }
  void setKindMask(std::uint32_t mask);
  void setStatusMask(std::uint32_t mask);
  /// Only works overdue at the as-of date are drawn (docs/design.md §3.3: not completed and past the planned
  /// completion); in period mode only the late ones (completed after their planned completion).
  void setOverdueOnly(bool only);
  /// Period mode: only the works completed within [from, to] (both included) are drawn, coloured completed, the
  /// late ones marked as overdue works are; the as-of date stands aside. Uniforms only. `on` false: the as-of
  /// date decides again.
  void setPeriod(bool on, core::Date from, core::Date to);
  void setHighlightDistrict(std::int32_t district);
  void setSelectedProject(std::int64_t project);
  /// The project the wm_selectedProject uniform highlights now (-1: none).
  std::int64_t selectedProject() const;

  // 3D (docs/design.md §5.2). The camera is the viewer's; the scene only raises itself: wm_3d = 0 is the flat 2D map
  // (terrain, if any, invisible unless it carries a basemap; no extrusions), 1 the full 3D relief.
  /// wm_3d, clamped to 0..1; extrusions are drawn only above 0.
  void set3d(float amount);
  /// Vertical exaggeration of the terrain (not of extrusions), default 1.
  void setExaggeration(float factor);
  /// Draws the ground with this program (scene::loadTerrainProgram); until then it is not drawn. False when null.
  bool useTerrainProgram(osg::Program* program);
  /// The ground node (null without a DEM or basemap).
  osg::Node* terrainNode() const { return _terrain.surface.get(); }
  /// Shows the image a tile set (Catalog::basemapTiles) gave for the view: the ground's texture and, without a
  /// DEM, its flat surface under the image. Call between frames, on the drawing thread.
  void showBasemap(const domain::BasemapImage& image) { scene::showBasemap(_terrain, image, _origin); }
  /// A small map's extrusions: one geometry for every park and car park, drawn only while wm_3d > 0 (null
  /// without parks or parking). Null for a large map (detailCache() non-null), whose tiles build their own
  /// extrusions with their full-detail level (level 0), under a ShownIn3d group (scene/extrusion.hpp).
  osg::Geometry* extrusions() const { return _extrusions.get(); }
  /// Local z of the ground at a local point in full 3D at exaggeration 1 (height above the DEM's lowest
  /// cell); 0 without a DEM. Multiply by the exaggeration: for orbit targets and camera clearance.
  float groundHeight(double localX, double localY) const;

private:
  void addExtrusions(const domain::Catalog& catalog);
  static osg::ref_ptr<osg::Geode> extrusionGeode(osg::Geometry* extrusions);

  domain::MapStyle _style;
  osg::ref_ptr<osg::Group> _root;
  geo::Extent _extent;
  SceneOrigin _origin;
  std::vector<osg::ref_ptr<osg::Geometry>> _geometries;
  BuildStats _stats;
  std::unique_ptr<DetailCache> _cache;
  std::vector<osg::ref_ptr<DetailTile>> _tiles;
  std::vector<osg::ref_ptr<osg::Group>> _layerGroups;  ///< per catalog layer (null for an empty one)
  std::vector<bool> _worksLayer;                       ///< per catalog layer
  osg::ref_ptr<osg::Uniform> _layerOpacity;
  std::vector<const RasterCoveredGroup*> _groupOf;  ///< per tile: the group of its works layer (rasters), or null
  std::vector<std::size_t> _sourceVertices;         ///< per tile: its features' vertices in the catalog
  std::size_t _vectorWorksBudget = kVectorWorksBudget;
  osg::ref_ptr<CoverageLayer> _coverage;
  float _reliefTop = 0;
  std::mutex _statsMutex;
  osg::ref_ptr<osg::Uniform> _asOf, _kindMask, _statusMask, _overdueOnly, _district, _selected;
  osg::ref_ptr<osg::Uniform> _periodMode, _periodFrom, _periodTo;
  Terrain _terrain;
  std::optional<domain::HeightGrid> _heights;
  osg::ref_ptr<osg::Geometry> _extrusions;
  osg::ref_ptr<osg::Geode> _extrusionNode;
  osg::ref_ptr<osg::Uniform> _3d;  ///< wm_3d, also read by the ShownIn3d groups of a large map's tiles
  osg::ref_ptr<osg::Uniform> _exaggeration;

  /// Sets the origin at the centre of the data and _extent to the data's extent; every layer's extent.
  std::vector<geo::Extent> placeOrigin(const std::vector<std::vector<geo::Extent>>& extents);
  /// Catalog layer `l`'s group and its tiles (`extents`: its features' extents, `layerExtent` their union).
  void addLayerTiles(const domain::Catalog& catalog, std::uint32_t l, const std::vector<geo::Extent>& extents,
                     const geo::Extent& layerExtent);
  /// The whole map's render bin, depth and culling, and the coverage rasters' texture units.
  void setMapState();
  /// The as-of date, filters, selection, period and layer opacities (changed by the setters, nothing rebuilt).
  void addFilterUniforms();
  /// The style's colours and widths (domain::MapStyle): fixed for the scene's life.
  void addStyleUniforms();
  void addRelief(const domain::Catalog& catalog);
  static void seeThrough(osg::StateSet& state, bool on);
  /// `extents`: every layer's feature extents (extents[layer][feature]).
  void addCoverage(const domain::Catalog& catalog, const std::vector<std::vector<geo::Extent>>& extents,
                   const DetailSettings& detail);
  /// The hand-over for a view: the density's, or finer where the works tiles in view nearest the camera would
  /// hold more than _vectorWorksBudget vertices.
  double handOverFor(const osg::Matrixd& view, const osg::Matrixd& projection, int width) const;
  /// Whether a tile's bound may be in view (clip-space test of its bounding sphere; a centre behind the eye
  /// counts as out, left to the cull).
  static bool mayBeInView(const DetailTile& tile, const osg::Matrixd& viewProjection, const osg::Matrixd& projection);
  /// Calls `visit` with each tile a view draws as vectors and the level it draws (as DetailTile::traverse picks).
  void forLevelsInView(const osg::Matrixd& view, const osg::Matrixd& projection, int width,
                       const std::function<void(DetailTile&, std::size_t)>& visit) const;
  /// Builds these levels on all cores (those built already are skipped) and hands them to their tiles and the
  /// cache, for the coming frame.
  /// Builds the levels not built yet (on all cores) and returns those built that draw something.
  std::vector<osg::ref_ptr<osg::Node>> buildLevels(const std::vector<LevelKey>& levels);
  osg::ref_ptr<osg::Geode> addLayerDrawables(const domain::LayerInfo& info, const LayerGeometry& w, bool simplified,
                                             bool keep);
  osg::ref_ptr<DetailTile> eagerTile(const domain::Catalog& catalog, std::uint32_t layer,
                                     const std::vector<std::uint32_t>& features, const std::vector<double>& snaps,
                                     const osg::BoundingBox& box);
  osg::ref_ptr<DetailTile> lazyTile(const domain::Catalog& catalog, std::uint32_t layer,
                                    std::vector<std::uint32_t> features, const std::vector<double>& snaps,
                                    const osg::BoundingBox& box);
  static std::size_t vertexCount(const LayerGeometry& w);
  void raiseBound(osg::Geometry& g) const;
};

}  // namespace wm::scene
