#include "ui/slide_state.hpp"

namespace wm::ui {
namespace {

void applyLayers(const domain::Slide& slide, const domain::Catalog& catalog, ViewState& state) {
  state.layers.assign(catalog.layers.size(), LayerView{.visible = slide.layers.empty(), .opacity = 1.0f});
  for (const std::string& name : slide.layers)
    if (std::int32_t layer = domain::findSlideLayer(catalog, name); layer >= 0)
      state.layers[static_cast<std::size_t>(layer)].visible = true;
  for (const auto& [name, opacity] : slide.opacity)
    if (std::int32_t layer = domain::findSlideLayer(catalog, name); layer >= 0)
      state.layers[static_cast<std::size_t>(layer)].opacity = opacity;
}

template <typename T>
std::uint32_t maskOf(const std::vector<T>& values, std::uint32_t all) {
  if (values.empty()) return all;
  std::uint32_t mask = 0;
  for (T value : values) mask |= 1u << static_cast<unsigned>(value);
  return mask;
}

}  // namespace

void applySlide(const domain::Slide& slide, const domain::Catalog& catalog, core::Date today, ViewState& state) {
  state.playing = false;
  state.asOf = slide.date(today);
  state.periodMode = slide.period.has_value();
  state.periodFrom = slide.period ? slide.period->first : state.asOf;
  state.periodTo = slide.period ? slide.period->second : state.asOf;
  applyLayers(slide, catalog, state);
  state.kindMask = maskOf(slide.kinds, kAllKinds);
  state.statusMask = maskOf(slide.statuses, kAllStatuses);
  state.overdueOnly = slide.overdueOnly;
  state.search.clear();
  state.highlightDistrict = slide.district.empty() ? domain::kNoDistrict : catalog.findDistrict(slide.district);
  state.selectedProject = slide.project.empty() ? kNoProject : domain::findProjectByName(catalog, slide.project);
}

}  // namespace wm::ui
