#include "app/page_export.hpp"

#include <ostream>

#include "app/load_sources.hpp"

namespace wm::app {

ExitCode runPageExport(PageExport& pages, core::Progress& progress, core::Msg failed, Streams io) {
  progress.start(pages.steps());
  while (!pages.complete()) {
    if (progress.cancelled()) return ExitCode::Cancelled;
    core::Diagnostics tiles;
    auto written = pages.next(tiles);
    printDiagnostics(tiles, io.err, io.lang, false);
    if (!written) {
      io.err << core::tr(io.lang, failed, written.error().text(io.lang)) << "\n";
      return ExitCode::OutputFailed;
    }
    for (const WrittenPage& page : *written)
      io.out << core::tr(io.lang, core::Msg::CliDeckPage, page.number, page.total, page.title) << std::endl;
    progress.step();
  }
  if (progress.cancelled()) return ExitCode::Cancelled;
  if (auto finished = pages.finish(); !finished) {
    io.err << core::tr(io.lang, failed, finished.error().text(io.lang)) << "\n";
    return ExitCode::OutputFailed;
  }
  return ExitCode::Ok;
}

ExitCode completePageExport(std::unique_ptr<PageExport> pages, core::Progress& progress, core::Msg failed, Streams io,
                            const std::string& output, bool anyUnreadable) {
  const ExitCode code = runPageExport(*pages, progress, failed, io);
  const int written = pages->pages();
  pages.reset();  // unfinished: the temporary removed
  if (code == ExitCode::Cancelled) io.err << core::tr(io.lang, core::Msg::CliAnimateCancelled, output) << "\n";
  if (code != ExitCode::Ok) return code;
  io.out << core::tr(io.lang, core::Msg::CliDeckWritten, output, written) << "\n";
  return anyUnreadable ? ExitCode::InputUnreadable : ExitCode::Ok;
}

}  // namespace wm::app
