#pragma once
// The Filters panel: kind and status check boxes, overdue only, a district to highlight and zoom to, and a
// search on project names whose results jump to the project (a ZoomToProject request) and select it.
#include <cstdint>
#include <string>
#include <vector>

#include "ui/desk_context.hpp"
#include "ui/view_state.hpp"

namespace wm::ui {

/// Projects whose name contains `text` (bytes; ASCII letters without regard to case), in catalog order: at
/// most `limit` indices, and how many matched in all. Empty text matches nothing.
struct NameMatches {
  std::vector<std::int64_t> projects;
  std::size_t total = 0;
};
NameMatches findProjects(const domain::Catalog& catalog, const std::string& text, std::size_t limit);

class FiltersPanel {
public:
  /// Results listed under the search box.
  static constexpr std::size_t kShownMatches = 12;
  /// The panel's least width at scale 1, pixels.
  static constexpr float kWidth = 300;

  /// Draws the panel into the current ImGui frame when state.panels.filters is set.
  void draw(ViewState& state, const DeskContext& context);

private:
  void kindsAndStatuses(ViewState& state, const DeskContext& context);
  void districtCombo(ViewState& state, const DeskContext& context);
  void search(ViewState& state, const DeskContext& context);

  std::string _searched;  ///< the text _matches were found for
  NameMatches _matches;
};

}  // namespace wm::ui
