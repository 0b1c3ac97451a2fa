#pragma once
// The Timeline panel: the as-of date on a slider over the data's dates, with day and month steps; Play/Pause at a
// chosen speed (ui/playback.hpp; the viewer advances the date once a frame); and a period mode, from–to, in which
// the map shows what was completed in the period. The map recolours while a slider is dragged: only uniforms
// change.
#include <optional>

#include "ui/desk_context.hpp"
#include "ui/view_state.hpp"

namespace wm::ui {

/// The first and last date any project records (start, planned or actual completion); none without dates.
struct DateRange {
  core::Date first, last;
};
std::optional<DateRange> dataDateRange(const domain::Catalog& catalog);

class TimelinePanel {
public:
  /// `catalog` is read once for its date range.
  explicit TimelinePanel(const domain::Catalog& catalog);
  /// Draws the panel into the current ImGui frame when state.panels.timeline is set.
  void draw(ViewState& state, const DeskContext& context);
  /// The slider's range: the data's dates and today, widened to whole months, and widened to `date` when it lies
  /// outside them. A date inside never moves the ends, so the last day stays the last when the date reaches it
  /// (where Play stops).
  DateRange sliderRange(core::Date date) const;

private:
  // `width`: the sliders' width in pixels.
  static void asOfRow(ViewState& state, const DeskContext& context, const DateRange& range, float width);
  static void playRow(ViewState& state, const DeskContext& context, const DateRange& range);
  static void periodRows(ViewState& state, const DeskContext& context, const DateRange& range, float width);

  std::optional<DateRange> _data;
  // The window grows upwards: where its bottom left corner was in the last frame, and for how many more frames
  // to hold it there.
  ImVec2 _bottomLeft;
  int _holdBottomFrames = 0;
  bool _periodRowsShown = false;
};

}  // namespace wm::ui
