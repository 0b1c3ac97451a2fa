#pragma once
// Map labels: district names, project names and base-layer names (roads, rivers) in Chinese, decluttered on
// screen by priority (label_layout) and drawn with osgText in a CJK font found through fontconfig.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <osg/Geode>
#include <osg/Group>
#include <osg/Matrixd>
#include <osg/ref_ptr>
#include <osgText/Font>
#include <osgText/Text>

#include "core/date.hpp"
#include "core/result.hpp"
#include "core/translation.hpp"
#include "domain/catalog.hpp"
#include "scene/font_finder.hpp"
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
  /// At most this many labels on screen: more do not read at 1920×1080, and each is a draw call with a blended
  /// box (250 labels took about 110 ms of a frame on llvmpipe, 120 about 50 ms).
  std::size_t maxLabels = 120;
};

/// Which projects are shown: the same semantics as the map's shader uniforms (MapScene::setAsOf / setKindMask /
/// setStatusMask), status by analysis::statusAt.
struct LabelFilter {
  core::Date asOf = core::Date::today();
  std::uint32_t kindMask = (1u << domain::kKindCount) - 1;      ///< bit per domain::Kind
  std::uint32_t statusMask = (1u << domain::kStatusCount) - 1;  ///< bit per domain::Status at asOf
};

enum class LabelClass : std::uint8_t { District, Project, Base };

/// The label candidates of a catalog, with what each one names (candidates[i] ↔ classes[i], projects[i]).
struct MapLabelCandidates {
  std::vector<LabelCandidate> candidates;
  std::vector<LabelClass> classes;
  std::vector<std::int64_t> projects;  ///< index into Catalog::projects for project labels, else -1
};

/// Candidates in scene-local metres around `origin`: each district with a polygon and a name at its polygon's
/// representative point (highest priority, every scale); each named project at its representative point (GEOS
/// point-on-surface for polygons, halfway along lines, the point itself), priority by kind and size, shown only
/// zoomed in; named lines of base layers, lowest priority, largest scales, repeated names thinned out.
/// Names are trimmed; empty ones give no candidate. Pure: no font or GL needed.
MapLabelCandidates buildMapLabelCandidates(const domain::Catalog& catalog, SceneOrigin origin,
                                           const MapLabelStyle& style = {});

/// The labels of a map as one OSG subtree, updated for a view. Only the labels chosen for the current view
/// have Text nodes (a pool of at most style.maxLabels, reused), so a catalog of 1M projects costs its
/// candidates (~100 bytes each) and an index, not a million nodes. The catalog must outlive this object.
/// Not thread-safe: call update() where the scene graph may change (between frames, or in an update callback).
class MapLabels {
public:
  /// Finds the font with findChineseFont().
  MapLabels(const domain::Catalog& catalog, SceneOrigin origin, core::Lang lang, const MapLabelStyle& style = {});
  /// Uses the font already found (or the failure to find one: labels are then skipped, see problem()).
  MapLabels(const domain::Catalog& catalog, SceneOrigin origin, const core::Result<FontFile>& font, core::Lang lang,
            const MapLabelStyle& style = {});

  /// The subtree to add next to the map (not under the map's shader program): text at its anchors in
  /// scene-local coordinates, sized in pixels, facing the screen, over the map and under a HUD overlay.
  osg::Node* node() const { return _root.get(); }

  /// Lays the labels out for a view and shows only those chosen. viewProjection: scene-local → clip space
  /// (camera view matrix × projection matrix, OSG's row-vector order); width × height: the viewport in pixels;
  /// metresPerPixel: the ground size of a pixel (for a perspective view the finest in view, see LabelView).
  /// Cost: the candidates in view and zoomed in enough, plus setText for labels not shown before.
  void update(const osg::Matrixd& viewProjection, int width, int height, double metresPerPixel,
              const LabelFilter& filter, const std::vector<PlacedLabel>& reserved = {});

  /// Why labels are not drawn (no CJK font installed), translated; nothing when they are.
  std::optional<std::string> problem() const { return _problem; }

  const MapLabelCandidates& candidates() const { return _candidates; }
  /// The layout of the last update (chosen candidates and their window rectangles).
  const LabelLayout& layout() const { return _layout; }

private:
  void configure(osgText::Text& t, LabelClass cls) const;

  MapLabelStyle _style;
  MapLabelCandidates _candidates;  ///< stored in the index's visiting order, so a query reads memory in order
  LabelIndex _index;
  /// Per candidate, what the filter needs of its project (a compact copy beside the candidates: reaching into
  /// the catalog's project records for each candidate in view was most of a layout's time at a million).
  struct ProjectState {
    domain::Kind kind = domain::Kind::Other;
    domain::RecordedStatus recorded = domain::RecordedStatus::Missing;
    bool isProject = false;
    std::optional<core::Date> start, done;
  };
  std::vector<ProjectState> _states;
  LabelLayout _layout;
  std::optional<std::string> _problem;
  osg::ref_ptr<osg::Group> _root;
  osg::ref_ptr<osg::Geode> _geode;
  osg::ref_ptr<osgText::Font> _font;
  struct Slot {
    osg::ref_ptr<osgText::Text> text;
    std::int64_t candidate = -1;  ///< what it shows now, -1 when free
  };
  std::vector<Slot> _pool;
};

}  // namespace wm::scene
