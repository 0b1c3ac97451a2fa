#include "ui/timeline_panel.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>

#include <fmt/format.h>

#include "ui/playback.hpp"

namespace wm::ui {
namespace {

using core::Msg;

// A slider over `range` that shows `label` (the date in words) and edits `date`; true when moved.
bool dateSlider(const std::string& id, core::Date& date, const DateRange& range, const std::string& label,
                float width) {
  int day = date.days();
  ImGui::SetNextItemWidth(width);
  // The format has no conversion: ImGui prints it as it is, so the slider shows the date, not a day number.
  if (!ImGui::SliderInt(id.c_str(), &day, range.first.days(), range.last.days(), label.c_str(),
                        ImGuiSliderFlags_AlwaysClamp))
    return false;
  date = core::Date::fromDays(day);
  return true;
}

struct SpeedChoice {
  PlaySpeed speed;
  Msg label;
  const char* id;
};
constexpr std::array<SpeedChoice, 4> kSpeeds{{{PlaySpeed::Day, Msg::UiSpeedDay, "timeline.speed.day"},
                                              {PlaySpeed::Week, Msg::UiSpeedWeek, "timeline.speed.week"},
                                              {PlaySpeed::Month, Msg::UiSpeedMonth, "timeline.speed.month"},
                                              {PlaySpeed::Quarter, Msg::UiSpeedQuarter, "timeline.speed.quarter"}}};

void speedCombo(ViewState& state, const DeskContext& context) {
  const SpeedChoice* current = &kSpeeds[0];
  float widest = 0;
  for (const SpeedChoice& s : kSpeeds) {
    if (s.speed == state.playSpeed) current = &s;
    widest = std::max(widest, ImGui::CalcTextSize(uiText(state.lang, s.label)).x);
  }
  const float width = widest + ImGui::GetFrameHeight() + 2 * ImGui::GetStyle().FramePadding.x;
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImGui::SetNextItemWidth(width);
  if (ImGui::BeginCombo("##timeline.speed", uiText(state.lang, current->label))) {
    for (const SpeedChoice& s : kSpeeds) {
      const std::string label = fmt::format("{}##{}", uiText(state.lang, s.label), s.id);
      if (ImGui::Selectable(label.c_str(), s.speed == state.playSpeed)) state.playSpeed = s.speed;
      context.targets.addLastItem(s.id);
    }
    ImGui::EndCombo();
  }
  // Recorded from where it was drawn: while its list is open, ImGui's last item is the list's.
  context.targets.add({"timeline.speed", at.x, at.y, at.x + width, at.y + ImGui::GetFrameHeight()});
}

// One end of the period: a slider with a day back and a day on. The other end follows when this one would pass
// it (ViewState::setPeriodFrom / setPeriodTo).
void periodEnd(ViewState& state, const DeskContext& context, const DateRange& range, bool isFrom, float width) {
  const std::string id = isFrom ? "timeline.period_from" : "timeline.period_to";
  core::Date date = isFrom ? state.periodFrom : state.periodTo;
  auto set = [&](core::Date d) { isFrom ? state.setPeriodFrom(d) : state.setPeriodTo(d); };
  const float arrows = 2 * (ImGui::GetFrameHeight() + ImGui::GetStyle().ItemSpacing.x);
  const std::string label = core::tr(state.lang, isFrom ? Msg::UiPeriodFrom : Msg::UiPeriodTo, date.iso());
  if (dateSlider("##" + id, date, range, label, width - arrows)) set(date);
  context.targets.addLastItem(id);
  ImGui::SameLine();
  if (ImGui::ArrowButton(("##" + id + ".day_back").c_str(), ImGuiDir_Left)) set(core::Date::fromDays(date.days() - 1));
  context.targets.addLastItem(id + ".day_back");
  ImGui::SameLine();
  if (ImGui::ArrowButton(("##" + id + ".day_on").c_str(), ImGuiDir_Right)) set(core::Date::fromDays(date.days() + 1));
  context.targets.addLastItem(id + ".day_on");
}

}  // namespace

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

DateRange TimelinePanel::sliderRange(core::Date date) const {
  const core::Date today = core::Date::today();
  DateRange r = _data.value_or(DateRange{today, today});
  r.first = std::min(r.first, today);
  r.last = std::max(r.last, today);
  r.first = core::Date::fromYmd(r.first.year(), r.first.month(), 1).value_or(r.first);
  r.last = core::addMonths(core::Date::fromYmd(r.last.year(), r.last.month(), 1).value_or(r.last), 1);
  r.first = std::min(r.first, date);
  r.last = std::max(r.last, date);
  return r;
}

void TimelinePanel::draw(ViewState& state, const DeskContext& context) {
  if (!state.panels.timeline) return;
  ImGuiIO& io = ImGui::GetIO();
  const float pad = 10.0f * context.scale;
  ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x / 2, io.DisplaySize.y - pad - 30 * context.scale),
                          ImGuiCond_FirstUseEver, ImVec2(0.5f, 1));
  // The panel sits above the status bar: when the period's rows appear or go, it grows or shrinks upwards, its
  // bottom edge held for the frames ImGui takes to fit it to the new content.
  if (_holdBottomFrames > 0) {
    --_holdBottomFrames;
    ImGui::SetNextWindowPos(_bottomLeft, ImGuiCond_Always, ImVec2(0, 1));
  }
  if (!ImGui::Begin(windowTitle(state.lang, Msg::UiTimeline, "timeline").c_str(), &state.panels.timeline,
                    ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::End();
    return;
  }
  const ImVec2 pos = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  _bottomLeft = ImVec2(pos.x, pos.y + size.y);
  DateRange range = sliderRange(state.asOf);
  if (state.periodMode) {
    range.first = std::min(range.first, state.periodFrom);
    range.last = std::max(range.last, state.periodTo);
  }
  const float width = std::min(600.0f * context.scale, io.DisplaySize.x * 0.42f);
  asOfRow(state, context, range, width);
  playRow(state, context, range);
  periodRows(state, context, range, width);
  ImGui::End();
  if (state.periodMode != _periodRowsShown) {
    _periodRowsShown = state.periodMode;
    _holdBottomFrames = 2;
  }
}

