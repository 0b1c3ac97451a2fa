// `worksmap atlas`: the progress-by-district book as a PDF (app/atlas_export), a line on the terminal a page;
// Ctrl+C or SIGTERM cancel it, leaving no file behind and any file already there as it was.
#include <memory>
#include <ostream>
#include <utility>

#include "app/atlas_export.hpp"
#include "app/commands.hpp"

namespace wm::app {
namespace {

using core::Msg;
using core::tr;

ExitCode atlas(const AtlasOptions& options, Streams io, ExportedMap& built) {
  built.inputs = prepareMap(options.sources, io);  // with metrics and districts: the figures need them
  MapInputs& in = built.inputs;
  if (in.failure) return *in.failure;
  const Loaded& loaded = in.loaded;
  built.view = std::make_unique<MapView>(loaded.catalog, loaded.style, in.title, io.lang, in.program.get(),
                                         in.terrainProgram.get());
  // Ctrl+C cancels from before the temporary file is made: a signal never leaves it behind.
  core::Progress progress;
  core::CancelOnSignals cancelOnCtrlC(progress);
  auto opened =
      AtlasExport::open({loaded, *built.view, in.program.get(), io.lang, in.title, options.query}, options.output);
  if (!opened) {
    io.err << tr(io.lang, Msg::CliAtlasFailed, opened.error().text(io.lang)) << "\n";
    return ExitCode::OutputFailed;
  }
  if ((*opened)->noDistricts())
    io.err << tr(io.lang, Msg::SeverityWarning) << ": " << tr(io.lang, Msg::CliAtlasNoDistricts) << "\n";
  return completePageExport(std::move(*opened), progress, Msg::CliAtlasFailed, io, options.output,
                            loaded.anyUnreadable);
}

}  // namespace

void runAtlas(const AtlasOptions& options, Streams io) {
  ExportedMap built;
  ExitCode code = atlas(options, io, built);
  endExport(code, io);
}

}  // namespace wm::app
