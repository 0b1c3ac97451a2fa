#pragma once
// The Legend panel: kinds × statuses with the number of works in each at the as-of date (in period mode: the
// works completed in the period, and the late ones in the overdue column). Clicking a kind, a status or
// "overdue" shows or hides it on the map (ViewState masks and overdue-only flag).
#include <optional>

#include "ui/desk_context.hpp"
#include "ui/legend_counts.hpp"
#include "ui/view_state.hpp"

namespace wm::ui {

class LegendPanel {
public:
  /// Draws the panel into the current ImGui frame when state.panels.legend is set; the counts are computed
  /// again only when the as-of date (in period mode the period) changed.
  void draw(ViewState& state, const DeskContext& context);
  /// The counts last shown (none before the first draw).
  const std::optional<LegendCounts>& counts() const { return _counts; }

private:
  void headerRow(ViewState& state, const DeskContext& context);
  void kindRow(ViewState& state, const DeskContext& context, domain::Kind kind);
  void totalRow(const ViewState& state);
  std::optional<LegendCounts> _counts;
};

}  // namespace wm::ui