// In period mode the map does not show the as-of date, so its controls stand down (greyed).
void TimelinePanel::asOfRow(ViewState& state, const DeskContext& context, const DateRange& range, float width) {
  ImGui::BeginDisabled(state.periodMode);
  core::Date asOf = state.asOf;
  if (dateSlider("##timeline.slider", asOf, range, core::tr(state.lang, Msg::UiAsOf, state.asOf.iso()), width))
    state.asOf = asOf;
  context.targets.addLastItem("timeline.slider");
  struct Step {
    Msg label;
    const char* id;
    int months, days;
  };
  const Step steps[] = {{Msg::UiMonthBack, "timeline.month_back", -1, 0},
                        {Msg::UiDayBack, "timeline.day_back", 0, -1},
                        {Msg::UiDayOn, "timeline.day_on", 0, 1},
                        {Msg::UiMonthOn, "timeline.month_on", 1, 0}};
  for (const Step& s : steps) {
    if (&s != &steps[0]) ImGui::SameLine();
    if (ImGui::Button(fmt::format("{}##{}", uiText(state.lang, s.label), s.id).c_str()))
      state.asOf = core::Date::fromDays(core::addMonths(state.asOf, s.months).days() + s.days);
    context.targets.addLastItem(s.id);
  }
  ImGui::SameLine();
  if (ImGui::Button(fmt::format("{}##timeline.today", uiText(state.lang, Msg::UiToday)).c_str()))
    state.asOf = core::Date::today();
  context.targets.addLastItem("timeline.today");
  ImGui::EndDisabled();
}

// Play moves the as-of date (in period mode the period's end) on until the slider's last day; at that day it
// starts again from the first (in period mode from the period's start).
void TimelinePanel::playRow(ViewState& state, const DeskContext& context, const DateRange& range) {
  ImGui::SameLine(0, 3 * ImGui::GetStyle().ItemSpacing.x);
  const std::string label =
      fmt::format("{}##timeline.play", uiText(state.lang, state.playing ? Msg::UiPause : Msg::UiPlay));
  if (ImGui::Button(label.c_str())) {
    if (state.playing)
      state.playing = false;
    else
      startPlay(state, state.periodMode ? state.periodFrom : range.first, range.last);
  }
  context.targets.addLastItem("timeline.play");
  ImGui::SameLine();
  speedCombo(state, context);
}

void TimelinePanel::periodRows(ViewState& state, const DeskContext& context, const DateRange& range, float width) {
  bool on = state.periodMode;
  if (ImGui::Checkbox(fmt::format("{}##timeline.period", uiText(state.lang, Msg::UiPeriod)).c_str(), &on)) {
    state.periodMode = on;
    // A period never chosen (both ends on one day, as the desk starts) becomes the year up to the as-of date:
    // the bureau's usual question.
    if (on && state.periodFrom == state.periodTo)
      state.showPeriod(core::Date::fromYmd(state.asOf.year(), 1, 1).value_or(state.asOf), state.asOf);
  }
  context.targets.addLastItem("timeline.period");
  if (!state.periodMode) return;
  ImGui::SameLine();
  ImGui::TextDisabled("%s", uiText(state.lang, Msg::UiPeriodHint));
  periodEnd(state, context, range, true, width);
  periodEnd(state, context, range, false, width);
}

}  // namespace wm::ui
