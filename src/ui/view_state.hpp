#pragma once
// What the user controls on the planner's desk and the map reads: plain data, edited by the panels (ui) and
// turned into uniforms by the app once a frame. No OSG and no ImGui types here, so panels and tests can drive
// it without a window. Single-threaded: the viewer's thread owns it.
#include <cstdint>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/translation.hpp"
#include "domain/catalog.hpp"
#include "domain/kind.hpp"
#include "ui/measurement.hpp"
#include "ui/screen_rect.hpp"

namespace wm::ui {

inline constexpr std::uint32_t kAllKinds = (1u << domain::kKindCount) - 1;       ///< bit per domain::Kind
inline constexpr std::uint32_t kAllStatuses = (1u << domain::kStatusCount) - 1;  ///< bit per domain::Status
inline constexpr std::int64_t kNoProject = -1;

/// One layer as the user wants it drawn (the Layers panel edits it; the app applies it with
/// MapScene::setLayerView).
struct LayerView {
  bool visible = true;
  float opacity = 1.0f;  ///< 0..1
  bool operator==(const LayerView&) const = default;
};

/// Which panels are open (the toolbar's Panels menu edits it).
struct OpenPanels {
  bool legend = true;
  bool filters = true;
  bool timeline = true;
  bool layers = false;
  bool inspector = true;
  bool districts = false;  ///< wide: opened from the toolbar when wanted
  bool statusBar = true;
  bool problems = false;  ///< opened by the app after loading when something could not be read
  bool measure = false;   ///< the Measure tool; closing it ends the measurement
  bool slides = false;    ///< the briefing's slides (ui/slides_panel)
  bool operator==(const OpenPanels&) const = default;
};

/// Something only the app can do (it owns the camera), asked for by a panel and done before the next frame.
struct ViewRequest {
  enum class Kind : std::uint8_t { ZoomToDistrict, ZoomToProject, FitAll };
  Kind kind = Kind::FitAll;
  std::int64_t index = -1;  ///< ZoomToDistrict: into Catalog::districts; ZoomToProject: into Catalog::projects
  bool operator==(const ViewRequest&) const = default;
};

/// How fast the Timeline plays: calendar days per second of real time (ui/playback.hpp).
enum class PlaySpeed : std::uint8_t { Day, Week, Month, Quarter };

struct ViewState {
  core::Date asOf = core::Date::today();  ///< the date statuses are shown at (docs/design.md §3.1)
  /// Period mode: the map, the Legend and District progress show what was completed in [periodFrom, periodTo]
  /// (both inclusive, docs/design.md §3.4); periodFrom <= periodTo (the Timeline keeps them so).
  bool periodMode = false;
  core::Date periodFrom, periodTo;
  /// The Timeline playing: ui::advancePlay moves the date on once a frame until playEnd (the slider's last day
  /// when Play was pressed). playCarryDays is the part of a day played but not yet shown, so that many short
  /// frames add up to whole days.
  bool playing = false;
  PlaySpeed playSpeed = PlaySpeed::Month;
  core::Date playEnd;
  double playCarryDays = 0;
  std::uint32_t kindMask = kAllKinds;
  std::uint32_t statusMask = kAllStatuses;               ///< statuses at asOf
  bool overdueOnly = false;                              ///< only works overdue at asOf
  std::int32_t highlightDistrict = domain::kNoDistrict;  ///< index into Catalog::districts
  std::int64_t selectedProject = kNoProject;             ///< index into Catalog::projects
  std::string search;                                    ///< UTF-8, the Filters panel's name search
  core::Lang lang = core::Lang::En;                      ///< the desk's and the map overlay's language
  std::vector<LayerView> layers;                         ///< per Catalog::layers, same order
  /// Indices into Catalog::layers in drawing order, the top one (drawn last, over the others) first, as the
  /// Layers panel lists them.
  std::vector<std::uint32_t> layerOrder;
  OpenPanels panels;
  /// The briefing slide (index into the loaded slides) the view was last set to, by the Slides panel or
  /// presentation mode; -1: none. Shift+F5 presents from it.
  std::int32_t slide = -1;
  /// The slides were changed (added, edited, moved, deleted) since they were read or saved.
  bool slidesUnsaved = false;
  Measurement measure;                ///< the Measure tool's shape (working CRS); the app adds clicked points
  std::vector<ViewRequest> requests;  ///< pending, oldest first; the app takes them each frame
  /// Quitting with unsaved work: the app sets quitAsked and the desk asks (ui/quit_dialog); Quit sets
  /// quitConfirmed, Cancel clears quitAsked.
  bool quitAsked = false;
  bool quitConfirmed = false;
  /// Where the map's overlay draws (its title, north arrow, legend): reported by the app after each frame, so
  /// the desk's layout (ui/desk_layout.hpp) keeps the panels clear of it.
  MapOverlayRects mapOverlay;
  /// The largest part of the window no panel covers, as the desk last drew it: the app frames the target of a
  /// zoom request there. Empty: the whole window.
  ScreenRect freeMap;
  /// Pixels at the window's bottom the status bar covers, as the desk last drew it (0: closed): the map's overlay
  /// keeps its legend and scale bar above them.
  int mapBottomInset = 0;

