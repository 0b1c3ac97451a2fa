#pragma once
// The desk's Export deck (Slides) and Export atlas (District progress): an app::DeckExport or app::AtlasExport
// of a MapView of its own — so that the window's map, overlay, date and camera are never touched — stepped a map
// at a time by the window's loop, on its thread (the one with the GL work), so that the window keeps drawing
// between steps. The maps are drawn in an offscreen context of their own; after each step the window's context
// is made current again. One export at a time; cancelled or failed, it leaves no file behind (app/page_export).
#include <functional>
#include <memory>
#include <optional>
#include <variant>
#include <vector>

#include "app/map_loading.hpp"
#include "app/page_export.hpp"
#include "core/progress.hpp"
#include "ui/page_export.hpp"
#include "ui/view_state.hpp"

namespace wm::app {

class PageExportJob {
public:
  /// `map` (the loaded sources and their programs) and `slides` (the desk's, copied when a deck begins) must
  /// outlive the job.
  PageExportJob(const OpenedMap& map, const std::vector<domain::Slide>& slides);
  ~PageExportJob();
  PageExportJob(const PageExportJob&) = delete;
  PageExportJob& operator=(const PageExportJob&) = delete;

  /// The functions the desk's panels call; they refer to this job, which must outlive the desk.
  ui::PageExporter exporter();

  /// The window's loop, once a turn: begins a queued export (in the desk's language) or draws the next map of
  /// the running one and writes its pages; finishes, cancels or fails it. `restoreContext` makes the window's GL
  /// context current again, called after any drawing. Returns whether the desk should be redrawn (the export
  /// began, went a map on or ended).
  bool step(const ui::ViewState& state, const std::function<void()>& restoreContext);

  ui::ExportStatus status(ui::PageExportKind kind) const;
  bool running() const { return _export != nullptr; }

private:
  using Request = std::variant<ui::DeckExportRequest, ui::AtlasExportRequest>;
  void begin(const Request& request, core::Lang lang);
  void drawNext();
  void end(std::string outcome, bool failed);
  core::Msg failedMsg() const;

  const OpenedMap& _map;
  const std::vector<domain::Slide>& _slides;
  std::optional<Request> _queued;  ///< asked for by the desk, begun at the next step
  // The running export.
  ui::PageExportKind _kind = ui::PageExportKind::Deck;
  std::filesystem::path _file;
  core::Lang _lang = core::Lang::En;
  std::unique_ptr<MapView> _view;
  std::unique_ptr<PageExport> _export;
  std::optional<core::Progress> _progress;  ///< a new one for each export
  // The last export's outcome.
  ui::PageExportKind _lastKind = ui::PageExportKind::Deck;
  ui::ExportStatus _last;
};

}  // namespace wm::app
