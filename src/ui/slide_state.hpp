#pragma once
// A briefing slide (domain::Slide) applied to the desk's view state: what the map shows on that slide apart from
// the camera, which the app sets (it owns it). Shared by `render --slide`, `deck` and presentation mode.
#include "core/date.hpp"
#include "domain/catalog.hpp"
#include "domain/slide.hpp"
#include "ui/view_state.hpp"

namespace wm::ui {

/// Sets `state` to show `slide`: its date (else `today`) or period, its layers (the others hidden; no list:
/// all shown) and their opacity, its kind, status and overdue filters, highlighted district and selected
/// project. What the catalog lacks is left out (check reports it: domain::slideProblems). The language, panels,
/// layer order and measurement are left as they are.
void applySlide(const domain::Slide& slide, const domain::Catalog& catalog, core::Date today, ViewState& state);

}  // namespace wm::ui
