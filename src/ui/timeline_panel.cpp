#include "ui/timeline_panel.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <utility>

#include <fmt/format.h>

#include "ui/playback.hpp"

namespace wm::ui {
namespace {

using core::Msg;

const char* sliderId(int slider) {
  constexpr const char* kIds[] = {"timeline.slider", "timeline.period_from", "timeline.period_to"};
  return kIds[slider];
}

// Why a typed date is not taken, in the user's language; empty when it is a date.
std::string refusalOf(core::Lang lang, const std::string& typed, core::DateParse::Outcome outcome, core::Date kept) {
  switch (outcome) {
    case core::DateParse::Outcome::Ok:
      return {};
    case core::DateParse::Outcome::Empty:
      return core::tr(lang, Msg::UiDateEmpty, kept.iso());
    case core::DateParse::Outcome::Impossible:
      return core::tr(lang, Msg::UiDateNoSuchDay, typed);
    case core::DateParse::Outcome::Unparseable:
      break;
  }
  return core::tr(lang, Msg::UiDateNotADate, typed);
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

float speedComboWidth(core::Lang lang) {
  float widest = 0;
  for (const SpeedChoice& s : kSpeeds) widest = std::max(widest, ImGui::CalcTextSize(uiText(lang, s.label)).x);
  return widest + ImGui::GetFrameHeight() + 2 * ImGui::GetStyle().FramePadding.x;
}

// The widest of the rows under the slider (the steps and Today; the Period box, Play and the speed list), worked
// out before they are drawn, so that the slider has its width in the panel's first frame (a panel that changed
// size in its second would move).
float buttonsRowWidth(core::Lang lang) {
  const ImGuiStyle& style = ImGui::GetStyle();
  auto button = [&](Msg m) { return ImGui::CalcTextSize(uiText(lang, m)).x + 2 * style.FramePadding.x; };
  float steps = -style.ItemSpacing.x;
  for (Msg m : {Msg::UiMonthBack, Msg::UiDayBack, Msg::UiDayOn, Msg::UiMonthOn, Msg::UiToday})
    steps += button(m) + style.ItemSpacing.x;
  const float period = ImGui::GetFrameHeight() + style.ItemInnerSpacing.x +
                       ImGui::CalcTextSize(uiText(lang, Msg::UiPeriod)).x + 3 * style.ItemSpacing.x +
                       std::max(button(Msg::UiPlay), button(Msg::UiPause)) + style.ItemSpacing.x +
                       speedComboWidth(lang);
  return std::max(steps, period);
}

void speedCombo(ViewState& state, const DeskContext& context) {
  const SpeedChoice* current = &kSpeeds[0];
  for (const SpeedChoice& s : kSpeeds)
    if (s.speed == state.playSpeed) current = &s;
  const float width = speedComboWidth(state.lang);
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

TimelinePanel::TimelinePanel(const domain::Catalog& catalog, VideoExporter video, ReportFolder folder)
    : _data(dataDateRange(catalog)), _video(std::move(video)), _videoFolder(std::move(folder)) {}

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
  _sliders.clear();
  if (!state.panels.timeline) return;
  // Placed by the desk (ui/desk_layout.hpp): bottom centre, clear of the Legend, above the status bar.
  if (!ImGui::Begin(windowTitle(state.lang, Msg::UiTimeline, "timeline").c_str(), &state.panels.timeline,
                    ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::End();
    return;
  }
  DateRange range = sliderRange(state.asOf);
  if (state.periodMode) {
    range.first = std::min(range.first, state.periodFrom);
    range.last = std::max(range.last, state.periodTo);
  }
  // As wide as the row of buttons under it, and wider in a wide window.
  const float width =
      std::max(buttonsRowWidth(state.lang), std::min(600.0f * context.scale, ImGui::GetIO().DisplaySize.x * 0.42f));
  asOfRows(state, context, range, width);
  periodRows(state, context, range, width);
  if (!_refusal.empty()) {
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::TextColored(ImVec4(0.75f, 0.1f, 0.1f, 1), "%s", _refusal.c_str());
    ImGui::PopTextWrapPos();
    context.targets.addLastItem("timeline.refusal");
  }
  videoRow(state, context, width);
  labelSliders(state);
  ImGui::End();
  drawVideoDialog(state, context);
}

std::string TimelinePanel::drawnLabel(const std::string& id) const {
  for (const DrawnSlider& s : _sliders)
    if (id == sliderId(static_cast<int>(s.slider))) return s.label;
  return {};
}

bool TimelinePanel::dateField(Slider slider, core::Date& date, const DeskContext& context, const DateRange& range,
                              float width, bool disabled, core::Lang lang) {
  const std::string id = sliderId(static_cast<int>(slider));
  bool changed = false;
  if (_typing == slider) {
    typedDate(slider, date, changed, context, width, lang);
    return changed;
  }
  int day = date.days();
  ImGui::SetNextItemWidth(width);
  // No text of ImGui's own (labelSliders writes the date) and no ImGui text input on Ctrl+click: ours parses
  // dates as the command line does.
  const bool moved = ImGui::SliderInt(("##" + id).c_str(), &day, range.first.days(), range.last.days(), "",
                                      ImGuiSliderFlags_AlwaysClamp | ImGuiSliderFlags_NoInput);
  context.targets.addLastItem(id);
  _sliders.push_back({slider, ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), disabled, {}});
  if (ImGui::IsItemActivated() && ImGui::GetIO().KeyCtrl) {  // the click did not mean a date: type one
    _typing = slider;
    const std::string iso = date.iso();
    std::copy_n(iso.c_str(), iso.size() + 1, _typed.data());
    _focusTyped = true;
    _refusal.clear();
    return false;
  }
  if (ImGui::IsItemHovered() && !ImGui::IsItemActive()) ImGui::SetTooltip("%s", uiText(lang, Msg::UiDateTypeHint));
  if (moved) date = core::Date::fromDays(day);
  return moved;
}

// Enter takes the typed date when core::parseDate reads it, else says why and keeps the field; Esc or a click
// elsewhere leaves the date as it was.
void TimelinePanel::typedDate(Slider slider, core::Date& date, bool& changed, const DeskContext& context, float width,
                              core::Lang lang) {
  const std::string id = std::string(sliderId(static_cast<int>(slider))) + ".text";
  if (_focusTyped) ImGui::SetKeyboardFocusHere();
  const bool focusing = std::exchange(_focusTyped, false);
  ImGui::SetNextItemWidth(width);
  const bool entered = ImGui::InputText(("##" + id).c_str(), _typed.data(), _typed.size(),
                                        ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_AutoSelectAll);
  context.targets.addLastItem(id);
  if (entered) {
    const core::DateParse parsed = core::parseDate(_typed.data());
    _refusal = refusalOf(lang, _typed.data(), parsed.outcome, date);
    if (_refusal.empty()) {
      date = parsed.date;
      changed = true;
      _typing.reset();
    } else {
      _focusTyped = true;  // Enter left the field: back into it, to correct the date
    }
  } else if (!focusing && ImGui::IsItemDeactivated()) {
    _typing.reset();
    _refusal.clear();
  }
}

// In period mode the map does not show the as-of date, so its controls stand down (greyed).
void TimelinePanel::asOfRows(ViewState& state, const DeskContext& context, const DateRange& range, float width) {
  ImGui::BeginDisabled(state.periodMode);
  core::Date asOf = state.asOf;
  if (dateField(Slider::AsOf, asOf, context, range, width, state.periodMode, state.lang)) state.asOf = asOf;
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
    if (ImGui::Button(fmt::format("{}##{}", uiText(state.lang, s.label), s.id).c_str())) {
      if (s.months != 0) stepMonths(state, s.months);  // a month end stays a month end
      state.asOf = core::Date::fromDays(state.asOf.days() + s.days);
    }
    context.targets.addLastItem(s.id);
  }
  ImGui::SameLine();
  if (ImGui::Button(fmt::format("{}##timeline.today", uiText(state.lang, Msg::UiToday)).c_str()))
    state.asOf = core::Date::today();
  context.targets.addLastItem("timeline.today");
  ImGui::EndDisabled();
}

// Beside the Period box. Play moves the as-of date (in period mode the period's end) on until the data's last
// date; at that day or after it, it starts again from the slider's first day (in period mode from the period's
// start).
void TimelinePanel::playButtons(ViewState& state, const DeskContext& context, const DateRange& range) {
  ImGui::SameLine(0, 3 * ImGui::GetStyle().ItemSpacing.x);
  const std::string label =
      fmt::format("{}##timeline.play", uiText(state.lang, state.playing ? Msg::UiPause : Msg::UiPlay));
  if (ImGui::Button(label.c_str())) {
    if (state.playing)
      state.playing = false;
    else
      startPlay(state, state.periodMode ? state.periodFrom : range.first, playEnd(range));
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
  playButtons(state, context, range);
  if (!state.periodMode) return;
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::TextWrapped("%s", uiText(state.lang, Msg::UiPeriodHint));
  ImGui::PopStyleColor();
  ImGui::PopTextWrapPos();
  periodEnd(state, context, range, Slider::PeriodFrom, width);
  periodEnd(state, context, range, Slider::PeriodTo, width);
}

// One end of the period: a slider with a day back and a day on. The other end follows when this one would pass
// it (ViewState::setPeriodFrom / setPeriodTo).
void TimelinePanel::periodEnd(ViewState& state, const DeskContext& context, const DateRange& range, Slider slider,
                              float width) {
  const bool isFrom = slider == Slider::PeriodFrom;
  const std::string id = sliderId(static_cast<int>(slider));
  core::Date date = isFrom ? state.periodFrom : state.periodTo;
  auto set = [&](core::Date d) { isFrom ? state.setPeriodFrom(d) : state.setPeriodTo(d); };
  const float arrows = 2 * (ImGui::GetFrameHeight() + ImGui::GetStyle().ItemSpacing.x);
  if (dateField(slider, date, context, range, width - arrows, false, state.lang)) set(date);
  ImGui::SameLine();
  if (ImGui::ArrowButton(("##" + id + ".day_back").c_str(), ImGuiDir_Left)) set(core::Date::fromDays(date.days() - 1));
  context.targets.addLastItem(id + ".day_back");
  ImGui::SameLine();
  if (ImGui::ArrowButton(("##" + id + ".day_on").c_str(), ImGuiDir_Right)) set(core::Date::fromDays(date.days() + 1));
  context.targets.addLastItem(id + ".day_on");
}

// After every widget of the panel has had its say, so the text is the frame's final date: a step button drawn
// after the slider, or the slider's own drag, shows in this very frame.
void TimelinePanel::labelSliders(const ViewState& state) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  for (DrawnSlider& s : _sliders) {
    s.label = s.slider == Slider::AsOf         ? core::tr(state.lang, Msg::UiAsOf, state.asOf.iso())
              : s.slider == Slider::PeriodFrom ? core::tr(state.lang, Msg::UiPeriodFrom, state.periodFrom.iso())
                                               : core::tr(state.lang, Msg::UiPeriodTo, state.periodTo.iso());
    const ImVec2 size = ImGui::CalcTextSize(s.label.c_str());
    const ImVec2 at(std::max(s.min.x + ImGui::GetStyle().FramePadding.x, (s.min.x + s.max.x - size.x) / 2),
                    (s.min.y + s.max.y - size.y) / 2);
    draw->PushClipRect(s.min, s.max, true);
    draw->AddText(at, ImGui::GetColorU32(s.disabled ? ImGuiCol_TextDisabled : ImGuiCol_Text), s.label.c_str());
    draw->PopClipRect();
  }
}

DateRange TimelinePanel::videoPeriod(const ViewState& state) const {
  if (state.periodMode) return {state.periodFrom, state.periodTo};
  if (_data) return *_data;
  return {core::Date::fromYmd(state.asOf.year(), 1, 1).value_or(state.asOf), state.asOf};
}

void TimelinePanel::videoRow(const ViewState& state, const DeskContext& context, float width) {
  if (!_video) return;
  const VideoExportStatus status = _video.status();
  if (exportRunningRows(status, Msg::UiVideoExporting, state.lang, context, "timeline.video", width, _video.cancel))
    return;
  if (ImGui::Button(fmt::format("{}##timeline.video", uiText(state.lang, Msg::UiExportVideo)).c_str())) {
    const DateRange period = videoPeriod(state);
    _videoDialog.open(_videoFolder.initial, fmt::format("progress_{}_{}.mp4", period.first.iso(), period.last.iso()));
  }
  context.targets.addLastItem("timeline.video");
  exportOutcomeRow(status, context, "timeline.video", width);
}

// Save hands the export to the app, for the period as the Timeline stands when it is pressed.
void TimelinePanel::drawVideoDialog(const ViewState& state, const DeskContext& context) {
  const SaveFile save = [this, &state](const std::filesystem::path& path, bool) {
    const DateRange period = videoPeriod(state);
    _video.start({path, period.first, period.last});
    return SaveOutcome{true, {}};
  };
  if (_videoDialog.draw(state.lang, context, save)) {
    _videoFolder.initial = _videoDialog.folder();
    if (_videoFolder.remember) _videoFolder.remember(_videoFolder.initial);
  }
}

}  // namespace wm::ui
