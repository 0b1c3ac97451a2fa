#pragma once
// Map labels: district names, project names and base-layer names (roads, rivers) in Chinese, decluttered on
// screen by priority (label_layout) and drawn in batches (label_drawing) with glyphs of a CJK font found through
// fontconfig.
#include <atomic>
#include <cstdint>
#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <osg/Group>
#include <osg/Matrixd>
#include <osg/ref_ptr>

#include "core/date.hpp"
#include "core/result.hpp"
#include "core/translation.hpp"
#include "domain/catalog.hpp"
#include "scene/font_finder.hpp"
#include "scene/label_drawing.hpp"
#include "scene/label_layout.hpp"
#include "scene/vertex_layout.hpp"

namespace wm::scene {

/// Sizes and zoom thresholds of the label classes.
struct MapLabelStyle {
  float districtFontPx = 20;
  float projectFontPx = 14;
  float baseFontPx = 13;
  /// Project names appear once a pixel covers at most this many metres (about a town filling the window);
  /// large projects (≥ 10 ha or ≥ 3 km) at twice this.
  double projectMaxMetresPerPixel = 5;
  /// Road and river names, at the largest scales only, and one per name within baseDedupMetres.
  double baseMaxMetresPerPixel = 3;
  double baseDedupMetres = 1500;
  /// At most this many labels on screen: more do not read at 1920×1080. (All of them are drawn in a few draw
  /// calls; when each was its own osgText node, 250 labels took about 110 ms of a frame on llvmpipe.)
  std::size_t maxLabels = 120;
};

/// Which projects are shown: the same semantics as the map's shader uniforms (MapScene::setAsOf / setKindMask /
/// setStatusMask / setPeriod), status by analysis::statusAt; in period mode only the projects completed within
/// [periodFrom, periodTo] (analysis::completedWithin), as completed.
struct LabelFilter {
  core::Date asOf = core::Date::today();
  std::uint32_t kindMask = (1u << domain::kKindCount) - 1;      ///< bit per domain::Kind
  std::uint32_t statusMask = (1u << domain::kStatusCount) - 1;  ///< bit per domain::Status at asOf
  bool periodMode = false;
  core::Date periodFrom, periodTo;
  bool operator==(const LabelFilter&) const = default;
};
/// Whether a label filter shows a project with these fields (what MapLabels keeps of each project).
bool labelShown(const LabelFilter& filter, domain::Kind kind, domain::RecordedStatus recorded,
                const std::optional<core::Date>& start, const std::optional<core::Date>& done);

enum class LabelClass : std::uint8_t { District, Project, Base };

/// The label candidates of a catalog, with what each one names (candidates[i] ↔ classes[i], projects[i]).
struct MapLabelCandidates {
  std::vector<LabelCandidate> candidates;
  std::vector<LabelClass> classes;
  std::vector<std::int64_t> projects;  ///< index into Catalog::projects for project labels, else -1
};

/// The size a label's text takes at a font size in pixels (LabelDrawing::measure with a font; without one,
/// estimateLabelSize). Called for every candidate, possibly on a background thread.
using MeasureText = std::function<LabelSize(std::string_view utf8, float fontPx)>;

/// Candidates in scene-local metres around `origin`: each district with a polygon and a name at its polygon's
/// representative point (highest priority, every scale); each named project at its representative point (GEOS
/// point-on-surface for polygons, halfway along lines, the point itself), priority by kind and size, shown only
/// zoomed in; named lines of base layers, lowest priority, largest scales, repeated names thinned out.
/// Names are trimmed; empty ones give no candidate. Each is as large as `measure` says its text is (empty:
/// estimateLabelSize) plus the box's margin. Pure: no GL needed.
MapLabelCandidates buildMapLabelCandidates(const domain::Catalog& catalog, SceneOrigin origin,
                                           const MapLabelStyle& style = {}, const MeasureText& measure = {});

/// The text and box colours of a label class, its size from `style`.
LabelLook labelLook(LabelClass cls, const MapLabelStyle& style);

/// The labels of a map as one OSG subtree, updated for a view. Only the labels chosen for the current view are
/// drawn, all of them in a few draw calls (LabelDrawing), so a catalog of 1M projects costs its candidates
/// (~100 bytes each) and an index, not a million nodes. District and base-layer candidates are built at once;
/// project candidates (the bulk: ~0.9 s at 1M) when a view first comes close enough to show any, or earlier on
/// a background thread (prepareProjectsInBackground). The catalog must outlive this object and not change while
/// it lives. Not thread-safe: call update() where the scene graph may change (between frames, or in an update
/// callback).
class MapLabels {
public:
  /// Finds the font with findChineseFont().
  MapLabels(const domain::Catalog& catalog, SceneOrigin origin, core::Lang lang, const MapLabelStyle& style = {});
  /// Uses the font already found (or the failure to find one: labels are then skipped, see problem()).
  MapLabels(const domain::Catalog& catalog, SceneOrigin origin, const core::Result<FontFile>& font, core::Lang lang,
            const MapLabelStyle& style = {});
  /// Stops a background build of project candidates and waits for it: it checks between blocks of 4096
  /// projects, but arranging the candidates it has built is not interrupted (a few hundred ms at most).
  ~MapLabels();
  MapLabels(const MapLabels&) = delete;
  MapLabels& operator=(const MapLabels&) = delete;

