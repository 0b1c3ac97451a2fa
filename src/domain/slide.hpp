#pragma once
// A slide of a briefing (汇报): a saved view of the map — camera, date or period, layers, filters, highlighted
// district, selected project — with the title, subtitle, speaker notes and figures shown over it. Plain data:
// io reads it from a workspace's [[slide]] tables, app applies it to a view (render --slide, deck) and the desk's
// presentation mode steps through them.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/diagnostic.hpp"
#include "domain/kind.hpp"

namespace wm::domain {

struct Catalog;

/// Which figures (docs/design.md §6.1, for the slide's date or period) a slide shows as a small table.
enum class SlideFigures : std::uint8_t { None, County, District };

/// Where the camera looks. Without a centre the view is framed on the highlighted district, else on
/// everything loaded; `scale` and `range` then default to that framing too.
struct SlideCamera {
  bool threeD = false;
  /// Longitude and latitude in degrees (CGCS2000 / WGS 84) of the plan view's centre or the 3D view's target.
  std::optional<std::pair<double, double>> center;
  /// Plan view: the scale denominator (25000 for 1:25 000) on a 1920-pixel-wide image at 96 dpi; an image of
  /// another width shows the same ground. 0: from the framing.
  double scale = 0;
  double headingDegrees = 0;  ///< 3D: clockwise from north
  double tiltDegrees = 55;    ///< 3D: from straight down
  double rangeMetres = 0;     ///< 3D: camera to target; 0: from the framing
};

struct Slide {
  std::string title;
  std::string subtitle;  ///< a line under the title (`subtitle`, or the older `caption`)
  std::string notes;     ///< speaker notes: shown to the presenter, never on the slide
  SlideCamera camera;
  std::optional<core::Date> asOf;  ///< nothing (and no period): today
  /// Period mode: what was completed in [from, to] (both inclusive, docs/design.md §3.4); from <= to.
  std::optional<std::pair<core::Date, core::Date>> period;
  std::vector<std::string> layers;       ///< layer names shown; empty: the layers visible by default
  std::map<std::string, float> opacity;  ///< layer name → opacity 0..1; unnamed layers stay opaque
  std::vector<Kind> kinds;               ///< kinds shown; empty: all
  std::vector<Status> statuses;          ///< statuses shown (at the date); empty: all
  bool overdueOnly = false;              ///< only works overdue at the date (in a period: the late ones)
  std::string district;                  ///< highlighted district; empty: none
  std::string project;                   ///< name of the selected project; empty: none
  SlideFigures figures = SlideFigures::None;
  // Lines in the workspace file, for messages (0: not written).
  int line = 0;  ///< the [[slide]] header
  int layersLine = 0, districtLine = 0, projectLine = 0, figuresLine = 0;

  /// The as-of date the slide shows: the period's end in period mode, else asOf, else `today`.
  core::Date date(core::Date today) const { return period ? period->second : asOf.value_or(today); }
};

/// Whether two slides show the same: every field but the line numbers. (The desk's "unsaved changes"; saving
/// keeps an unchanged slide's text as the user wrote it.)
bool sameSlide(const Slide& a, const Slide& b);

/// What in `slides` names something `catalog` lacks: a layer, a district with a boundary, a project, district
/// figures without a district. Errors naming `file` and the key's line ({0} file, {1} line, {2} slide number,
/// {3} the name). Pure; never throws.
core::Diagnostics slideProblems(const std::vector<Slide>& slides, const Catalog& catalog, const std::string& file);

/// Index into catalog.layers of the layer a slide names: its layer name, else its source's file name without
/// folders and extension; -1 when none.
std::int32_t findSlideLayer(const Catalog& catalog, const std::string& name);
/// Index into catalog.projects of the first project with this name (exact, after trimming); -1 when none.
std::int64_t findProjectByName(const Catalog& catalog, const std::string& name);

}  // namespace wm::domain
