// `worksmap deck`: the workspace's briefing as a PDF or a PPTX (app/deck_export), a line on the terminal a page;
// Ctrl+C or SIGTERM cancel it, leaving no file behind and any file already there as it was.
#include <memory>
#include <ostream>
#include <utility>

#include "app/commands.hpp"
#include "app/deck_export.hpp"

namespace wm::app {
namespace {

using core::Msg;
using core::tr;

ExitCode deck(const DeckOptions& options, Streams io, ExportedMap& built) {
  const std::optional<DeckExport::Format> format = DeckExport::formatOf(options.output);
  if (!format) {
    io.err << tr(io.lang, Msg::CliDeckBadOutput, options.output) << "\n";
    return ExitCode::Usage;
  }
  const Msg failed = *format == DeckExport::Format::Pptx ? Msg::CliDeckPptxFailed : Msg::CliDeckFailed;
  built.inputs = prepareMap(options.sources, io);  // with metrics and districts: the figures need them
  MapInputs& in = built.inputs;
  if (in.failure) return *in.failure;
  const Loaded& loaded = in.loaded;
  if (loaded.slides.empty()) {
    io.err << tr(io.lang, Msg::CliNoSlides) << "\n";
    return ExitCode::Usage;
  }
  warnSlideProblems(loaded, io.err, io.lang);
  built.view = std::make_unique<MapView>(loaded.catalog, loaded.style, in.title, io.lang, in.program.get(),
                                         in.terrainProgram.get());
  // Ctrl+C cancels from before the temporary file is made: a signal never leaves it behind.
  core::Progress progress;
  core::CancelOnSignals cancelOnCtrlC(progress);
  const SlideContext context{loaded, *built.view, in.program.get(), io.lang, core::Date::today()};
  auto opened = DeckExport::open(context, loaded.slides, in.title, options.output, options.width, options.height);
  if (!opened) {
    io.err << tr(io.lang, failed, opened.error().text(io.lang)) << "\n";
    return ExitCode::OutputFailed;
  }
  return completePageExport(std::move(*opened), progress, failed, io, options.output, loaded.anyUnreadable);
}

}  // namespace

void runDeck(const DeckOptions& options, Streams io) {
  ExportedMap built;
  ExitCode code = deck(options, io, built);
  endExport(code, io);
}

}  // namespace wm::app
