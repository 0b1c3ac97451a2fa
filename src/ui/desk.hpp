#pragma once
// The planner's desk: a small toolbar (language, which panels are open: a row of check boxes, or in a window
// narrower than ui::kCompactDeskWidth a Panels menu) and the panels, drawn over the map into the current ImGui
// frame and placed by ui::layoutDesk. Everything edits one ViewState; the app turns its changes into uniforms.
#include "ui/click_targets.hpp"
#include "ui/desk_context.hpp"
#include "ui/desk_placement.hpp"
#include "ui/district_panel.hpp"
#include "ui/filters_panel.hpp"
#include "ui/inspector_panel.hpp"
#include "ui/layers_panel.hpp"
#include "ui/legend_panel.hpp"
#include "ui/measure_panel.hpp"
#include "ui/problems_panel.hpp"
#include "ui/slides_panel.hpp"
#include "ui/status_bar.hpp"
#include "ui/timeline_panel.hpp"
#include "ui/view_state.hpp"

namespace wm::ui {

/// What the desk is given by the app besides the catalog: the services of modules ui does not depend on.
struct DeskServices {
  ReportWriters writers;            ///< the report module's writers (District progress: copy and save)
  ReportFolder reportFolder;        ///< where Save report starts, and how the folder saved in is remembered
  ToLonLat toLonLat;                ///< working CRS → lon/lat (status bar); empty: no lon/lat shown
  std::string crsName;              ///< the working CRS as shown in the status bar (a core::msgArg phrase for a plane)
  core::Diagnostics problems;       ///< everything the load reported (the Problems panel)
  MeasureGeodesic measureGeodesic;  ///< the Measure panel's figures on the ellipsoid; empty: planar figures
  ToWindow toWindow;                ///< working CRS → window pixels now (the measured shape); empty: not drawn
  std::vector<domain::Slide>* slides = nullptr;  ///< the briefing's slides (the app's); none: no Slides panel
  SlideThumbnails slideThumbnails;               ///< their pictures, as the app drew them
  SlideSaving slideSaving;                       ///< where Save writes them
  VideoExporter videoExport;                     ///< the Timeline's Export video; empty: not offered
  PageExporter pageExport;  ///< Export deck (Slides) and Export atlas (District progress); empty: neither
  /// District progress computed on a PostGIS server in the background; empty: computed from the catalog.
  ServerProgressSource serverProgress;
};

class Desk {
public:
  /// `catalog` and `style` must outlive the desk.
  Desk(const domain::Catalog& catalog, const domain::MapStyle& style, DeskServices services = {});

  /// Draws the toolbar and the open panels. Call between ImGui::NewFrame and ImGui::Render; `scale` is the UI
  /// scale (ui/screen_scale.hpp) the font atlas and style were built for; `pointer` is where the mouse is over
  /// the map (for the status bar and the Measure tool's next segment). Sets state.freeMap.
  void draw(ViewState& state, float scale, const MapPointer& pointer = {});
  /// Where this frame's entries were drawn.
  const ClickTargets& targets() const { return _targets; }
  const LegendPanel& legend() const { return _legend; }
  const InspectorPanel& inspector() const { return _inspector; }
  const DistrictPanel& districts() const { return _districts; }
  const StatusBar& statusBar() const { return _statusBar; }
  const ProblemsPanel& problems() const { return _problems; }
  /// Adds problems met after the load to the Problems panel (and the toolbar's count).
  void addProblems(const core::Diagnostics& more) { _problems.add(more); }
  const MeasurePanel& measure() const { return _measure; }
  const TimelinePanel& timeline() const { return _timeline; }
  SlidesPanel& slides() { return _slides; }
  /// Where the panels were drawn in this frame and the layout they were placed by.
  const DeskPlacement& placement() const { return _placement; }
  /// Whether the panels are still taking their places (DeskPlacement::settling): draw another frame.
  bool settling() const { return _placement.settling(); }

private:
  void toolbar(ViewState& state);
  void panelToggles(ViewState& state, bool compact);

  const domain::Catalog& _catalog;
  const domain::MapStyle& _style;
  std::uint32_t _kindsInData;
  DeskPlacement _placement;
  ClickTargets _targets;
  LegendPanel _legend;
  LayersPanel _layers;
  FiltersPanel _filters;
  TimelinePanel _timeline;
  InspectorPanel _inspector;
  DistrictPanel _districts;
  StatusBar _statusBar;
  ProblemsPanel _problems;
  MeasurePanel _measure;
  SlidesPanel _slides;
};

/// ImGui's light style with every size multiplied by `scale` (call once, after creating the context).
void applyDeskStyle(float scale);

}  // namespace wm::ui
