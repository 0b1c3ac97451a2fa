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

}  // namespace wm::app
