#pragma once
// The Timeline panel: the as-of date on a slider over the data's dates, with day and month steps; Play/Pause at a
// chosen speed (ui/playback.hpp; the viewer advances the date once a frame) up to the data's last date; and a
// period mode, from–to, in which the map shows what was completed in the period. The map recolours while a
// slider is dragged: only uniforms change. Each slider's date is written on it after the whole panel has been
// drawn, so it is the date the frame ends with (a step button right of it, a drag); Ctrl+click on a slider
// turns it into a text field for a typed date (core::parseDate's forms, a refused one says why). Export video…
// asks for a file name (ui/save_file_dialog) and has the app make a video of the period (ui/video_export.hpp),
// shown as a progress bar with a Cancel button while it runs.
#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ui/desk_context.hpp"
#include "ui/save_file_dialog.hpp"
#include "ui/video_export.hpp"
#include "ui/view_state.hpp"

namespace wm::ui {

/// The first and last date any project records (start, planned or actual completion); none without dates.
struct DateRange {
  core::Date first, last;
};
std::optional<DateRange> dataDateRange(const domain::Catalog& catalog);

class TimelinePanel {
public:
  /// `catalog` is read once for its date range. `video`: the app's Export video (empty: no button); `folder`:
  /// where its dialog starts, and how the folder saved in is remembered.
  explicit TimelinePanel(const domain::Catalog& catalog, VideoExporter video = {}, ReportFolder folder = {});
  /// Draws the panel into the current ImGui frame when state.panels.timeline is set.
  void draw(ViewState& state, const DeskContext& context);
  /// The slider's range: the data's dates and today, widened to whole months, and widened to `date` when it lies
  /// outside them. A date inside never moves the ends, so the last day stays the last when the date reaches it
  /// (where Play stops).
  DateRange sliderRange(core::Date date) const;
  /// The last day Play moves to: the data's last date (the slider's last day when the data has no dates).
  core::Date playEnd(const DateRange& range) const { return _data ? std::min(_data->last, range.last) : range.last; }

  /// A date slider's text as this frame drew it, by the slider's id ("timeline.slider", "timeline.period_from",
  /// "timeline.period_to"); empty when not drawn.
  std::string drawnLabel(const std::string& id) const;
  /// Why the date typed last was refused (translated); empty when none was.
  const std::string& refusal() const { return _refusal; }
  /// The dates Export video runs through: the period in period mode, else the data's first to last date (the
  /// as-of date's year up to it when the data has no dates).
  DateRange videoPeriod(const ViewState& state) const;
  const SaveFileDialog& videoDialog() const { return _videoDialog; }

private:
  enum class Slider : std::uint8_t { AsOf, PeriodFrom, PeriodTo };
  struct DrawnSlider {
    Slider slider;
    ImVec2 min, max;  ///< the slider's frame, screen pixels
    bool disabled;
    std::string label;
  };
  // `width`: the sliders' width in pixels.
  void asOfRows(ViewState& state, const DeskContext& context, const DateRange& range, float width);
  void playButtons(ViewState& state, const DeskContext& context, const DateRange& range);
  void periodRows(ViewState& state, const DeskContext& context, const DateRange& range, float width);
  void periodEnd(ViewState& state, const DeskContext& context, const DateRange& range, Slider slider, float width);
  // A slider (or, after a Ctrl+click on it, the text field) editing `date`; true when the date changed.
  bool dateField(Slider slider, core::Date& date, const DeskContext& context, const DateRange& range, float width,
                 bool disabled, core::Lang lang);
  void typedDate(Slider slider, core::Date& date, bool& changed, const DeskContext& context, float width,
                 core::Lang lang);
  // Writes each slider's date on it, from the state as the frame leaves it.
  void labelSliders(const ViewState& state);
  // Export video…, or while a video is made its progress bar and Cancel; and how the last one ended.
  void videoRow(const ViewState& state, const DeskContext& context, float width);
  void drawVideoDialog(const ViewState& state, const DeskContext& context);

  std::optional<DateRange> _data;
  std::optional<Slider> _typing;      ///< the slider shown as a text field
  std::array<char, 64> _typed{};      ///< what is typed there (UTF-8)
  bool _focusTyped = false;           ///< give the field the keyboard in this frame
  std::string _refusal;               ///< why the last typed date was refused
  std::vector<DrawnSlider> _sliders;  ///< this frame's
  VideoExporter _video;
  ReportFolder _videoFolder;
  SaveFileDialog _videoDialog{videoFiles()};
};

}  // namespace wm::ui