  bool kindShown(domain::Kind kind) const { return (kindMask >> static_cast<unsigned>(kind) & 1u) != 0; }
  bool statusShown(domain::Status status) const { return (statusMask >> static_cast<unsigned>(status) & 1u) != 0; }
  void toggleKind(domain::Kind kind) { kindMask ^= 1u << static_cast<unsigned>(kind); }
  void toggleStatus(domain::Status status) { statusMask ^= 1u << static_cast<unsigned>(status); }
  /// Period mode on over [from, to] (the two taken in order).
  void showPeriod(core::Date from, core::Date to);
  /// Sets one end of the period; the other end follows when it would pass it, so periodFrom <= periodTo.
  void setPeriodFrom(core::Date from);
  void setPeriodTo(core::Date to);
  /// Whether a click on the map adds a measured point (the Measure panel open, a mode chosen) rather than
  /// picking a project.
  bool measuring() const { return panels.measure && measure.mode != MeasureMode::Off; }
  /// Every kind and status shown, no overdue-only filter (the highlight and selection stay).
  void showAll();
  /// Moves the layer at `position` in layerOrder `step` places (negative: up, towards the top); false when it
  /// would leave the list.
  bool moveLayer(std::size_t position, int step);
  /// Queues a request; one equal to the last pending one is not queued twice.
  void request(ViewRequest r);
  /// The pending requests, oldest first; none are left pending.
  std::vector<ViewRequest> takeRequests();
};

/// What would be lost by quitting now, one phrase each (empty: nothing): a measurement drawn on the map.
std::vector<core::Msg> unsavedWork(const ViewState& state);
/// Moves the as-of date, or in period mode the whole period, `months` calendar months (negative: back), a month
/// end staying a month end (core::addMonthsKeepingMonthEnd): the [ and ] keys and the Timeline's month steps.
void stepMonths(ViewState& state, int months);

/// The state a desk starts from for `catalog`: everything shown, one LayerView per layer, layers in
/// domain::defaultDrawOrder.
ViewState initialViewState(const domain::Catalog& catalog, core::Date asOf, core::Lang lang);

/// The part of a ViewState the map draws as uniforms; the app compares it with what it applied last.
struct MapFilter {
  std::int32_t asOfDays = 0;  ///< days since 2000-01-01
  /// Period mode: only works completed in [periodFromDays, periodToDays] (days since 2000-01-01, inclusive),
  /// coloured completed; overdueOnly then keeps the late ones (completed after their planned completion).
  bool periodMode = false;
  std::int32_t periodFromDays = 0, periodToDays = 0;
  std::uint32_t kindMask = kAllKinds;
  std::uint32_t statusMask = kAllStatuses;
  bool overdueOnly = false;
  std::int32_t highlightDistrict = domain::kNoDistrict;
  std::int64_t selectedProject = kNoProject;
  bool operator==(const MapFilter&) const = default;
};
MapFilter mapFilter(const ViewState& state);

/// Whether the map shows a project: its layer visible and not fully transparent, and it passes the state's
/// filters at its as-of date with the map shader's semantics (kind and status masks, overdue only;
/// analysis::statusAt / overdueAt). In period mode (shaders/status.glsl, wm_mapStatus): only projects completed
/// within the period, as completed, and with overdue only the late ones among them (analysis::lateAt).
bool projectShown(const ViewState& state, const domain::Project& project);

}  // namespace wm::ui
