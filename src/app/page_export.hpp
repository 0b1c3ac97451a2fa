#pragma once
// A PDF or PPTX export made a map at a time: a briefing deck (app/deck_export) or a progress atlas
// (app/atlas_export). `worksmap deck` and `worksmap atlas` run one to the end on the terminal (a line a page,
// Ctrl+C cancels); the desk (app/page_export_job) steps one a map per turn of the window's loop. The writers
// (publish::DeckWriter, publish::PdfAtlas) write into `<file>.tmp` and rename it onto the file only when the
// export completes: an export destroyed before finish() — cancelled, failed — leaves nothing on disk and any
// file already there untouched.
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "app/commands.hpp"
#include "core/diagnostic.hpp"
#include "core/progress.hpp"
#include "core/result.hpp"

namespace wm::app {

/// A page written, for the terminal's "page 3/9: 城区" line.
struct WrittenPage {
  int number = 0, total = 0;
  std::string title;
};

class PageExport {
public:
  virtual ~PageExport() = default;
  /// The steps the export takes: one a map drawn (the deck's cover is a step without one).
  virtual std::size_t steps() const = 0;
  virtual std::size_t stepsDone() const = 0;
  bool complete() const { return stepsDone() == steps(); }
  /// Draws the next map offscreen (the caller's GL context is then no longer current) and writes its page, or
  /// the pages its table runs to; tiles of a basemap that could not be read go to `tiles`. Only while
  /// !complete(); fails with a message (the renderer's or the writer's).
  virtual core::Result<std::vector<WrittenPage>> next(core::Diagnostics& tiles) = 0;
  /// Completes the file and renames it onto the output. Only once complete(); fails with a message.
  virtual core::Result<bool> finish() = 0;
  /// The pages written (all of them, once complete).
  virtual int pages() const = 0;
};

/// The terminal's run of an export: each step counted into `progress` and its pages printed on io.out, the
/// basemap's problems on io.err; stops between steps when `progress` is cancelled (Ctrl+C: core::CancelOnSignals).
/// `failed` says what could not be written ("the PDF could not be written: {0}"). Returns Ok once finished,
/// Cancelled or OutputFailed (after printing why); the caller then destroys the export, which removes its
/// temporary file.
ExitCode runPageExport(PageExport& pages, core::Progress& progress, core::Msg failed, Streams io);

/// The end of `worksmap deck` and `worksmap atlas`: runs the export (runPageExport), destroys it (an unfinished one
/// takes its temporary file with it) and says on the terminal that `output` was cancelled or written with its page
/// count. Ok becomes InputUnreadable where a source could not be read (`anyUnreadable`).
ExitCode completePageExport(std::unique_ptr<PageExport> pages, core::Progress& progress, core::Msg failed, Streams io,
                            const std::string& output, bool anyUnreadable);

}  // namespace wm::app