  /// The subtree to add next to the map (not under the map's shader program): the labels in window pixels over
  /// the map and under a HUD overlay. Empty without a font.
  osg::Node* node() const { return _root.get(); }
  /// The camera drawing the labels in window pixels (null without a font). Its projection is the whole window
  /// after update(); a tiled export sets it to each tile's pixels, as for the overlay.
  osg::Camera* pixelCamera() const { return _drawing ? _drawing->node() : nullptr; }

  /// Lays the labels out for a view and draws only those chosen. viewProjection: scene-local → clip space
  /// (camera view matrix × projection matrix, OSG's row-vector order); width × height: the viewport in pixels;
  /// metresPerPixel: the ground size of a pixel (for a perspective view the finest in view, see LabelView).
  /// Cost: the candidates in view and zoomed in enough, plus a rebuild of the few label geometries; the first
  /// call zoomed in enough for project labels also builds (or waits for) the project candidates.
  void update(const osg::Matrixd& viewProjection, int width, int height, double metresPerPixel,
              const LabelFilter& filter, const std::vector<PlacedLabel>& reserved = {});

  /// Starts building the project candidates on a thread of their own, so that the first zoom-in does not wait
  /// for them (the window calls this after its first frame; `render` of a whole county never needs them).
  /// Does nothing when they are built or being built, or without a font.
  void prepareProjectsInBackground();
  /// Whether the project candidates are among candidates() yet.
  bool projectsBuilt() const { return _projectsBuilt; }

  /// Why labels are not drawn (no CJK font installed), translated; nothing when they are.
  std::optional<std::string> problem() const { return _problem; }

  /// The candidates built so far (see projectsBuilt()), in the index's visiting order.
  const MapLabelCandidates& candidates() const { return _set.candidates; }
  /// The layout of the last update (chosen candidates and their window rectangles).
  const LabelLayout& layout() const { return _layout; }
  /// What draws the labels (null without a font).
  const LabelDrawing* drawing() const { return _drawing.get(); }

private:
  /// Per candidate, what the filter needs of its project (a compact copy beside the candidates: reaching into
  /// the catalog's project records for each candidate in view was most of a layout's time at a million).
  struct ProjectState {
    domain::Kind kind = domain::Kind::Other;
    domain::RecordedStatus recorded = domain::RecordedStatus::Missing;
    bool isProject = false;
    std::optional<core::Date> start, done;
  };
  /// Candidates stored in the order a query visits them, with their index and projects' states.
  struct Arranged {
    MapLabelCandidates candidates;
    LabelIndex index;
    std::vector<ProjectState> states;
  };
  Arranged arrange(MapLabelCandidates built) const;
  /// Null when cancelled.
  std::optional<Arranged> withProjects(const MeasureText& measure) const;
  void ensureProjects(double metresPerPixel);

  const domain::Catalog& _catalog;
  SceneOrigin _origin;
  MapLabelStyle _style;
  FontFile _fontFile;         ///< a background build reads a Font of its own from it
  MeasureText _measure;       ///< with the drawing's glyphs; main thread only
  MapLabelCandidates _fixed;  ///< districts, then base names: kept until the projects' are merged in
  std::size_t _districtCount = 0;
  Arranged _set;
  bool _projectsBuilt = false;
  /// A background build's candidates, with the Font it measured them with: released on the thread that takes
  /// the result, since osgText's FreeType plugin disposes of a face without its library lock.
  struct Background {
    std::optional<Arranged> built;
    osg::ref_ptr<osgText::Font> font;
  };
  std::future<Background> _background;
  std::atomic<bool> _cancel{false};
  LabelLayout _layout;
  std::optional<std::string> _problem;
  osg::ref_ptr<osg::Group> _root;
  std::unique_ptr<LabelDrawing> _drawing;
};

}  // namespace wm::scene
