#pragma once
// The Inspector panel: the whole record of the selected project (ViewState::selectedProject, set by a click on
// the map that the app picks, or by a search result), its status at the as-of date and whether it is overdue or
// was completed late (docs/design.md §3.3), with its geodesic length or area (planar, and marked so, for data in a
// plane of its own).
#include <string>
#include <vector>

#include "ui/desk_context.hpp"
#include "ui/view_state.hpp"

namespace wm::ui {

/// One line of the record: a translated label and the value as shown.
struct InspectorField {
  std::string key;    ///< stable name ("name", "status_at", ...), for tests and the state file
  std::string label;  ///< in the state's language
  std::string value;  ///< UTF-8, as shown; "not recorded" (translated) for a missing date or number
};

/// The record of `catalog.projects[project]` at `asOf` in `lang`, in the order shown: name, kind, recorded
/// status, status at the date, start, planned completion, completion, schedule (overdue / late / on schedule),
/// district, progress, investment, parking spaces (parking only), length or area (lines / polygons; neither for
/// points; an area also in mu, 亩: "3000.0 m² (4.50 mu)"), layer, source feature id. Empty for an index out of range.
std::vector<InspectorField> inspectorFields(const domain::Catalog& catalog, std::int64_t project, core::Date asOf,
                                            core::Lang lang);

/// A length in metres as shown: "850.0 m" below a kilometre, else "1.234 km".
std::string lengthText(double metres);
/// An area in square metres as shown: "12345.6 m²".
std::string areaText(double squareMetres);

class InspectorPanel {
public:
  /// Draws the panel into the current ImGui frame when state.panels.inspector is set. Its "Zoom to" button
  /// queues a ZoomToProject request; "Clear" clears the selection.
  void draw(ViewState& state, const DeskContext& context);
  /// The fields shown in the last frame (empty without a selection or when the panel is closed).
  const std::vector<InspectorField>& fields() const { return _fields; }
  /// The selected project's name as shown in the last frame ("" when none).
  std::string shownName() const;

private:
  std::vector<InspectorField> _fields;
};

}  // namespace wm::ui
