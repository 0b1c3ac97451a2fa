#pragma once
// The Timeline panel: the as-of date on a slider over the data's dates, with day and month steps. The map
// recolours while the slider is dragged (only the as-of uniform changes).
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
  /// The slider's range: the data's dates widened to whole months, and to today and the state's date.
  DateRange sliderRange(core::Date asOf) const;

private:
  std::optional<DateRange> _data;
};

}  // namespace wm::ui
