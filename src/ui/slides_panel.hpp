#pragma once
// The Slides panel (汇报幻灯片): the briefing's slides as a list with thumbnails. *Add slide* makes a slide of
// the view as it is; a row's click flies the map there (and makes it the slide Shift+F5 presents from); the
// selected slide can be updated from the view, retitled (title, subtitle, speaker notes, which figures it shows),
// moved up or down, duplicated or deleted; *Present* starts presentation mode (F5); *Save* writes the slides
// into the workspace file (a session opened from plain files: *Save as workspace…* to a path). What needs the
// camera or the files — adding, updating, flying, the list's order (the app keeps each slide's thumbnail beside
// it), saving — the panel asks of the app as SlideRequests; the text fields edit the slides directly. *Export
// deck…* asks for a PDF or PowerPoint file (ui/save_file_dialog; the type by its extension) and has the app write
// the briefing at the chosen map size (ui/page_export.hpp), a progress bar with Cancel while it runs.
#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <imgui.h>

#include "domain/slide.hpp"
#include "ui/desk_context.hpp"
#include "ui/page_export.hpp"
#include "ui/save_file_dialog.hpp"
#include "ui/view_state.hpp"

namespace wm::ui {

/// What the panel asks of the app, done before the next frame.
struct SlideRequest {
  enum class Kind : std::uint8_t { Add, Update, Show, MoveUp, MoveDown, Duplicate, Delete, Present, Save, SaveAs };
  Kind kind = Kind::Add;
  std::size_t index = 0;  ///< the slide (Add: the new slide goes after it; none: at the end)
  std::string path;       ///< SaveAs: the workspace file to write (UTF-8)
  bool operator==(const SlideRequest&) const = default;
};

/// A slide's picture for the list, as the app drew it: an ImGui texture and its size in pixels.
struct SlideThumbnail {
  ImTextureID texture = nullptr;
  float width = 0, height = 0;
};
/// The thumbnail of slide `index`, when the app has one.
using SlideThumbnails = std::function<std::optional<SlideThumbnail>(std::size_t index)>;

/// Where the slides are saved: the workspace file they came from, or none (Save as workspace… suggests
/// `suggestion`).
struct SlideSaving {
  std::string workspace;   ///< UTF-8 path; empty: the session was opened from plain files
  std::string suggestion;  ///< a workspace path beside the first source
};

class SlidesPanel {
public:
  /// `slides` is the desk's list (the app's DeskSession::slides), which outlives the panel.
  /// `exporter`: the app's Export deck (empty: no button); `folder`: where its dialog starts.
  SlidesPanel(std::vector<domain::Slide>* slides, SlideThumbnails thumbnails, SlideSaving saving,
              PageExporter exporter = {}, ReportFolder folder = {});

  /// Draws the panel when state.panels.slides is set. Text edits set state.slidesUnsaved.
  void draw(ViewState& state, const DeskContext& context);
  /// The requests made since the last call, oldest first.
  std::vector<SlideRequest> takeRequests() { return std::exchange(_requests, {}); }
  /// The app's word on the last save: a line shown under the buttons (`failed`: in red).
  void setSaveMessage(std::string message, bool failed);
  /// After Save as workspace…: the file the slides now belong to.
  void setWorkspace(std::string path) { _saving.workspace = std::move(path); }
  const std::string& saveMessage() const { return _saveMessage; }
  bool hasWorkspace() const { return !_saving.workspace.empty(); }
  const SaveFileDialog& deckDialog() const { return _deckDialog; }
  /// The maps' sizes Export deck offers (pixels), the first the default.
  static constexpr std::array<std::array<int, 2>, 3> kDeckSizes{{{1920, 1080}, {1280, 720}, {1024, 768}}};

private:
  void buttons(ViewState& state, const DeskContext& context);
  void slideRow(ViewState& state, const DeskContext& context, std::size_t index);
  void selectedSlide(ViewState& state, const DeskContext& context, std::size_t index);
  // Export deck… and the map size, or while a deck is written its progress bar and Cancel; how the last ended.
  void deckRow(const ViewState& state, const DeskContext& context);
  void drawDeckDialog(const ViewState& state, const DeskContext& context);
  void ask(SlideRequest::Kind kind, std::size_t index = 0, std::string path = {});

  std::vector<domain::Slide>* _slides;
  SlideThumbnails _thumbnails;
  SlideSaving _saving;
  std::string _saveAsPath;
  std::string _saveMessage;
  bool _saveFailed = false;
  std::vector<SlideRequest> _requests;
  std::int32_t _scrolledTo = -1;  ///< the slide the list was last scrolled to
  bool _scrollPending = false;
  PageExporter _exporter;
  ReportFolder _folder;
  SaveFileDialog _deckDialog{deckFiles()};
  std::size_t _deckSize = 0;  ///< into kDeckSizes
};

}  // namespace wm::ui
