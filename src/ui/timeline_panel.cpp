#include "ui/timeline_panel.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace wm::ui {

std::optional<DateRange> dataDateRange(const domain::Catalog& catalog) {
  std::optional<DateRange> range;
  auto add = [&](const std::optional<core::Date>& d) {
    if (!d) return;
    if (!range)
      range = DateRange{*d, *d};
    else
      range = DateRange{std::min(range->first, *d), std::max(range->last, *d)};
  };
  for (const domain::Project& p : catalog.projects) {
    add(p.start);
    add(p.planDone);
    add(p.done);
  }
  return range;
}

TimelinePanel::TimelinePanel(const domain::Catalog& catalog) : _data(dataDateRange(catalog)) {}

DateRange TimelinePanel::sliderRange(core::Date asOf) const {
  core::Date today = core::Date::today();
  DateRange r = _data.value_or(DateRange{asOf, asOf});
  r.first = std::min({r.first, asOf, today});
  r.last = std::max({r.last, asOf, today});
  r.first = core::Date::fromYmd(r.first.year(), r.first.month(), 1).value_or(r.first);
  r.last = core::addMonths(core::Date::fromYmd(r.last.year(), r.last.month(), 1).value_or(r.last), 1);
  return r;
}

void TimelinePanel::draw(ViewState& state, const DeskContext& context) {
  if (!state.panels.timeline) return;
  ImGuiIO& io = ImGui::GetIO();
  const float pad = 10.0f * context.scale, width = std::min(640.0f * context.scale, io.DisplaySize.x * 0.45f);
  ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x / 2, io.DisplaySize.y - pad - 30 * context.scale),
                          ImGuiCond_FirstUseEver, ImVec2(0.5f, 1));
  ImGui::SetNextWindowSize(ImVec2(width, 0), ImGuiCond_FirstUseEver);
  if (!ImGui::Begin(windowTitle(state.lang, core::Msg::UiTimeline, "timeline").c_str(), &state.panels.timeline)) {
    ImGui::End();
    return;
  }
  DateRange range = sliderRange(state.asOf);
  int day = state.asOf.days();
  std::string label = core::tr(state.lang, core::Msg::UiAsOf, state.asOf.iso());
  ImGui::SetNextItemWidth(-1);
  // The format has no conversion: ImGui prints it as it is, so the slider shows the date, not a day number.
  if (ImGui::SliderInt("##timeline.slider", &day, range.first.days(), range.last.days(), label.c_str(),
                       ImGuiSliderFlags_AlwaysClamp))
    state.asOf = core::Date::fromDays(day);
  context.targets.addLastItem("timeline.slider");
  struct Step {
    core::Msg label;
    const char* id;
    int months, days;
  };
  const Step steps[] = {{core::Msg::UiMonthBack, "timeline.month_back", -1, 0},
                        {core::Msg::UiDayBack, "timeline.day_back", 0, -1},
                        {core::Msg::UiDayOn, "timeline.day_on", 0, 1},
                        {core::Msg::UiMonthOn, "timeline.month_on", 1, 0}};
  for (const Step& s : steps) {
    if (&s != &steps[0]) ImGui::SameLine();
    if (ImGui::Button(fmt::format("{}##{}", uiText(state.lang, s.label), s.id).c_str()))
      state.asOf = core::Date::fromDays(core::addMonths(state.asOf, s.months).days() + s.days);
    context.targets.addLastItem(s.id);
  }
  ImGui::SameLine();
  if (ImGui::Button(fmt::format("{}##timeline.today", uiText(state.lang, core::Msg::UiToday)).c_str()))
    state.asOf = core::Date::today();
  ImGui::End();
}

}  // namespace wm::ui
