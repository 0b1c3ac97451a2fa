#include "ui/view_state.hpp"

#include <algorithm>

#include "analysis/status_at_date.hpp"

namespace wm::ui {

void ViewState::showAll() {
  kindMask = kAllKinds;
  statusMask = kAllStatuses;
  overdueOnly = false;
}

void ViewState::setPeriodFrom(core::Date from) {
  periodFrom = from;
  periodTo = std::max(periodTo, from);
}

void ViewState::setPeriodTo(core::Date to) {
  periodTo = to;
  periodFrom = std::min(periodFrom, to);
}

void ViewState::showPeriod(core::Date from, core::Date to) {
  periodMode = true;
  periodFrom = std::min(from, to);
  periodTo = std::max(from, to);
}

void ViewState::request(ViewRequest r) {
  if (!requests.empty() && requests.back() == r) return;
  requests.push_back(r);
}

std::vector<ViewRequest> ViewState::takeRequests() {
  std::vector<ViewRequest> out;
  out.swap(requests);
  return out;
}

bool ViewState::moveLayer(std::size_t position, int step) {
  const auto to = static_cast<std::ptrdiff_t>(position) + step;
  if (position >= layerOrder.size() || to < 0 || to >= static_cast<std::ptrdiff_t>(layerOrder.size())) return false;
  const std::uint32_t moved = layerOrder[position];
  layerOrder.erase(layerOrder.begin() + static_cast<std::ptrdiff_t>(position));
  layerOrder.insert(layerOrder.begin() + to, moved);
  return true;
}

void stepMonths(ViewState& state, int months) {
  if (state.periodMode)  // the as-of date is not shown in period mode: the whole period moves
    state.showPeriod(core::addMonthsKeepingMonthEnd(state.periodFrom, months),
                     core::addMonthsKeepingMonthEnd(state.periodTo, months));
  else
    state.asOf = core::addMonthsKeepingMonthEnd(state.asOf, months);
}

ViewState initialViewState(const domain::Catalog& catalog, core::Date asOf, core::Lang lang) {
  ViewState s;
  s.asOf = asOf;
  s.periodFrom = asOf;
  s.periodTo = asOf;
  s.lang = lang;
  s.layers.assign(catalog.layers.size(), LayerView{});
  const std::vector<std::uint32_t> bottomFirst = domain::defaultDrawOrder(catalog);
  s.layerOrder.assign(bottomFirst.rbegin(), bottomFirst.rend());
  return s;
}

MapFilter mapFilter(const ViewState& state) {
  return {.asOfDays = state.asOf.days(),
          .periodMode = state.periodMode,
          .periodFromDays = state.periodFrom.days(),
          .periodToDays = state.periodTo.days(),
          .kindMask = state.kindMask,
          .statusMask = state.statusMask,
          .overdueOnly = state.overdueOnly,
          .highlightDistrict = state.highlightDistrict,
          .selectedProject = state.selectedProject};
}

bool projectShown(const ViewState& state, const domain::Project& project) {
  if (project.layer < state.layers.size()) {
    const LayerView& layer = state.layers[project.layer];
    if (!layer.visible || layer.opacity <= 0) return false;
  }
  if (!state.kindShown(project.kind)) return false;
  if (state.periodMode) {
    if (!analysis::completedWithin(project, state.periodFrom, state.periodTo)) return false;
    if (!state.statusShown(domain::Status::Completed)) return false;
    return !state.overdueOnly || analysis::lateAt(project, state.periodTo);
  }
  if (!state.statusShown(analysis::statusAt(project, state.asOf))) return false;
  return !state.overdueOnly || analysis::overdueAt(project, state.asOf);
}

std::vector<core::Msg> unsavedWork(const ViewState& state) {
  std::vector<core::Msg> work;
  if (!state.measure.points.empty()) work.push_back(core::Msg::UiUnsavedMeasurement);
  if (state.slidesUnsaved) work.push_back(core::Msg::UiUnsavedSlides);
  return work;
}

}  // namespace wm::ui
